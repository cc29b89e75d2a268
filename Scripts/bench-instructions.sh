#!/usr/bin/env bash
# Instruction counts (valgrind's callgrind): the same for the same binary and letters, however
# loaded the machine is, so that a change of a few percent can be seen where `bench.sh`'s seconds
# vary by ±20 %. Slow (about a minute for 300 letters); counts, not seconds.
#   Scripts/bench-instructions.sh [N]      (N generated letters, 300 by default)
# Prints millions of instructions per letter for: raw (poppler's text: the baseline), layout (the
# run's extraction), read (extraction and reader, as in a worker), parent (the run's own process
# in a cold run: start-up, configuration, taking in the workers' answers, state, workbook; the
# workers it forks are not counted), and each one's ratio to raw.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
N="${1:-300}"
if ! command -v valgrind >/dev/null; then
  echo "bench-instructions: installing valgrind" >&2
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq valgrind >/dev/null
fi
swift build -c release --static-swift-stdlib --product nominations >&2
swift build -c release --static-swift-stdlib --product make-fixtures >&2
WORK="${BENCH_DIR:-/tmp/nominations-bench}"
letters="$WORK/letters-$N"
mkdir -p "$WORK"
if [[ ! -d "$letters" || $(ls "$letters" | wc -l) -ne $N ]]; then
  rm -rf "$letters"; .build/release/make-fixtures --letters "$N" "$letters"
  touch -d '1 hour ago' "$letters"/*.pdf
fi
# valgrind cannot read the debug information of the statically linked Swift libraries: a copy
# without it (the symbols stay).
BIN="$WORK/nominations-nodebug"
cp .build/release/nominations "$BIN"
strip --strip-debug "$BIN"
count() { # prints the instructions of one command
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/Collected/ { print $NF }'
}
raw=$(count "$BIN" baseline --stage raw "$letters")
printf '%-8s %14s %18s %8s\n' stage instructions "M per letter" ratio
for stage in raw layout read parent; do
  if [[ $stage == parent ]]; then
    rm -rf "$WORK/outbox-count"
    n=$(count "$BIN" run --inbox "$letters" --outbox "$WORK/outbox-count" --settle 0)
  elif [[ $stage == raw ]]; then
    n=$raw
  else
    n=$(count "$BIN" baseline --stage "$stage" "$letters")
  fi
  printf '%-8s %14d %18.2f %8.2f\n' "$stage" "$n" "$(echo "$n / $N / 1000000" | bc -l)" "$(echo "$n / $raw" | bc -l)"
done
echo "letters: $N generated; $(date -I); valgrind $(valgrind --version | sed 's/valgrind-//')"
