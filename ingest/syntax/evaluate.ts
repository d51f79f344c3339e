/**
 * Accuracy of a model on treebank sentences, given the treebank's own word split: the share of
 * words with the right UPOS, and with the right lemma (from the predicted tag, compared
 * case-insensitively, as the treebanks differ on the case of lemmas).
 */
import type { TreebankSentence } from './conllu';
import { analyseWords, type SyntaxModel } from './analyse-words';

export interface Accuracy {
  words: number;
  upos: number;
  lemma: number;
}

export function evaluate(model: SyntaxModel, sentences: readonly TreebankSentence[]): Accuracy {
  let words = 0;
  let uposRight = 0;
  let lemmaRight = 0;
  for (const sentence of sentences) {
    const analysis = analyseWords(model, sentence.words.map((word) => word.form));
    sentence.words.forEach((word, i) => {
      words++;
      if (analysis[i].upos === word.upos) uposRight++;
      if (analysis[i].lemma.toLowerCase() === word.lemma.toLowerCase()) lemmaRight++;
    });
  }
  return { words, upos: uposRight / words, lemma: lemmaRight / words };
}
