/**
 * The grouping key of a word or a multi-word name: inflection stripped, then spelled phonetically,
 * so that inflections and transliterations of one name share a key.
 */
import { phoneticKey } from '../../domain/names/name-key';
import { commonNounLemma, properNameLemma } from '../../domain/names/swedish-morphology';
import { isCapitalised } from './tokens';

/**
 * The key of one word as written: names lose their genitive, common nouns their definite/plural endings.
 * @example wordKey('Kerenskis') === wordKey('Kerensky') // true
 * @example wordKey('bolsjevikernas') === wordKey('bolsjeviker') // true
 */
export function wordKey(word: string): string {
  let key = wordKeyCache.get(word);
  if (key === undefined) {
    key = phoneticKey(isCapitalised(word) ? properNameLemma(word) : commonNounLemma(word));
    // A text's vocabulary is small next to its length, so a bounded cache removes most of the work;
    // clearing it when full keeps memory flat on arbitrarily large inputs.
    if (wordKeyCache.size >= WORD_KEY_CACHE_LIMIT) wordKeyCache.clear();
    wordKeyCache.set(word, key);
  }
  return key;
}

const WORD_KEY_CACHE_LIMIT = 200_000;
const wordKeyCache = new Map<string, string>();

/**
 * The key of a name of one or more words, as used to group mentions.
 * @example nameKey('Tauriska palatsets') === nameKey('Tauriska palatset') // true
 */
export function nameKey(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map(wordKey)
    .join(' ');
}
