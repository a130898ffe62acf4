/**
 * Before the suite: one PostgreSQL database (INSTANCES_DATABASE_URL as given —
 * .ci/run passes a fresh one — or a fresh database on a private server), two
 * production servers A and B on it with the same secrets, and one mail
 * capture they both send to. Tests read where they are from the environment.
 */
import { startMailCapture } from "@/e2e/support/mail-capture-server";
import { PG_NAMES, PG_PORT_BASE, PORTS, appEnv, type AppServer, freshDatabase, pgPrivate, prepareDatabase, sharedSecrets, startApp } from "./stack";

export default async function globalSetup() {
  const given = process.env.INSTANCES_DATABASE_URL;
  const databaseUrl = given || (await freshDatabase(pgPrivate("start", PG_NAMES.instances, PG_PORT_BASE), "tobira_instances"));
  const secrets = sharedSecrets();
  const keys = prepareDatabase(databaseUrl, secrets);
  const capture = startMailCapture(PORTS.capture);
  const env = appEnv(databaseUrl, secrets, PORTS.capture);
  const started = await Promise.allSettled([startApp(PORTS.a, env), startApp(PORTS.b, env)]);
  const failed = started.find((s) => s.status === "rejected");
  if (failed) {
    // Leave nothing running behind a failed start.
    await Promise.all(started.map((s) => (s.status === "fulfilled" ? s.value.stop() : null)));
    capture.close();
    throw failed.reason;
  }
  const [a, b] = started.map((s) => (s as PromiseFulfilledResult<Awaited<ReturnType<typeof startApp>>>).value) as [AppServer, AppServer];
  process.env.INSTANCES_A = a.origin;
  process.env.INSTANCES_B = b.origin;
  process.env.INSTANCES_CAPTURE = `http://127.0.0.1:${PORTS.capture}`;
  process.env.INSTANCES_KEYS = JSON.stringify(keys);
  process.env.INSTANCES_DB = databaseUrl;
  return async () => {
    await Promise.all([a.stop(), b.stop()]);
    capture.close();
    if (!given) pgPrivate("stop", PG_NAMES.instances);
  };
}
