// npm run maintenance -- … (scripts/maintenance-command.ts says what it does).
// On PGlite the database is a folder only one process may open: stop the server
// first. On PostgreSQL it runs beside the servers, which follow within
// MAINTENANCE_CACHE_SECONDS.
import { userInfo } from "node:os";
import { disconnectDb } from "@/lib/database/client";
import { runScript } from "@/scripts/run-script";
import { runMaintenanceCommand } from "./maintenance-command";

void runScript(async () => {
  const code = await runMaintenanceCommand(process.argv.slice(2), { kind: "system", name: userInfo().username }, new Date(), (line) => console.log(line));
  await disconnectDb();
  process.exitCode = code;
});
