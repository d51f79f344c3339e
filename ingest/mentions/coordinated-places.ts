/**
 * Names listed together are of one kind: "Siikajoki, Revolaks och Pulkkila", "Schlesien och Mähren",
 * "in Liverpool, Manchester, and other cities". A lone name whose type only its shape guessed, listed
 * beside a place, is a place too.
 */
import type { Sentence } from '../../domain/types';
import { entityKey } from './entity-key';
import type { LocatedCandidate } from './filter';

/** What stands between two items of a list: a conjunction (after a comma or not), or a comma alone. */
const CONJUNCTION_GAP = /^(?:\s*,)?\s+(?:och|and|samt|eller|or)\s+$/u;
const COMMA_GAP = /^\s*,\s*$/u;
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
  const gap = (k: number): 'conjunction' | 'comma' | undefined => {
    const [a, b] = [result[k - 1], result[k]];
    if (!a || !b || a.sentence !== b.sentence || a.end > b.start) return undefined;
    const between = textOf.get(a.sentence)?.slice(a.end, b.start) ?? '';
    return CONJUNCTION_GAP.test(between) ? 'conjunction' : COMMA_GAP.test(between) ? 'comma' : undefined;
  };
  const gaps = result.map((_, k) => gap(k));
  // a comma alone lists only inside a run of three or more ("Weisenfels, Jena, Zeitz"), not after a phrase ("on the River Vag, Haynau")
  const linked = gaps.map((g, k) => g === 'conjunction' || (g === 'comma' && (gaps[k - 1] !== undefined || gaps[k + 1] !== undefined)));
  const isGuess = (c: LocatedCandidate): boolean => c.type !== 'Place' && GUESSED.has(c.rule) && !/\s/u.test(c.text);
  const retype = (k: number, neighbour: number): void => {
    const guess = result[k];
    if (result[neighbour]?.type !== 'Place' || !isGuess(guess) || !linked[Math.max(k, neighbour)]) return;
    result[k] = { ...guess, type: 'Place', key: entityKey(guess.text, 'Place'), rule: 'place-list' };
  };
  // a sweep each way carries the type along a list from either end
  for (let k = 1; k < result.length; k++) retype(k, k - 1);
  for (let k = result.length - 2; k >= 0; k--) retype(k, k + 1);
  return result;
}
