/**
 * `npm run train:language`: rebuilds domain/language-profile.json from the sentences (`# text =`
 * lines) of the Swedish and English UD treebanks in data/treebanks/ (or TREEBANKS=DIR).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProfile } from '../domain/language-profile';

const directory = process.env.TREEBANKS ?? join(__dirname, '..', 'data', 'treebanks');

function sentencesOf(prefix: string): string[] {
  const files = readdirSync(directory).filter((f) => f.startsWith(prefix) && f.endsWith('.conllu'));
  if (files.length === 0) throw new Error(`no ${prefix}*.conllu in ${directory}`);
  return files.flatMap((f) =>
    readFileSync(join(directory, f), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('# text = '))
      .map((line) => line.slice('# text = '.length)),
  );
}

const samples = { sv: sentencesOf('sv_'), en: sentencesOf('en_') };
const profile = buildProfile(samples, 3);
const out = join(__dirname, '..', 'domain', 'language-profile.json');
writeFileSync(out, `${JSON.stringify(profile)}\n`);
console.log(`${Object.keys(profile.logProbability.sv).length} trigrams from ${samples.sv.length} Swedish and ${samples.en.length} English sentences -> ${out}`);
