#!/usr/bin/env bash
# OCR benchmark: N generated letters, scanned (default 100), measured in one run:
#   Scripts/bench-ocr.sh [N]          (REPEAT=3 by default; PAGES=10 pages for the per-page comparison)
# 1. Per page, on the same page images (rendered at 300 dpi and cleaned up by our pipeline): the
#    `tesseract` program (slv+ita, --psm 3, --dpi 300, OMP_THREAD_LIMIT=1), and our recognition in
#    process with one engine; then our whole page (render, clean-up, recognition). Medians.
# 2. A cold run over the N scanned letters (two workers, so two pages at once on two cores), with
#    the peak memory of each worker, and the warm run after it (nothing to OCR).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
REPEAT="${REPEAT:-3}"
PAGES="${PAGES:-10}"
N="${1:-100}"
swift build -c release --static-swift-stdlib --product nominations >&2
swift build -c release --static-swift-stdlib --product make-fixtures >&2
BIN="$ROOT/.build/release/nominations"
WORK="${BENCH_DIR:-/tmp/nominations-bench-ocr}"
mkdir -p "$WORK"
export OMP_THREAD_LIMIT=1
command -v tesseract >/dev/null || { echo "bench-ocr: the tesseract program is needed (apt-get install tesseract-ocr)" >&2; exit 1; }

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
now() { echo "${EPOCHREALTIME/,/.}"; }

