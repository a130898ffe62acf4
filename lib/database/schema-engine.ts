/**
 * Prisma's official wasm schema engine, driven through our driver adapter, so
 * migrations run offline on PGlite and PostgreSQL alike and write the standard
 * `_prisma_migrations` table (folders stay interchangeable with the Prisma CLI).
 *
 * The package imports its .wasm as an ES module, which Node refuses, so the
 * module is instantiated here by hand.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type Bg = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let loaded: Promise<Bg> | undefined;

function loadBindings(): Promise<Bg> {
  loaded ??= (async () => {
    // Resolved from the project root: this file may run bundled (next start) or not (tsx).
    const requireFromRoot = createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), "package.json"));
    const bgPath = requireFromRoot.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Bg;
    const wasm = new WebAssembly.Module(readFileSync(/*turbopackIgnore: true*/ path.join(path.dirname(bgPath), "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(wasm, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return loaded;
}

export async function openSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string },
  onLog: (line: string) => void = () => {},
): Promise<SchemaEngine> {
  const bg = await loadBindings();
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  return bg.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, onLog, adapter);
}
