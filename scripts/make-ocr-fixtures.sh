#!/bin/sh
# Makes the scanned-report fixtures of issue 27 with the real tools: our own Word export of a
# balanced report → LibreOffice PDF → pdftoppm at 150 dpi grey → ImageMagick makes each page
# scan-like (turned 0.5–1.5°, blurred, grain, grey JPEG) → the JPEG pages back into a PDF with no
# text layer; one table page is also kept as a PNG and a JPEG image. Both formats: the 2021 example
# and a real 2019 county report (seed 002) with balanced random numbers (scripts/ocr-fixture-report.ts).
# Run from the repository root; needs soffice, pdftoppm and ImageMagick's convert (its PDF writer is disabled by policy, so a small script writes the PDF). The outputs are
# committed: tests do not run this.
set -eu
out=src/fixtures/ocr
mkdir -p "$out"
tmp=$(mktemp -d)
profile="file://$tmp/profile"
make() { # name report-json turn-degrees table-page
  name=$1 json=$2 turn=$3 table=$4
  node bin/gongkai.js convert "$json" -o "$tmp/$name.docx"
  soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/$name.docx" >/dev/null
  pdftoppm -r 150 -gray "$tmp/$name.pdf" "$tmp/$name-page"
  pages=""
  n=0
  for page in "$tmp/$name"-page-*.pgm; do
    n=$((n + 1))
    # Each page a slightly different turn, as a sheet lies on a scanner's glass.
    angle=$(awk -v t="$turn" -v n="$n" 'BEGIN { printf "%.2f", t * (n % 2 ? 1 : -0.6) }')
    convert "$page" -background white -rotate "$angle" -gravity center -extent 1241x1754 \
      -blur 0x0.7 -attenuate 0.35 +noise Gaussian -colorspace Gray -quality 55 -density 150 \
      -units PixelsPerInch "$tmp/$name-scan-$n.jpg"
    pages="$pages $tmp/$name-scan-$n.jpg"
  done
  # shellcheck disable=SC2086
  npx tsx scripts/jpeg-pages-pdf.ts "$out/$name-scan.pdf" $pages
  cp "$tmp/$name-scan-$table.jpg" "$out/$name-page-$table.jpg"
  convert "$tmp/$name-scan-$table.jpg" "$out/$name-page-$table.png"
  cp "$json" "$out/$name.json"
}
make report-2021 src/fixtures/reports/example-2021.json 1.1 3
npx tsx scripts/ocr-fixture-report.ts "$tmp/report-2019.json"
make report-2019 "$tmp/report-2019.json" 0.8 3
# The 2019 table page's first rows (heading, 新收, 上年结转, 予以公开): nothing on it tells the 2019
# format from the 2021 one (the format is taken from what else is known, in doubt); the single
# file's and the desk's e2e read it, and OCR time grows with the image.
convert "$out/report-2019-page-3.png" -crop 1241x276+0+230 +repage "$out/report-2019-rows-3.png"
# The 2021 table page's 表三 alone, as an image-only PDF: the hosted e2e reads it in half the time
# of the whole page.
convert "$out/report-2021-page-3.png" -crop 1241x880+0+560 +repage -quality 55 "$tmp/t21.jpg"
npx tsx scripts/jpeg-pages-pdf.ts "$out/report-2021-table-3.pdf" "$tmp/t21.jpg"
rm -rf "$tmp"
ls -l "$out"
