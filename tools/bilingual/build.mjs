// Writes src/CrimeArchive.Import/Extraction/Entities/spanish-english.tsv from Apertium's English–Spanish
// bilingual dictionary (Debian package apertium-eng-spa), read with lt-print (package lttoolbox-dev).
// Only one-word nouns and adjectives are kept: group names are made of them.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dictionary = '/usr/share/apertium/apertium-eng-spa/spa-eng.autobil.bin';
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/CrimeArchive.Import/Extraction/Entities/spanish-english.tsv');

// lt-print gives the transducer's arcs ("from to input output weight"), one section per "--";
// the first section is the dictionary proper, the others are patterns (numbers, addresses).
const text = execFileSync('lt-print', [dictionary], { encoding: 'utf8', maxBuffer: 1 << 28 });
const firstSection = text.split('\n--\n')[0].split('\n');
const arcs = new Map();
const finals = new Set();
for (const line of firstSection) {
  const f = line.split('\t');
  if (f.length >= 5) {
    const from = Number(f[0]);
    if (!arcs.has(from)) arcs.set(from, []);
    arcs.get(from).push([Number(f[1]), f[2] === 'ε' ? '' : f[2], f[3] === 'ε' ? '' : f[3]]);
  } else if (f[0] !== '') finals.add(Number(f[0]));
}

const pairs = new Set();
// Numbers loop back on themselves; no word is longer than the cap.
const stack = [[0, '', '', 0]];
while (stack.length) {
  const [state, input, output, depth] = stack.pop();
  if (finals.has(state) && input) {
    const [spanish, tags] = [input.split('<')[0], input.slice(input.indexOf('<'))];
    const english = output.split('<')[0];
    const kept = (tags.startsWith('<n>') || tags.startsWith('<adj>')) && /^\p{Ll}+$/u.test(spanish) && /^\p{Ll}+$/u.test(english);
    if (kept && spanish !== english) pairs.add(`${spanish}\t${english}`);
  }
  if (depth > 60) continue;
  for (const [to, i, o] of arcs.get(state) ?? []) {
    if (!/\d/.test(i)) stack.push([to, input + i, output + o, depth + 1]);
  }
}

const rows = [...pairs].sort();
writeFileSync(out, '# spanish\tenglish (Apertium apertium-eng-spa, GPL-2; see tools/bilingual/README.md)\n' + rows.join('\n') + '\n');
console.log(`wrote ${out}: ${rows.length} pairs`);
