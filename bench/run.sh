#!/usr/bin/env bash
# End-to-end benchmark of `incx extract`: publishes (./incx), generates (once) 10 MB and 100 MB
# corpora under bench/corpus/, and prints MB/s, records/s, wall time and peak RSS for
# --jobs 1 and --jobs 2, plus the wall time of one small report (start-up included).
#   bench/run.sh [SIZES...]        default sizes: 10 100 (MB)
# Environment: JOBS="1 2" to pick job counts, SMALL=path of the small report, INCX_BIN=binary to run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
sizes=("${@:-10 100}")
read -r -a sizes <<< "${sizes[*]}"
jobs_list=(${JOBS:-1 2})
small="${SMALL:-samples/004_08963c1b09683d1f.txt}"
out="$here/bench/out"
mkdir -p "$out"

# By default the command users run: ./incx (its ReadyToRun publish, with its GC setting).
# INCX_BIN=path measures another build.
if [ -n "${INCX_BIN:-}" ]; then
  bin="$INCX_BIN"
else
  ./incx --version > /dev/null   # publishes .incx/bin when sources changed
  bin="$here/incx"
fi

echo "binary: $bin"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
printf '%-8s %4s %8s %8s %10s %9s %8s\n' corpus jobs MB/s wall_s records/s records RSS_MB

for mb in "${sizes[@]}"; do
  corpus="$here/bench/corpus/${mb}mb"
  if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"
    python3 bench/make-corpus.py "$corpus" "$mb" >&2
    touch "$corpus/.complete"
  fi
  bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
  for j in "${jobs_list[@]}"; do
    log="$out/time-${mb}mb-j$j.txt"
    /usr/bin/time -v -o "$log" "$bin" extract "$corpus" --jobs "$j" --no-progress --quiet -o "$out/${mb}mb-j$j.jsonl"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
    records=$(wc -l < "$out/${mb}mb-j$j.jsonl")
    awk -v c="${mb}MB" -v j="$j" -v b="$bytes" -v w="$wall" -v r="$records" -v m="$rss" \
      'BEGIN {printf "%-8s %4d %8.1f %8.2f %10.0f %9d %8d\n", c, j, b/1e6/w, w, r/w, r, m}'
  done
done

# One small report, start-up included: best of five runs.
best=""
for _ in 1 2 3 4 5; do
  /usr/bin/time -f '%e' -o "$out/time-small.txt" "$bin" extract "$small" --no-progress --quiet > /dev/null
  t=$(cat "$out/time-small.txt")
  best=$(awk -v a="${best:-$t}" -v b="$t" 'BEGIN {print (b < a ? b : a)}')
done
echo "small report $(basename "$small"): ${best} s wall (best of 5, start-up included)"
