/**
 * Finds lemma cues in one sentence's words: the verb in any form, its following words in order
 * (an adverb, "sig" or an inverted subject may stand between them), and its voice. A passive
 * verb ("häktades av", "was arrested by") turns the cue around, so the argument after its agent
 * marker is the subject; a passive without an agent states no relation we can use.
 */
import type { Language, Mention } from '../../domain/types';
import type { LemmaCue } from './lemma-cue';
import { cue as regexCue, type RelationCue } from './pattern';
import { isRegularForm } from './verb-forms';
import type { Word } from './words';

/** A cue found in a sentence: the span from its verb to its last word, read as `cue`. */
export interface LemmaCueMatch {
  cue: RelationCue;
  start: number;
  end: number;
  /** The mentions standing between the verb and its particle: an inverted subject. */
  innerSubjects: Mention[];
  /** Whether the cue relates its coordinated subjects to each other ("drabbade X och Y samman"). */
  reciprocal?: boolean;
}

/** How many words may stand between two parts of a split verb ("gick mer och mer över till"). */
const PART_GAP_WORDS = 5;
/** How many adverbs may stand between a passive verb and its agent marker ("häktades sedan av"). */
const AGENT_GAP_WORDS = 2;
/** How many words may stand between an auxiliary and its participle ("had already been arrested"). */
const AUXILIARY_GAP_WORDS = 3;

const AGENT_MARKER: Record<Language, ReadonlySet<string>> = { sv: new Set(['av', 'utaf']), en: new Set(['by']) };
const PASSIVE_AUXILIARY: Record<Language, ReadonlySet<string>> = {
  sv: new Set(['blev', 'blevo', 'blivit', 'bli', 'blir', 'blivna', 'vart', 'var', 'voro', 'är', 'äro', 'varit', 'vara']),
  en: new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'got', 'get', 'gets', 'getting']),
};
const ARTICLES = new Set(['a', 'an', 'the', 'en', 'ett', 'den', 'det', 'de']);

/** The lemma cues indexed for a quick look-up by a word's first letters. */
export interface LemmaCueIndex {
  language: Language;
  byPrefix: Map<string, LemmaCue[]>;
  byForm: Map<string, LemmaCue[]>;
}

const PREFIX_LENGTH = 3;

/** Indexes cues by the first letters of their lemma and by their irregular forms. */
export function indexLemmaCues(cues: readonly LemmaCue[], language: Language): LemmaCueIndex {
  const byPrefix = new Map<string, LemmaCue[]>();
  const byForm = new Map<string, LemmaCue[]>();
  const add = (map: Map<string, LemmaCue[]>, key: string, cue: LemmaCue) => map.set(key, [...(map.get(key) ?? []), cue]);
  for (const cue of cues) {
    add(byPrefix, cue.lemma.slice(0, PREFIX_LENGTH), cue);
    for (const form of cue.forms) add(byForm, form, cue);
  }
  return { language, byPrefix, byForm };
}

/** The cues whose verb (or noun) this word is a form of. */
export function cuesOfWord(word: Word, index: LemmaCueIndex): LemmaCue[] {
  const lower = word.norm;
  const irregular = [...(index.byForm.get(lower) ?? []), ...(index.language === 'sv' && lower.endsWith('s') ? (index.byForm.get(lower.slice(0, -1)) ?? []) : [])];
  const regular = (index.byPrefix.get(lower.slice(0, PREFIX_LENGTH)) ?? []).filter(
    (cue) => word.lemma === cue.lemma || isRegularForm(lower, cue.lemma, index.language),
  );
  const byLemma = word.lemma && word.lemma !== lower ? (index.byPrefix.get(word.lemma.slice(0, PREFIX_LENGTH)) ?? []).filter((c) => c.lemma === word.lemma) : [];
  return [...new Set([...irregular, ...regular, ...byLemma])];
}

/**
 * Whether a word can be the cue's verb: tagged a verb (or a participle before its agent), or
 * untagged; a word tagged otherwise only when its ending is a verb's alone ("slog" may be read as
 * a noun by a tagger that never saw it; "-ade", "-ed" are past tenses whatever the tag says).
 */
export function canBeVerb(word: Word, cue: LemmaCue): boolean {
  if (word.upos === undefined || word.upos === 'VERB' || word.upos === 'AUX' || word.upos === 'ADJ') return true;
  if (word.upos !== 'NOUN' && word.upos !== 'PROPN') return false;
  return cue.forms.includes(word.norm) || /(?:ade|ades|erade|ed)$/u.test(word.norm);
}

/**
 * Every lemma cue in the words of one sentence, with its voice settled.
 *
 * @example
 * lemmaCueMatches(words('Lenin häktades av Kerenski.'), mentions, index)
 * // [{ cue: { rule: 'sv.arrest.passive', direction: 'backward', ... }, start: 6, end: 17, innerSubjects: [] }]
 */
