/**
 * Where a claim's date came from and how precise it is, said the same way by the graph (which fills what
 * an older extraction left out), the exports and the page: "Oct 1917, from the chapter".
 */
import type { DateBasis, DatePrecision } from '../types';
import { parsePartialIso } from './partial-iso';

/** The words the page and the exports use for each basis. */
export const DATE_BASIS_WORDS: Record<DateBasis, string> = {
  sentence: 'stated in the sentence',
  nearby: 'from nearby text',
  section: 'from the chapter',
};

/**
 * The precision an ISO date is written with, or null when there is none.
 * @example precisionOfIsoDate('1917-10') // 'month'
 */
export function precisionOfIsoDate(date: string | null | undefined): DatePrecision | null {
  return date ? (parsePartialIso(date)?.precision ?? null) : null;
}

/**
 * "from the chapter", "stated in the sentence" …; '' when the basis is not known (a claim stored before it was recorded).
 * @example dateBasisWords('section') // 'from the chapter'
 */
export function dateBasisWords(basis: DateBasis | null | undefined): string {
  return basis ? DATE_BASIS_WORDS[basis] : '';
}

/**
 * A date label with its basis after it, as the page and the exports show it.
 * @example withDateBasis('Oct 1917', 'section') // 'Oct 1917, from the chapter'
 */
export function withDateBasis(label: string, basis: DateBasis | null | undefined): string {
  const words = dateBasisWords(basis);
  return words && label !== 'undated' ? `${label}, ${words}` : label;
}
