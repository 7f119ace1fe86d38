#!/usr/bin/env bash
# Speed and quality of `sosanh reuse` on generated corpora, with the baseline a user would
# otherwise pick (MinHash-LSH with the Python datasketch package, scripts/reuse_baseline.py)
# measured in the same run on the same corpus.
#
# Usage: scripts/reuse_speed.sh [SIZES...]        (default: 1000 2000 5000 10000)
#        WORK=/some/dir scripts/reuse_speed.sh 1000 2000
# Work directory: $WORK (default /tmp/sosanh-speed). Corpora (seed 1) are generated there by
# target/release/examples/corpus when absent, or again when that generator binary changed
# (its sha256 is kept in DIR/.generator), and kept.
# Needs: cargo, /usr/bin/time (GNU time), python3; for the baseline, datasketch
# (pip install datasketch); without it the baseline columns say "not run".
#
# For every size N it measures, one after the other (nothing else of this script running):
#   - the whole command `sosanh reuse DIR --format json -o OUT` under /usr/bin/time -v:
#     wall time and peak resident memory;
#   - recall and precision against DIR/truth.json, from examples/reuse_run (reuse run
#     in-process, scored by sosanh_corpus::evaluate). Its JSON report is compared
#     byte for byte with the command's: the scores are marked as the command's output only
#     when the two are identical;
#   - the baseline `python3 scripts/reuse_baseline.py DIR` (thresholds 0.5, 0.3, 0.1, in one
#     process) under /usr/bin/time -v: wall time (scoring against the truth included, and
#     shown apart), peak memory, and per threshold the pairs, recall and precision.
# Prints Markdown tables on standard output (also written to $WORK/results.md); the logs of
# every run stay in $WORK. Timings are of one run each: on a busy machine they are noisy
# (the 1-minute load average before each run is printed).
set -euo pipefail

cd "$(dirname "$0")/.."
WORK=${WORK:-/tmp/sosanh-speed}
SEED=1
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 2000 5000 10000)
for n in "${SIZES[@]}"; do
  [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -ge 2 ] || { echo "reuse_speed: sizes are numbers of documents (2 or more), not '$n'" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "reuse_speed: /usr/bin/time (GNU time) is needed" >&2; exit 2; }
mkdir -p "$WORK"

echo "== building (cargo build --release --locked --bins --examples)" >&2
cargo build --release --locked --bins --examples >&2
BIN=target/release/sosanh
GEN=target/release/examples/corpus
RUN=target/release/examples/reuse_run

have_baseline=0
bver="datasketch not installed"
if python3 -c 'import datasketch' 2>/dev/null; then
  have_baseline=1
  bver=$(python3 -c 'import sys, datasketch; print(f"datasketch {datasketch.__version__}, Python {sys.version.split()[0]}")')
fi

# wall seconds and peak MB from a /usr/bin/time -v log
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"; }
peak() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
load() { cut -d' ' -f1 /proc/loadavg; }
commas() { sed -E ':a;s/^([0-9]+)([0-9]{3})/\1,\2/;ta' <<< "$1"; }
# "found/total (0.1234)" → "12.34% (found / total)"
pct() { awk -v f="$1" -v t="$2" 'BEGIN { printf "%.2f%%", (t ? 100 * f / t : 100) }'; }