letters="$WORK/scanned-$N"
if [[ ! -d "$letters" || $(ls "$letters" | wc -l) -ne $N ]]; then
  rm -rf "$letters"; "$ROOT/.build/release/make-fixtures" --scanned-letters "$N" "$letters"
  touch -d '1 hour ago' "$letters"/*.pdf
fi
pages=$(for f in "$letters"/*.pdf; do pdfimages -list "$f" 2>/dev/null | tail -n +3; done | wc -l)

# 1. Per page.
images="$WORK/images"
rm -rf "$images"; mkdir -p "$images"
count=0
for file in "$letters"/*.pdf; do
  name=$(basename "$file" .pdf)
  mkdir -p "$images/$name"
  "$BIN" debug-lines --save-images "$images/$name" "$file" >/dev/null
  for page in "$images/$name"/page-*.pgm; do
    count=$((count + 1)); [[ $count -le $PAGES ]] && mv "$page" "$images/$name-$(basename "$page")"
  done
  rm -rf "${images:?}/$name"
  [[ $count -ge $PAGES ]] && break
done
declare -A cli=() ours=()
for _ in $(seq 1 "$REPEAT"); do
  for image in "$images"/*.pgm; do
    started=$(now)
    tesseract "$image" - -l slv+ita --psm 3 --dpi 300 >/dev/null 2>&1
    cli[$image]+="$(echo "$(now) - $started" | bc -l)"$'\n'
  done
  while read -r name _ _ recognize _; do
    ours[$images/$name]+="$recognize"$'\n'
  done < <("$BIN" bench-ocr --images "$images"/*.pgm)
done
full=$(for _ in $(seq 1 "$REPEAT"); do "$BIN" bench-ocr $(ls "$letters"/*.pdf | head -n "$PAGES"); done)
printf '%-28s %9s %9s %7s\n' "page image" "tesseract" "ours" "ratio"
all_cli="" all_ours=""
for image in "$images"/*.pgm; do
  c=$(printf '%s' "${cli[$image]}" | median); o=$(printf '%s' "${ours[$image]}" | median)
  all_cli+="$c"$'\n'; all_ours+="$o"$'\n'
  printf '%-28s %9.3f %9.3f %7.2f\n' "$(basename "$image" .pgm)" "$c" "$o" "$(echo "$o / $c" | bc -l)"
done
c=$(printf '%s' "$all_cli" | median); o=$(printf '%s' "$all_ours" | median)
printf '%-28s %9.3f %9.3f %7.2f\n' "median" "$c" "$o" "$(echo "$o / $c" | bc -l)"
# The program's own start-up and loading of the models, on a blank image: in its every page above.
printf 'P5\n100 100\n255\n' > "$WORK/blank.pgm"; head -c 10000 /dev/zero | tr '\0' '\377' >> "$WORK/blank.pgm"
startup=$(for _ in $(seq 1 "$REPEAT"); do started=$(now); tesseract "$WORK/blank.pgm" - -l slv+ita --psm 3 --dpi 300 >/dev/null 2>&1; echo "$(now) - $started" | bc -l; done | median)
printf 'tesseract on a blank image (start-up, models): %.3f s; without it, a page: %.3f s (ours %.2f ×)\n' "$startup" \
  "$(echo "$c - $startup" | bc -l)" "$(echo "$o / ($c - $startup)" | bc -l)"
render=$(echo "$full" | awk '{ print $2 }' | median); cleanup=$(echo "$full" | awk '{ print $3 }' | median)
recognize=$(echo "$full" | awk '{ print $4 }' | median)
total=$(echo "$full" | awk '{ print $2 + $3 + $4 }' | median)
printf 'our whole page (median): render %.3f s, clean-up %.3f s, recognition %.3f s, in all %.3f s (%.2f × tesseract, %.2f × without its start-up)\n' \
  "$render" "$cleanup" "$recognize" "$total" "$(echo "$total / $c" | bc -l)" "$(echo "$total / ($c - $startup)" | bc -l)"

# 2. Cold and warm runs; each worker's peak memory sampled from /proc while the cold run lasts.
cold="" warm="" peaks="" vms=""
for _ in $(seq 1 "$REPEAT"); do
  rm -rf "$WORK/outbox"
  find "$letters" -name '*.pdf' -exec cat {} + >/dev/null
  started=$(now)
  "$BIN" run --inbox "$letters" --outbox "$WORK/outbox" --settle 0 2>/dev/null &
  run=$!
  declare -A hwm=() vm=()
  while kill -0 "$run" 2>/dev/null; do
    for worker in $(ps -o pid= --ppid "$run" 2>/dev/null); do
      kb=$(awk '/VmHWM/ { print $2 }' "/proc/$worker/status" 2>/dev/null || true)
      [[ -n "$kb" && "$kb" -gt "${hwm[$worker]:-0}" ]] && hwm[$worker]=$kb
      kb=$(awk '/VmPeak/ { print $2 }' "/proc/$worker/status" 2>/dev/null || true)
      [[ -n "$kb" && "$kb" -gt "${vm[$worker]:-0}" ]] && vm[$worker]=$kb
    done
    sleep 0.2
  done
  wait "$run"
  cold+="$(echo "$(now) - $started" | bc -l)"$'\n'
  for worker in "${!hwm[@]}"; do peaks+="${hwm[$worker]}"$'\n'; vms+="${vm[$worker]}"$'\n'; done
  unset hwm vm
  started=$(now)
  "$BIN" run --inbox "$letters" --outbox "$WORK/outbox" --settle 0 2>/dev/null
  warm+="$(echo "$(now) - $started" | bc -l)"$'\n'
done
c=$(printf '%s' "$cold" | median); w=$(printf '%s' "$warm" | median)
peak=$(printf '%s' "$peaks" | sort -n | tail -1)
printf 'cold run, %d scanned letters (%d pages), two workers: %.1f s, %.2f s per page; warm run: %.3f s\n' "$N" "$pages" "$c" "$(echo "$c / $pages" | bc -l)" "$w"
vmpeak=$(printf '%s' "$vms" | sort -n | tail -1)
printf 'peak memory of a worker: %.0f MiB resident, %.0f MiB of address space (the limit is 1024) — largest of %d workers sampled\n' \
  "$(echo "$peak / 1024" | bc -l)" "$(echo "$vmpeak / 1024" | bc -l)" "$(printf '%s' "$peaks" | grep -c .)"
echo "machine: $(getconf _NPROCESSORS_ONLN) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(date -I); medians of $REPEAT runs"
