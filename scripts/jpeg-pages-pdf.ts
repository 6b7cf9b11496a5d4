// Writes JPEG pages into a PDF with no text layer, as a scanner does (each page one DCT image
// filling an A4 page). ImageMagick's own PDF writer is disabled by Debian's security policy.
// Usage: tsx scripts/jpeg-pages-pdf.ts OUT.pdf PAGE.jpg...
import { readFileSync, writeFileSync } from 'node:fs';

/** Width and height from a JPEG's start-of-frame marker. */
function jpegSize(bytes: Buffer): { width: number; height: number; grey: boolean } {
  for (let i = 2; i < bytes.length;) {
    const marker = bytes[i + 1] ?? 0;
    const length = bytes.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc3) {
      return {
        height: bytes.readUInt16BE(i + 5),
        width: bytes.readUInt16BE(i + 7),
        grey: bytes[i + 9] === 1,
      };
    }
    i += 2 + length;
  }
  throw new Error('not a JPEG');
}

const [out, ...files] = process.argv.slice(2);
const chunks: Buffer[] = [];
const offsets: number[] = [];
let size = 0;
const write = (part: string | Buffer) => {
  const buf = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
  chunks.push(buf);
  size += buf.length;
};
const object = (n: number, body: string, stream?: Buffer) => {
  offsets[n] = size;
  write(`${n} 0 obj\n${body}\n`);
  if (stream) write(Buffer.concat([Buffer.from('stream\n'), stream, Buffer.from('\nendstream\n')]));
  write('endobj\n');
};
write('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
const [pw, ph] = [595.28, 841.89];
const kids = files.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
object(1, '<< /Type /Catalog /Pages 2 0 R >>');
object(2, `<< /Type /Pages /Kids [${kids}] /Count ${files.length} >>`);
files.forEach((file, i) => {
  const jpeg = readFileSync(file);
  const { width, height, grey } = jpegSize(jpeg);
  const [page, image, content] = [3 + i * 3, 4 + i * 3, 5 + i * 3];
  const draw = Buffer.from(`q ${pw} 0 0 ${ph} 0 0 cm /Im0 Do Q`);
  object(
    page,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pw} ${ph}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`,
  );
  object(
    image,
    `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /${grey ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>`,
    jpeg,
  );
  object(content, `<< /Length ${draw.length} >>`, draw);
});
const xref = size;
const count = offsets.length;
write(`xref\n0 ${count}\n0000000000 65535 f \n`);
for (let n = 1; n < count; n++) write(`${String(offsets[n] ?? 0).padStart(10, '0')} 00000 n \n`);
write(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
writeFileSync(out ?? 'scan.pdf', Buffer.concat(chunks));
