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
    'constabulary', 'staff', 'headquarters', 'office', 'bureau', 'tribunal', 'estates', 'magistracy', 'municipality',
    'regering', 'regeringen', 'rådet', 'riksrådet', 'senaten', 'kommittén', 'kongressen', 'lantdagen', 'riksdagen', 'duman',
  ].map((w) => [w, 'Organization' as EntityType]),
  ...[
    'army', 'armies', 'navy', 'fleet', 'guard', 'guards', 'legion', 'corps', 'militia', 'garrison', 'regiment', 'division',
    'brigade', 'battalion', 'squadron', 'cossacks', 'hussars', 'dragoons', 'grenadiers', 'rifles', 'volunteers', 'whites', 'reds',
    'armén', 'flottan', 'gardet', 'gardena', 'legionen', 'kåren', 'regementet', 'divisionen', 'brigaden', 'bataljonen',
  ].map((w) => [w, 'Regiment' as EntityType]),
  ...['party', 'partiet', 'parti'].map((w) => [w, 'Party' as EntityType]),
]);

/** Capitalised common nouns that name no actor when they stand alone. */
const NOT_AN_ENTITY = new Set([
  'revolution', 'war', 'peace', 'treaty', 'constitution', 'terror', 'reformation', 'restoration', 'insurrection', 'rising',
  'uprising', 'armistice', 'front', 'offensive', 'republic', 'empire', 'monarchy', 'crown', 'state', 'people', 'nation',
  'press', 'left', 'right', 'centre', 'center', 'opposition', 'majority', 'minority', 'revolt', 'rebellion', 'civil',
  'great', 'world', 'emperor', 'empress', 'king', 'queen', 'tsar', 'czar', 'pope', 'god', 'lord', 'sir', 'prince', 'general',
  'revolutionen', 'kriget', 'freden', 'staten', 'folket', 'kejsaren', 'kungen', 'konungen', 'tsaren', 'gud',
  // months, days and feasts, which English capitalises
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'easter', 'christmas', 'whitsun', 'lent',
  // peoples' adjectives, which name a body only with a noun after them ("the British government")
  'british', 'english', 'irish', 'scottish', 'welsh', 'french', 'german', 'russian', 'austrian', 'prussian', 'swedish',
  'danish', 'finnish', 'polish', 'italian', 'spanish', 'dutch', 'american', 'czech', 'slovak', 'hungarian', 'turkish',
  'japanese', 'chinese', 'ukrainian', 'belgian', 'serbian', 'bulgarian', 'romanian', 'greek', 'european', 'imperial',
  'royal', 'republican', 'national', 'provisional', 'revolutionary', 'socialist', 'communist', 'catholic', 'protestant',
  // capitalised offices, titles without a name
  'director', 'secretary', 'chief', 'commandant', 'commander', 'president', 'chairman', 'minister', 'alderman', 'governor',
]);

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
