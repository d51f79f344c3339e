/**
 * The dates stage: every sentence gets the date it speaks of, every section a date in the
 * chronology of the chapters.
 *
 * In order of preference a sentence's date is (1) the first explicit date it writes, its year
 * inferred from the narrative when missing ("the following year" is the year after it); (2) a
 * relative phrase ("nästa dag") resolved against the last explicit date in the same section; (3)
 * the month (or year) of the last explicit date earlier in its paragraph, which the narrative is
 * still telling, unless the section's date falls inside it; (4) its section's date. Dates keep the text's own
 * calendar, with the Gregorian day beside them (see calendar.ts).
 */
import type { HistoricalDate, Language, Section, Sentence } from '../../domain/types';
import type { CalendarConvention } from '../../domain/dates/calendar';
import { findWrittenDates, type WrittenDate } from './explicit';
import { historicalDate, shiftDate, type PlacedDate } from './historical';
import { findRelativePhrase, findRelativeYear } from './relative';
import { sectionChronology } from './chronology';
import { oldStyleYear, yearNear, type YearContext } from './years';

export type { CalendarConvention } from '../../domain/dates/calendar';

export interface DatingOptions {
  language: Language;
  /**
   * The calendar the text writes in; by default Russian usage for texts that mention Old Style or
   * write double dates, and for Swedish texts outside Sweden's Gregorian years 1753–1899.
   */
  convention?: CalendarConvention;
}

export interface DatedDocument {
  sentences: Sentence[];
  sections: Section[];
}

/** The month a year known only as a year stands for, as a context for the months after it. */
const MIDDLE_OF_YEAR = 6;

/** A one-sentence paragraph this short is a dateline or signature ("Brest-Litowsk, den 12. (25.) februari 1918."). */
const LONGEST_DATELINE = 60;
const OLD_STYLE_WORDS = /Old Style|\bO\.\s?S\.|gamla? (?:rysk )?stil|gamla stilen/i;

function isDateline(sentence: Sentence, sentences: Sentence[]): boolean {
  const sameParagraph = (other: Sentence | undefined): boolean => other?.paragraph === sentence.paragraph;
  return (
    sentence.text.length <= LONGEST_DATELINE &&
    !sameParagraph(sentences[sentence.index - 1]) &&
    !sameParagraph(sentences[sentence.index + 1])
  );
}

/** Sweden wrote Gregorian dates from 1 March 1753; before, Julian ones, as Russia did until 1918. */
const SWEDISH_GREGORIAN_FROM = 1753;
/** From here on a Swedish text's dates are read in Russian usage: the seed's Russia of 1917–18. */
const SWEDISH_RUSSIAN_FROM = 1900;

function detectConvention(sentences: Sentence[], written: WrittenDate[][], language: Language): CalendarConvention {
  const saysOldStyle = sentences.some((s) => OLD_STYLE_WORDS.test(s.text));
  const hasDoubleDates = written.some((dates) => dates.some((d) => d.newStyle !== undefined));
  if (saysOldStyle || hasDoubleDates) return 'russian';
  if (language === 'en') return 'gregorian';
  // A Swedish text of Sweden's own Gregorian era (the war of 1808–09) writes Gregorian dates; else
  // Julian ones before 1753 and Russian usage for the twentieth century, both read as 'russian'.
  const year = written.flat().map(writtenYear).find((y) => y !== undefined);
  return year !== undefined && year >= SWEDISH_GREGORIAN_FROM && year < SWEDISH_RUSSIAN_FROM ? 'gregorian' : 'russian';
}

function writtenYear(date: WrittenDate): number | undefined {
  if (date.year !== undefined) return date.year;
  if (date.newStyle?.year !== undefined) return oldStyleYear(date.month, { month: date.newStyle.month, year: date.newStyle.year });
  return undefined;
}

/** The first date that gives its year, preferring the narrative over datelines, to start the year context. */
function firstContext(written: WrittenDate[][], datelines: boolean[]): YearContext | undefined {
  for (const narrativeOnly of [true, false]) {
    for (let i = 0; i < written.length; i += 1) {
      if (narrativeOnly && datelines[i]) continue;
      for (const date of written[i]) {
        const year = writtenYear(date);
        if (year !== undefined && date.precision !== 'year') return { year, month: date.month };
      }
    }
  }
  return undefined;
}

/**
 * The explicit date of each sentence (its first date that names a real day or month); a sentence
 * with none that says "the following year" is dated to the year after the narrative's.
 */
