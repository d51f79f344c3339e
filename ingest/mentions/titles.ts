/**
 * Title patterns: a capitalised name after a rank or form of address is a person, even one no
 * gazetteer knows ("general Lindqvist", "kamrat Dybenko", "Colonel Walden", "greve Czernin").
 */
import { spanCandidate, type Candidate } from './candidate';
import { entityKey } from './entity-key';
import { isStopword } from './stopwords';
import { isCapitalised, type Token } from './tokens';

const TITLES: ReadonlySet<string> = new Set([
  'general', 'generalmajor', 'generallöjtnant', 'generalkvartermästare', 'generalstabsöversten', 'kamrat', 'kamraterna',
  'minister', 'ministern', 'överste', 'översten', 'överstelöjtnant', 'löjtnant', 'löjtnanten', 'kapten', 'kaptenen',
  'amiral', 'amiralen', 'fänrik', 'fänriken', 'furst', 'fursten', 'greve', 'greven', 'herr', 'herrar', 'fru', 'fröken',
  'professor', 'doktor', 'kejsar', 'kejsaren', 'konung', 'kung', 'kungen', 'tsar', 'tsaren', 'prins', 'prinsen',
  'baron', 'ataman', 'hetman', 'kosacken', 'matrosen', 'soldaten', 'kommissarie', 'kommissarien', 'ordföranden',
  'marskalk', 'fältmarskalk', 'hertig', 'hertigen', 'ärkehertig', 'ärkehertigen', 'påven', 'kardinal', 'biskop', 'drottning',
  'drottningen', 'kejsarinnan', 'medborgare', 'kommendant', 'kommendanten', 'premiärminister', 'statsminister',
  'utrikesminister', 'krigsminister', 'justitieminister', 'inrikesminister', 'sekreterare', 'redaktör', 'kommissarien',
  'comrade', 'colonel', 'lieutenant', 'captain', 'admiral', 'prince', 'count', 'countess', 'baron', 'mr', 'mrs', 'sir',
  'lord', 'king', 'emperor', 'tsar', 'czar', 'president', 'chairman', 'commissar', 'major', 'sergeant', 'ensign', 'dr',
  'marshal', 'duke', 'archduke', 'pope', 'cardinal', 'bishop', 'queen', 'empress', 'tsarina', 'citizen', 'premier',
  'doctor', 'commandant', 'senator', 'madame', 'monsieur', 'lady',
]);

/** Peerage styles that are part of the name a peer is known by ("Lord Wimborne", "Lady Gregory"), unlike ranks and offices. */
const PEERAGE_STYLES: ReadonlySet<string> = new Set(['Lord', 'Lady']);

/** Whether a word is a rank or form of address ("general", "Colonel", "greve"). */
export function isTitleWord(word: string): boolean {
  return TITLES.has(word.toLowerCase());
}

/** Definite and genitive endings a Swedish title takes inside a compound ("Kosackgeneralens"). */
const TITLE_ENDING = /(?:ens|en|ns|n|s)$/u;

/**
 * Whether a word is a compound ending in a rank ("Kosackgeneralen", "Kronprinsen", "Fieldmarshal"):
 * a role, not a name. The rank must be five letters or more, after at least three of another word.
 * @example isTitleCompound('Kosackgeneralens') // true
 * @example isTitleCompound('Lindgren') // false
 */
export function isTitleCompound(word: string): boolean {
  const lower = word.toLowerCase();
  const stems = [lower, lower.replace(TITLE_ENDING, '')];
  return stems.some((stem) => {
    for (let start = 3; start <= stem.length - 5; start++) if (TITLES.has(stem.slice(start))) return true;
    return false;
  });
}

/** A ruler's ordinal after the name ("Alexander I", "Gustaf IV Adolf", "Charles XII"), also in the genitive ("Gustaf I:s"). */
const REGNAL_NUMERAL = /^(?:X{0,2})(?:IX|IV|V?I{0,3})(?::s)?$/u;

/** Words allowed inside a name after the first capitalised one ("Richard von Kühlmann"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'de', 'der', 'di', 'da', 'av', 'na']);

/**
 * The capitalised name that starts at tokens[from], as [first, last], or undefined; only spaces may
 * part its words. A name may start "O'" ("O'Donovan-Rossa") and carry a ruler's numeral ("Alexander I").
 */
export function capitalisedNameAt(text: string, tokens: readonly Token[], from: number): [number, number] | undefined {
  let last = -1;
  for (let i = from; i < tokens.length && i < from + 4; i++) {
    if (i > from && !/^\s+$/u.test(text.slice(tokens[i - 1].end, tokens[i].start))) break;
    const word = tokens[i].text;
    if (isCapitalised(word) && !isStopword(word) && !TITLES.has(word.toLowerCase()) && /^\p{L}(?:\p{L}|['’]\p{Lu})/u.test(word)) last = i;
    else if (last >= 0 && i === last + 1 && word.length <= 6 && REGNAL_NUMERAL.test(word) && !/^\p{L}/u.test(text.slice(tokens[i].end))) last = i;
    else if (!(NAME_PARTICLES.has(word) && last >= 0)) break;
  }
  return last >= from ? [from, last] : undefined;
}

/**
 * An initial after a title: with the surname after it ("general A. Brusilov") or alone, standing for
 * the name ("löjtnant B."), as [first, last].
 */
function initialAt(text: string, tokens: readonly Token[], index: number): [number, number] | undefined {
  const token = tokens[index];
  if (!token || !/^\p{Lu}$/u.test(token.text) || text[token.end] !== '.') return undefined;
  if (!/^\s+$/u.test(text.slice(tokens[index - 1].end, token.start))) return undefined;
  const surname = tokens[index + 1] && /^\.\s+$/u.test(text.slice(token.end, tokens[index + 1].start)) ? capitalisedNameAt(text, tokens, index + 1) : undefined;
  return [index, surname?.[1] ?? index];
}

/**
 * Finds "title Name" and proposes the name as a Person; a peerage style stays in the name ("Lord Wimborne").
 * @example findTitledPeople('Där mötte vi general Lindqvist.', tokenize('Där mötte vi general Lindqvist.'))
 *   // [{ start: 21, end: 30, type: 'Person', rule: 'title', ... }]
 */
export function findTitledPeople(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((token, i) => {
    if (!TITLES.has(token.text.toLowerCase())) return;
    const name = capitalisedNameAt(text, tokens, i + 1) ?? initialAt(text, tokens, i + 1);
    if (!name) return;
    const [first, last] = name;
    const words = text.slice(tokens[first].start, tokens[last].end);
    const start = PEERAGE_STYLES.has(token.text) ? i : first;
    found.push(spanCandidate(tokens, start, last, { type: 'Person', key: entityKey(words, 'Person'), rule: 'title' }));
  });
  return found;
}
