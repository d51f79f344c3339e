/**
 * Swedish compounds of a name and a common noun: "Petrogradsupproret" (the Petrograd rising),
 * "Kerenskiregimen", "Pulkovotrupper". They are capitalised for their first part and look like one
 * unknown name, but they name an event, a regime or a body of men, not the person or place inside.
 * A lone guess is such a compound when it starts with a name the document mentions by itself and
 * ends, after a linking "s" if any, in a word the document writes in lower case.
 */
import type { LocatedCandidate } from './filter';

/** The shortest name and the shortest common noun a compound is read from. */
const SHORTEST_PART = 4;

/**
 * Whether `word` is a name the document mentions, then a common word ("Kerenski" + "regimen").
 * @example isNameCompound('Kerenskiregimen', new Set(['Kerenski']), new Set(['regimen'])) // true
 */
export function isNameCompound(word: string, names: ReadonlySet<string>, lowercaseWords: ReadonlySet<string>): boolean {
  for (let cut = SHORTEST_PART; cut <= word.length - SHORTEST_PART; cut++) {
    if (!names.has(word.slice(0, cut))) continue;
    const rest = word.slice(cut);
    const nouns = rest.startsWith('s') ? [rest, rest.slice(1)] : [rest];
    // the compound may be in the genitive the noun alone is not written in ("Kerenskitruppernas")
    if (nouns.some((noun) => lowercaseWords.has(noun) || lowercaseWords.has(noun.replace(/s$/u, '')))) return true;
  }
  return false;
}

/**
 * Drops the lone guesses that are compounds of a name the document mentions and a common noun.
 */
export function dropNameCompounds(candidates: readonly LocatedCandidate[], lowercaseWords: ReadonlySet<string>): LocatedCandidate[] {
  const names = new Set(candidates.filter((c) => !/\s/u.test(c.text)).map((c) => c.text));
  return candidates.filter((c) => !(c.weak && !/\s/u.test(c.text) && isNameCompound(c.text, names, lowercaseWords)));
}
