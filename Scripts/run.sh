#!/usr/bin/env bash
# Sets up, builds (release) and runs the nightly job over Inbox/ → Outbox/.
# Extra arguments go to `nominations run` (e.g. --inbox DIR --outbox DIR --settle 0).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build -c release --static-swift-stdlib --product nominations >&2
exec .build/release/nominations run "$@"