function explicitDates(
  sentences: readonly Sentence[],
  language: Language,
  written: WrittenDate[][],
  datelines: boolean[],
  convention: CalendarConvention,
): (PlacedDate | undefined)[] {
  let context = firstContext(written, datelines);
  /** The last year written alone: the year of a day or month only where no finer date gives one ("PARIS (1871). … on April 6"). */
  let yearAlone: number | undefined;
  return written.map((dates, i) => {
    let first: PlacedDate | undefined;
    for (const date of dates) {
      const year = writtenYear(date) ?? (context ? yearNear(date.month, context) : yearAlone);
      if (year === undefined) continue;
      // A year alone ("år 1905", "(1642)") dates its own sentence but sets no year for the days and months after it.
      if (!datelines[i] && date.precision !== 'year') context = { year, month: date.month };
      if (date.precision === 'year') yearAlone = year;
      first ??= historicalDate({ ...date, year }, convention) ?? undefined;
    }
    const nextYear = dates.length === 0 ? findRelativeYear(sentences[i].text, language) : null;
    const base = context?.year ?? yearAlone;
    if (nextYear && base !== undefined) {
      const year = base + nextYear.years;
      first = historicalDate({ text: nextYear.text, start: 0, month: 1, year, precision: 'year' }, convention) ?? undefined;
      // Nothing finer is known of the new year: its middle keeps later months in it.
      context = { year, month: MIDDLE_OF_YEAR };
      yearAlone = year;
    }
    return first;
  });
}

function datesBySection(sections: Section[], sentences: Sentence[], explicit: (PlacedDate | undefined)[], datelines: boolean[]): PlacedDate[][] {
  const narrative: PlacedDate[][] = sections.map(() => []);
  const lines: PlacedDate[][] = sections.map(() => []);
  sentences.forEach((sentence, i) => {
    const date = explicit[i];
    if (date) (datelines[i] ? lines : narrative)[sentence.section].push(date);
  });
  return narrative.map((dates, i) => finest(dates.length > 0 ? dates : lines[i]));
}

/** A chapter's chronology rests on its day and month dates; a year alone ("(1642)") counts only where nothing finer is given. */
function finest(dates: PlacedDate[]): PlacedDate[] {
  const finer = dates.filter((d) => d.date.precision !== 'year');
  return finer.length > 0 ? finer : dates;
}

/**
 * Dates every sentence and section of a segmented document; returns new objects, inputs untouched.
 *
 * @example
 * const { sentences } = dateDocument(segment(normalizeText(text)), { language: 'sv' });
 * sentences[0].date // { value: '1917-10-25', gregorian: '1917-11-07', calendar: 'julian', precision: 'day', source: 'explicit', text: 'den 25 oktober' }
 */
export function dateDocument(document: DatedDocument, options: DatingOptions): DatedDocument {
  const { sentences, sections } = document;
  const written = sentences.map((s) => findWrittenDates(s.text, options.language));
  const datelines = sentences.map((s) => isDateline(s, sentences));
  const convention = options.convention ?? detectConvention(sentences, written, options.language);
  const explicit = explicitDates(sentences, options.language, written, datelines, convention);
  const chronology = sectionChronology(datesBySection(sections, sentences, explicit, datelines));

  let anchor: PlacedDate | undefined;
  let anchorSection = -1;
  let carried: HistoricalDate | undefined;
  const datedSentences = sentences.map((sentence, i): Sentence => {
    if (sentence.section !== anchorSection) {
      anchor = undefined;
      anchorSection = sentence.section;
      carried = undefined;
    }
    if (sentence.paragraph !== sentences[i - 1]?.paragraph) carried = undefined;
    let date: HistoricalDate | undefined = explicit[i]?.date;
    if (explicit[i] && !datelines[i]) carried = carriedDate(explicit[i]!.date);
    if (explicit[i] && explicit[i]?.date.precision === 'day') anchor = explicit[i];
    if (!date && anchor) {
      const phrase = findRelativePhrase(sentence.text, options.language);
      if (phrase) {
        anchor = shiftDate(anchor, phrase.days, phrase.text);
        date = anchor.date;
      }
    }
    const sectionDate = chronology[sentence.section]?.date;
    // The chapter's date stands where it falls within the month the paragraph is telling: it is finer.
    if (!date && carried && !sectionDate?.value.startsWith(carried.value)) date = carried;
    date ??= sectionDate;
    return date ? { ...sentence, date } : { ...sentence };
  });
  const datedSections = sections.map((section, i): Section => {
    const date = chronology[i]?.date;
    return date ? { ...section, date } : { ...section };
  });
  return { sentences: datedSentences, sections: datedSections };
}

/**
 * The date a sentence without one inherits from the last one of its paragraph that had one: its
 * month, or its year (a day would claim more than the text says).
 */
function carriedDate(date: HistoricalDate): HistoricalDate {
  if (date.precision === 'year') return { ...date, source: 'relative' };
  const value = date.value.slice(0, 7);
  return { value, gregorian: value, calendar: date.calendar, precision: 'month', source: 'relative', text: date.text };
}
