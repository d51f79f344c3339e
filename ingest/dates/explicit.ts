/**
 * Explicit dates as a sentence writes them, in Swedish or English, before any year is inferred:
 * "den 25 oktober", "3-5 juli", "den 12. (25.) februari 1918" (Old Style, New Style in parentheses),
 * "i februari 1918", "October 25th, 1917", "on 3 July", "in February 1918".
 *
 * Years standing alone ("revolutionen 1905") and bare month names ("som i juli" aside, "maj" in
 * "majoritet") are deliberately not dates: they name history, not the moment of the sentence. A
 * year is the sentence's own date, at year precision, when a preposition of time or parentheses
 * set it there: "år 1632", "in 1865", "slagen vid Breitenfeld (1642)", as encyclopedias write; so
 * does a season ("våren 1631", "in the spring of 1631"), read at year precision.
 */
import type { Language } from '../../domain/types';
import { dateVocabulary, type DateVocabulary } from './months';

export interface WrittenDate {
  /** The words as written. */
  text: string;
  start: number;
  day?: number;
  month: number;
  year?: number;
  precision: 'day' | 'month' | 'year';
  /** The New Style day of a double date, "den 12. (25.) februari", with its month and year when written. */
  newStyle?: { day: number; month: number; year?: number };
  /** What the text says the calendar is, right after the date ("O.S.", "N.S."), if anything. */
  marked?: 'old' | 'new';
}

const YEAR = '(?:1[0-9]{3}|20[0-9]{2})(?!\\d)';

interface DatePatterns {
  vocabulary: DateVocabulary;
  regex: RegExp;
}

function dayToken(vocabulary: DateVocabulary, language: Language): string {
  const suffix = language === 'en' ? '(?:st|nd|rd|th)?' : '';
  return `(?:(?:[12]?\\d|3[01])${suffix}\\.?|${vocabulary.ordinalPattern})`;
}

function buildPatterns(language: Language): DatePatterns {
  const vocabulary = dateVocabulary(language);
  const month = `(?:${vocabulary.monthPattern})`;
  const day = dayToken(vocabulary, language);
  const joiner = '\\s*(?:[-–]|och|and|to|till)\\s*';
  const lead = language === 'sv' ? '(?:[Dd]en\\s+)?' : '(?:(?:[Oo]n|[Tt]he)\\s+)?';
  const monthPrepositions =
    language === 'sv'
      ? '(?:[Ii]|[Uu]nder|(?:[Ii]\\s+)?(?:början|slutet|mitten|medlet)\\s+av)'
      : '(?:[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|(?:[Tt]he\\s+)?(?:end|beginning|middle)\\s+of)';
  const dayFirst =
    `${lead}(?<day>${day})(?:${joiner}${day})?` +
    `(?:\\s*\\(\\s*(?<nsDay>${day})(?:${joiner}${day})?\\s*\\))?` +
    `(?:\\s+of)?\\s+(?<month>${month})` +
    `(?:\\s*\\(\\s*(?<nsDay2>${day})\\s+(?<nsMonth>${month})(?:\\s+(?<nsYear>${YEAR}))?\\s*\\)?)?` +
    `(?:,?\\s+(?<year>${YEAR}))?`;
  const monthFirst =
    language === 'en'
      ? `|(?:[Oo]n\\s+)?(?<monthM>${month})\\s+(?<dayM>(?:[12]?\\d|3[01])(?:st|nd|rd|th)?)(?!\\d)(?:[,.]?\\s+(?<yearM>${YEAR}))?`
      : '';
  const monthOnly = `|(?<prep>${monthPrepositions}\\s+)?(?<monthY>${month})(?:,?\\s+(?<yearY>${YEAR}))?`;
  const flags = language === 'sv' ? 'giu' : 'gu';
  const yearPrepositions = language === 'sv' ? '(?:[Åå]r|[Uu]nder år|[Ii] början av år|[Ii] slutet av år)' : '(?:[Ii]n|[Dd]uring|[Bb]y|[Ee]arly in|[Ll]ate in)';
  const seasons =
    language === 'sv'
      ? '(?:[Vv]åren|[Ss]ommaren|[Hh]östen|[Vv]intern)(?:\\s+(?:år|af|av))?'
      : '(?:[Ii]n\\s+)?(?:[Tt]he\\s+)?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\\s+of';
  const yearOnly =
    `|(?:${yearPrepositions}\\s+(?<yearP>${YEAR})(?!\\s*(?:års|år|[-–]))|\\(\\s*(?<yearB>${YEAR})\\s*\\)` +
    `|${seasons}\\s+(?<yearS>${YEAR})(?![-–]))`;
  const body = `(?<![\\p{L}\\d])(?:${dayFirst}${monthFirst}${monthOnly}${yearOnly})(?![\\p{L}\\d-])`;
  return { vocabulary, regex: new RegExp(body, flags) };
}

