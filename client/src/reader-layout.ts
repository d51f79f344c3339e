/**
 * How the reader lays a document out: its text cut into blocks (headings and paragraphs), each block
 * into runs of plain text, mentions and claim sentences, and the blocks grouped into chunks that are
 * rendered only when scrolled near (a 600-page book has some 10,000 paragraphs). Pure, so the cutting
 * is tested without a browser; client/src/ui/reader-view.ts turns runs into elements.
 */
import type { DocumentText, ReaderMention, ReaderSentence } from '../../domain/reading';

export interface MentionRun {
  kind: 'mention';
  text: string;
  mention: ReaderMention;
}

export interface TextRun {
  kind: 'text';
  text: string;
}

/** A sentence of the block, holding its own runs; `claims` > 0 when it states a claim. */
export interface SentenceRun {
  kind: 'sentence';
  sentence: ReaderSentence;
  claims: number;
  runs: (TextRun | MentionRun)[];
}

export interface ReaderBlock {
  kind: 'heading' | 'paragraph';
  start: number;
  end: number;
  runs: (TextRun | SentenceRun)[];
}

/** Blocks per rendered chunk: small enough to draw in a frame, large enough to keep the chunks few. */
export const BLOCKS_PER_CHUNK = 40;

function mentionRuns(text: string, start: number, end: number, mentions: readonly ReaderMention[]): (TextRun | MentionRun)[] {
  const runs: (TextRun | MentionRun)[] = [];
  let at = start;
  for (const mention of mentions) {
    if (mention.start < at || mention.end > end) continue;
    if (mention.start > at) runs.push({ kind: 'text', text: text.slice(at, mention.start) });
    runs.push({ kind: 'mention', text: text.slice(mention.start, mention.end), mention });
    at = mention.end;
  }
  if (at < end) runs.push({ kind: 'text', text: text.slice(at, end) });
  return runs;
}

/** Items of a sorted list whose `start` lies in [from, to), found from a moving cursor. */
function takeWithin<T extends { start: number }>(items: readonly T[], cursor: { at: number }, from: number, to: number): T[] {
  while (cursor.at < items.length && items[cursor.at].start < from) cursor.at += 1;
  const taken: T[] = [];
  while (cursor.at < items.length && items[cursor.at].start < to) taken.push(items[cursor.at++]);
  return taken;
}

/**
 * @example readerBlocks(document)[0] // { kind: 'heading', start: 0, end: 9, runs: [{ kind: 'text', text: 'Inledning' }] }
 */
export function readerBlocks(document: Pick<DocumentText, 'text' | 'headings' | 'sentences' | 'mentions' | 'claims'>): ReaderBlock[] {
  const { text } = document;
  const headingStarts = new Set(document.headings.map((heading) => heading.start));
  const claimsBySentence = new Map<string, number>();
  for (const claim of document.claims) claimsBySentence.set(claim.sentenceId, (claimsBySentence.get(claim.sentenceId) ?? 0) + 1);
  const sentences = [...document.sentences].sort((a, b) => a.start - b.start);
  const mentions = [...document.mentions].sort((a, b) => a.start - b.start);
  const sentenceCursor = { at: 0 };
  const mentionCursor = { at: 0 };
  const blocks: ReaderBlock[] = [];
  const breaks = /\n\n/g;
  let start = 0;
  for (;;) {
    const found = breaks.exec(text);
    const end = found ? found.index : text.length;
    if (end > start) {
      const runs: (TextRun | SentenceRun)[] = [];
      let at = start;
      for (const sentence of takeWithin(sentences, sentenceCursor, start, end)) {
        if (sentence.start > at) runs.push({ kind: 'text', text: text.slice(at, sentence.start) });
        const within = takeWithin(mentions, mentionCursor, sentence.start, sentence.end);
        runs.push({ kind: 'sentence', sentence, claims: claimsBySentence.get(sentence.id) ?? 0, runs: mentionRuns(text, sentence.start, sentence.end, within) });
        at = sentence.end;
      }
      if (at < end) runs.push({ kind: 'text', text: text.slice(at, end) });
      blocks.push({ kind: headingStarts.has(start) ? 'heading' : 'paragraph', start, end, runs });
    }
    if (!found) break;
    start = found.index + found[0].length;
  }
  return blocks;
}

/** The index of the block holding a text offset (-1 when none does). */
export function blockAt(blocks: readonly ReaderBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (blocks[middle].end < offset) low = middle + 1;
    else if (blocks[middle].start > offset) high = middle - 1;
    else return middle;
  }
  return -1;
}
