#!/bin/sh
# Makes the PDF fixtures of issue 19 ("PDF actions are ignored and the text is read"): real
# LibreOffice PDFs of the 2021 example with the actions a hostile PDF carries added by an
# incremental update (scripts/pdf-add-actions.ts): a document /OpenAction running JavaScript, a
# document-level script, a page-open script, and links whose actions are /Launch (cmd.exe) and
# /URI. One is the example on one tall page (its Word file's page made 175 cm high); the other is
# the 5-page libreoffice-2021.pdf fixture. Run from the repository root; needs soffice, unzip and
# zip. The outputs are committed: tests do not run this.
set -eu
out=src/fixtures/import
tmp=$(mktemp -d)
node bin/gongkai.js convert src/fixtures/reports/example-2021.json -o "$tmp/example.docx"
mkdir "$tmp/tall"
(cd "$tmp/tall" && unzip -q "$tmp/example.docx")
sed -i 's/\(<w:pgSz[^>]*w:h="\)[0-9]*"/\199000"/' "$tmp/tall/word/document.xml"
(cd "$tmp/tall" && zip -q -X -r "$tmp/one-page.docx" .)
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/one-page.docx" >/dev/null
npx tsx scripts/pdf-add-actions.ts "$tmp/one-page.pdf" "$out/actions-one-page-2021.pdf"
npx tsx scripts/pdf-add-actions.ts "$out/libreoffice-2021.pdf" "$out/actions-libreoffice-2021.pdf"
rm -rf "$tmp"
