/**
 * compromise's English tagger measured on the same held-out EWT sentences as our model, so the two
 * can be compared (the issue allows compromise for English where it measures better).
 *
 * compromise tags each sentence's text with its own tag set and its own word split; each treebank
 * word is aligned to the compromise term covering its first character, and the term's tags are mapped
 * to UPOS. Words no term covers are punctuation (compromise keeps it outside terms). compromise does
 * not tell subordinating from coordinating conjunctions, so a short list of subordinators is given it.
 */
import nlp from 'compromise';
import type { TreebankSentence } from '../conllu';
import type { Upos } from '../upos';

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

const SUBORDINATORS = new Set(['if', 'because', 'that', 'while', 'although', 'though', 'whether', 'since', 'unless', 'as', 'until', 'before', 'after', 'so']);

/** UPOS of a compromise term, by the most specific of its tags, in this order. */
const TAG_TO_UPOS: [string, Upos][] = [
  ['Pronoun', 'PRON'], ['ProperNoun', 'PROPN'], ['Negative', 'PART'], ['Auxiliary', 'AUX'], ['Copula', 'AUX'],
  ['Modal', 'AUX'], ['Verb', 'VERB'], ['Adjective', 'ADJ'], ['Adverb', 'ADV'], ['Determiner', 'DET'],
  ['Preposition', 'ADP'], ['Conjunction', 'CCONJ'], ['Value', 'NUM'], ['Expression', 'INTJ'],
  ['QuestionWord', 'PRON'], ['Particle', 'ADP'], ['Noun', 'NOUN'],
];

export function compromiseUpos(term: CompromiseTerm, form: string): Upos {
  const lower = form.toLowerCase();
  if (/^['’]s$/.test(lower) && term.tags.includes('Possessive')) return 'PART';
  if (term.tags.includes('Conjunction') && SUBORDINATORS.has(lower)) return 'SCONJ';
  for (const [tag, upos] of TAG_TO_UPOS) if (term.tags.includes(tag)) return upos;
  return 'X';
}

/** Share of held-out words whose compromise tag, mapped to UPOS, equals the treebank's. */
export function compromiseAccuracy(sentences: readonly TreebankSentence[]): number {
  let right = 0;
  let total = 0;
  for (const sentence of sentences) {
    const terms = (nlp(sentence.text).json({ offset: true }) as { terms: CompromiseTerm[] }[]).flatMap((s) => s.terms);
    let cursor = 0;
    for (const word of sentence.words) {
      const start = sentence.text.indexOf(word.form, cursor);
      if (start >= 0) cursor = start + word.form.length;
      total++;
      if (start >= 0 && predicted(terms, start, word.form) === word.upos) right++;
    }
  }
  return right / total;
}

function predicted(terms: CompromiseTerm[], start: number, form: string): Upos {
  const index = terms.findIndex((t) => t.offset.start <= start && start < t.offset.start + t.offset.length);
  if (index < 0) return /[\p{L}\p{N}]/u.test(form) ? 'X' : 'PUNCT';
  const term = terms[index];
  // A contraction ("didn't") is one term with its text, then a zero-length term for the clitic ("not").
  const clitic = terms[index + 1];
  const isClitic = start > term.offset.start && /^(n['’]t|['’])/i.test(form);
  if (isClitic && clitic && clitic.offset.length === 0) return compromiseUpos(clitic, form);
  return compromiseUpos(term, form);
}