export function lemmaCueMatches(words: readonly Word[], mentions: readonly Mention[], index: LemmaCueIndex): LemmaCueMatch[] {
  const matches: LemmaCueMatch[] = [];
  words.forEach((word, i) => {
    if (word.isPunctuation || insideMention(word, mentions)) return;
    for (const cue of cuesOfWord(word, index)) {
      if (cue.noun || !canBeVerb(word, cue)) continue;
      const match = matchCue(words, i, cue, mentions, index.language);
      // A reciprocal cue is read by word order only when its subjects stand inside it (V2 inversion); else the tree reads it.
      if (match && cue.reciprocal) {
        if (match.innerSubjects.length > 1) matches.push({ ...match, reciprocal: true });
      } else if (match) matches.push(match);
    }
  });
  return matches;
}

function matchCue(words: readonly Word[], i: number, cue: LemmaCue, mentions: readonly Mention[], language: Language): LemmaCueMatch | undefined {
  const verb = words[i];
  if (cue.after.length === 0) {
    if (isPassive(words, i, cue, language)) return passiveMatch(words, i, cue, language);
    if (verb.upos === 'ADJ') return undefined;
    return { cue: asRelationCue(cue, 'active'), start: verb.start, end: verb.end, innerSubjects: [] };
  }
  let position = i;
  const innerSubjects: Mention[] = [];
  for (const [part, expected] of cue.after.entries()) {
    const found = findPart(words, position + 1, expected);
    if (found === undefined) return undefined;
    const gap = mentionsBetween(mentions, words[position].end, words[found].start);
    if (gap.length > 0) {
      if (part > 1 || innerSubjects.length > 0) return undefined;
      innerSubjects.push(...gap);
    }
    position = found;
  }
  return { cue: asRelationCue(cue, 'active'), start: verb.start, end: words[position].end, innerSubjects };
}

/** The index of the next word equal to `expected`, within the gap and the clause; articles in the pattern match any article. */
function findPart(words: readonly Word[], from: number, expected: string): number | undefined {
  for (let j = from; j < words.length && j <= from + PART_GAP_WORDS; j++) {
    const word = words[j];
    if (word.isPunctuation) return undefined;
    if (word.norm === expected || (ARTICLES.has(expected) && ARTICLES.has(word.norm))) return j;
  }
  return undefined;
}

/**
 * Whether the verb at `i` is passive: Swedish -s forms ("häktades", "stöddes") and participles
 * after "blev"/"var"; English participles after a form of "be" or "get", or a participle right
 * before "by" ("Kornilov, supported by the Cossacks").
 */
function isPassive(words: readonly Word[], i: number, cue: LemmaCue, language: Language): boolean {
  if (!cue.passive) return false;
  const word = words[i].norm;
  const hasAuxiliary = words
    .slice(Math.max(0, i - AUXILIARY_GAP_WORDS), i)
    .some((w) => PASSIVE_AUXILIARY[language].has(w.norm));
  if (language === 'sv') {
    const sPassive = word.endsWith('s') && !cue.lemma.endsWith('s') && word !== cue.lemma;
    return sPassive || (hasAuxiliary && /(?:ad|ade|at|d|de|t|en|na|et|ta)$/u.test(word));
  }
  const participle = word !== cue.lemma && (/(?:ed|en|wn|ne)$/u.test(word) || cue.forms.includes(word));
  if (!participle) return false;
  return hasAuxiliary || agentAfter(words, i, language) !== undefined;
}

/** The index of the agent marker ("av", "by") after the verb at `i`, allowing an adverb or two between. */
function agentAfter(words: readonly Word[], i: number, language: Language): number | undefined {
  for (let j = i + 1; j < words.length && j <= i + 1 + AGENT_GAP_WORDS; j++) {
    if (words[j].isPunctuation) return undefined;
    if (AGENT_MARKER[language].has(words[j].norm)) return j;
  }
  return undefined;
}

function passiveMatch(words: readonly Word[], i: number, cue: LemmaCue, language: Language): LemmaCueMatch | undefined {
  const agent = agentAfter(words, i, language);
  if (agent === undefined) return undefined;
  return { cue: asRelationCue(cue, 'passive'), start: words[i].start, end: words[agent].end, innerSubjects: [] };
}

/** The cue in the shape the argument finder reads: a passive names its subject after itself, and may follow its noun after a comma. */
function asRelationCue(cue: LemmaCue, voice: 'active' | 'passive'): RelationCue {
  const passive = voice === 'passive';
  return regexCue(`${cue.rule}${passive ? '.passive' : ''}`, cue.type, '', {
    direction: passive !== cue.backward ? 'backward' : 'forward',
    confidence: cue.confidence,
    apposition: passive || cue.backward,
  });
}

function insideMention(word: Word, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => word.start >= m.start && word.end <= m.end);
}

function mentionsBetween(mentions: readonly Mention[], start: number, end: number): Mention[] {
  return mentions.filter((m) => m.start >= start && m.end <= end);
}
