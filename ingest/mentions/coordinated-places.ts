/**
 * Names listed together are of one kind: "Siikajoki, Revolaks och Pulkkila", "Schlesien och Mähren",
 * "in Liverpool, Manchester, and other cities". A lone name whose type only its shape guessed, listed
 * beside a place, is a place too.
 */
import type { Sentence } from '../../domain/types';
import { entityKey } from './entity-key';
import type { LocatedCandidate } from './filter';

/** What stands between two items of a list: a comma, a conjunction, or both. */
const LIST_GAP = /^\s*(?:,\s*(?:(?:och|and|samt|eller|or)\s+)?|\s(?:och|and|samt|eller|or)\s+)$/u;
/** Rules that typed a lone word by its shape or a weak cue alone. */
const GUESSED = new Set(['capitalised']);

/**
 * Retypes shape-guessed lone names listed beside a place as places, along the whole list.
 * @example withCoordinatedPlaces(candidates of 'vid Siikajoki, Revolaks och Pulkkila', sentences)
 *   // Revolaks and Pulkkila become Place
 */
export function withCoordinatedPlaces(candidates: readonly LocatedCandidate[], sentences: readonly Sentence[]): LocatedCandidate[] {
  const result = [...candidates];
  const textOf = new Map(sentences.map((s) => [s.index, s.text]));
  const listed = (a: LocatedCandidate, b: LocatedCandidate): boolean =>
    a.sentence === b.sentence && a.end <= b.start && LIST_GAP.test(textOf.get(a.sentence)?.slice(a.end, b.start) ?? '');
  const isGuess = (c: LocatedCandidate): boolean => c.type !== 'Place' && GUESSED.has(c.rule) && !/\s/u.test(c.text);
  const retype = (k: number, neighbour: LocatedCandidate | undefined): void => {
    const guess = result[k];
    if (!neighbour || neighbour.type !== 'Place' || !isGuess(guess)) return;
    const [left, right] = neighbour.start < guess.start ? [neighbour, guess] : [guess, neighbour];
    if (listed(left, right)) result[k] = { ...guess, type: 'Place', key: entityKey(guess.text, 'Place'), rule: 'place-list' };
  };
  // a sweep each way carries the type along a list from either end
  for (let k = 1; k < result.length; k++) retype(k, result[k - 1]);
  for (let k = result.length - 2; k >= 0; k--) retype(k, result[k + 1]);
  return result;
}
