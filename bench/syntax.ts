/**
 * Speed of the syntax module against compromise, in the same run, on the sample corpus: each
 * sentence through `analyseSentence` (tokens, UPOS, lemmas), and the same sentences through
 * compromise's plain tagging (`nlp(text).terms()`); then the dependency parser alone on the
 * sentences already tagged (`parseDependencies`). Models load before timing starts.
 * Prints tokens (and for the parser, sentences) per second. Run: `npm run bench:syntax`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { analyseSentence, parseDependencies, parserModel, syntaxModel } from '../ingest/syntax';
import { nlp, splitSentences } from '../ingest/nlp';

const CORPUS_DIR = resolve(__dirname, '..', 'data', 'corpus');
const ROUNDS = 3;

function corpusSentences(): string[] {
  const texts = readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(resolve(CORPUS_DIR, name), 'utf8'));
  return texts.flatMap((text) => splitSentences(text.replace(/\s+/g, ' ')).map((s) => s.trim()).filter(Boolean));
}

function time<T>(label: string, sentences: T[], run: (sentence: T) => number): void {
  let best = Infinity;
  let tokens = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.hrtime.bigint();
    tokens = 0;
    for (const sentence of sentences) tokens += run(sentence);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  console.log(
    `${label}: ${sentences.length} sentences, ${tokens} tokens, best of ${ROUNDS}: ${best.toFixed(2)} s, ` +
      `${Math.round(tokens / best)} tokens/s, ${Math.round(sentences.length / best)} sentences/s`,
  );
}

const sentences = corpusSentences();
syntaxModel('sv');
parserModel('sv');
console.log(`${sentences.length} sentences, load average ${loadavg()[0].toFixed(2)}`);
time('analyseSentence (sv)', sentences, (sentence) => analyseSentence(sentence, 'sv').length);
time('compromise nlp(text).terms()', sentences, (sentence) => nlp(sentence).terms().length);
const tagged = sentences.map((sentence) => analyseSentence(sentence, 'sv'));
time('parseDependencies (sv), tagged sentences', tagged, (tokens) => parseDependencies(tokens, 'sv').length);
console.log(`load average after ${loadavg()[0].toFixed(2)}`);
