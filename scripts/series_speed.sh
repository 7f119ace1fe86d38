#!/usr/bin/env bash
# Speed and memory of `sosanh series` on generated years of programmes (whole process).
#
# Usage: scripts/series_speed.sh [UNITS...]        (default: 1 100 1000)
#        WORK=/some/dir RUNS=3 scripts/series_speed.sh 1 1000
# Every UNITS gives UNITS × 12 monthly programmes, generated (seed 1) by
# target/release/examples/corpus --series into $WORK (default: a new temporary directory,
# removed at the end unless KEEP=1). For each size, RUNS times (default 3) one after the
# other, the command `sosanh series DIR --format json -o OUT` runs under /usr/bin/time -v:
# wall time, CPU time (user + system) and peak resident memory; the 1-minute load average
# before each run is printed, since on a shared machine wall time follows the load.
# Needs: cargo, /usr/bin/time (GNU time).
set -euo pipefail

cd "$(dirname "$0")/.."
SEED=1
RUNS=${RUNS:-3}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1 100 1000)
for n in "${SIZES[@]}"; do
  [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -ge 1 ] || { echo "series_speed: sizes are numbers of units (1 or more), not '$n'" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "series_speed: /usr/bin/time (GNU time) is needed" >&2; exit 2; }
if [ -z "${WORK:-}" ]; then
  WORK=$(mktemp -d /tmp/sosanh-series-speed.XXXXXX)
  [ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK"

if [ "${NOBUILD:-0}" != 1 ]; then
  echo "== building (cargo build --release --locked --bin sosanh --example corpus)" >&2
  cargo build --release --locked --bin sosanh --example corpus >&2
fi
BIN=target/release/sosanh
GEN=target/release/examples/corpus

wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"; }
cpu() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$1"; }
peak() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
load() { cut -d' ' -f1 /proc/loadavg; }

rows=()
for n in "${SIZES[@]}"; do
  dir="$WORK/series-$n"
  if [ ! -f "$dir/truth.json" ]; then
    echo "== generating $n units × 12 months (seed $SEED) into $dir" >&2
    "$GEN" "$n" "$dir" --seed "$SEED" --series >&2
  fi
  docs=$(find "$dir" -maxdepth 1 -name '*.txt' | wc -l)
  [ "$docs" -eq $((n * 12)) ] || { echo "series_speed: $dir holds $docs documents, not $((n * 12))" >&2; exit 1; }
  for r in $(seq "$RUNS"); do
    l=$(load)
    log="$WORK/time-$n-$r.log"
    set +e
    /usr/bin/time -v "$BIN" series "$dir" --format json -o "$WORK/series-$n.json" 2> "$log"
    status=$?
    set -e
    if [ "$status" -gt 1 ]; then
      echo "series_speed: sosanh series failed with status $status:" >&2
      cat "$log" >&2
      exit 1
    fi
    t=$(wall "$log"); c=$(cpu "$log"); m=$(peak "$log")
    echo "   $n units, run $r: $t s wall, $c s CPU, $m MB (load $l)" >&2
    rows+=("| $n × 12 = $docs | $r | $t s | $c s | $m MB | $l |")
  done
done

{
  echo
  echo "sosanh $("$BIN" --version 2>/dev/null | awk '{print $NF}') (commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')), release build;"
  echo "$(nproc) cores ($(sed -nE 's/^model name\s*: //p' /proc/cpuinfo | head -1)); $(date -u '+%Y-%m-%d %H:%M UTC'); corpora: examples/corpus --series, seed $SEED."
  echo
  echo "| documents | run | wall time (whole command, JSON written) | CPU time (user + system) | peak memory | 1-minute load before |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$WORK/results.md"
