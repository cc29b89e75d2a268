#!/usr/bin/env bash
# Cron entry point: runs the built program over Inbox/ → Outbox/ and appends to a log that is
# rotated at 1 MiB (five old logs kept). The log holds file names and counts, no personal data.
# Exit status: 0 when the run completed (letters on review included), non-zero when it could not run.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export PATH="/opt/swift/usr/bin:/usr/local/bin:/usr/bin:/bin:$PATH"
export LANG="${LANG:-C.UTF-8}"
umask 027

LOG_DIR="${NOMINATIONS_LOG_DIR:-$ROOT/Outbox/.nominations/logs}"
mkdir -p "$LOG_DIR"
LOG="$LOG_DIR/nightly.log"
if [[ -f "$LOG" && $(stat -c %s "$LOG") -gt 1048576 ]]; then
  for i in 4 3 2 1; do [[ -f "$LOG.$i" ]] && mv -f "$LOG.$i" "$LOG.$((i + 1))"; done
  mv -f "$LOG" "$LOG.1"
fi

# The system packages (only those missing are installed), then a build when the program is missing
# or older than any of its sources (an update was pulled): the night runs what is in the folder.
bash "$ROOT/Scripts/setup.sh" >>"$LOG" 2>&1 || { echo "$(date -Is) namestitev sistemskih paketov ni uspela" >>"$LOG"; exit 2; }
BIN="$ROOT/.build/release/nominations"
if [[ ! -x "$BIN" ]] || [[ -n "$(find "$ROOT/Sources" "$ROOT/Plugins" "$ROOT/Package.swift" -newer "$BIN" -print -quit)" ]]; then
  echo "$(date -Is) gradnja programa" >>"$LOG"
  # A changed C header or module map is not always seen by an incremental build: the Swift code
  # that uses it keeps the old layout of its structures (seen here: a worker crashed in Tesseract's
  # door). Then the build starts clean.
  if [[ -x "$BIN" && -n "$(find "$ROOT"/Sources/C* -newer "$BIN" -print -quit)" ]]; then
    swift package clean >>"$LOG" 2>&1
  fi
  swift build -c release --static-swift-stdlib --product nominations >>"$LOG" 2>&1 || { echo "$(date -Is) gradnja ni uspela" >>"$LOG"; exit 2; }
  touch "$BIN"
fi
echo "$(date -Is) začetek" >>"$LOG"
"$BIN" run --inbox "$ROOT/Inbox" --outbox "$ROOT/Outbox" "$@" >>"$LOG" 2>&1
status=$?
echo "$(date -Is) konec, izhodni status $status" >>"$LOG"
exit $status
