// Runs `prisma generate` offline. Generation needs no engine, but the CLI refuses
// to start unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file, and would
// otherwise try to download one. Point it at this script: it is never executed.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
