#!/usr/bin/env bash
# Playwright's webServer (playwright.config.ts): a fresh database, migrated and
# seeded, then the production build. Migrate and seed run as separate processes
# that close PGlite before `next start` opens the folder (one process at a time).
# It never builds: `npm test` (scripts/test-all.sh) or `npx next build` does.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${E2E_PORT:-3210}"
export NEXT_TELEMETRY_DISABLED=1
if [[ -n "${E2E_DATABASE_URL:-}" ]]; then
  export DATABASE_URL="$E2E_DATABASE_URL"   # e.g. PostgreSQL in .ci/run; not wiped
else
  export DATABASE_URL="pglite:.data/e2e-$port"    # ours alone: start from empty every run
  rm -rf ".data/e2e-$port"
fi

if [[ ! -f .next/BUILD_ID ]]; then
  echo "e2e: no production build in .next — run 'npx next build' (npm test does it)" >&2
  exit 1
fi

node_modules/.bin/tsx scripts/db-migrate.ts
node_modules/.bin/tsx prisma/seed.ts
node_modules/.bin/tsx e2e/support/seed-e2e.ts
exec node node_modules/next/dist/bin/next start -p "$port"
