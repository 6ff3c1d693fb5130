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
# (The explorer app opens out/graph.json from here on.)
