#!/usr/bin/env bash
# Installs the Debian packages the project needs, only those missing (safe to run again).
set -euo pipefail

PACKAGES=(
  libpoppler-glib-dev   # PDF text, form fields, page rendering (poppler-glib)
  libxlsxwriter-dev     # XLSX writing
  libcairo2-dev         # the fixture generator writes test PDFs with cairo
  zlib1g-dev            # the fixture generator's PDF streams; ZIPFoundation (test read-backs)
  libzstd-dev           # compressed texts and readings in the state
  libsqlite3-dev        # the run's state (SQLite through GRDB)
  pkg-config            # SwiftPM finds the C libraries through it
  unzip                 # tests read written workbooks back
  fonts-dejavu-core     # font for generated fixtures (č, š, ž, ☒)
  libtesseract-dev      # OCR of scanned letters (Tesseract's C API; loaded at the first scanned page)
  libleptonica-dev      # the scans' clean-up before OCR (deskew, despeckle)
  libarchive-dev        # tesseract.pc links it
  libcurl4-openssl-dev  # tesseract.pc links it
  tesseract-ocr-slv     # Tesseract's Slovenian model
  tesseract-ocr-ita     # Tesseract's Italian model
  tesseract-ocr         # the tesseract program, for Scripts/bench-ocr.sh's comparison
)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null; then
  echo "setup: Swift 6 is needed (swift not found on PATH)" >&2
  exit 1
fi
