/**
 * The reading of a document: the normalised sentences laid out as the reader shows them (a heading
 * or a paragraph per block, sentences of a paragraph joined by a space), with the offsets of every
 * sentence, heading and written mention in that text. Pure; the pipeline calls it last.
 */
import type { DocumentReading, ReadingMention, ReadingSentence, ReadingSpan } from '../domain/reading';
import type { Mention, Section, Sentence } from '../domain/types';

const BLOCK_BREAK = '\n\n';

/**
 * @example
 * documentReading([{ index: 0, text: 'Kerenski flydde.', line: 3, section: 0, paragraph: 0 }], [], [mention], (m) => m.key)
 * // { text: 'Kerenski flydde.', sentences: [{ index: 0, start: 0, end: 16, line: 3 }], mentions: [{ start: 0, end: 8, entityId: 'kerenski' }], headings: [] }
 */
export function documentReading(
  sentences: readonly Sentence[],
  sections: readonly Section[],
  mentions: readonly Mention[],
  entityOf: (mention: Mention) => string,
): DocumentReading {
  const parts: string[] = [];
  let length = 0;
  const append = (piece: string): number => {
    const start = length;
    parts.push(piece);
    length += piece.length;
    return start;
  };
  const headings: ReadingSpan[] = [];
  const placed: ReadingSentence[] = [];
  let section = -1;
  let paragraph = -1;
  for (const sentence of sentences) {
    if (sentence.section !== section) {
      section = sentence.section;
      const title = sections[section]?.title ?? '';
      if (title !== '') {
        if (length > 0) append(BLOCK_BREAK);
        const start = append(title);
        headings.push({ start, end: start + title.length });
      }
    }
    if (length > 0) append(sentence.paragraph !== paragraph ? BLOCK_BREAK : ' ');
    paragraph = sentence.paragraph;
    const start = append(sentence.text);
    placed.push({
      index: sentence.index,
      start,
      end: start + sentence.text.length,
      line: sentence.line,
      ...(sentence.date ? { dateGregorian: sentence.date.gregorian } : {}),
    });
  }
  const byIndex = new Map(placed.map((sentence) => [sentence.index, sentence]));
  const located: ReadingMention[] = [];
  for (const mention of mentions) {
    const sentence = byIndex.get(mention.sentence);
    if (sentence) located.push({ start: sentence.start + mention.start, end: sentence.start + mention.end, entityId: entityOf(mention) });
  }
  located.sort((a, b) => a.start - b.start);
  return { text: parts.join(''), headings, sentences: placed, mentions: located };
}
