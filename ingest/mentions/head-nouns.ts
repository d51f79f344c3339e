/**
 * What a capitalised name's last word says about its type. Historians' English capitalises
 * institutions ("the Soviet", "the Provisional Government", "the Red Army", "the Labour Party")
 * and events ("the Revolution", "the Treaty"); neither is a person. A name ending in an
 * institution noun is typed by it; a lone event or abstract noun names no entity at all.
 */
import type { EntityType } from '../../domain/types';

const INSTITUTIONS: Readonly<Record<string, EntityType>> = Object.fromEntries([
  ...[
    'soviet', 'soviets', 'government', 'council', 'committee', 'assembly', 'congress', 'conference', 'duma', 'rada',
    'senate', 'parliament', 'convention', 'directory', 'directorate', 'commune', 'cabinet', 'ministry', 'diet',
    'reichstag', 'riksdag', 'storting', 'sejm', 'court', 'church', 'league', 'union', 'federation', 'executive',
    'presidium', 'junta', 'sovnarkom', 'cheka', 'entente', 'alliance', 'coalition', 'admiralty', 'synod', 'zemstvo',
    'corporation', 'brotherhood', 'society', 'association', 'club', 'internationale', 'international', 'intelligence', 'police',
    'constabulary', 'staff', 'headquarters', 'office', 'bureau', 'tribunal', 'estates', 'magistracy', 'municipality', 'state',
    'school', 'academy', 'college', 'university',
    'regering', 'regeringen', 'rådet', 'riksrådet', 'senaten', 'kommittén', 'kongressen', 'lantdagen', 'riksdagen', 'duman',
  ].map((w) => [w, 'Organization' as EntityType]),
  ...[
    'army', 'armies', 'navy', 'fleet', 'guard', 'guards', 'legion', 'corps', 'militia', 'garrison', 'regiment', 'division',
    'brigade', 'battalion', 'squadron', 'cossacks', 'hussars', 'dragoons', 'grenadiers', 'rifles', 'volunteers', 'whites', 'reds',
    'armén', 'flottan', 'gardet', 'gardena', 'legionen', 'kåren', 'regementet', 'divisionen', 'brigaden', 'bataljonen',
  ].map((w) => [w, 'Regiment' as EntityType]),
  ...['party', 'partiet', 'parti'].map((w) => [w, 'Party' as EntityType]),
]);

/** Nouns naming an event or a text: a name ending in one names it, not an actor ("World War", "Easter Rising", "Castle Document"). */
const EVENTS = [
  'revolution', 'war', 'peace', 'treaty', 'terror', 'reformation', 'restoration', 'insurrection', 'rising', 'uprising',
  'armistice', 'offensive', 'revolt', 'rebellion', 'revolutionen', 'kriget', 'freden',
  'document', 'manifesto', 'proclamation', 'memorandum', 'decree', 'ultimatum', 'manifestet', 'kungörelsen',
];

/** Offices and titles capitalised without a name ("Chief Secretary", "Director of Training"). */
const OFFICES = ['director', 'secretary', 'chief', 'commandant', 'commander', 'president', 'chairman', 'minister', 'alderman', 'governor'];

