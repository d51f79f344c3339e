/**
 * Extraction speed and memory: the sample corpus once and repeated 20 times (~4 MB), each beside
 * plain compromise tagging of the same text in the same run (the yardstick: the whole pipeline,
 * with our own tagger, should cost no more than compromise's tagging alone).
 * Then one "sentence" of 8k, 16k and 32k words with no full stop (hostile input): its time must grow
 * linearly, since segmentation caps sentence length.
 * Prints words per second, wall time and peak RSS for each. Run: `npm run bench:extract`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { extract } from '../ingest/pipeline';

const CORPUS = resolve(__dirname, '..', 'data', 'corpus', 'october-to-brest-litovsk.sv.txt');
const REPETITIONS = [1, 20];
const LONG_SENTENCE_WORDS = [8_000, 16_000, 32_000];
const LONG_SENTENCE_PHRASE = 'Kerenski bekämpade bolsjevikerna och ';

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function secondsOf(work: () => void): number {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** compromise's tagging of the text, sentence by sentence, as a yardstick for the whole pipeline. */
function compromiseSeconds(text: string): number {
  return secondsOf(() => {
    for (const paragraph of text.split(/\n\s*\n/u)) nlp(paragraph).compute('tagger');
  });
}

function measure(label: string, text: string, yardstick = false): void {
  let extraction = extract('Uppvärmning.', { language: 'sv' });
  const seconds = secondsOf(() => {
    extraction = extract(text, { language: 'sv' });
  });
  const words = extraction.stats?.words ?? 0;
  console.log(
    `${label}: ${(text.length / 1e6).toFixed(2)} MB, ${words} words, ${extraction.stats?.sentences} sentences, ` +
      `${extraction.entities.length} entities, ${extraction.relations.length} relations | ` +
      `${seconds.toFixed(2)} s, ${Math.round(words / seconds)} words/s, peak RSS ${peakRssMb().toFixed(0)} MB`,
  );
  if (!yardstick) return;
  const tagging = compromiseSeconds(text);
  console.log(`  compromise tagging alone, same text: ${tagging.toFixed(2)} s -> pipeline/compromise = ${(seconds / tagging).toFixed(2)}x`);
}

const corpus = readFileSync(CORPUS, 'utf8');
for (const times of REPETITIONS) measure(`corpus x${times}`, Array.from({ length: times }, () => corpus).join('\n\n'), true);
for (const words of LONG_SENTENCE_WORDS) {
  measure(`one ${words}-word sentence`, LONG_SENTENCE_PHRASE.repeat(words / 4));
}
