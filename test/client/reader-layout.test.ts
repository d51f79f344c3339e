import type { DocumentText } from '../../domain/reading';
import { blockAt, readerBlocks } from '../../client/src/reader-layout';

const TEXT = 'Inledning\n\nKerenski flydde. Lenin ledde bolsjevikerna.\n\nSlut.';
const DOCUMENT: Pick<DocumentText, 'text' | 'headings' | 'sentences' | 'mentions' | 'claims'> = {
  text: TEXT,
  headings: [{ start: 0, end: 9 }],
  sentences: [
    { id: 'd:s0', index: 0, start: 11, end: 27, line: 3 },
    { id: 'd:s1', index: 1, start: 28, end: 54, line: 3 },
    { id: 'd:s2', index: 2, start: 56, end: 61, line: 5 },
  ],
  mentions: [
    { start: 11, end: 19, entityId: 'kerenski', type: 'Person', name: 'Kerenski' },
    { start: 28, end: 33, entityId: 'lenin', type: 'Person', name: 'Lenin' },
    { start: 40, end: 53, entityId: 'bolsjevikerna', type: 'Party', name: 'bolsjevikerna' },
  ],
  claims: [{ id: 'c1', type: 'LED', source: 'lenin', target: 'bolsjevikerna', sentenceId: 'd:s1', sentence: 1, date: null, dateGregorian: null }],
};

describe('readerBlocks', () => {
  const blocks = readerBlocks(DOCUMENT);

  test('cuts the text into a heading and paragraphs at blank lines', () => {
    expect(blocks.map((block) => [block.kind, TEXT.slice(block.start, block.end)])).toEqual([
      ['heading', 'Inledning'],
      ['paragraph', 'Kerenski flydde. Lenin ledde bolsjevikerna.'],
      ['paragraph', 'Slut.'],
    ]);
  });

  test('marks each mention inside its sentence and counts the claims of each sentence', () => {
    const paragraph = blocks[1].runs;
    expect(paragraph.map((run) => run.kind)).toEqual(['sentence', 'text', 'sentence']);
    const [first, , second] = paragraph;
    expect(first.kind === 'sentence' && first.claims).toBe(0);
    expect(second.kind === 'sentence' && second.claims).toBe(1);
    expect(second.kind === 'sentence' && second.runs.map((run) => (run.kind === 'mention' ? `[${run.text}]` : run.text)).join('')).toBe('[Lenin] ledde [bolsjevikerna].');
  });

  test('blockAt finds the block of an offset', () => {
    expect([0, 30, 58, 70].map((offset) => blockAt(blocks, offset))).toEqual([0, 1, 2, -1]);
  });
});
