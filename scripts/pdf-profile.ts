/**
 * The CLI's PDF path, N reads of one file in this process, for a CPU profile of issue 26's work:
 *   node --cpu-prof --cpu-prof-dir=.bench/prof --import tsx scripts/pdf-profile.ts [N=90] [PDF]
 *   npx tsx scripts/cpu-profile-summary.ts .bench/prof/<file>.cpuprofile
 * The PDF defaults to the bench's (.bench/pdf-inputs/bench-example-2021.pdf, made by
 * scripts/pdf-speed.ts or scripts/pdf-readings.ts).
 */
import { readReport } from '../src/cli/read-report';

const reads = Number(process.argv[2] ?? 90);
const file = process.argv[3] ?? '.bench/pdf-inputs/bench-example-2021.pdf';
// The first reads load pdfjs and compile: left out of the figure (not of the profile).
for (let i = 0; i < 5; i++) await readReport(file);
const start = performance.now();
const cpu = process.cpuUsage();
for (let i = 0; i < reads; i++) {
  const read = await readReport(file);
  if (!read.ok) throw new Error(read.message);
}
const used = process.cpuUsage(cpu);
console.log(
  `${reads} reads after 5 warm-up reads: ${((performance.now() - start) / reads).toFixed(1)} ms/read wall, ${((used.user + used.system) / 1000 / reads).toFixed(1)} ms/read CPU`,
);
