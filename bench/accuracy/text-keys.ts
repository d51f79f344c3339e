/**
 * How the accuracy scorer compares names and evidence with the annotation. The rules are those of
 * the shared reference scorer (`../shared/eval/score.mjs`), so figures from both agree: case,
 * quotation marks and punctuation are ignored, and for names also spaces and hyphens.
 */

const QUOTES = /[’'`´"”“«»]/g;
const NOT_WORDLIKE = /[^\p{L}\p{N}\s-]/gu;

/** Lower case, quotes dropped, punctuation as space, single spaces: "Kerenskis," → "kerenskis". */
export function normalizeWords(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(QUOTES, '').replace(NOT_WORDLIKE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The key two names are matched on: `normalizeWords` without spaces and hyphens, so "Brest-Litovsk",
 * "Brest Litovsk" and "brestlitovsk" are one name.
 *
 * @example nameKey('All-Russian  Executive') // 'allrussianexecutive'
 */
export function nameKey(text: string): string {
  return normalizeWords(text).replace(/[\s-]+/g, '');
}

/** A text with words hyphenated over a line end joined ("fän-\nrikarna" → "fänrikarna") and whitespace single. */
export function joinLines(text: string): string {
  return text.replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ');
}
