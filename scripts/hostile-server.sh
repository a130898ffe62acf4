#!/usr/bin/env bash
# The hostile suite's server (playwright.hostile.config.ts): a private PostgreSQL
# (scripts/pg-private.sh), a fresh database for this run, migrated and seeded,
# the suite's own accounts (e2e/hostile/support/seed-hostile.ts), then the
# production build — its stdout and stderr also kept in $HOSTILE_DIR/server.log
# for the leak family. It never builds: run `npx next build` first.
#
# HOSTILE_SECONDARY=1: only a second instance of the production build on
# HOSTILE_SECURE_PORT with COOKIE_SECURE=true, on the database and secrets the
# first one prepared (Playwright starts its web servers in order).
set -euo pipefail
cd "$(dirname "$0")/.."

port="${HOSTILE_PORT:-3240}"
pg_name="${HOSTILE_PG_NAME:-hostile}"
pg_port="${HOSTILE_PG_PORT:-54330}"
dir="${HOSTILE_DIR:-.data/hostile-$port}"
export NEXT_TELEMETRY_DISABLED=1

if [[ ! -f .next/BUILD_ID ]]; then
  echo "hostile: no production build in .next — run 'npx next build'" >&2
  exit 1
fi

if [[ "${HOSTILE_SECONDARY:-}" == 1 ]]; then
  export DATABASE_URL="$HOSTILE_DATABASE_URL" TOBIRA_SECRETS_DIR="$dir" COOKIE_SECURE=true
  exec > >(tee -a "$dir/server-secure.log") 2>&1
  exec node node_modules/next/dist/bin/next start -p "${HOSTILE_SECURE_PORT:?}"
fi

server_url=$(bash scripts/pg-private.sh start "$pg_name" "$pg_port")
export DATABASE_URL="${HOSTILE_DATABASE_URL:-${server_url%/*}/hostile_$port}"
db_name="${DATABASE_URL##*/}"
# A fresh database every run (FORCE: a server left over from an aborted run may still hold it).
node -e '
  const pg = require("pg");
  const [url, name] = process.argv.slice(1);
  const c = new pg.Client({ connectionString: url });
  c.connect()
    .then(() => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
    .then(() => c.query(`CREATE DATABASE "${name}"`))
    .then(() => c.end(), (e) => { console.error(e.message); process.exit(1); });
' "$server_url" "$db_name"

rm -rf "$dir"
mkdir -p "$dir"
# The run's own secrets, shared by the seed (sealed TOTP secrets) and the server.
export TOBIRA_SECRETS_DIR="$dir"
node_modules/.bin/tsx scripts/db-migrate.ts
node_modules/.bin/tsx prisma/seed.ts
node_modules/.bin/tsx e2e/hostile/support/seed-hostile.ts

exec > >(tee -a "$dir/server.log") 2>&1
exec node node_modules/next/dist/bin/next start -p "$port"
