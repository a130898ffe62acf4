/**
 * The hostile run's ports, names and files, from the environment with defaults,
 * computed the same way by the config, the server script's seed and the tests.
 */
import path from "node:path";

export function hostileEnv() {
  const port = Number(process.env.HOSTILE_PORT ?? 3240);
  const mailCapturePort = Number(process.env.MAIL_CAPTURE_PORT ?? 3298);
  const pgName = process.env.HOSTILE_PG_NAME ?? "hostile";
  const pgPort = Number(process.env.HOSTILE_PG_PORT ?? 54330);
  const dir = path.resolve(process.env.HOSTILE_DIR ?? path.join(".data", `hostile-${port}`));
  return {
    port,
    baseUrl: `http://localhost:${port}`,
    // A second instance with COOKIE_SECURE=true, on the same database (the cookie family).
    securePort: Number(process.env.HOSTILE_SECURE_PORT ?? port + 2),
    secureBaseUrl: `http://localhost:${Number(process.env.HOSTILE_SECURE_PORT ?? port + 2)}`,
    mailCapturePort,
    mailCaptureUrl: `http://127.0.0.1:${mailCapturePort}`,
    pgName,
    pgPort,
    // A database of its own per server port, dropped and created again by each run.
    databaseUrl: process.env.HOSTILE_DATABASE_URL ?? `postgresql://tobira:tobira@127.0.0.1:${pgPort}/hostile_${port}`,
    dir,
    fixturesFile: path.join(dir, "fixtures.json"),
    serverLog: path.join(dir, "server.log"),
    bodiesDir: path.join(dir, "bodies"),
  };
}
