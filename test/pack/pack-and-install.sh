#!/usr/bin/env bash
# Packs every published package with `npm pack`, installs the tarballs into a new project outside
# the repo, and there runs what a user runs: `npx partner-sandbox start` (health of the three
# services), `npx partner-sandbox run` on a scenario file, and a vitest test using the msw
# handlers with no configuration at all. Run by .ci/run; needs the registry for the tarballs'
# dependencies (npm's cache is reused; better-sqlite3 compiles from source).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/partner-sandbox-pack.XXXXXX")"
# The server runs under npx (npx, sh, node): killing npx's pid leaves node listening, so it is
# stopped by its command line, which holds this run's own folder. Never `kill 0`: that signals
# our own process group, CI itself.
stop_server() { pkill -f -- "$(basename "$work")/project/node_modules/.bin/partner-sandbox start" || true; }
trap 'stop_server; rm -rf "$work"' EXIT
step() { printf '\n--- %s (%ss)\n' "$1" "$SECONDS"; }

step 'build and pack'
cd "$repo"
npm run build >/dev/null
mkdir -p "$work/tarballs"
npm pack --silent --pack-destination "$work/tarballs" \
  -w shared -w services/usps -w services/stamps -w services/shipstation -w scenarios -w msw
ls -l "$work/tarballs"
for tarball in "$work"/tarballs/*.tgz; do
  if tar -tzf "$tarball" | grep -qE '(\.test\.tsx?|/src/)'; then
    echo "FAIL: $tarball ships tests or sources" >&2
    exit 1
  fi
done

step 'install the tarballs into a new project'
mkdir -p "$work/project"
cd "$work/project"
cat >package.json <<'JSON'
{ "name": "uses-partner-sandbox", "private": true, "type": "module" }
JSON
npm install --no-audit --no-fund --prefer-offline "$work"/tarballs/*.tgz msw@^2.15.0 vitest@^4.1.12 >/dev/null
test ! -e node_modules/tsx || { echo "FAIL: tsx was installed; the bin must not need it" >&2; exit 1; }

step 'npx partner-sandbox start'
port_base=$(( 20000 + RANDOM % 20000 ))
export SHIPSTATION_PORT=$port_base STAMPS_PORT=$((port_base + 1)) USPS_PORT=$((port_base + 2))
npx partner-sandbox start --memory >"$work/start.log" 2>&1 &
server_pid=$!
healthy=0
for _ in $(seq 1 150); do
  if curl -fs "http://127.0.0.1:$SHIPSTATION_PORT/__sandbox/health" >/dev/null &&
    curl -fs "http://127.0.0.1:$STAMPS_PORT/__sandbox/health" >/dev/null &&
    curl -fs "http://127.0.0.1:$USPS_PORT/__sandbox/health" >/dev/null; then
    healthy=1
    break
  fi
  sleep 0.2
done
if [ "$healthy" != 1 ]; then
  cat "$work/start.log" >&2
  echo "FAIL: the installed sandbox did not answer health" >&2
  exit 1
fi
echo "three services healthy"

step 'npx partner-sandbox run (against the running services, then in-process)'
cp "$repo/scenarios/happy-path-credit-card.yaml" scenario.yaml
npx partner-sandbox run scenario.yaml --target http | tail -n 1
stop_server
wait "$server_pid" 2>/dev/null || true
npx partner-sandbox run scenario.yaml | tail -n 1

step 'a vitest test with the msw handlers, no configuration'
cp "$repo/test/pack/sandbox.test.js" sandbox.test.js
npx vitest run --reporter=dot
echo "pack-and-install: passed in ${SECONDS}s"
