// Writes src/CrimeArchive.Import/Extraction/Grammar/english-lexicon.tsv from en-lexicon (Brill's
// lexicon, extended): each lower-case word with the parts of speech it can take, most frequent
// first, as one letter each. Words that can only be common nouns are left out: the tagger takes an
// unknown lower-case word for a noun anyway.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const lexicon = require("en-lexicon/dist/lexicon.js").default;

// Penn Treebank tag → the letter the tagger reads.
const letters = {
  NN: "N", NNS: "N", NNP: "H", NNPS: "H",
  VB: "V", VBP: "V", VBZ: "V", VBD: "D", VBN: "P", VBG: "G",
  JJ: "J", JJR: "J", JJS: "J",
  RB: "R", RBR: "R", RBS: "R", WRB: "R",
  DT: "T", PDT: "T", WDT: "T",
  PRP: "O", WP: "O", "PRP$": "S", "WP$": "S",
  IN: "I", CC: "C", MD: "M", RP: "A", TO: "X", CD: "U",
};

const lines = [];
for (const [word, tags] of Object.entries(lexicon)) {
  if (!/^[a-z][a-z'\-]*$/.test(word))
    continue;
  const kept = [];
  for (const tag of String(tags).split("|")) {
    const letter = letters[tag];
    if (letter && !kept.includes(letter))
      kept.push(letter);
  }
  if (kept.length === 0 || (kept.length === 1 && kept[0] === "N"))
    continue;
  lines.push(`${word}\t${kept.join("")}`);
}
lines.sort();
const out = new URL("../../src/CrimeArchive.Import/Extraction/Grammar/english-lexicon.tsv", import.meta.url);
writeFileSync(out, "# word\tparts of speech, most frequent first (built by tools/lexicon from en-lexicon 1.0.11, MIT)\n" + lines.join("\n") + "\n");
console.log(`${lines.length} words`);
