import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sentence } from '../../domain/types';
import { findMentions } from '../../ingest/mentions';
import { lineAtOffset, normalizeText } from '../../ingest/normalize';
import { extract } from '../../ingest/pipeline';
import { segment } from '../../ingest/segment';

/** Whitespace and hyphens fold away, so a word hyphenated over a line end still reads as itself. */
const fold = (text: string): string => text.replace(/[\s\-\u00ad]+/g, '').toLowerCase();

/** Whether `text` stands on line `line` of `lines` (1-based), or starts there and runs on to the next. */
function standsOnLine(lines: readonly string[], line: number, text: string): boolean {
  const here = fold(lines[line - 1] ?? '');
  const next = fold(lines[line] ?? '');
  const word = fold(text);
  if (word === '' || here.includes(word)) return word !== '';
  for (let cut = 1; cut < word.length; cut += 1) {
    if (here.endsWith(word.slice(0, cut)) && next.startsWith(word.slice(cut))) return true;
  }
  return false;
}

const sentencesOf = (raw: string): Sentence[] => segment(normalizeText(raw)).sentences;

describe('sentences know the original line of every word', () => {
  const cases: [string, string, [string, number][]][] = [
    ['a sentence wrapped over two lines', 'Han kom till Petrograd \noch talade med Lenin. \n', [['Petrograd', 1], ['Lenin', 2]]],
    ['a word hyphenated over the line end', 'Sedan kom mensje-\nvikerna och Kerenski. \n', [['mensjevikerna', 1], ['Kerenski', 2]]],
    ['a hyphen kept before a capital', 'Vi for till Brest-\nLitovsk med Trotskij. \n', [['Brest-Litovsk', 1], ['Trotskij', 2]]],
    ['a lone page number dropped between lines', 'Första raden med Kerenski \n12\nfortsätter med Lenin. \n', [['Kerenski', 1], ['Lenin', 3]]],
    [
      'a footnote moved out of the sentence it interrupts',
      'Den borgerliga \n                                        \n* Förf. anm. Not. \n demokratins makt föll med Kerenski. \n',
      [['borgerliga', 1], ['Kerenski', 4]],
    ],
    [
      'the second sentence of a line',
      'Det var så hela den långa hösten i staden. Sedan kom till slut \nockså Kerenski. \n',
      [['Sedan', 1], ['Kerenski', 2]],
    ],
  ];
  test.each(cases)('%s', (_label, raw, expected) => {
    const sentences = sentencesOf(raw);
    const lineOfWord = (word: string): number => {
      const sentence = sentences.find((s) => s.text.includes(word));
      if (!sentence) throw new Error(`no sentence holds "${word}"`);
      return lineAtOffset(sentence, sentence.text.indexOf(word));
    };
    expect(expected.map(([word]) => [word, lineOfWord(word)])).toEqual(expected);
  });

  test('a sentence on one line has no line starts', () => {
    expect(sentencesOf('Kerenski flydde. \n')[0].lineStarts).toBeUndefined();
  });
});

describe('mentions carry the line of the word itself, relations the line of their sentence', () => {
  const raw = 'Den 25 oktober häktade bolsjevikerna i Petrograd \nde ministrar som Kerenski \nhade lämnat kvar. \n';
  const sentences = sentencesOf(raw);
  const mentions = findMentions(sentences, 'sv');

  test.each([
    ['Petrograd', 1],
    ['Kerenski', 2],
  ])('%s is on line %i', (text, line) => {
    expect(mentions.find((m) => m.text === text)?.line).toBe(line);
  });

  test('the sentence itself starts on line 1', () => {
    expect(sentences.map((s) => s.line)).toEqual([1]);
  });
});

describe('on the real corpus', () => {
  const path = join(__dirname, '../../data/corpus/october-to-brest-litovsk.sv.txt');
  const text = readFileSync(path, 'utf8');
  const lines = text.split(/\r\n|\r|\n/);
  const extraction = extract(text, { language: 'sv' });
  const mentions = extraction.entities.flatMap((entity) => entity.mentions);

  test('at least 99% of mentions stand on their own line (or straddle onto the next)', () => {
    const misplaced = mentions.filter((m) => !standsOnLine(lines, m.line, m.text));
    expect(mentions.length).toBeGreaterThan(500);
    expect(misplaced.length / mentions.length).toBeLessThanOrEqual(0.01);
  });

  test('every relation cites the line its evidence sentence starts on', () => {
    const sentenceLines = new Map((extraction.sentences ?? []).map((s) => [s.index, s.line]));
    const unmatched = extraction.relations.filter((r) => r.sentence === undefined || sentenceLines.get(r.sentence) !== r.line);
    expect(unmatched).toEqual([]);
  });
});
