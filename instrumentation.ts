// Runs once when the server process starts: stamp each request with its
// socket's address (lib/http/client-address.ts), then check the configuration
// and the database and apply pending migrations, or stop with one clear line.
// The database check is not awaited: the port opens at once and queries wait
// for it (lib/database/ready.ts). A failed migration exits the process before
// any query has run, so the app never serves a half-migrated database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareClientAddressAtStartup } = await import("./lib/http/client-address");
  prepareClientAddressAtStartup();
  // The maintenance windows' reader, for the proxy's cache (lib/maintenance/cache.ts).
  const { registerMaintenanceSource } = await import("./lib/maintenance/source");
  registerMaintenanceSource();
  const { startDatabase } = await import("./lib/database/startup");
  startDatabase();
}
