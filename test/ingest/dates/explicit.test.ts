import type { Language } from '../../../domain/types';
import { findWrittenDates, type WrittenDate } from '../../../ingest/dates/explicit';

type Expected = Pick<WrittenDate, 'text' | 'month' | 'precision'> & Partial<WrittenDate>;

describe('findWrittenDates', () => {
  const cases: [string, Language, string, Expected[]][] = [
    ['Swedish day and month', 'sv', 'Den 25 oktober tog vi makten.', [{ text: 'Den 25 oktober', day: 25, month: 10, precision: 'day' }]],
    ['Swedish with year', 'sv', 'Sedan, den 3 juli 1917, kom de.', [{ text: 'den 3 juli 1917', day: 3, month: 7, year: 1917, precision: 'day' }]],
    ['Swedish month and year', 'sv', 'skrift i februari 1918, under', [{ text: 'i februari 1918', month: 2, year: 1918, precision: 'month' }]],
    ['Swedish month after a preposition', 'sv', 'Det skedde i juli.', [{ text: 'i juli', month: 7, precision: 'month' }]],
    ['Swedish day range', 'sv', 'rörelsen av 3-5 juli var', [{ text: '3-5 juli', day: 3, month: 7, precision: 'day' }]],
    [
      'double date, Old Style first',
      'sv',
      'Brest-Litowsk, den 12. (25.) februari 1918.',
      [{ text: 'den 12. (25.) februari 1918', day: 12, month: 2, year: 1918, precision: 'day', newStyle: { day: 25, month: 2 } }],
    ],
    [
      'double date across New Year',
      'sv',
      'Den 25 december (7 januari 1918) kom svaret.',
      [{ text: 'Den 25 december (7 januari 1918)', day: 25, month: 12, precision: 'day', newStyle: { day: 7, month: 1, year: 1918 } }],
    ],
    ['ordinal word', 'sv', 'Den första november 1917 kom', [{ text: 'Den första november 1917', day: 1, month: 11, year: 1917, precision: 'day' }]],
    ['a year alone is not a date', 'sv', 'redan före revolutionen 1905, kommit', []],
    ['"maj" inside "majoritet" is not a month', 'sv', 'vi fick majoritet i sovjet', []],
    ['a bare month without preposition is not a date', 'sv', 'Juli kom och gick', []],
    ['a comparison ("som i juli") is not the sentence\'s date', 'sv', 'rörelsen, som i juli, växte', []],
    ['hyphenated "juni-offensiven" is a name, not a date', 'sv', 'Adertonde juni-offensiven', []],
    ['clock times are not dates', 'sv', 'klockan 2,30 på natten', []],
    ['English month, day and year', 'en', 'On October 25th, 1917, the Bolsheviks rose.', [{ text: 'On October 25th, 1917', day: 25, month: 10, year: 1917, precision: 'day' }]],
    ['English day before month', 'en', 'It began on 3 July and ended', [{ text: 'on 3 July', day: 3, month: 7, precision: 'day' }]],
    ['English month and year', 'en', 'Signed in February 1918 at Brest.', [{ text: 'in February 1918', month: 2, year: 1918, precision: 'month' }]],
    ['English "may" the verb is no month', 'en', 'They may march on the city.', []],
    ['Swedish month abbreviated with its full stop', 'sv', 'lät han 21 febr. 1808 sina trupper gå', [{ text: '21 febr. 1808', day: 21, month: 2, year: 1808, precision: 'day' }]],
    ['Swedish abbreviation capitalised, after a preposition', 'sv', 'men vände (i Sept. 1643) åter', [{ text: 'i Sept. 1643', month: 9, year: 1643, precision: 'month' }]],
    ['a Swedish abbreviation needs its full stop: "Jan" is a name', 'sv', 'Jan Olof kom 1808', []],
    ['a Swedish season with its year', 'sv', 'Våren 1631 drog Tilly in i Saxen.', [{ text: 'Våren 1631', year: 1631, month: 1, precision: 'year' }]],
    ['an English season with its year', 'en', 'In the spring of 1631 Tilly marched.', [{ text: 'In the spring of 1631', year: 1631, month: 1, precision: 'year' }]],
    ['a year in spaced parentheses, as a scan reads it', 'en', 'COMMUNE OF PARIS ( 1871 ). This is', [{ text: '( 1871 )', year: 1871, month: 1, precision: 'year' }]],
    ['English month first, a full stop for the comma', 'en', 'who revolted March 18. 1871, a few days', [{ text: 'March 18. 1871', day: 18, month: 3, year: 1871, precision: 'day' }]],
    ['English Old Style marker', 'en', 'on 25 October (O.S.) the', [{ text: 'on 25 October', day: 25, month: 10, precision: 'day', marked: 'old' }]],
  ];
  test.each(cases)('%s', (_label, language, text, expected) => {
    expect(findWrittenDates(text, language)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});
