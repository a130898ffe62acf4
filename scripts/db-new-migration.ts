// npm run db:new-migration -- <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the committed migrations and prisma/schema.prisma.
// It works on a throw-away in-memory PGlite, so no database is touched; apply
// the result with `npm run db:migrate`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { MIGRATIONS_DIR, SCHEMA_PATH, migrationList } from "@/lib/database/migrate";
import { openSchemaEngine } from "@/lib/database/schema-engine";
import { runScript } from "./run-script";

await runScript(async () => {
  const name = (process.argv[2] ?? "").trim();
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("usage: npm run db:new-migration -- <name in snake_case>");

  const scratch = new PGlite();
  const factory = new PrismaPGlite(scratch) as unknown as SqlMigrationAwareDriverAdapterFactory;
  const engine = await openSchemaEngine(factory, { path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, "utf8") });
  try {
    // Replay the committed history into the scratch database, then diff it
    // against the schema. (createMigration would need a shadow database,
    // which the wasm engine only accepts from an external factory.)
    const schemaFiles = [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, "utf8") }];
    const filters = { externalTables: [], externalEnums: [] };
    await engine.applyMigrations({ migrationsList: migrationList(), filters });
    const diff = await engine.diff({
      from: { tag: "schemaDatasource", files: schemaFiles, configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files: schemaFiles },
      script: true,
      exitCode: null,
      filters,
    });
    const script = diff.stdout ?? "";
    if (!script.trim() || /^-- This is an empty migration/.test(script.trim())) {
      console.log("schema.prisma matches the migrations: nothing to write");
      return;
    }
    const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), script);
    console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  } finally {
    engine.free();
    await scratch.close();
  }
});
