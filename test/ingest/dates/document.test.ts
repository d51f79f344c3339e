import type { HistoricalDate, Language } from '../../../domain/types';
import { dateDocument } from '../../../ingest/dates';
import { yearNear } from '../../../ingest/dates/years';
import { normalizeText } from '../../../ingest/normalize';
import { segment } from '../../../ingest/segment';

/** Dates a small document; paragraphs are separated by blank lines, sections by short headings. */
function dated(text: string, language: Language) {
  return dateDocument(segment(normalizeText(text)), { language });
}
const dateOf = (text: string, language: Language, sentence: string): HistoricalDate | undefined =>
  dated(text, language).sentences.find((s) => s.text.startsWith(sentence))?.date;

describe('dateDocument: sentence dates', () => {
  const cases: [string, Language, string, string, Partial<HistoricalDate>][] = [
    [
      'Julian before 1918-02-01, Gregorian beside it',
      'sv',
      'Den 25 oktober 1917 tog sovjet makten i hela staden.',
      'Den 25 oktober',
      { value: '1917-10-25', gregorian: '1917-11-07', calendar: 'julian', precision: 'day', source: 'explicit' },
    ],
    [
      'the last Old Style day',
      'sv',
      'Den 31 januari 1918 kom beskedet från fronten till oss.',
      'Den 31 januari',
      { value: '1918-01-31', gregorian: '1918-02-13', calendar: 'julian' },
    ],
    [
      'Gregorian after the switch, unchanged',
      'sv',
      'Den 9 februari 1918 undertecknades freden med Ukraina.',
      'Den 9 februari',
      { value: '1918-02-09', gregorian: '1918-02-09', calendar: 'gregorian' },
    ],
    [
      'a double date keeps Old Style even in February 1918',
      'sv',
      'Brest-Litowsk, den 12. (25.) februari 1918, skrev vi detta förord till boken.',
      'Brest-Litowsk',
      { value: '1918-02-12', gregorian: '1918-02-25', calendar: 'julian' },
    ],
    [
      'the year carried forward from the last explicit year',
      'sv',
      'I oktober 1917 växte spänningen i hela staden och bland soldaterna. Den 3 november kom ett telegram från fronten till sovjet.',
      'Den 3 november',
      { value: '1917-11-03', gregorian: '1917-11-16', calendar: 'julian' },
    ],
    [
      'the year rolls over from December to January',
      'sv',
      'Den 28 december 1917 kom svaret från de tyska delegaterna. Den 5 januari samlades konstituerande församlingen i staden.',
      'Den 5 januari',
      { value: '1918-01-05', gregorian: '1918-01-18', calendar: 'julian' },
    ],
    [
      'a month only: no Gregorian day to compute',
      'sv',
      'Under maj 1917 växte partiet snabbt i alla de större städerna.',
      'Under maj',
      { value: '1917-05', gregorian: '1917-05', precision: 'month', calendar: 'julian' },
    ],
    [
      'English is Gregorian by default',
      'en',
      'On October 25th, 1917, the Bolsheviks took the Winter Palace.',
      'On October',
      { value: '1917-10-25', gregorian: '1917-10-25', calendar: 'gregorian' },
    ],
    [
      'English that says Old Style is Julian',
      'en',
      'All dates are Old Style. On 25 October 1917 the Bolsheviks took the Winter Palace.',
      'On 25 October',
      { value: '1917-10-25', gregorian: '1917-11-07', calendar: 'julian' },
    ],
  ];
  test.each(cases)('%s', (_label, language, text, sentence, expected) => {
    expect(dateOf(text, language, sentence)).toEqual(expect.objectContaining(expected));
  });
});

describe('dateDocument: relative phrases', () => {
  const cases: [string, Language, string, string, Partial<HistoricalDate>][] = [
    [
      'nästa dag',
      'sv',
      'Den 24 oktober 1917 stängdes tryckeriet av regeringens junkrar. Nästa dag öppnade våra soldater det igen.',
      'Nästa dag',
      { value: '1917-10-25', gregorian: '1917-11-07', source: 'relative', text: 'Nästa dag' },
    ],
    [
      'två dagar senare, chained after dagen därpå',
      'sv',
      'Den 25 oktober 1917 föll Vinterpalatset i arbetarnas händer. Dagen därpå bildades regeringen. Två dagar senare ryckte kosackerna fram.',
      'Två dagar senare',
      { value: '1917-10-28', source: 'relative' },
    ],
    [
      'samma kväll',
      'sv',
      'Den 3 juli 1917 gick regementena ut på gatorna i staden. Samma kväll samlades exekutivkommittén.',
      'Samma kväll',
      { value: '1917-07-03', source: 'relative' },
    ],
    [
      'crossing Russia\'s calendar switch',
      'sv',
      'Den 31 januari 1918 avbröts förhandlingarna i staden Brest. Nästa dag kom ett nytt telegram.',
      'Nästa dag',
      { value: '1918-02-14', gregorian: '1918-02-14', calendar: 'gregorian', source: 'relative' },
    ],
    [
      'English two days later',
      'en',
      'On 3 July 1917 the regiments marched into the city streets. Two days later the Bolsheviks were outlawed.',
      'Two days later',
      { value: '1917-07-05', gregorian: '1917-07-05', source: 'relative' },
    ],
  ];
  test.each(cases)('%s', (_label, language, text, sentence, expected) => {
    expect(dateOf(text, language, sentence)).toEqual(expect.objectContaining(expected));
  });

  test('a relative phrase in another section does not use the old anchor', () => {
    const text = 'Den 3 juli 1917 gick regementena ut på gatorna i staden.\n\nNästa kapitel\nNästa dag hände ingenting alls i staden.';
    expect(dateOf(text, 'sv', 'Nästa dag')?.source).toBe('section');
  });
});

