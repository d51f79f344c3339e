/**
 * Sentence text → tokens with character offsets, split the way the UD treebanks split words, so the
 * tagger sees at run time the units it was trained on.
 *
 * One word keeps together: hyphenated compounds ("Preobrazjenskij-regementet", "all-ryska"), the
 * Swedish colon forms ("S:t", "1917:s"), numbers with separators ("3,5", "1.000"), abbreviations
 * with periods ("t.ex.", "U.S.", "Gen."). English clitics are split off as EWT does
 * ("didn't" → "did" + "n't", "Kerensky's" → "Kerensky" + "'s").
 */
export interface Token {
  text: string;
  start: number;
  end: number;
}

export type TokenLanguage = 'sv' | 'en';

/**
 * Alternatives, tried in order at each position:
 * dotted abbreviation ("t.ex.", "U.S."), number (with Swedish ":s" ending), word (with inner
 * hyphen/colon/apostrophe joins and a trailing hyphen before a space, "höger- och"), ellipsis or
 * dash run, any other single non-space character.
 */
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(?:\p{L}{1,4}\.){2,}`,
    String.raw`\p{N}+(?:[.,:]\p{N}+)*(?::\p{L}+)?`,
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-:'’][\p{L}\p{M}\p{N}]+)*(?:-(?=\s))?`,
    String.raw`\.{2,}|-{2,}`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

/** Words that take a following period as part of themselves (lowercase, period dropped). */
const ABBREVIATIONS: Record<TokenLanguage, ReadonlySet<string>> = {
  sv: new Set([
    'kl', 'ca', 'resp', 'jfr', 'nr', 'sid', 'st', 'kap', 'bl', 'gen', 'kpt', 'löjtn', 'öv', 'prof', 'dr', 'hr',
    'fr', 'jan', 'febr', 'aug', 'sept', 'okt', 'nov', 'dec', 'mom', 'uppl', 'övers', 'anm', 'förf', 'dvs', 'osv',
  ]),
  en: new Set([
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'capt', 'lt', 'sgt', 'st', 'mt', 'jr', 'sr', 'vs', 'etc', 'no',
    'vol', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'gov', 'rev', 'hon', 'adm', 'maj', 'fig', 'ft',
  ]),
};

/** English clitics that EWT writes as tokens of their own, matched at the end of a word. */
const ENGLISH_CLITIC = /(?:n['’]t|['’](?:s|m|re|ve|ll|d))$/iu;

/**
 * @example
 * tokenize('Kerensky didn\'t resign.', 'en').map((t) => t.text) // ['Kerensky', 'did', "n't", 'resign', '.']
 */
export function tokenize(text: string, language: TokenLanguage = 'sv'): Token[] {
  const tokens: Token[] = [];
  const abbreviations = ABBREVIATIONS[language];
  const pattern = new RegExp(TOKEN_PATTERN);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    let word = match[0];
    if (takesPeriod(word, text, start + word.length, abbreviations)) {
      word += '.';
      pattern.lastIndex = start + word.length;
    }
    pushWord(tokens, word, start, language);
  }
  return tokens;
}

function takesPeriod(word: string, text: string, end: number, abbreviations: ReadonlySet<string>): boolean {
  if (text[end] !== '.' || text[end + 1] === '.') return false;
  const isInitial = word.length === 1 && word !== word.toLowerCase();
  return isInitial || abbreviations.has(word.toLowerCase());
}

function pushWord(tokens: Token[], word: string, start: number, language: TokenLanguage): void {
  const clitic = language === 'en' ? ENGLISH_CLITIC.exec(word) : null;
  if (clitic && clitic.index > 0) {
    tokens.push({ text: word.slice(0, clitic.index), start, end: start + clitic.index });
    tokens.push({ text: clitic[0], start: start + clitic.index, end: start + word.length });
    return;
  }
  tokens.push({ text: word, start, end: start + word.length });
}
