#!/usr/bin/env bash
# Speed and quality of `sosanh reuse` on generated corpora, with the baseline a user would
# otherwise pick (MinHash-LSH with the Python datasketch package) measured in the same run
# on the same corpus.
#
# Usage: scripts/reuse_speed.sh [SIZES...]        (default: 1000 2000 5000 10000)
# Work directory: $WORK (default /tmp/sosanh-speed); corpora are generated once (seed 1)
# by `cargo run --release --example corpus -- N DIR` and kept there.
# Needs: /usr/bin/time; for the baseline, python3 with datasketch (pip install datasketch);
# without it the baseline columns say "not run".
#
# Prints one Markdown table: per corpus, sosanh's wall time and peak memory for the whole
# command (`sosanh reuse DIR --format json -o OUT`), its recall and precision against the
# corpus truth (from the in-process run of examples/reuse_run), seconds per 1,000
# documents, and the baseline's time, memory and result at threshold 0.3.
set -euo pipefail

cd "$(dirname "$0")/.."
WORK=${WORK:-/tmp/sosanh-speed}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 2000 5000 10000)
mkdir -p "$WORK"

cargo build --release --locked --quiet
cargo build --release --locked --quiet --examples
BIN=target/release/sosanh

have_baseline=0
if python3 -c 'import datasketch' 2>/dev/null; then have_baseline=1; fi

# wall seconds and peak MB from a /usr/bin/time -v log
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"; }
peak() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }

rows=()
for n in "${SIZES[@]}"; do
  dir="$WORK/corpus-$n"
  if [ ! -f "$dir/truth.json" ]; then
    target/release/examples/corpus "$n" "$dir" >&2
  fi
  echo "== $n documents" >&2
  set +e
  /usr/bin/time -v "$BIN" reuse "$dir" --format json -o "$WORK/reuse-$n.json" 2> "$WORK/time-$n.log"
  status=$?
  set -e
  if [ "$status" -gt 1 ]; then
    echo "sosanh reuse failed with status $status:" >&2
    cat "$WORK/time-$n.log" >&2
    exit 1
  fi
  t=$(wall "$WORK/time-$n.log")
  m=$(peak "$WORK/time-$n.log")
  per=$(awk -v t="$t" -v n="$n" 'BEGIN { printf "%.2f", t / n * 1000 }')
  truth=$(target/release/examples/reuse_run "$dir" | grep '^truth:')
  echo "$truth" >&2
  recall=$(sed -E 's/.*recall ([0-9.]+) \(([0-9]+\/[0-9]+).*/\1 (\2)/' <<< "$truth")
  precision=$(sed -E 's/.*precision ([0-9.]+) \(([0-9]+\/[0-9]+).*/\1 (\2)/' <<< "$truth")
  if [ "$have_baseline" = 1 ]; then
    /usr/bin/time -v python3 scripts/reuse_baseline.py "$dir" --thresholds 0.3 > "$WORK/baseline-$n.txt" 2> "$WORK/btime-$n.log"
    cat "$WORK/baseline-$n.txt" >&2
    bt=$(wall "$WORK/btime-$n.log")
    bm=$(peak "$WORK/btime-$n.log")
    bres=$(grep 'threshold 0.3' "$WORK/baseline-$n.txt" | sed -E 's/^ *threshold 0.3: ([0-9]+) pairs.*paired: [0-9]+\/[0-9]+ \(([0-9.]+)\); pairs sharing a lineage: [0-9]+\/[0-9]+ \(([0-9.]+)\).*/\1 pairs, copies paired \2, pairs real \3/')
  else
    bt="not run"; bm="-"; bres="datasketch not installed"
  fi
  rows+=("| $n | $t s | $m MB | $per s | $recall | $precision | $bt s | $bm MB | $bres |")
done

echo
echo "| documents | sosanh reuse (whole command, JSON out) | peak memory | per 1,000 documents | recall (planted copies of 12+ words found) | precision (reported sharings real) | datasketch MinHash-LSH, threshold 0.3 | its peak memory | what it found |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
