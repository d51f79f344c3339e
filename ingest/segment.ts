/**
 * Segmentation: normalised blocks → sections (chapters), paragraphs and sentences.
 *
 * Sentences come from compromise's splitter (ingest/nlp.ts, taught Swedish abbreviations),
 * then repairs it cannot know about: Swedish ordinal dates ("den 12. (25.) februari"), a year
 * after a month written short ("21 febr. 1808"), the zero a scan prints for an initial O ("Thomas 0. Luby") and any chunk that starts in lower case continue
 * the sentence before. A chunk longer than any
 * historian writes (no full stop in thousands of words: broken or hostile text) is cut at clause
 * punctuation or a hard word cap, so that every later stage works on bounded sentences and stays
 * linear in the document. Sentence text is kept verbatim from the normalised paragraph, so
 * evidence can be found in the source.
 */
import type { Section, Sentence } from '../domain/types';
import { splitSentences } from './nlp';
import { lineAtOffset, lineStartsWithin, type NormalizedText, type TextBlock } from './normalize';

export interface Segmentation {
  sections: Section[];
  sentences: Sentence[];
}

/** "12. ", "(25.) " or "30. ": a day written as an ordinal, which the splitter mistakes for a full stop. */
const ENDS_WITH_ORDINAL = /(?:^|[\s(–-])\d{1,2}\.\)?\s*$/;
const STARTS_AS_CONTINUATION = /^\s*(?:\(|\p{Ll})/u;
/** "21 febr. " before "1808": a month written short, whose full stop the splitter takes for a sentence end before the year. */
const ENDS_WITH_SHORT_MONTH = /\d\.?\s+(?:jan|febr?|mar|apr|jun|jul|aug|sept?|o[ck]t|nov|dec)\.\s*$/iu;
const STARTS_WITH_YEAR = /^\s*\d{4}(?!\d)/u;
/** "Thomas 0. " before "Luby", "greps 0. " before "U. Berg": the zero a scan prints for the initial O, after a name or before another initial. */
const ENDS_WITH_ZERO = /(?:^|[\s,;(])0\.\s*$/u;
const ENDS_WITH_NAME_AND_ZERO = /(?:^|\p{Lu}\p{Ll}+|[,;(]|\p{Lu}\.)\s*0\.\s*$/u;
const STARTS_WITH_NAME = /^\s*\p{Lu}/u;
const STARTS_WITH_INITIAL = /^\s*\p{Lu}\.\s/u;

/** Joins chunks that the splitter cut inside a sentence; the result still concatenates to the input. */
function repairSplits(chunks: string[]): string[] {
  const repaired: string[] = [];
  for (const chunk of chunks) {
    const previous = repaired[repaired.length - 1];
    const continues =
      previous !== undefined &&
      ((STARTS_AS_CONTINUATION.test(chunk) && (ENDS_WITH_ORDINAL.test(previous) || /^\s*\p{Ll}/u.test(chunk))) ||
        (ENDS_WITH_SHORT_MONTH.test(previous) && STARTS_WITH_YEAR.test(chunk)) ||
        (ENDS_WITH_ZERO.test(previous) && (STARTS_WITH_INITIAL.test(chunk) || (ENDS_WITH_NAME_AND_ZERO.test(previous) && STARTS_WITH_NAME.test(chunk)))));
    if (continues) repaired[repaired.length - 1] = previous + chunk;
    else repaired.push(chunk);
  }
  return repaired;
}

/** The most words one sentence may hold; the corpus's longest has 92. */
export const MAX_SENTENCE_WORDS = 200;

const WORD = /[\p{L}\p{N}]+/gu;
const CLAUSE_PUNCTUATION = /[,;:–—]/u;

/**
 * Cuts a chunk of more than `maxWords` words into consecutive pieces of at most `maxWords` words,
 * each ending after the last clause punctuation that leaves it at least half the cap when there is one, else at
 * the word cap. The pieces concatenate to the chunk.
 *
 * @example
 * capSentenceLength('a b, c d e', 3) // ['a b, ', 'c d e']
 * capSentenceLength('a b c d', 3)    // ['a b c ', 'd']
 */
export function capSentenceLength(chunk: string, maxWords = MAX_SENTENCE_WORDS): string[] {
  const words = [...chunk.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (words.length <= maxWords) return [chunk];
  const afterClauseBreak = words.map((word, i) => i > 0 && CLAUSE_PUNCTUATION.test(chunk.slice(words[i - 1].end, word.start)));
  const pieces: string[] = [];
  let first = 0;
  while (words.length - first > maxWords) {
    let next = first + maxWords;
    const earliest = first + Math.ceil(maxWords / 2);
    for (let i = next; i >= earliest; i -= 1) {
      if (afterClauseBreak[i]) {
        next = i;
        break;
      }
    }
    pieces.push(chunk.slice(first === 0 ? 0 : words[first].start, words[next].start));
    first = next;
  }
  pieces.push(chunk.slice(words[first].start));
  return pieces;
}

/**
 * Splits a paragraph into sentences with their offsets in the paragraph text.
 *
 * @example
 * splitParagraph('Han kom t.ex. kl. 5. Det var den 12. (25.) februari.')
 * // [{ text: 'Han kom t.ex. kl. 5.', start: 0 }, { text: 'Det var den 12. (25.) februari.', start: 21 }]
 */
export function splitParagraph(text: string): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = [];
  let offset = 0;
  for (const chunk of repairSplits(splitSentences(text)).flatMap((c) => capSentenceLength(c))) {
    const leading = chunk.length - chunk.trimStart().length;
    const sentence = chunk.trim();
    if (sentence !== '') pieces.push({ text: sentence, start: offset + leading });
    offset += chunk.length;
  }
  return pieces;
}

function sectionOf(block: TextBlock, index: number): Section {
  return { index, title: block.text.replace(/[.\s]+$/, ''), line: block.line };
}

/**
 * Sections from headings, and every paragraph's sentences with their original line and the
 * lines they run on to, so that a word inside a sentence can be traced to its own line.
 * Text before the first heading forms an untitled section 0.
 *
 * @example
 * const { sections, sentences } = segment(normalizeText(' Förord \nDet var så. Sedan kom han.\n'));
 * // sections: [{ index: 0, title: 'Förord', line: 1 }]
 * // sentences: [{ index: 0, text: 'Det var så.', line: 2, section: 0, paragraph: 0 }, { index: 1, ... }]
 */
export function segment(normalized: NormalizedText): Segmentation {
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  let paragraph = -1;
  for (const block of normalized.blocks) {
    if (block.kind === 'heading') {
      sections.push(sectionOf(block, sections.length));
      continue;
    }
    if (sections.length === 0) sections.push({ index: 0, title: '', line: block.line });
    paragraph += 1;
    for (const piece of splitParagraph(block.text)) {
      const lineStarts = lineStartsWithin(block, piece.start, piece.start + piece.text.length);
      sentences.push({
        index: sentences.length,
        text: piece.text,
        line: lineAtOffset(block, piece.start),
        ...(lineStarts.length > 0 ? { lineStarts } : {}),
        section: sections.length - 1,
        paragraph,
      });
    }
  }
  return { sections, sentences };
}
