#!/usr/bin/env bash
# Sets up and runs the whole test suite. The dev-corpus tests run when ../shared is beside
# the project and are skipped with a note otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build --build-tests
swift test --skip-build
