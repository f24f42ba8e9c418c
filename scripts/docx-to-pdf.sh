#!/usr/bin/env bash
# Drafts every document of the sample case in Swedish and English and converts each to PDF with
# LibreOffice, so a person can look at the pages. With --png, also one PNG per page (poppler-utils).
#
# Usage: scripts/docx-to-pdf.sh [--png] [outdir]      (default outdir: out/documents)
#   → outdir/<lang>/*.docx, outdir/<lang>/pdf/*.pdf, with --png outdir/<lang>/png/<file>-<page>.png
#
# Needs the templates built (npm run build) and, for the conversion, these Debian packages:
#   apt-get update && apt-get install -y --no-install-recommends \
#     libreoffice-writer-nogui poppler-utils fonts-liberation2 fonts-crosextra-carlito
# (Carlito has the metrics of Calibri, the documents' font, so pages break as in Word.)
set -euo pipefail
cd "$(dirname "$0")/.."

png=false
if [ "${1:-}" = "--png" ]; then png=true; shift; fi
out=${1:-out/documents}

[ -f src/documents/generated/templates.js ] || npm run build
node --import tsx scripts/sample-documents.ts "$out"

if ! command -v soffice >/dev/null; then
  echo >&2
  echo "The DOCX files are in $out. To convert them to PDF, install LibreOffice:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-liberation2 fonts-crosextra-carlito" >&2
  exit 0
fi

# A profile of its own, so a running LibreOffice or a missing home directory does not get in the way.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for lang_dir in "$out"/*/; do
  mkdir -p "$lang_dir/pdf"
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$lang_dir/pdf" "$lang_dir"*.docx >/dev/null 2>&1
  for pdf in "$lang_dir"pdf/*.pdf; do
    pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}' || true)
    echo "$pdf${pages:+  $pages pages}"
    if $png; then
      if command -v pdftoppm >/dev/null; then
        mkdir -p "$lang_dir/png"
        pdftoppm -r 80 -png "$pdf" "$lang_dir/png/$(basename "${pdf%.pdf}")"
      else
        echo "pdftoppm missing: install poppler-utils for --png" >&2
      fi
    fi
  done
done
