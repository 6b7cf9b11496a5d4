#!/bin/sh
# Makes the old-format files of issue 20 with LibreOffice: a Word 97–2003 .doc of a report (the
# LibreOffice .docx fixture saved by the "MS Word 97" filter, as an office that still saves .doc
# sends it). It is an OLE2 compound file, as WPS's .wps and .et and Excel's .xls are (the machine
# has LibreOffice Writer only, so no .xls is made). The importers answer it with a message
# (legacy-office.ts).
# Run from the repository root; needs soffice. The outputs are committed: tests do not run this.
set -eu
out=src/fixtures/import/legacy
tmp=$(mktemp -d)
profile="file://$tmp/profile"
mkdir -p "$out"
soffice -env:UserInstallation="$profile" --headless --convert-to 'doc:MS Word 97' --outdir "$tmp" \
  src/fixtures/import/libreoffice-2021.docx >/dev/null
cp "$tmp/libreoffice-2021.doc" "$out/report-2021.doc"
rm -rf "$tmp"
