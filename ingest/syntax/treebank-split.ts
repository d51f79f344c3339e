/**
 * Which treebank sentences train the model and which measure it. Only the dev and test portions
 * of the treebanks are available (data/treebanks/README.md), so: the model trains on the whole
 * test portion plus the first half of dev, and is measured on the second half of dev, which it
 * never sees. Halves are contiguous, so held-out sentences mostly come from documents not trained on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConllu, type TreebankSentence } from './conllu';
import type { SyntaxLanguage } from './model-file';

const TREEBANK_DIR = resolve(__dirname, '..', '..', 'data', 'treebanks');

const TREEBANK: Record<SyntaxLanguage, string> = { sv: 'sv_talbanken', en: 'en_ewt' };

export interface TreebankSplit {
  train: TreebankSentence[];
  heldOut: TreebankSentence[];
  description: string;
}

export function treebankSplit(language: SyntaxLanguage): TreebankSplit {
  const name = TREEBANK[language];
  const read = (portion: string) =>
    parseConllu(readFileSync(resolve(TREEBANK_DIR, `${name}-ud-${portion}.conllu`), 'utf8'));
  const test = read('test');
  const dev = read('dev');
  const half = Math.floor(dev.length / 2);
  return {
    train: [...test, ...dev.slice(0, half)],
    heldOut: dev.slice(half),
    description: `${name}: trained on test (${test.length} sentences) + dev 1–${half}; held out: dev ${half + 1}–${dev.length}`,
  };
}