rows=()
brows=()
loads=()
for n in "${SIZES[@]}"; do
  dir="$WORK/corpus-$n-seed$SEED"
  stamp=$(sha256sum "$GEN" | cut -d' ' -f1)
  if [ ! -f "$dir/truth.json" ] || [ "$(cat "$dir/.generator" 2>/dev/null)" != "$stamp" ]; then
    echo "== generating $n documents (seed $SEED) into $dir" >&2
    rm -rf "$dir" "$dir.tmp"
    "$GEN" "$n" "$dir.tmp" --seed "$SEED" >&2
    echo "$stamp" > "$dir.tmp/.generator"
    mv "$dir.tmp" "$dir"
  fi
  docs=$(find "$dir" -maxdepth 1 -name '*.txt' | wc -l)
  [ "$docs" -eq "$n" ] || { echo "reuse_speed: $dir holds $docs documents, not $n" >&2; exit 1; }

  # sosanh: the whole command.
  out="$WORK/reuse-$n.json"
  l1=$(load)
  echo "== $n documents: sosanh reuse (load $l1)" >&2
  set +e
  /usr/bin/time -v "$BIN" reuse "$dir" --format json -o "$out" 2> "$WORK/sosanh-time-$n.log"
  status=$?
  set -e
  if [ "$status" -gt 1 ]; then
    echo "reuse_speed: sosanh reuse failed with status $status:" >&2
    cat "$WORK/sosanh-time-$n.log" >&2
    exit 1
  fi
  t=$(wall "$WORK/sosanh-time-$n.log")
  m=$(peak "$WORK/sosanh-time-$n.log")
  per=$(awk -v t="$t" -v n="$n" 'BEGIN { printf "%.2f", t / n * 1000 }')
  echo "   $t s, $m MB" >&2

  # Quality: the in-process run, scored; valid for the command only if its report is the same.
  echo "== $n documents: reuse_run (scoring)" >&2
  "$RUN" "$dir" --json "$WORK/reuse_run-$n.json" > "$WORK/reuse_run-$n.txt" 2> "$WORK/reuse_run-$n.err"
  truth=$(grep '^truth:' "$WORK/reuse_run-$n.txt" || true)
  [ -n "$truth" ] || { echo "reuse_speed: no truth line from reuse_run:" >&2; cat "$WORK/reuse_run-$n.txt" "$WORK/reuse_run-$n.err" >&2; exit 1; }
  echo "   $truth" >&2
  if cmp -s "$out" "$WORK/reuse_run-$n.json"; then
    mark=""
    rm -f "$WORK/reuse_run-$n.json"
  else
    mark=" (not verified: reuse_run's report differs from the command's)"
    echo "reuse_speed: WARNING: $WORK/reuse_run-$n.json differs from $out; its scores are not the command's" >&2
  fi
  read -r rf rt < <(sed -E 's/.*recall [0-9.]+ \(([0-9]+)\/([0-9]+).*/\1 \2/' <<< "$truth")
  read -r pf pt < <(sed -E 's/.*precision [0-9.]+ \(([0-9]+)\/([0-9]+).*/\1 \2/' <<< "$truth")
  recall="$(pct "$rf" "$rt") ($(commas "$rf") / $(commas "$rt"))$mark"
  precision="$(pct "$pf" "$pt") ($(commas "$pf") / $(commas "$pt"))$mark"

  # Baseline.
  if [ "$have_baseline" = 1 ]; then
    l2=$(load)
    echo "== $n documents: datasketch baseline (load $l2)" >&2
    set +e
    /usr/bin/time -v python3 scripts/reuse_baseline.py "$dir" > "$WORK/baseline-$n.txt" 2> "$WORK/baseline-time-$n.log"
    bstatus=$?
    set -e
    sed 's/^/   /' "$WORK/baseline-$n.txt" >&2
    if [ "$bstatus" -ne 0 ]; then
      echo "reuse_speed: the baseline failed with status $bstatus:" >&2
      cat "$WORK/baseline-time-$n.log" >&2
      bt="failed"; bm="-"; bres="failed (status $bstatus)"
    else
      bsc=$(sed -nE 's/^scoring against truth.json: ([0-9.]+) s.*/\1/p' "$WORK/baseline-$n.txt")
      bt="$(wall "$WORK/baseline-time-$n.log") s (scoring ${bsc:-?} s)"
      bm="$(commas "$(peak "$WORK/baseline-time-$n.log")") MB"
      # threshold, pairs, found, copies, real, pairs — for candidates and verified lines.
      parse() {
        sed -nE "s/^  threshold ([0-9.]+)$1: ([0-9]+) pairs.*paired: ([0-9]+)\/([0-9]+) .*lineage: ([0-9]+)\/([0-9]+) .*/\1 \2 \3 \4 \5 \6/p" "$WORK/baseline-$n.txt"
      }
      bres=""
      while read -r th np f c r _; do
        bres+="${bres:+; }$th: $(commas "$np") pairs, $(pct "$f" "$c") / $(pct "$r" "$np")"
      done < <(parse "")
      declare -A ver=()
      while read -r th np f c r _; do
        ver[$th]="$(commas "$np") pairs, $(pct "$f" "$c") / $(pct "$r" "$np")"
      done < <(parse ", verified")
      base=$(sed -nE 's/^random document pairs sharing a lineage: [0-9]+\/[0-9]+ \(([0-9.]+)\)/\1/p' "$WORK/baseline-$n.txt")
      base=$(awk -v b="${base:-0}" 'BEGIN { printf "%.1f%%", 100 * b }')
      while read -r th np f c r _; do
        brows+=("| $(commas "$n") | $th | $(commas "$np") | $(pct "$f" "$c") | $(pct "$r" "$np") | ${ver[$th]:-not checked} | $base |")
      done < <(parse "")
      unset ver
    fi
  else
    l2="-"; bt="not run"; bm="-"; bres="$bver"
  fi
  rows+=("| $(commas "$n") | $t s | $(commas "$m") MB | $per s | $recall | $precision | $bt | $bm | $bres |")
  loads+=("$(commas "$n"): $l1 / $l2")
done

{
  echo
  echo "sosanh $("$BIN" --version 2>/dev/null | awk '{print $NF}') (commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), working tree as built), release build; baseline: $bver;"
  echo "$(nproc) cores ($(sed -nE 's/^model name\s*: //p' /proc/cpuinfo | head -1)); $(date -u '+%Y-%m-%d %H:%M UTC'); corpora: examples/corpus, seed $SEED, in $WORK."
  echo "1-minute load average before sosanh / before the baseline, per size: ${loads[*]}"
  echo
  echo "| documents | sosanh reuse (whole command, JSON written) | sosanh peak memory | sosanh per 1,000 documents | sosanh recall (planted copies of 12+ words found) | sosanh precision (reported sharings that are real) | baseline: datasketch MinHash-LSH (whole process, 3 thresholds) | baseline peak memory | baseline per threshold: pairs, recall (planted copies whose documents are paired) / precision (pairs sharing a lineage) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  if [ ${#brows[@]} -gt 0 ]; then
    echo
    echo "Baseline in detail: LSH candidates are what \`lsh.query\` returns; \"verified\" keeps the candidates whose estimated Jaccard reaches the threshold. Any two documents sharing a lineage count as a real pair, and most random pairs do (last column), so the baseline's pair precision says little; sosanh's precision is per passage and template member, on the tasks they cover."
    echo
    echo "| documents | threshold | LSH candidate pairs | recall | precision | verified: pairs, recall / precision | random pairs sharing a lineage |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${brows[@]}"
  fi
} | tee "$WORK/results.md"
