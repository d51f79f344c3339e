/**
 * Accuracy of the parser on treebank sentences, read as at run time: the treebank's word split, the
 * tagger's tags (not the treebank's), then the parser. UAS is the share of words given the right
 * head, LAS the right head and relation (subtype included: "nsubj:pass" is not "nsubj"); punctuation
 * counts like any word, as in the CoNLL 2018 shared task. Per relation: of the words whose gold
 * relation it is, the share with the right head and relation.
 */
import { analyseWords, type SyntaxModel } from './analyse-words';
import type { TreebankSentence } from './conllu';
import { parseWords, type Parser } from './parser';

export interface ParseAccuracy {
  words: number;
  uas: number;
  las: number;
  /** Gold relation → LAS over the words that have it. */
  byRelation: Record<string, number>;
}

export function evaluateParser(tagging: SyntaxModel, parser: Parser, sentences: readonly TreebankSentence[]): ParseAccuracy {
  let words = 0;
  let headRight = 0;
  let bothRight = 0;
  const perRelation = new Map<string, { words: number; right: number }>();
  for (const sentence of sentences) {
    const forms = sentence.words.map((word) => word.form);
    const tags = analyseWords(tagging, forms).map((word) => word.upos);
    const arcs = parseWords(parser, forms, tags);
    sentence.words.forEach((word, i) => {
      const right = arcs[i].head === word.head;
      const labelled = right && arcs[i].deprel === word.deprel;
      words++;
      if (right) headRight++;
      if (labelled) bothRight++;
      let counts = perRelation.get(word.deprel);
      if (!counts) perRelation.set(word.deprel, (counts = { words: 0, right: 0 }));
      counts.words++;
      if (labelled) counts.right++;
    });
  }
  const byRelation: Record<string, number> = {};
  for (const [deprel, counts] of [...perRelation].sort()) byRelation[deprel] = counts.right / counts.words;
  return { words, uas: headRight / words, las: bothRight / words, byRelation };
}
