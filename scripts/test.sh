#!/usr/bin/env bash
# The project's one test command (`npm test`, and CI through .ci/run). Works on a fresh machine:
# installs what is missing, then type-checks, lints and runs every Vitest project, and closes
# with the line "N passed, N failed" (the Vitest tests, plus typecheck and lint as one test each).
set -uo pipefail
cd "$(dirname "$0")/.."

section() { printf '\n== %s\n' "$*"; }

# --- tools -------------------------------------------------------------------------------
if ! command -v pnpm >/dev/null 2>&1 || [[ "$(pnpm --version 2>/dev/null)" != 10.* ]]; then
  section "installing pnpm 10"
  npm install -g pnpm@10 || { echo "cannot install pnpm"; echo "0 passed, 1 failed"; exit 1; }
fi

# xmllint validates GEXF against the schema; chromium drives the explorer's browser tests.
missing=()
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
if ((${#missing[@]})); then
  section "installing ${missing[*]}"
  as_root=()
  [[ "$(id -u)" -ne 0 ]] && as_root=(sudo)
  "${as_root[@]}" apt-get update -q && DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q "${missing[@]}" \
    || { echo "cannot install ${missing[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

section "pnpm install"
pnpm install --frozen-lockfile || { echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
check() {
  local name=$1
  shift
  section "$name"
  if "$@"; then
    passed=$((passed + 1))
    echo "$name: ok"
  else
    failed=$((failed + 1))
    echo "$name: FAILED"
  fi
}

typecheck() {
  # tsc -b builds the packages (the end-to-end tests run dist/bin.js); tsconfig.check.json adds
  # the tests; each app is checked by its own "typecheck" script or tsconfig.
  pnpm exec tsc -b || return 1
  pnpm exec tsc -p tsconfig.check.json || return 1
  local app
  for app in apps/*/; do
    [[ -f "$app/package.json" ]] || continue
    if node -e 'process.exit(require(process.argv[1]).scripts?.typecheck ? 0 : 1)' "$PWD/${app}package.json"; then
      (cd "$app" && pnpm run typecheck) || return 1
    elif [[ -f "${app}tsconfig.json" ]]; then
      pnpm exec tsc -p "${app}tsconfig.json" --noEmit || return 1
    fi
  done
}

check typecheck typecheck
check lint pnpm exec eslint .

section "vitest"
report=test-output/vitest.json
mkdir -p test-output
rm -f "$report"
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$report"
vitest_status=$?
if [[ -s "$report" ]]; then
  # Tests that ran, plus suites that failed to load (they hold tests that never ran).
  read -r vp vf < <(node -e '
    const r = require(process.argv[1]);
    const brokenSuites = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length;
    console.log(r.numPassedTests, r.numFailedTests + brokenSuites);
  ' "$PWD/$report")
  passed=$((passed + vp))
  failed=$((failed + vf))
  if ((vitest_status != 0 && vf == 0)); then failed=$((failed + 1)); fi
else
  echo "vitest wrote no report (exit $vitest_status)"
  failed=$((failed + 1))
fi

echo
echo "$passed passed, $failed failed"
((failed == 0))
