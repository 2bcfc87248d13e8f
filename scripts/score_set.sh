#!/usr/bin/env bash
# Score Marsad on a folder of gold files (dev, held-out) with ../shared/tools/score.py, micro-averaged.
#   bash scripts/score_set.sh tests/data/dev
#   bash scripts/score_set.sh tests/data/heldout
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: score_set.sh GOLD_DIR}
out=$(mktemp -d)
args=()
for gold in "$dir"/*.gold.json; do
  id=$(basename "$gold" .gold.json)
  pub=$(.venv/bin/python -c "import json,sys; print(json.load(open(sys.argv[1]))['published'] or '')" "$gold")
  .venv/bin/marsad analyze "$dir/$id.ar.txt" ${pub:+--published "$pub"} --json -o "$out/$id.json"
  args+=("$out/$id.json" "$gold")
done
.venv/bin/python ../shared/tools/score.py "${args[@]}"
rm -rf "$out"
