#!/bin/sh
# The import worker's warm-up PDF (src/workspace/import/warm-blank-2021.pdf): a blank 2021 report
# exported to Word by the CLI and printed by LibreOffice, as offices print theirs. It embeds the
# font kinds real reports do and has the official tables, so reading it once takes pdfjs and our
# PDF readers through what a first real PDF needs: code compiled and optimised, the worker's heap
# grown. Run from the repository root: sh scripts/make-warm-pdf.sh (needs soffice). Committed.
set -eu
out=src/workspace/import/warm-blank-2021.pdf
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/blank.ts" <<TS
import { writeFileSync } from 'node:fs';
import { createReport, saveReport } from '$PWD/src/core';
writeFileSync('$dir/blank.json', saveReport(createReport({ org: '某镇人民政府', year: 2021 })));
TS
npx tsx "$dir/blank.ts"
node bin/gongkai.js convert "$dir/blank.json" -o "$dir/blank.docx" >/dev/null
HOME="$dir" soffice -env:UserInstallation="file://$dir/profile" --headless --convert-to pdf \
  --outdir "$dir" "$dir/blank.docx" >/dev/null
cp "$dir/blank.pdf" "$out"
