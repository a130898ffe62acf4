// npm run db:migrate — apply committed migrations to DATABASE_URL (PGlite by default).
import { createClient } from "@/lib/database/client";
import { describeTarget, resolveDatabaseTarget } from "@/lib/database/config";
import { applyMigrations } from "@/lib/database/migrate";
import { closePglite } from "@/lib/database/connect";
import { runScript } from "./run-script";

await runScript(async () => {
  const target = resolveDatabaseTarget();
  const client = createClient(target);
  try {
    const applied = await applyMigrations(target, client, (l) => console.log(l));
    console.log(applied.length ? `migrated ${describeTarget(target)}: ${applied.length} applied` : `${describeTarget(target)} is up to date`);
  } finally {
    await client.$disconnect();
    if (target.kind === "pglite") await closePglite(target.dataDir);
  }
});
