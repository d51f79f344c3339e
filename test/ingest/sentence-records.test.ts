import type { HistoricalDate, Sentence } from '../../domain/types';
import { extract } from '../../ingest/pipeline';
import { sentenceRecords } from '../../ingest/sentence-records';

const october25: HistoricalDate = {
  value: '1917-10-25',
  gregorian: '1917-11-07',
  calendar: 'julian',
  precision: 'day',
  source: 'explicit',
};
const sentence = (index: number, text: string, date?: HistoricalDate): Sentence => ({
  index,
  text,
  line: index + 10,
  section: 0,
  paragraph: 0,
  ...(date ? { date } : {}),
});
const sentences = [sentence(0, 'Det regnade.'), sentence(1, 'Kerenski flydde.', october25), sentence(2, 'Lenin talade.')];

describe('sentenceRecords', () => {
  const cases: [string, number[], number[], unknown[]][] = [
    ['nothing cited, nothing kept', [], [], []],
    [
      'a mentioned sentence, with its date in both calendars',
      [1],
      [],
      [{ index: 1, line: 11, text: 'Kerenski flydde.', date: '1917-10-25', dateGregorian: '1917-11-07' }],
    ],
    ['an undated sentence has no date fields', [2], [], [{ index: 2, line: 12, text: 'Lenin talade.' }]],
    ['a relation alone cites its sentence', [], [2], [{ index: 2, line: 12, text: 'Lenin talade.' }]],
    ['each sentence once, in document order', [2, 1, 2], [1], [expect.objectContaining({ index: 1 }), expect.objectContaining({ index: 2 })]],
  ];
  test.each(cases)('%s', (_label, mentioned, related, expected) => {
    const records = sentenceRecords(
      sentences,
      mentioned.map((index) => ({ sentence: index })),
      related.map((index) => ({ sentence: index })),
    );
    expect(records).toEqual(expected);
  });
});

describe('extract carries the sentences its mentions point to', () => {
  const extraction = extract(
    'Det regnade hela dagen den 24 oktober 1917, och ingen gick ut på gatorna. \nDen 25 oktober flydde Kerenski från Petrograd. \n',
    { language: 'sv' },
  );

  test('only the sentence that mentions someone, with its line and date', () => {
    expect(extraction.sentences).toEqual([
      { index: 1, line: 2, text: 'Den 25 oktober flydde Kerenski från Petrograd.', date: '1917-10-25', dateGregorian: '1917-11-07' },
    ]);
  });

  test('every entity mention points to a carried sentence', () => {
    const carried = new Set((extraction.sentences ?? []).map((s) => s.index));
    const mentions = extraction.entities.flatMap((entity) => entity.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.filter((m) => m.sentence === undefined || !carried.has(m.sentence))).toEqual([]);
  });
});
