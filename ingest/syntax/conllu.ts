/**
 * Reading CoNLL-U (https://universaldependencies.org/format.html), the treebanks' file format: one
 * word per line, ten tab-separated columns, sentences separated by blank lines. Multiword-token
 * lines ("29-30 didn't") and empty nodes ("8.1") are skipped: we train on the syntactic words.
 */
import { isUpos, type Upos } from './upos';

export interface TreebankWord {
  form: string;
  lemma: string;
  upos: Upos;
  /** Morphological features, as written ("Tense=Past|VerbForm=Part"), "_" for none. */
  feats: string;
  /** Index of the head word in the sentence (0-based), -1 for the root. */
  head: number;
  deprel: string;
}

export interface TreebankSentence {
  id: string;
  text: string;
  words: TreebankWord[];
}

/** All sentences of one CoNLL-U document, in file order. */
export function parseConllu(source: string): TreebankSentence[] {
  const sentences: TreebankSentence[] = [];
  for (const block of source.split(/\n\s*\n/)) {
    const sentence = parseBlock(block);
    if (sentence.words.length > 0) sentences.push(sentence);
  }
  return sentences;
}

function parseBlock(block: string): TreebankSentence {
  const sentence: TreebankSentence = { id: '', text: '', words: [] };
  for (const line of block.split('\n')) {
    if (line.startsWith('# sent_id = ')) sentence.id = line.slice(12).trim();
    else if (line.startsWith('# text = ')) sentence.text = line.slice(9).trim();
    else if (/^\d+\t/.test(line)) sentence.words.push(parseWordLine(line));
  }
  return sentence;
}

function parseWordLine(line: string): TreebankWord {
  const [, form, lemma, upos, , feats, head, deprel] = line.split('\t');
  if (!isUpos(upos)) throw new Error(`CoNLL-U: unknown UPOS "${upos}" in line: ${line}`);
  return { form, lemma, upos, feats, head: Number(head) - 1, deprel };
}
