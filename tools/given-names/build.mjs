// Writes src/CrimeArchive.Import/Extraction/Entities/given-names.txt from human-names: the popular
// given names of six languages, lower-cased and without accents, one per line. The extractor reads it
// to tell a second first name from a surname ("Tadeo Ignacio Lerma", "José Luis").
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const data = join(dirname(require.resolve("human-names/package.json")), "data");

// Given names that are as often surnames in the Americas: on their own they say nothing.
const alsoSurnames = new Set([
  "cruz", "moreno", "leon", "salvador", "santiago", "lorenzo", "martin", "alonso", "gil", "marcos", "rosa", "luz", "paz",
  "reyes", "santos", "victoria", "domingo", "pascual", "blanco", "bravo", "rey", "roman", "vicente", "gaspar", "mateo",
  "ramos", "nunez", "lucas", "manuel", "jordan", "guerra", "franco", "bruno", "sierra", "angel", "ramon", "german",
  "tomas", "cristobal", "esteban", "benito", "ivan", "simon", "abel", "adrian", "marino", "leal", "casas", "vidal", "mora",
]);

const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const names = new Set();
for (const file of readdirSync(data).filter((f) => f.endsWith(".json"))) {
  for (const name of JSON.parse(readFileSync(join(data, file), "utf8"))) {
    const key = fold(name);
    if (/^[a-z][a-z'\-]+$/.test(key) && !alsoSurnames.has(key))
      names.add(key);
  }
}
const lines = [...names].sort();
const out = new URL("../../src/CrimeArchive.Import/Extraction/Entities/given-names.txt", import.meta.url);
writeFileSync(out, "# given names, folded (built by tools/given-names from human-names 1.0.13, MIT)\n" + lines.join("\n") + "\n");
console.log(`${lines.length} names`);
