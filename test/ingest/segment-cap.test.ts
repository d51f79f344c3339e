/**
 * The sentence-length cap: a "sentence" of thousands of words is cut into pieces of bounded length,
 * preferring clause punctuation, and the pieces are the text verbatim.
 */
import { capSentenceLength, MAX_SENTENCE_WORDS, splitParagraph } from '../../ingest/segment';

const words = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

describe('capSentenceLength', () => {
  const cases: [label: string, chunk: string, maxWords: number, expected: string[]][] = [
    ['short enough: unchanged', 'Lenin talade länge. ', 3, ['Lenin talade länge. ']],
    ['no punctuation: cut at the cap', 'a b c d e f g', 3, ['a b c ', 'd e f ', 'g']],
    ['a comma in the second half: cut after it', 'a b, c d e', 3, ['a b, ', 'c d e']],
    ['a semicolon in the second half wins over the cap', 'a b c; d e f', 4, ['a b c; ', 'd e f']],
    ['a comma in the first half is too early: cut at the cap', 'a, b c d e f', 4, ['a, b c d ', 'e f']],
    ['leading whitespace stays with the first piece', '  a b c d', 2, ['  a b ', 'c d']],
  ];
  test.each(cases)('%s', (_label, chunk, maxWords, expected) => {
    expect(capSentenceLength(chunk, maxWords)).toEqual(expected);
  });
});

describe('splitParagraph on a 20,000-word sentence without a full stop', () => {
  const text = 'Kerenski bekämpade bolsjevikerna, och '.repeat(5_000).trim();
  const pieces = splitParagraph(text);

  test('every piece holds at most MAX_SENTENCE_WORDS words', () => {
    expect(pieces.length).toBeGreaterThanOrEqual(Math.ceil(20_000 / MAX_SENTENCE_WORDS));
    for (const piece of pieces) expect(words(piece.text)).toBeLessThanOrEqual(MAX_SENTENCE_WORDS);
  });

  test('the pieces are verbatim and cover every word', () => {
    for (const piece of pieces) expect(text.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
    expect(pieces.reduce((sum, piece) => sum + words(piece.text), 0)).toBe(20_000);
  });

  test('pieces end at clause punctuation when there is some', () => {
    for (const piece of pieces.slice(0, -1)) expect(piece.text).toMatch(/,$/u);
  });
});
