/**
 * Lemmas from a word and its part of speech: first the few hand-written ones (lemma-supplement.ts), then the
 * treebank words whose lemma the rules get wrong (stored as exceptions), then the ending rule of
 * the longest matching suffix. A hyphenated compound takes the lemma of its last part
 * ("Preobrazjenskij-regementet" → "Preobrazjenskij-regemente", a proper noun keeping its capitals).
 */
import { IRREGULAR_NOUNS, IRREGULAR_VERBS } from './lemma-supplement';
import { applyRule, MAX_SUFFIX, suffixKey } from './lemma-rule';
import type { Upos } from './upos';

/** The lemmatiser as stored in the model file. */
export interface LemmatiserData {
  /** "UPOS form" → lemma, for the treebank words the rules would get wrong. */
  exceptions: Record<string, string>;
  /** "UPOS suffix" → rule ("cut:add"); the suffix may be empty (the part of speech's default). */
  rules: Record<string, string>;
}

export interface Lemmatiser {
  exceptions: Map<string, string>;
  rules: Map<string, string>;
  irregularVerbs: Record<string, string>;
  irregularNouns: Record<string, string>;
}

/** Tags whose words are their own lemma. */
const UNCHANGED: ReadonlySet<Upos> = new Set(['PUNCT', 'NUM', 'SYM', 'X']);

export function loadLemmatiser(data: LemmatiserData, language: 'sv' | 'en'): Lemmatiser {
  return {
    exceptions: new Map(Object.entries(data.exceptions)),
    rules: new Map(Object.entries(data.rules)),
    irregularVerbs: IRREGULAR_VERBS[language],
    irregularNouns: IRREGULAR_NOUNS[language],
  };
}

/** Proper nouns keep their capitals; every other word is lemmatised lower-cased. */
export function lemmaKeyForm(form: string, upos: Upos): string {
  return upos === 'PROPN' ? form : form.toLowerCase();
}

/**
 * @example
 * lemmatise(swedish, 'arresterades', 'VERB') // 'arrestera'
 */
export function lemmatise(lemmatiser: Lemmatiser, form: string, upos: Upos): string {
  if (UNCHANGED.has(upos)) return form;
  const key = lemmaKeyForm(form, upos);
  const irregular = handWritten(lemmatiser, key, upos);
  if (irregular) return irregular;
  const exception = lemmatiser.exceptions.get(`${upos} ${key}`);
  if (exception !== undefined) return exception;
  const hyphen = key.lastIndexOf('-');
  if (hyphen > 0 && hyphen < key.length - 1) {
    const head = form.slice(hyphen + 1);
    // A name's lower-case last part is a common noun ("Preobrazjenskij-regementena").
    const headUpos = upos === 'PROPN' && head === head.toLowerCase() ? 'NOUN' : upos;
    return key.slice(0, hyphen + 1) + lemmatise(lemmatiser, head, headUpos);
  }
  return applyRule(key, ruleFor(lemmatiser, key, upos));
}

function handWritten(lemmatiser: Lemmatiser, key: string, upos: Upos): string | undefined {
  if (upos === 'VERB' || upos === 'AUX') return lemmatiser.irregularVerbs[key];
  if (upos === 'NOUN') return lemmatiser.irregularNouns[key];
  return undefined;
}

/** The rule of the longest suffix of `key` that has one; none at all leaves the word unchanged. */
export function ruleFor(lemmatiser: Pick<Lemmatiser, 'rules'>, key: string, upos: string): string {
  for (let length = Math.min(MAX_SUFFIX, key.length - 1); length >= 0; length--) {
    const rule = lemmatiser.rules.get(suffixKey(upos, key.toLowerCase(), length));
    if (rule !== undefined) return rule;
  }
  return '0:';
}
