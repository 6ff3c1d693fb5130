#!/usr/bin/env bash
# `npm start`: install everything, build, and run the main job on the sample corpus.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pnpm >/dev/null 2>&1 || [[ "$(pnpm --version 2>/dev/null)" != 10.* ]]; then
  npm install -g pnpm@10
fi
pnpm install --frozen-lockfile
pnpm exec tsc -b

# The main job: the knowledge graph of data/articles, for Gephi (GEXF) and for code (JSON).
pnpm --silent vnkg build data/articles -o out/graph.gexf -o out/graph.json

# --- explorer -------------------------------------------------------------------------------
# The explorer opens the graph just built: copy it where the app is served, build the app, and
# serve it on a fixed port until Ctrl-C. VNKG_SERVE=0 builds without serving.
mkdir -p apps/explorer/public
cp out/graph.json apps/explorer/public/graph.json
pnpm --filter @vnkg/explorer --silent build
if [[ "${VNKG_SERVE:-1}" != 0 ]]; then
  echo
  echo "vnkg explorer: http://127.0.0.1:4173/  (graph: out/graph.json; Ctrl-C to stop)"
  exec pnpm --filter @vnkg/explorer --silent preview --host 127.0.0.1
fi
