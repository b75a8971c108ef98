// peer.mjs measures @redactpii/node (npm, MIT; identifier regexes only,
// no special categories) on a corpus file, for the paired run against
// BenchmarkText that issue 14 asks for (see the README's speed section):
//
//   npm install @redactpii/node@1.0.17
//   node peer.mjs corpus.txt whole   # one call on the whole corpus
//   node peer.mjs corpus.txt lines   # one call per line
//
// It prints MB/s of wall time and of process CPU time (user + system).
import { Redactor } from '@redactpii/node';
import { readFileSync } from 'fs';
const text = readFileSync(process.argv[2], 'utf8');
const bytes = Buffer.byteLength(text);
const r = new Redactor();
for (let i = 0; i < 3; i++) r.redact(text); // warm up
const mode = process.argv[3] || 'whole';
const lines = text.split(/(?<=\n)/);
let n = 0;
const c0 = process.cpuUsage(); const t0 = process.hrtime.bigint();
while (Number(process.hrtime.bigint() - t0) < 2e9) {
  if (mode === 'whole') r.redact(text); else for (const l of lines) r.redact(l);
  n++;
}
const wall = Number(process.hrtime.bigint() - t0) / 1e9;
const cu = process.cpuUsage(c0); const cpu = (cu.user + cu.system) / 1e6;
console.log(`peer ${mode}: ${(bytes * n / wall / 1e6).toFixed(1)} MB/s wall, ${(bytes * n / cpu / 1e6).toFixed(1)} cpu-MB/s`);
