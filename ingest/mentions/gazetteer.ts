/**
 * Gazetteer lookup: finds known names (of one to four words) in a sentence by their lemma keys,
 * longest match first, so "Petrograds sovjet" wins over "Petrograd". A dated short form
 * ("sovjetkongressen") resolves to the entry current at the sentence's date.
 */
import { isCurrentOn, type DatedForm, type LexiconEntry } from '../lexicon/entry';
import type { EntityType, HistoricalDate } from '../../domain/types';
import { wordKey } from './lemma-key';
import { commonNounLemma } from '../../domain/names/swedish-morphology';
import { isCapitalised, type Token } from './tokens';

export interface GazetteerHit {
  entry: LexiconEntry;
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  /** When only the first part of a hyphenated token matched ("Korniloff" in "Korniloff-äventyret"). */
  partEnd?: number;
}

export interface Gazetteer {
  /** The known names among the tokens; `date` (the sentence's) picks the meaning of dated short forms. */
  lookup(tokens: readonly Token[], date?: HistoricalDate): GazetteerHit[];
}

/** One meaning of a dated short form. */
interface DatedSense extends Omit<DatedForm, 'form'> {
  entry: LexiconEntry;
}

/**
 * The sense current on the date: of those whose range holds it, the latest to begin (a month may
 * overlap two ranges); without a date, the first listed.
 */
function currentSense(senses: readonly DatedSense[], date: HistoricalDate | undefined): LexiconEntry | undefined {
  if (!date) return senses[0]?.entry;
  const current = senses.filter((sense) => isCurrentOn(sense, date.gregorian));
  const latest = current.reduce<DatedSense | undefined>(
    (best, sense) => (best === undefined || (sense.validFrom ?? '') > (best.validFrom ?? '') ? sense : best),
    undefined,
  );
  return latest?.entry;
}

const MAX_WORDS = 4;

/** Every key combination of a word sequence, each word giving the keys `keysOf` allows. */
function sequenceKeys(words: readonly string[], keysOf: (word: string) => string[]): string[] {
  return words.reduce<string[]>(
    (prefixes, word) => prefixes.flatMap((p) => keysOf(word).map((k) => (p ? `${p} ${k}` : k))),
    [''],
  );
}

/** Names and common words live in separate key spaces, so "Don" (the river) never matches "don". */
const asName = (word: string): string => `N:${wordKey(word)}`;
const asCommonWord = (word: string): string => `c:${wordKey(word.toLowerCase())}`;

/** A word in running text: a capitalised word may be a name or a sentence-initial common word. */
const textKeys = (word: string): string[] => (isCapitalised(word) ? [asName(word), asCommonWord(word)] : [asCommonWord(word)]);

/**
 * A listed form is indexed as written; inflected group names (parties, units, bodies) are also indexed
 * in lowercase, since Swedish writes "bolsjevikerna" and "exekutivkommittén" without capitals. An
 * uninflected, unhyphenated one ("Bund") stays a name, so that "bundna" does not match it.
 */
function listedKeys(type: EntityType): (word: string) => string[] {
  return (word) => {
    if (!isCapitalised(word)) return [asCommonWord(word)];
    const inflected = commonNounLemma(word) !== word.toLowerCase() || word.includes('-');
    return type === 'Person' || type === 'Place' || !inflected ? [asName(word)] : [asName(word), asCommonWord(word)];
  };
}

/**
 * Builds an index of the entries' names and variants under their lemma keys.
 * @example buildGazetteer([{ name: 'Kerenski', type: 'Person' }]).lookup(tokenize('Kerenskis tal'))
 */
export function buildGazetteer(entries: readonly LexiconEntry[]): Gazetteer {
  const byKey = new Map<string, LexiconEntry>();
  const sensesByKey = new Map<string, DatedSense[]>();
  // The keys a listed name can start with: most words of a text start none, so most positions cost one look-up.
  const firstWordKeys = new Set<string>();
  const keysOf = (entry: LexiconEntry, form: string): string[] => {
    const words = form.split(/\s+/);
    for (const key of listedKeys(entry.type)(words[0])) firstWordKeys.add(key);
    return sequenceKeys(words, listedKeys(entry.type));
  };
  for (const entry of entries) {
    for (const form of [entry.name, ...(entry.variants ?? [])]) {
      for (const key of keysOf(entry, form)) if (!byKey.has(key)) byKey.set(key, entry);
    }
    for (const { form, ...range } of entry.datedForms ?? []) {
      for (const key of keysOf(entry, form)) sensesByKey.set(key, [...(sensesByKey.get(key) ?? []), { entry, ...range }]);
    }
  }
  const findByKeys = (keyLists: readonly string[][], date: HistoricalDate | undefined): LexiconEntry | undefined => {
    const combined = keyLists.reduce<string[]>((prefixes, keys) => prefixes.flatMap((p) => keys.map((k) => (p ? `${p} ${k}` : k))), ['']);
    for (const key of combined) {
      const entry = byKey.get(key) ?? currentSense(sensesByKey.get(key) ?? [], date);
      if (entry) return entry;
    }
    return undefined;
  };
  return {
    lookup(tokens, date) {
      const find = (words: readonly string[]): LexiconEntry | undefined => findByKeys(words.map(textKeys), date);
      const tokenKeys = tokens.map((t) => textKeys(t.text));
      const hits: GazetteerHit[] = [];
      let i = 0;
      while (i < tokens.length) {
        let hit: GazetteerHit | undefined;
        if (tokenKeys[i].some((key) => firstWordKeys.has(key))) {
          for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1 && !hit; n--) {
            const entry = findByKeys(tokenKeys.slice(i, i + n), date);
            if (entry) hit = { entry, first: i, last: i + n - 1 };
          }
        }
        if (!hit) hit = hyphenPrefixHit(tokens[i], i, find);
        if (hit) {
          hits.push(hit);
          i = hit.last + 1;
        } else i++;
      }
      return hits;
    },
  };
}

/** "Korniloff-äventyret", "Petrograd-regeringen": a known name as the first part of a hyphenated word. */
function hyphenPrefixHit(
  token: Token,
  index: number,
  find: (words: readonly string[]) => LexiconEntry | undefined,
): GazetteerHit | undefined {
  const dash = token.text.indexOf('-');
  if (dash <= 0) return undefined;
  const entry = find([token.text.slice(0, dash)]);
  return entry ? { entry, first: index, last: index, partEnd: token.start + dash } : undefined;
}
