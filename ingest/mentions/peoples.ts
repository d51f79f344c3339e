/**
 * Peoples named as a whole ("the Hungarians", "Russians", "svenskarna", "ryssarnas"), who in a war
 * narrative act as one armed force. A short list of historical peoples is only a prior: compromise's
 * lexicon knows most modern demonyms, and an unseen one is recognised by its shape, a stem that names
 * a known country or region ("the Bavarians" from Bavaria, "serberna" from Serbia, "bulgarerna" from
 * Bulgaria).
 */
import { LEXICON } from '../lexicon';
import { lexiconTags } from './english-lexicon';
import { isKnownPlaceName } from './english-places';

const isKnownDemonym = (word: string): boolean => lexiconTags(word).includes('Demonym');

/** Peoples of the wars our sources tell of that a modern lexicon lacks or spells otherwise. */
const EN_PEOPLES = new Set([
  'prussians', 'saxons', 'bavarians', 'bohemians', 'magyars', 'croats', 'serbs', 'turks', 'poles', 'swedes', 'danes',
  'finns', 'scots', 'russians', 'austrians', 'hungarians', 'germans', 'spaniards', 'venetians', 'piedmontese', 'sardinians',
  'neapolitans', 'hessians', 'hanoverians', 'tyrolese', 'czechs', 'slovaks', 'letts', 'lithuanians', 'ukrainians', 'romanians',
  'bulgarians', 'greeks', 'mexicans', 'americans', 'italians',
]);

/** Swedish stems of peoples, before the definite plural ending ("svensk|arna", "ryss|arna", "fransmän|nen"). */
const SV_PEOPLES = new Set([
  'svensk', 'ryss', 'dansk', 'tysk', 'finn', 'polack', 'österrikar', 'preussar', 'sachsar', 'turk', 'ungrar', 'italienar',
  'holländar', 'amerikanar', 'japan', 'britt', 'tjeck', 'slovak', 'lett', 'est', 'bajrar', 'fransmän',
  'engelsmän', 'norrmän', 'skott', 'kroat', 'serb', 'bulgar', 'litau', 'ukrainar', 'wallon',
]);
/** Endings of the definite plural of a Swedish people, genitive aside, also in the older spelling: "svensk|arna", "serb|erna", "fransmän|nen", "Ryss|arne". */
const SV_DEFINITE_PLURAL = ['arna', 'erna', 'na', 'nen', 'arne', 'erne', 'ne'];
/** The people of a province, in the definite plural: "smålänningarna", "upplänningarnes", "norrländingarna". */
const SV_PROVINCE_DWELLERS = /^\p{L}{2,}län(?:n|d)ingar(?:na|ne)s?$/iu;
/** Endings of an English people in the plural: "Serb|ians", "Mexic|ans", "Chin|ese", "Turk|s". */
const EN_PLURAL = ['ians', 'ans', 'ese', 's'];
/** Endings that turn an English people's stem into its country or region: "Serb|ia", "Austri|a", "Hungar|y", "Turk|ey", "Finn|land". */
const EN_PLACE_ENDINGS = ['ia', 'a', 'y', 'ey', 'land'];
/** The same for a Swedish stem, kept to the country endings no common noun shares: "serb|ia", "bulgar|ien". */
const SV_PLACE_ENDINGS = ['ia', 'ien'];

/** The stems a word leaves when one of the endings is cut off, each at least `minimum` letters long. */
function stemsOf(word: string, endings: readonly string[], minimum: number): string[] {
  return endings.filter((e) => word.endsWith(e) && word.length - e.length >= minimum).map((e) => word.slice(0, -e.length));
}

const LISTED_PLACES: ReadonlySet<string> = new Set(
  LEXICON.filter((entry) => entry.type === 'Place').flatMap((entry) => [entry.name, ...(entry.variants ?? [])]).map((name) => name.toLowerCase()),
);

/** Whether a stem with one of the endings is a country or region the lexicons know. */
function stemNamesPlace(stem: string, endings: readonly string[]): boolean {
  return endings.some((ending) => isKnownPlaceName(`${stem}${ending}`) || LISTED_PLACES.has(`${stem}${ending}`));
}

/**
 * Whether a capitalised English word names a people in the plural.
 * @example isEnglishPeoplePlural('Hungarians') // true
 * @example isEnglishPeoplePlural('Bavarians')  // true: Bavaria is a region
 * @example isEnglishPeoplePlural('Fenians')    // false
 */
export function isEnglishPeoplePlural(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (EN_PEOPLES.has(lower)) return true;
  if (isKnownDemonym(lower) && lower.endsWith('s')) return true;
  return stemsOf(lower, EN_PLURAL, 3).some((stem) => stemNamesPlace(stem, EN_PLACE_ENDINGS));
}

/**
 * Whether a Swedish word is a people in the definite plural.
 * @example isSwedishPeoplePlural('ryssarnas')  // true
 * @example isSwedishPeoplePlural('serberna')   // true: Serbia is a country
 * @example isSwedishPeoplePlural('smålänningarna') // true: the people of a province
 * @example isSwedishPeoplePlural('soldaterna') // false
 */
export function isSwedishPeoplePlural(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word) && !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  if (SV_PROVINCE_DWELLERS.test(word)) return true;
  const stems = stemsOf(word.toLowerCase().replace(/s$/u, ''), SV_DEFINITE_PLURAL, 3);
  return stems.some((stem) => SV_PEOPLES.has(stem)) || stems.some((stem) => stem.length >= 4 && stemNamesPlace(stem, SV_PLACE_ENDINGS));
}
