// npm run audit:verify — walks the audit log's hash chain in DATABASE_URL and says
// whether it is intact or where it first breaks. Exit code 0 = intact, 2 = broken.
import { verifyAuditChain } from "@/lib/audit/chain";
import { closePglite } from "@/lib/database/connect";
import { disconnectDb } from "@/lib/database/client";
import { describeTarget, resolveDatabaseTarget } from "@/lib/database/config";
import { runScript } from "./run-script";

await runScript(async () => {
  const target = resolveDatabaseTarget();
  const started = performance.now();
  try {
    const report = await verifyAuditChain();
    const ms = Math.round(performance.now() - started);
    console.log(`audit chain of ${describeTarget(target)}: ${report.count} lines, last seq ${report.lastSeq ?? "-"} (${ms} ms)`);
    if (report.intact) {
      console.log("intact");
      return;
    }
    const b = report.firstBreak!;
    console.log(`BROKEN at seq ${b.seq ?? "(none)"} (id ${b.id}, ${b.at.toISOString()}): ${b.reason}`);
    process.exitCode = 2;
  } finally {
    await disconnectDb();
    if (target.kind === "pglite") await closePglite(target.dataDir);
  }
});
