#!/usr/bin/env bash
# Sets up and runs the whole test suite. The dev-corpus tests run when ../shared is beside
# the project and are skipped with a note otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
# LibreOffice (headless Calc) for the tests that save the committee's workbook through it and print
# it to PDF: a test tool, not the program's, so it is installed here and not by setup.sh. Where it
# cannot be installed, those tests are skipped with a note.
if ! command -v soffice >/dev/null; then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  echo "test: installing libreoffice-calc-nogui for the workbook round-trip and print tests" >&2
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libreoffice-calc-nogui >/dev/null; } \
    || echo "test: LibreOffice could not be installed; its tests will be skipped" >&2
fi
swift build --build-tests
swift test --skip-build
