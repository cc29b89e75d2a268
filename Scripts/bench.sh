#!/usr/bin/env bash
# Benchmark: N generated letters (default 1000 and 10000), measured side by side in one run.
#   Scripts/bench.sh [N ...]        (REPEAT=3 by default; medians are printed)
# Columns: N, case, wall seconds (median), letters per second, peak memory (MiB, largest process),
# ratio to the baseline (poppler-glib's in-process text extraction on all cores).
# Cases: baseline (poppler's text, in process), layout (the run's extraction, in process),
# read (extraction and reader, in process: no workers, hashing, state or workbook), reader (the reader
# alone on texts extracted beforehand; its peak is not measured), cold (a run on a
# fresh outbox and state), warm (a run with nothing new). layout and read show where a cold run's time goes.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
REPEAT="${REPEAT:-3}"
swift build -c release --static-swift-stdlib --product nominations >&2
swift build -c release --static-swift-stdlib --product make-fixtures >&2
# NOMINATIONS_BIN measures another build (an earlier commit's, to compare in the same session).
BIN="${NOMINATIONS_BIN:-$ROOT/.build/release/nominations}"
SIZES=("$@"); [[ ${#SIZES[@]} -gt 0 ]] || SIZES=(1000 10000)
WORK="${BENCH_DIR:-/tmp/nominations-bench}"
mkdir -p "$WORK"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# Every case starts with the letters in the page cache: this machine's cache loses pages between
# cases (a few percent of the files, more the longer ago they were read), which otherwise favours
# whichever case runs first.
warm_cache() { find "$letters" -name '*.pdf' -exec cat {} + >/dev/null; }
measure() { # prints "seconds peakKiB"
  warm_cache
  # Wall time from bash's clock (microseconds): /usr/bin/time's %e has 10 ms steps, 8 % of a
  # baseline of 0.12 s. The peak still comes from /usr/bin/time (its own start-up is in the seconds).
  local started=$EPOCHREALTIME peak
  peak=$(/usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1)
  echo "$(echo "${EPOCHREALTIME/,/.} - ${started/,/.}" | bc -l) $peak"
}

printf '%-7s %-10s %9s %12s %10s %8s\n' N case seconds letters/s "peak MiB" ratio
for n in "${SIZES[@]}"; do
  letters="$WORK/letters-$n"
  if [[ ! -d "$letters" || $(ls "$letters" | wc -l) -ne $n ]]; then
    rm -rf "$letters"; "$ROOT/.build/release/make-fixtures" --letters "$n" "$letters"
    touch -d '1 hour ago' "$letters"/*.pdf
  fi
  declare -A times=() peaks=()
  for case in baseline layout read reader cold warm; do times[$case]=""; peaks[$case]=0; done
  for _ in $(seq 1 "$REPEAT"); do
    for stage in baseline layout read; do
      out=$(measure "$BIN" baseline --stage "${stage/baseline/raw}" "$letters"); times[$stage]+="${out% *}"$'\n'
      peaks[$stage]=$(( ${out#* } > ${peaks[$stage]} ? ${out#* } : ${peaks[$stage]} ))
    done
    # The reader alone: the seconds it prints (its texts are extracted first, untimed).
    times[reader]+="$("$BIN" baseline --stage reader "$letters" | awk '{ print $2 }')"$'\n'
    rm -rf "$WORK/outbox-$n"
    out=$(measure "$BIN" run --inbox "$letters" --outbox "$WORK/outbox-$n" --settle 0); times[cold]+="${out% *}"$'\n'; peaks[cold]=$(( ${out#* } > ${peaks[cold]} ? ${out#* } : ${peaks[cold]} ))
    # The state a cold run leaves (database, or the older JSON files), without the lock and logs.
    state_bytes=$(find "$WORK/outbox-$n/.nominations" -maxdepth 1 -type f ! -name lock -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
    out=$(measure "$BIN" run --inbox "$letters" --outbox "$WORK/outbox-$n" --settle 0); times[warm]+="${out% *}"$'\n'; peaks[warm]=$(( ${out#* } > ${peaks[warm]} ? ${out#* } : ${peaks[warm]} ))
  done
  base=$(printf '%s' "${times[baseline]}" | median)
  for case in baseline layout read reader cold warm; do
    t=$(printf '%s' "${times[$case]}" | median)
    # The reader's peak is not measured (it runs inside a process that extracted the texts first).
    peak="-"; [[ ${peaks[$case]} -gt 0 ]] && peak=$(printf '%.0f' "$(echo "${peaks[$case]} / 1024" | bc -l)")
    printf '%-7s %-10s %9.3f %12.0f %10s %8.2f\n' "$n" "$case" "$t" "$(echo "$n / $t" | bc -l)" \
      "$peak" "$(echo "$t / $base" | bc -l)"
  done
  printf '%-7s state after a cold run: %d bytes, %.0f bytes a letter\n' "$n" "$state_bytes" "$(echo "$state_bytes / $n" | bc -l)"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(date -I); medians of $REPEAT runs"
