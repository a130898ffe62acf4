// Runs once when the server process starts, before it serves any request:
// stamp each request with its socket's address (lib/http/client-address.ts),
// check the configuration and the database, apply pending migrations, or stop
// with one clear line. A failed migration exits the process, so the app never
// serves a half-migrated database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareClientAddressAtStartup } = await import("./lib/http/client-address");
  prepareClientAddressAtStartup();
  const { prepareDatabaseAtStartup } = await import("./lib/database/startup");
  await prepareDatabaseAtStartup();
}
