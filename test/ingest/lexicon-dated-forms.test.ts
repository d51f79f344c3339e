/**
 * Time-aware names: a short form that several bodies bore in turn ("sovjetkongressen") resolves to the
 * one current at the sentence's date — in the gazetteer alone, in findMentions, and through extract.
 */
import type { HistoricalDate, Sentence } from '../../domain/types';
import { isCurrentOn, type LexiconEntry } from '../../ingest/lexicon';
import { findMentions } from '../../ingest/mentions';
import { entityKey } from '../../ingest/mentions/entity-key';
import { buildGazetteer } from '../../ingest/mentions/gazetteer';
import { tokenize } from '../../ingest/mentions/tokens';
import { extract } from '../../ingest/pipeline';

const day = (gregorian: string, value = gregorian): HistoricalDate => ({
  value,
  gregorian,
  calendar: 'julian',
  precision: gregorian.length === 10 ? 'day' : gregorian.length === 7 ? 'month' : 'year',
  source: 'explicit',
});

describe('isCurrentOn compares at the date’s own precision', () => {
  const cases: [label: string, range: { validFrom?: string; validTo?: string }, date: string, expected: boolean][] = [
    ['open range', {}, '1917-06-01', true],
    ['on the first day', { validFrom: '1917-11-07' }, '1917-11-07', true],
    ['the day before', { validFrom: '1917-11-07' }, '1917-11-06', false],
    ['on the last day', { validTo: '1917-11-06' }, '1917-11-06', true],
    ['the day after', { validTo: '1917-11-06' }, '1917-11-07', false],
    ['a month overlapping the end', { validTo: '1917-11-06' }, '1917-11', true],
    ['a month overlapping the start', { validFrom: '1917-11-07' }, '1917-11', true],
    ['a year before the start', { validFrom: '1918-01-23' }, '1917', false],
  ];
  test.each(cases)('%s', (_label, range, date, expected) => {
    expect(isCurrentOn(range, date)).toBe(expected);
  });
});

describe('the gazetteer picks the sense of a dated form by date', () => {
  const entries: LexiconEntry[] = [
    { name: 'Gamla rådet', type: 'Organization', datedForms: [{ form: 'rådet', validTo: '1917-11-06' }] },
    { name: 'Nya rådet', type: 'Organization', datedForms: [{ form: 'rådet', validFrom: '1917-11-07', validTo: '1918-01-22' }] },
    { name: 'Tredje rådet', type: 'Organization', datedForms: [{ form: 'rådet', validFrom: '1918-01-23' }] },
  ];
  const gazetteer = buildGazetteer(entries);
  const cases: [label: string, date: HistoricalDate | undefined, expected: string[]][] = [
    ['no date: the first listed', undefined, ['Gamla rådet']],
    ['before the change', day('1917-07-01'), ['Gamla rådet']],
    ['the day the second convened', day('1917-11-07', '1917-10-25'), ['Nya rådet']],
    ['a month holding both: the later', day('1917-11'), ['Nya rådet']],
    ['after the third convened', day('1918-02-09'), ['Tredje rådet']],
  ];
  test.each(cases)('%s', (_label, date, expected) => {
    expect(gazetteer.lookup(tokenize('Kerenski bekämpade rådet.'), date).map((hit) => hit.entry.name)).toEqual(expected);
  });

  test('a form with no sense on the date is not a listed name', () => {
    const bounded = buildGazetteer([{ name: 'Rådet', type: 'Organization', datedForms: [{ form: 'rådet', validFrom: '1918-01-01' }] }]);
    expect(bounded.lookup(tokenize('Han bekämpade rådet.'), day('1917-05-01'))).toEqual([]);
  });
});

describe('findMentions: the bare "sovjetkongressen" is the congress current at the sentence’s date', () => {
  const sentence = (text: string, date?: HistoricalDate): Sentence => ({ index: 0, text, line: 1, section: 0, paragraph: 0, date });
  const cases: [label: string, text: string, date: HistoricalDate | undefined, congress: string][] = [
    ['June 1917 (OS 18 June)', 'Han talade på sovjetkongressen.', day('1917-07-01', '1917-06-18'), 'Första allryska sovjetkongressen'],
    ['August 1917, month precision', 'Han talade på den allryska sovjetkongressen.', day('1917-08'), 'Första allryska sovjetkongressen'],
    ['25 October 1917 OS', 'Regeringen ville upplösa sovjetkongressen.', day('1917-11-07', '1917-10-25'), 'Andra allryska sovjetkongressen'],
    ['December 1917', 'Mensjevikerna lämnade sovjetkongressen.', day('1917-12-22', '1917-12-09'), 'Andra allryska sovjetkongressen'],
    ['undated: the first', 'Han talade på sovjetkongressen.', undefined, 'Första allryska sovjetkongressen'],
    ['an ordinal wins over the date', 'Han talade på den andra allryska sovjetkongressen.', day('1917-08'), 'Andra allryska sovjetkongressen'],
    ['a later ordinal, lower case', 'Han talade på den fjärde sovjetkongressen.', day('1918-01'), 'Fjärde allryska sovjetkongressen'],
  ];
  test.each(cases)('%s', (_label, text, date, congress) => {
    const congresses = findMentions([sentence(text, date)], 'sv').filter((m) => /kongress/u.test(m.text));
    expect(congresses.map((m) => m.key)).toEqual([entityKey(congress, 'Organization')]);
  });
});

describe('extract: one document, the bare form before and after the second congress convened', () => {
  const text = [
    'Den 3 juni 1917 samlades sovjetkongressen i Petrograd.',
    '',
    'Den 25 oktober 1917 upplöste Kerenski icke sovjetkongressen, ty bolsjevikerna bekämpade Kerenski.',
  ].join('\n');
  test('each mention goes to the congress of its date', () => {
    const extraction = extract(text, { language: 'sv' });
    const linesOf = (id: string): number[] => extraction.entities.find((e) => e.id === id)?.mentions.map((m) => m.line) ?? [];
    expect(linesOf('forsta_allryska_sovjetkongressen')).toEqual([1]);
    expect(linesOf('andra_allryska_sovjetkongressen')).toEqual([3]);
  });
});
