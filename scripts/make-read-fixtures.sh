#!/bin/sh
# Makes the fixtures of issue 10 ("read real published reports right") with the real tools, from the
# 2021 example: our own HTML export with its zero cells left blank the way offices publish them
# (&nbsp; and Word's <o:p> </o:p>), a web page's metadata table (名称 / 索引号 / 发布机构) and the title
# year first; LibreOffice turns that page into a .docx. The hybrid text takes our text export,
# prints 表三's （六） as one 2019-style row and repeats the header rows as after a page break.
# Run from the repository root; needs soffice, pdftotext, zip and unzip. The outputs are committed: tests do not run this.
set -eu
out=src/fixtures/import
tmp=$(mktemp -d)
node bin/gongkai.js convert src/fixtures/reports/example-2021.json -o "$tmp/page.html"
# Every other zero cell as &nbsp;, the rest as Word's empty paragraph; the title year first, under
# a metadata table as a government site prints it.
node -e '
const fs = require("fs");
let html = fs.readFileSync(process.argv[1], "utf8");
let n = 0;
html = html.replace(/(<td[^>]*>)0(<\/td>)/g, (_, a, b) =>
  a + (n++ % 2 ? "&nbsp;" : "<p class=MsoNormal><o:p> </o:p></p>") + b);
const meta = "<table class=\"meta\"><tr><td>名称：</td><td>2024年青山镇人民政府政府信息公开工作年度报告</td></tr>" +
  "<tr><td>索引号：</td><td>11410825MB1234567X/2025-00012</td></tr>" +
  "<tr><td>发布机构：</td><td>青山镇人民政府</td></tr><tr><td>发布日期：</td><td>2025-01-20</td></tr></table>";
html = html.replace(/<h1([^>]*)>青山镇人民政府2024年/, meta + "<h1$1>2024年青山镇人民政府");
fs.writeFileSync(process.argv[2], html);
' "$tmp/page.html" "$out/blank-zeros-2021.html"
profile="file://$tmp/profile"
soffice -env:UserInstallation="$profile" --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp" "$out/blank-zeros-2021.html" >/dev/null
cp "$tmp/blank-zeros-2021.docx" "$out/blank-zeros-2021.docx"
node -e '
const fs = require("fs");
const lines = fs.readFileSync("src/fixtures/golden/example-2021.txt", "utf8").split("\n");
const at = lines.findIndex((l) => l.includes("1.申请人无正当理由逾期不补正"));
lines.splice(at, 3, "\t（六）其他处理\t\t0\t1\t0\t0\t0\t1\t2");
const head = lines.findIndex((l) => l.includes("自然人\t法人或其他组织"));
const rows = lines.findIndex((l) => l.includes("（四）无法提供"));
lines.splice(rows, 0, lines[head], lines[head + 1], "项目\t本年新收件数\t上年结转件数\t办理结果\t结转下年度\t总计");
fs.writeFileSync("src/fixtures/import/hybrid-header-2021.txt", lines.join("\n"));
'
# Amounts finer than the format: 收费金额 in 万元 with six decimals on the web page, 采购总金额 in 元 with
# 分 in the 2019 text export of seed 000.
sed 's/>6\.0725</>6.072513</' "$tmp/page.html" > "$out/finer-amount-2021.html"
sed 's/^政府集中采购\t0\t0\t$/政府集中采购\t2\t1234567.89元\t/' src/fixtures/golden/seed-000.txt > "$out/finer-amount-2019.txt"
# pdftotext without -layout of the LibreOffice PDF of our own Word export: 表三 in text-block order.
node bin/gongkai.js convert src/fixtures/reports/example-2021.json -o "$tmp/example.docx"
soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/example.docx" >/dev/null
pdftotext "$tmp/example.pdf" "$out/pdftotext-raw-2021.txt"
# Zero cells left blank in a Word report (our own export with every "0" cell emptied), through
# LibreOffice to PDF, then pdftotext with and without -layout: only the PDF's positions say which
# column a number is in. The PDF itself is kept for the PDF importer (pdfjs x positions).
mkdir "$tmp/blank"
(cd "$tmp/blank" && unzip -q "$tmp/example.docx")
sed -i 's#<w:t xml:space="preserve">0</w:t>#<w:t xml:space="preserve"></w:t>#g' "$tmp/blank/word/document.xml"
(cd "$tmp/blank" && zip -q -X -r "$tmp/blank-zeros-word-2021.docx" .)
soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/blank-zeros-word-2021.docx" >/dev/null
cp "$tmp/blank-zeros-word-2021.pdf" "$out/blank-zeros-2021.pdf"
pdftotext -layout "$tmp/blank-zeros-word-2021.pdf" "$out/blank-zeros-pdftotext-layout-2021.txt"
pdftotext "$tmp/blank-zeros-word-2021.pdf" "$out/blank-zeros-pdftotext-raw-2021.txt"
# A narrow 总计 column: 表三's last column cut to 250 twips (the width of one digit) in our Word
# export, so LibreOffice wraps "15" into "1" above the row and "5" below it.
mkdir "$tmp/narrow"
(cd "$tmp/narrow" && unzip -q "$tmp/example.docx")
node -e '
const fs = require("fs");
const file = process.argv[1];
let xml = fs.readFileSync(file, "utf8");
const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)];
const t3 = tables[1];
const narrow = t3[0].replaceAll("w:w=\"796\"", "w:w=\"250\"").replace("w:w=\"8844\"", "w:w=\"8298\"");
fs.writeFileSync(file, xml.slice(0, t3.index) + narrow + xml.slice(t3.index + t3[0].length));
' "$tmp/narrow/word/document.xml"
(cd "$tmp/narrow" && zip -q -X -r "$tmp/narrow-total-2021.docx" .)
soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/narrow-total-2021.docx" >/dev/null
cp "$tmp/narrow-total-2021.pdf" "$out/narrow-total-2021.pdf"
pdftotext -layout "$tmp/narrow-total-2021.pdf" "$out/narrow-total-pdftotext-layout-2021.txt"
pdftotext "$tmp/narrow-total-2021.pdf" "$out/narrow-total-pdftotext-raw-2021.txt"
rm -rf "$tmp"