const PATTERNS: Record<Language, DatePatterns> = { sv: buildPatterns('sv'), en: buildPatterns('en') };

function parseDay(token: string | undefined, vocabulary: DateVocabulary): number | undefined {
  if (token === undefined) return undefined;
  const digits = token.match(/^\d{1,2}/);
  const day = digits ? Number(digits[0]) : vocabulary.ordinalDay(token.replace(/\.$/, ''));
  return day !== undefined && day >= 1 && day <= 31 ? day : undefined;
}

/** "som i juli", "as in July": a comparison with another time, not the time of the sentence. */
function isComparison(text: string, start: number): boolean {
  return /(?:^|\s)(?:som|såsom|liksom|like|as)\s+$/iu.test(text.slice(Math.max(0, start - 8), start));
}

function calendarMark(after: string): WrittenDate['marked'] {
  if (/^\s*\(?\s*(?:O\.\s?S\.|Old Style|g\.\s?st\.|gamla stilen)/i.test(after)) return 'old';
  if (/^\s*\(?\s*(?:N\.\s?S\.|New Style|n\.\s?st\.|nya stilen)/i.test(after)) return 'new';
  return undefined;
}

type Groups = Record<string, string | undefined>;

function toWrittenDate(groups: Groups, vocabulary: DateVocabulary): Omit<WrittenDate, 'text' | 'start'> | null {
  const yearAlone = groups.yearP ?? groups.yearB ?? groups.yearS;
  if (yearAlone !== undefined) return { month: 1, year: Number(yearAlone), precision: 'year' };
  const monthName = groups.month ?? groups.monthM ?? groups.monthY;
  const month = monthName ? vocabulary.monthNumber(monthName) : undefined;
  if (month === undefined) return null;
  const yearText = groups.year ?? groups.yearM ?? groups.yearY;
  const year = yearText ? Number(yearText) : undefined;
  if (groups.monthY !== undefined) {
    if (groups.prep === undefined && year === undefined) return null;
    return { month, year, precision: 'month' };
  }
  const day = parseDay(groups.day ?? groups.dayM, vocabulary);
  if (day === undefined) return null;
  const nsDay = parseDay(groups.nsDay ?? groups.nsDay2, vocabulary);
  const nsMonth = groups.nsMonth ? vocabulary.monthNumber(groups.nsMonth) : month;
  const newStyle =
    nsDay !== undefined && nsMonth !== undefined
      ? { day: nsDay, month: nsMonth, ...(groups.nsYear ? { year: Number(groups.nsYear) } : {}) }
      : undefined;
  return { day, month, year, precision: 'day', ...(newStyle ? { newStyle } : {}) };
}

/**
 * Every explicit date in a sentence, in order, as written (the year may be missing).
 *
 * @example
 * findWrittenDates('Brest-Litowsk, den 12. (25.) februari 1918.', 'sv')
 * // [{ text: 'den 12. (25.) februari 1918', start: 15, day: 12, month: 2, year: 1918, precision: 'day',
 * //    newStyle: { day: 25, month: 2 } }]
 */
export function findWrittenDates(text: string, language: Language): WrittenDate[] {
  const { regex, vocabulary } = PATTERNS[language];
  const dates: WrittenDate[] = [];
  for (const match of text.matchAll(regex)) {
    const start = match.index ?? 0;
    const parsed = toWrittenDate(match.groups ?? {}, vocabulary);
    if (!parsed) continue;
    if (parsed.precision === 'month' && isComparison(text, start)) continue;
    const written = match[0].replace(/[\s,]+$/, '');
    const marked = calendarMark(text.slice(start + written.length));
    dates.push({ text: written, start, ...parsed, ...(marked ? { marked } : {}) });
  }
  return dates;
}
