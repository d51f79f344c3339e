/**
 * The committed models, measured on the treebank sentences they were not trained on
 * (ingest/syntax/treebank-split.ts). Thresholds sit just below the figures in docs/syntax.md, so
 * a worse model, a broken feature or a tokenizer drift fails here.
 */
import { evaluate } from '../../../ingest/syntax/evaluate';
import { syntaxModel } from '../../../ingest/syntax';
import { treebankSplit } from '../../../ingest/syntax/treebank-split';

const THRESHOLDS = {
  sv: { upos: 0.93, lemma: 0.955 },
  en: { upos: 0.93, lemma: 0.97 },
};

describe.each(['sv', 'en'] as const)('held-out accuracy (%s)', (language) => {
  const accuracy = evaluate(syntaxModel(language), treebankSplit(language).heldOut);

  test('UPOS', () => {
    expect(accuracy.upos).toBeGreaterThanOrEqual(THRESHOLDS[language].upos);
  });

  test('lemma', () => {
    expect(accuracy.lemma).toBeGreaterThanOrEqual(THRESHOLDS[language].lemma);
  });

  test('measured on a real number of words', () => {
    expect(accuracy.words).toBeGreaterThan(4000);
  });
});
