/**
 * The shape of a gazetteer entry: a canonical name, its type, and other base forms it is written in.
 * Inflected forms need not be listed — morphology and transliteration keys cover them.
 *
 * Some short forms name different bodies at different times: "sovjetkongressen" is the First
 * All-Russian Congress of Soviets in the summer of 1917 and the Second once that has convened. Such
 * a form is listed on every entry it may mean, each with the dates it means that entry, and the
 * gazetteer picks the one current at the sentence's date.
 */
import type { EntityType } from '../../domain/types';

/** A short form that means this entry only between two dates. */
export interface DatedForm {
  /** The form as written ("sovjetkongressen"). */
  form: string;
  /** First day the form means this entry, Gregorian ISO ("1917-11-07"); open when absent. */
  validFrom?: string;
  /** Last day the form means this entry, inclusive, Gregorian ISO; open when absent. */
  validTo?: string;
}

export interface LexiconEntry {
  /** Canonical base form, as the entity's name ("Kerenski", "Petrograds sovjet"). */
  name: string;
  type: EntityType;
  /** Other base forms and spellings that name the same thing ("Kerensky", "Petrograd-sovjet"). */
  variants?: readonly string[];
  /** Ambiguous short forms that name this entry only within a date range. */
  datedForms?: readonly DatedForm[];
}

/**
 * Whether a date falls within a dated form's range. The date may be as coarse as a month or a year
 * ("1917-11"): it is compared at its own precision, so a month counts as within a range that
 * starts or ends inside it.
 *
 * @example
 * isCurrentOn({ form: 'sovjetkongressen', validFrom: '1917-11-07' }, '1917-11-07') // true
 * isCurrentOn({ form: 'sovjetkongressen', validTo: '1917-11-06' }, '1917-11')      // true
 * isCurrentOn({ form: 'sovjetkongressen', validTo: '1917-11-06' }, '1917-12-01')   // false
 */
export function isCurrentOn(range: Pick<DatedForm, 'validFrom' | 'validTo'>, gregorianDate: string): boolean {
  const from = range.validFrom?.slice(0, gregorianDate.length);
  const to = range.validTo?.slice(0, gregorianDate.length);
  return (from === undefined || from <= gregorianDate) && (to === undefined || gregorianDate <= to);
}