/** Capitalised common nouns that name no actor when they stand alone. */
const NOT_AN_ENTITY = new Set([
  ...EVENTS, ...OFFICES, 'constitution', 'front', 'republic', 'empire', 'monarchy', 'crown', 'state', 'people', 'nation',
  'press', 'left', 'right', 'centre', 'center', 'opposition', 'majority', 'minority', 'civil',
  'great', 'world', 'emperor', 'empress', 'king', 'queen', 'tsar', 'czar', 'pope', 'god', 'lord', 'sir', 'prince', 'general',
  'staten', 'folket', 'kejsaren', 'kungen', 'konungen', 'tsaren', 'gud',
  // months, days and feasts, which English capitalises
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'easter', 'christmas', 'whitsun', 'lent',
  // peoples' adjectives, which name a body only with a noun after them ("the British government")
  'british', 'english', 'irish', 'scottish', 'welsh', 'french', 'german', 'russian', 'austrian', 'prussian', 'swedish',
  'danish', 'finnish', 'polish', 'italian', 'spanish', 'dutch', 'american', 'czech', 'slovak', 'hungarian', 'turkish',
  'japanese', 'chinese', 'ukrainian', 'belgian', 'serbian', 'bulgarian', 'romanian', 'greek', 'european', 'imperial',
  'royal', 'republican', 'national', 'provisional', 'revolutionary', 'socialist', 'communist', 'catholic', 'protestant',
  // the same adjectives in Swedish, capitalised in older print ("på Svensk botten")
  ...['svensk', 'finsk', 'rysk', 'tysk', 'dansk', 'norsk', 'engelsk', 'fransk', 'polsk', 'preussisk', 'österrikisk', 'ungersk']
    .flatMap((stem) => [stem, `${stem}a`, `${stem}e`]),
]);
const EVENT_NOUNS: ReadonlySet<string> = new Set(EVENTS);
const OFFICE_NOUNS: ReadonlySet<string> = new Set(OFFICES);
/** Words that join the parts of an office's name ("Commander-in-Chief", "Secretary of State") or qualify it ("Vice-President"). */
const OFFICE_JOINERS = new Set(['in', 'of', 'the', 'and', 'for', 'vice', 'deputy', 'acting', 'under']);

/**
 * The type a name's last word gives it, if it is an institution noun.
 *
 * @example
 * institutionType('Provisional Government') // 'Organization'
 * institutionType('Red Army')               // 'Regiment'
 * institutionType('Kerensky')               // undefined
 */
export function institutionType(name: string): EntityType | undefined {
  const last = name.split(/[\s-]+/u).at(-1)?.toLowerCase() ?? '';
  return INSTITUTIONS[last];
}

/**
 * Whether a lone capitalised word is an event or abstract noun, not a name.
 *
 * @example
 * isNotAnEntity('Revolution') // true
 * isNotAnEntity('Mannerheim') // false
 */
export function isNotAnEntity(word: string): boolean {
  return NOT_AN_ENTITY.has(word.toLowerCase());
}

/**
 * Whether a run of capitalised words names an event by its last word, numerals aside ("World War I",
 * "Easter Rising").
 * @example isEventName('World War I') // true
 */
export function isEventName(words: string): boolean {
  const named = words.split(/[\s-]+/u).filter((w) => !/^[IVX]+$/u.test(w));
  return EVENT_NOUNS.has(named.at(-1)?.toLowerCase() ?? '');
}

/**
 * Whether a run of words is an office or title alone, no one's name: every word is an office noun, a
 * rank, or a joining word ("Chief Secretary", "Commander-in-Chief", "Vice-President", "Presidents").
 * @example isOfficeName('Commander-in-Chief', () => false) // true
 * @example isOfficeName('Chief Kelly', () => false)        // false
 */
export function isOfficeName(words: string, isTitle: (word: string) => boolean): boolean {
  // an office in the plural is still no one's name ("three Presidents")
  const parts = words.split(/[\s-]+/u).map((w) => w.toLowerCase()).map((w) => (OFFICE_NOUNS.has(w.replace(/s$/u, '')) ? w.replace(/s$/u, '') : w));
  return parts.some((w) => OFFICE_NOUNS.has(w)) && parts.every((w) => OFFICE_NOUNS.has(w) || OFFICE_JOINERS.has(w) || isTitle(w));
}

/**
 * Whether the words before a name make it an office's field rather than an entity: "Director of
 * Training", "Minister of War". With an article the office is held in a body ("Chairman of the
 * Petrograd Soviet"), which is an entity.
 * @example isOfficeField('as Director of ') // true
 * @example isOfficeField('Chairman of the ') // false
 */
export function isOfficeField(before: string): boolean {
  const office = /(\p{L}+)\s+of\s+$/u.exec(before);
  return office !== null && /^\p{Lu}/u.test(office[1]) && OFFICE_NOUNS.has(office[1].toLowerCase());
}
