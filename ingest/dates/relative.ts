/**
 * Relative time phrases — "nästa dag", "samma kväll", "two days later" — as a day offset from
 * the last date the narrative gave. Only phrases that pin a day are read; "de följande dagarna"
 * or "some days later" are too vague to date a claim.
 */
import type { Language } from '../../domain/types';

export interface RelativePhrase {
  text: string;
  /** Days after the anchor date (negative for "the day before"). */
  days: number;
}

const SWEDISH_NUMBERS: Record<string, number> = {
  en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
};
const ENGLISH_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

interface PhraseRule {
  regex: RegExp;
  days: (match: RegExpMatchArray) => number | undefined;
}

const count = (numbers: Record<string, number>) => (match: RegExpMatchArray) => {
  const word = (match.groups?.n ?? '').toLowerCase();
  return /^\d+$/.test(word) ? Number(word) : numbers[word];
};
const fixed = (days: number) => () => days;

const wordEnd = '(?![\\p{L}])';
const wordStart = '(?<![\\p{L}])';

function rules(language: Language): PhraseRule[] {
  const r = (pattern: string): RegExp => new RegExp(`${wordStart}(?:${pattern})${wordEnd}`, 'iu');
  if (language === 'sv') {
    const numbers = Object.keys(SWEDISH_NUMBERS).join('|');
    return [
      { regex: r(`(?<n>${numbers}|\\d{1,2}) dagar (?:senare|därefter|efteråt|därpå)`), days: count(SWEDISH_NUMBERS) },
      { regex: r('(?:nästa|följande|påföljande|närmast följande) dag|dagen (?:därpå|efter|därefter)'), days: fixed(1) },
      { regex: r('(?:en|ett) vecka senare|veckan därpå'), days: fixed(7) },
      { regex: r('dagen (?:innan|förut|dessförinnan)|föregående dag'), days: fixed(-1) },
      { regex: r('samma (?:dag|kväll|afton|natt|morgon|förmiddag|eftermiddag)'), days: fixed(0) },
    ];
  }
  const numbers = Object.keys(ENGLISH_NUMBERS).join('|');
  return [
    { regex: r(`(?<n>${numbers}|\\d{1,2}) days (?:later|afterwards|after that|thereafter)`), days: count(ENGLISH_NUMBERS) },
    { regex: r('(?:the )?(?:next|following) day|the day after'), days: fixed(1) },
    { regex: r('a week later|the following week'), days: fixed(7) },
    { regex: r('the (?:day before|previous day|preceding day)'), days: fixed(-1) },
    { regex: r('(?:the )?same (?:day|evening|night|morning|afternoon)|that (?:same )?(?:evening|night|afternoon)'), days: fixed(0) },
  ];
}

const RULES: Record<Language, PhraseRule[]> = { sv: rules('sv'), en: rules('en') };

/**
 * The first relative day phrase in a sentence, if any.
 *
 * @example
 * findRelativePhrase('Två dagar senare föll Gatsjina.', 'sv') // { text: 'Två dagar senare', days: 2 }
 * findRelativePhrase('The same evening Kerensky fled.', 'en') // { text: 'The same evening', days: 0 }
 */
export function findRelativePhrase(text: string, language: Language): RelativePhrase | null {
  let best: (RelativePhrase & { start: number }) | null = null;
  for (const rule of RULES[language]) {
    const match = text.match(rule.regex);
    if (!match || match.index === undefined) continue;
    const days = rule.days(match);
    if (days === undefined) continue;
    if (!best || match.index < best.start) best = { text: match[0], days, start: match.index };
  }
  return best ? { text: best.text, days: best.days } : null;
}

/** "the following year", "året därpå": the year after the narrative's, as a count of years. */
const YEAR_PHRASES: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:året (?:därpå|efter|därefter)|(?:följande|påföljande|nästa) år|ett år (?:senare|därefter))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:the )?(?:following|next) year|a year later|the year after)(?![\p{L}])/iu,
};

/**
 * The relative year phrase of a sentence, if any, as the words and the years after the narrative's.
 *
 * @example
 * findRelativeYear('Plunkett joined Casement in Germany the following year.', 'en') // { text: 'the following year', years: 1 }
 */
export function findRelativeYear(text: string, language: Language): { text: string; years: number } | null {
  const match = text.match(YEAR_PHRASES[language]);
  return match ? { text: match[0], years: 1 } : null;
}