describe('dateDocument: section chronology', () => {
  const text = [
    ' Första kapitlet ',
    'Den 3 juli 1917 gick regementena ut på gatorna i huvudstaden.',
    'Det var en orolig tid för alla som bodde i staden.',
    '',
    ' Andra kapitlet ',
    'Ingen dag nämns här, bara händelser som följer på de förra.',
    '',
    ' Tredje kapitlet ',
    'Den 25 oktober tog sovjet makten, efter striderna den 24 oktober.',
  ].join('\n');
  const { sections, sentences } = dated(text, 'sv');

  const cases: [string, number, string | undefined][] = [
    ['a section dates itself from its own dates', 0, '1917-07-03'],
    ['a section without dates inherits the previous one', 1, '1917-07-03'],
    ['the median of several dates (the later of two)', 2, '1917-10-25'],
  ];
  test.each(cases)('%s', (_label, index, value) => {
    expect(sections[index].date).toEqual(expect.objectContaining({ value, source: 'section' }));
  });

  test('undated sentences inherit their section date', () => {
    const undated = sentences.find((s) => s.text.startsWith('Det var en orolig'));
    expect(undated?.date).toEqual(expect.objectContaining({ value: '1917-07-03', source: 'section' }));
  });
});

describe('yearNear', () => {
  const cases: [string, number, number, number, number][] = [
    ['January after December rolls over', 1, 1917, 12, 1918],
    ['December seen from January looks back', 12, 1918, 1, 1917],
    ['March from October stays (looking back)', 3, 1917, 10, 1917],
    ['October seen from February 1918 is 1917', 10, 1918, 2, 1917],
  ];
  test.each(cases)('%s', (_label, month, year, contextMonth, expected) => {
    expect(yearNear(month, { year, month: contextMonth })).toBe(expected);
  });
});

describe('dateDocument: a year alone', () => {
  const text = 'I mars 1917 föll tsaren. Liksom år 1905 gick soldaterna ut på gatan. Den 18 juni kom offensiven.';
  test.each([
    ['dates its own sentence at year precision', 'Liksom år 1905', { value: '1905', precision: 'year', source: 'explicit' }],
    ['sets no year for the days after it', 'Den 18 juni', { value: '1917-06-18' }],
  ] as const)('%s', (_label, sentence, expected) => {
    expect(dateOf(text, 'sv', sentence)).toEqual(expect.objectContaining(expected));
  });

  test('in parentheses, as encyclopedias write it', () => {
    expect(dateOf('Piccolomini blef slagen vid Breitenfeld (1642).', 'sv', 'Piccolomini')).toEqual(expect.objectContaining({ value: '1642', precision: 'year' }));
  });
});

describe('dateDocument: a year written alone', () => {
  test('gives its year to days and months where no finer date gives one', () => {
    const text = 'COMMUNE OF PARIS (1871). The Commune ruled Paris for two months.\n\nThe army attacked on April 6 and entered the city.';
    expect(dateOf(text, 'en', 'The army attacked')).toEqual(expect.objectContaining({ value: '1871-04-06', precision: 'day' }));
  });

  test('yields to a finer date that gives a year', () => {
    const text = 'In 1915 the council met.\n\nOn 3 May 1916 the leaders were shot.\n\nOn 12 May the last two followed.';
    expect(dateOf(text, 'en', 'On 12 May')?.value).toBe('1916-05-12');
  });
});

describe('dateDocument: the calendar of a Swedish text', () => {
  test('Sweden\'s own Gregorian years (1753–1899) are read as Gregorian', () => {
    expect(dateOf('Västra armén segrade den 24 juni 1808 vid Nykarleby.', 'sv', 'Västra')).toEqual(
      expect.objectContaining({ value: '1808-06-24', gregorian: '1808-06-24', calendar: 'gregorian' }),
    );
  });

  test('before 1753 Swedish dates are Julian, with the Gregorian day beside them', () => {
    expect(dateOf('Slaget vid Lützen stod den 6 november 1632 i dimman.', 'sv', 'Slaget')).toEqual(
      expect.objectContaining({ value: '1632-11-06', gregorian: '1632-11-16', calendar: 'julian' }),
    );
  });
});

describe('dateDocument: the year after, and the date a paragraph is still telling', () => {
  test('"the following year" is the year after the narrative\'s', () => {
    const text = 'Casement went to Germany in November 1914.\n\nPlunkett joined Casement in Germany the following year.';
    expect(dateOf(text, 'en', 'Plunkett')).toEqual(expect.objectContaining({ value: '1915', precision: 'year', text: 'the following year' }));
  });

  test('a Swedish "året därpå" likewise', () => {
    expect(dateOf('Tilly föll i april 1632.\n\nÅret därpå stod Wallenstein i Sachsen.', 'sv', 'Året')?.value).toBe('1633');
  });

  test('a sentence without a date takes the month of the last dated one in its paragraph, not the chapter\'s', () => {
    const text =
      'Chapter One\n\nOn 5 September 1914 the council met.\n\nIn January 1916 Connolly was told of the plans. They agreed to rise together at Easter.';
    expect(dateOf(text, 'en', 'They agreed')).toEqual(expect.objectContaining({ value: '1916-01', precision: 'month' }));
  });

  test('the next paragraph does not inherit it: it has the section\'s date', () => {
    const text = 'Chapter One\n\nIn January 1916 Connolly was told.\n\nOn 5 September 1914 the council met.\n\nThe plans were kept secret.';
    expect(dateOf(text, 'en', 'The plans')).toEqual(expect.objectContaining({ source: 'section' }));
  });
});
