#!/usr/bin/env bash
# Runs .ci/run on N fresh clones of the current commit, one after another, and prints one line per
# run (its final "N passed, N failed" line, exit status and duration), then a summary. Issue 13 asks
# for ten consecutive green runs: a test that fails at random shows up here.
# Usage: bash scripts/ci-repeat.sh [N=10] [LOG=reports/ci-repeat.log]
set -uo pipefail
runs="${1:-10}"
log="${2:-reports/ci-repeat.log}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$(dirname "$log")"
commit="$(git -C "$repo" rev-parse HEAD)"
green=0
echo "ci-repeat: ${runs} clean clones of ${commit} ($(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))" | tee "$log"
for run in $(seq 1 "$runs"); do
  workdir="$(mktemp -d)"
  git clone -q "$repo" "$workdir/clone" && git -C "$workdir/clone" checkout -q "$commit"
  start=$(date +%s)
  (cd "$workdir/clone" && CI=true bash .ci/run) > "$workdir/out.log" 2>&1
  status=$?
  seconds=$(( $(date +%s) - start ))
  summary="$(tail -n 1 "$workdir/out.log")"
  echo "run ${run}: exit ${status}, ${seconds} s, ${summary}" | tee -a "$log"
  if [ "$status" -eq 0 ]; then green=$((green + 1)); rm -rf "$workdir"; else echo "  kept ${workdir}/out.log" | tee -a "$log"; fi
done
echo "ci-repeat: ${green} of ${runs} runs green" | tee -a "$log"
[ "$green" -eq "$runs" ]
