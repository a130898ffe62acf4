#!/usr/bin/env bash
# npm test — everything, from a fresh clone:
#   install (npm ci, only when node_modules is missing or older than the lockfile;
#   Debian's Chromium for Playwright when it is missing)
#   → lint → typecheck → unit → integration (PGlite) → next build → Playwright
#   → the hostile suite (playwright.hostile.config.ts) → two instances on one PostgreSQL
#   → faults (database outage, mail provider), all on private PostgreSQL servers
#   (scripts/pg-private.sh).
# Every step runs even if an earlier one failed (except Playwright, which needs
# the build), so one run shows every problem. Exits non-zero on any failure.
# The last line is always "N passed, M failed" (tests of Vitest + Playwright).
#
# Environment: TEST_DATABASE_URL=postgresql://… runs the integration suite on
# PostgreSQL instead of PGlite (see tests/support/test-db.ts); E2E_PORT (3210);
# HOSTILE_PORT (3240), HOSTILE_PG_PORT (54330) for the hostile suite.
set -uo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
reports=.data/test-reports
rm -rf "$reports"
mkdir -p "$reports"

started=$SECONDS
steps=()
failed_steps=0
tests_passed=0
tests_failed=0

bold() { if [[ -t 1 ]]; then printf '\033[1m%s\033[0m\n' "$*"; else printf '%s\n' "$*"; fi; }

# run_step <name> <command…>: runs it, records status and time.
run_step() {
  local name=$1
  shift
  bold "── $name: $*"
  local t0=$SECONDS status=0
  "$@" || status=$?
  local took=$((SECONDS - t0))
  if [[ $status -eq 0 ]]; then
    steps+=("$(printf '%-12s ok      %4ss' "$name" "$took")")
  else
    steps+=("$(printf '%-12s FAILED  %4ss  (exit %s)' "$name" "$took" "$status")")
    failed_steps=$((failed_steps + 1))
  fi
  return $status
}

skip_step() {
  steps+=("$(printf '%-12s skipped        (%s)' "$1" "$2")")
  failed_steps=$((failed_steps + 1))
}

# count_report <runner> <file>: adds a JSON report's totals. A runner that died
# before writing its report counts as one failed test, so "0 failed" is never
# printed for a broken run.
count_report() {
  local counts
  if counts=$(node -e '
    const [runner, file] = process.argv.slice(1);
    const r = JSON.parse(require("node:fs").readFileSync(file, "utf8"));
    const [p, f] = runner === "vitest"
      ? [r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTests ?? 0)]
      : [r.stats.expected + r.stats.flaky, r.stats.unexpected + (r.errors?.length ? 1 : 0)];
    // A suite that failed to load has no failed test but is still a failure.
    const broken = runner === "vitest" && !r.success && f === 0 ? 1 : 0;
    console.log(p, f + broken);
  ' "$1" "$2" 2>/dev/null); then
    read -r p f <<<"$counts"
  else
    echo "($1 wrote no report: counted as 1 failed)"
    p=0 f=1
  fi
  tests_passed=$((tests_passed + p))
  tests_failed=$((tests_failed + f))
}

install_if_needed() {
  if [[ ! -d node_modules ]] || [[ ! -f node_modules/.package-lock.json ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
    npm ci --no-audit --no-fund
  else
    echo "node_modules is up to date with package-lock.json"
    # The Prisma client is generated code: regenerate it if the schema moved on.
    if [[ ! -f generated/prisma/client.ts ]] || [[ prisma/schema.prisma -nt generated/prisma/client.ts ]]; then
      node scripts/prisma-generate.mjs
    fi
  fi
}

# Playwright drives Debian's Chromium (its own browsers cannot be downloaded here); the
# Japanese fonts make the phone screenshots in .data/test-reports/ readable (without them
# Japanese text renders as empty boxes; the tests pass either way).
install_chromium_if_needed() {
  local chromium=${CHROMIUM_PATH:-/usr/bin/chromium} packages=()
  [[ -x "$chromium" ]] || packages+=(chromium)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || packages+=(fonts-noto-cjk)
  [[ ${#packages[@]} -eq 0 ]] && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}"
  elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
    sudo DEBIAN_FRONTEND=noninteractive apt-get update -q && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}"
  elif [[ -x "$chromium" ]]; then
    echo "fonts-noto-cjk is missing: Japanese text in the screenshots will show as boxes" >&2
  else
    echo "Chromium is missing at $chromium: install it (apt-get install -y chromium) or set CHROMIUM_PATH" >&2
    return 1
  fi
}

run_step install install_if_needed || {
  bold "npm ci failed: nothing else can run"
  printf '%s\n' "${steps[@]}"
  echo "0 passed, 1 failed"
  exit 1
}

run_step chromium install_chromium_if_needed

run_step lint npx --no-install eslint .
run_step typecheck npx --no-install tsc --noEmit

run_step unit npx --no-install vitest run --project unit \
  --reporter=default --reporter=json --outputFile.json="$reports/unit.json"
count_report vitest "$reports/unit.json"

run_step integration npx --no-install vitest run --project integration \
  --reporter=default --reporter=json --outputFile.json="$reports/integration.json"
count_report vitest "$reports/integration.json"

if run_step build npx --no-install next build; then
  PLAYWRIGHT_JSON_OUTPUT_FILE="$reports/e2e.json" \
    run_step e2e npx --no-install playwright test --reporter=list,json
  count_report playwright "$reports/e2e.json"
  PLAYWRIGHT_JSON_OUTPUT_FILE="$reports/hostile.json" \
    run_step hostile npx --no-install playwright test -c playwright.hostile.config.ts --reporter=list,json
  count_report playwright "$reports/hostile.json"
  PLAYWRIGHT_JSON_OUTPUT_FILE="$reports/instances.json" \
    run_step instances npx --no-install playwright test -c playwright.instances.config.ts --reporter=list,json \
    e2e/instances/two-instances.spec.ts e2e/instances/maintenance.spec.ts
  count_report playwright "$reports/instances.json"
  PLAYWRIGHT_JSON_OUTPUT_FILE="$reports/faults.json" \
    run_step faults npx --no-install playwright test -c playwright.instances.config.ts --reporter=list,json \
    e2e/instances/mail-faults.spec.ts e2e/instances/database-outage.spec.ts
  count_report playwright "$reports/faults.json"
else
  skip_step e2e "needs a successful build"
  skip_step hostile "needs a successful build"
  skip_step instances "needs a successful build"
  skip_step faults "needs a successful build"
  tests_failed=$((tests_failed + 4))
fi

echo
bold "── summary ($((SECONDS - started))s)"
printf '  %s\n' "${steps[@]}"
echo "  reports: $reports/"
echo
echo "$tests_passed passed, $tests_failed failed"
[[ $failed_steps -eq 0 && $tests_failed -eq 0 ]]
