#!/usr/bin/env bash
# Resilience check for the nightly run (issue: hostile PDFs, kills, concurrent runs, files arriving).
#   Scripts/resilience-check.sh INBOX_SOURCE...   (folders whose PDFs make the inbox)
# 1. an uninterrupted run (reference) — time, exit status, inputs unchanged, every file in the workbook
# 2. ten kill -9 at random moments, each followed by a full run: content equal to the reference
# 3. two runs started at once: both end, content equal to the reference
# 4. a half-written file with --settle 120 is left alone; once settled it is read
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="$ROOT/.build/release/nominations"
[[ -x "$BIN" ]] || swift build -c release --static-swift-stdlib --product nominations --package-path "$ROOT" >&2
WORK="$(mktemp -d)"
INBOX="$WORK/inbox"; mkdir -p "$INBOX"
for source in "$@"; do cp "$source"/*.pdf "$INBOX"/ 2>/dev/null; done
touch -d '10 minutes ago' "$INBOX"/*
(cd "$INBOX" && sha256sum -- * > "$WORK/inputs.sha")

content() { # the workbook's content without the summary sheet (which holds the run time), and without
  # the history of a file that failed for a reason of the night ("(2× prekoračen čas branja; …)"): a
  # run after a kill tries such a file again, as a later night would, and counts the attempt.
  for i in 2 3 4 5 6 7; do unzip -p "$1/predlogi-zadnji.xlsx" "xl/worksheets/sheet$i.xml"; done \
    | sed -E 's/ \([0-9]+× [^)]*\)//g' | sha256sum | cut -c1-16
}

differs() { # which sheets of two outboxes' workbooks differ, and the first differing lines of each
  for i in 2 3 4 5 6 7; do
    if ! cmp -s <(unzip -p "$1/predlogi-zadnji.xlsx" "xl/worksheets/sheet$i.xml" | sed -E 's/ \([0-9]+× [^)]*\)//g; s/<row /\n<row /g') \
                <(unzip -p "$2/predlogi-zadnji.xlsx" "xl/worksheets/sheet$i.xml" | sed -E 's/ \([0-9]+× [^)]*\)//g; s/<row /\n<row /g'); then
      echo "  sheet $i differs:"
      diff <(unzip -p "$1/predlogi-zadnji.xlsx" "xl/worksheets/sheet$i.xml" | sed -E 's/ \([0-9]+× [^)]*\)//g; s/<row /\n<row /g') \
           <(unzip -p "$2/predlogi-zadnji.xlsx" "xl/worksheets/sheet$i.xml" | sed -E 's/ \([0-9]+× [^)]*\)//g; s/<row /\n<row /g') \
        | sed -E 's/<[^>]+>/ /g; s/ +/ /g' | cut -c1-300 | head -6
    fi
  done
}

start=$(date +%s.%N)
"$BIN" run --inbox "$INBOX" --outbox "$WORK/reference" --settle 0 2>"$WORK/reference.log"
status=$?
seconds=$(echo "$(date +%s.%N) - $start" | bc)
reference=$(content "$WORK/reference")
printf 'uninterrupted run: exit %d, %.1f s, %s\n' "$status" "$seconds" "$(tail -1 "$WORK/reference.log")"
(cd "$INBOX" && sha256sum -c --quiet "$WORK/inputs.sha") && echo "inputs unchanged"
missing=0
for f in "$INBOX"/*; do
  name=$(basename "$f")
  if ! for i in 2 3 4 5 6 7; do unzip -p "$WORK/reference/predlogi-zadnji.xlsx" "xl/worksheets/sheet$i.xml"; done \
      | python3 -c 'import sys,html; t=html.unescape(sys.stdin.read()); sys.exit(0 if sys.argv[1] in t else 1)' "$name"; then
    echo "not in the workbook: $name"; missing=$((missing + 1))
  fi
done
echo "files missing from the workbook: $missing"

equal=0
for round in $(seq 1 10); do
  out="$WORK/killed"
  "$BIN" run --inbox "$INBOX" --outbox "$out" --settle 0 2>/dev/null &
  pid=$!
  sleep "$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.2f", rand() * 3 }')"
  kill -9 "$pid" 2>/dev/null; pkill -9 -f "nominations worker" 2>/dev/null; wait "$pid" 2>/dev/null
  "$BIN" run --inbox "$INBOX" --outbox "$out" --settle 0 2>/dev/null
  leftovers=$(find "$out" -maxdepth 1 -name '*.tmp' | wc -l)
  if [[ "$(content "$out")" == "$reference" && "$leftovers" == 0 ]]; then equal=$((equal + 1)); fi
done
echo "kill -9 rounds with content equal to the reference and no temporary files: $equal of 10"

both="$WORK/concurrent"
"$BIN" run --inbox "$INBOX" --outbox "$both" --settle 0 --wait 600 2>/dev/null & a=$!
"$BIN" run --inbox "$INBOX" --outbox "$both" --settle 0 --wait 600 2>/dev/null & b=$!
wait $a; sa=$?; wait $b; sb=$?
[[ "$(content "$both")" == "$reference" ]] && same=yes || same=no
echo "two runs at once: exit $sa and $sb, content equal to the reference: $same"
[[ $same == yes ]] || differs "$WORK/reference" "$both"

SLOW="$WORK/slow"; mkdir -p "$SLOW"
first=$(ls "$INBOX" | head -1)
cp "$INBOX/$first" "$SLOW/"; touch -d '10 minutes ago' "$SLOW"/*
head -c 3000 "$ROOT/Tests/NominationsRunTests/Fixtures/ks-two-candidates.pdf" > "$SLOW/v-prenosu.pdf"
"$BIN" run --inbox "$SLOW" --outbox "$WORK/slow-out" --settle 120 2>&1 | tail -1
cat "$ROOT/Tests/NominationsRunTests/Fixtures/ks-two-candidates.pdf" > "$SLOW/v-prenosu.pdf"; touch -d '5 minutes ago' "$SLOW/v-prenosu.pdf"
"$BIN" run --inbox "$SLOW" --outbox "$WORK/slow-out" --settle 120 2>&1 | tail -1
rm -rf "$WORK"
