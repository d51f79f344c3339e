/**
 * Subjects written as pronouns ("Han fortsatte sina överenskommelser med Korniloff"): the pronoun
 * is found before the cue and stands for the first fitting mention earlier in the sentence, or
 * else in the nearest earlier sentence of the paragraph that has one. A possessive ("deras hat emot oss")
 * is read the same way, but only as the subject of the noun cue it modifies. A plain centring heuristic, so its readings get lower confidence.
 */
import type { Mention } from '../../domain/types';
import { toArgument, widenRight } from './arguments';
import type { Argument } from './candidate';
import { isPrepositionalObject, isSubjectBridge } from './clause';
import { NARRATOR_RULE } from './narrator';
import type { RelationCue } from './pattern';

/** An earlier sentence's text and mentions, searched for an antecedent when the sentence has none. */
export interface SentenceContext {
  text: string;
  ordered: readonly Mention[];
}

type PronounKind = 'person' | 'plural';

const PRONOUN = /(?<![\p{L}])(han|hon|he|she|de|they|hans|hennes|his|her|deras|their)(?![\p{L}])(?=(?:\s+(\p{L}+))?)/giu;
const PERSON_PRONOUNS = new Set(['han', 'hon', 'he', 'she', 'hans', 'hennes', 'his', 'her']);
/** A possessive is the subject only of the noun cue it modifies: "deras blinda hat emot oss". */
const POSSESSIVES = new Set(['hans', 'hennes', 'his', 'her', 'deras', 'their']);
/** Between a possessive and its noun cue: a few lower-case adjectives and adverbs ("blinda och i sanning vanvettiga"). */
const POSSESSIVE_TO_NOUN = /^\s+(?:\p{Ll}+\s+){0,5}$/u;
const NOUN_CUE = /\.noun$/u;
/** "de" is a pronoun before a verb or "sig", an article before an adjective ("de gamla kommittéerna"). */
const VERB_AFTER_DE = /^(?:sig|hade|har|var|är|ville|kunde|skulle|måste|fick|icke|inte|\p{L}+(?:ade|de|te|tt))$/iu;

/**
 * The antecedent of a pronoun subject of the cue ending the clause at `position`, if there is one.
 *
 * @example
 * pronounArgument('Han förhandlade med Korniloff.', [Korniloff], 4, cue, [{ text: 'Kerenski tvekade.', ordered: [Kerenski] }])
 * // { mentions: [Kerenski], ... }
 */
export function pronounArgument(
  text: string,
  ordered: readonly Mention[],
  position: number,
  cue: Pick<RelationCue, 'apposition' | 'reach' | 'rule'>,
  previous: readonly SentenceContext[],
): Argument | undefined {
  const pronoun = lastPronounBefore(text, position, cue);
  if (!pronoun) return undefined;
  return antecedentArgument({ text, ordered }, pronoun.start, pronoun.kind, previous);
}

/** The first fitting mention before the pronoun in its sentence (none of `excluded`), else in the nearest earlier sentence that has one. */
function antecedentArgument(
  sentence: SentenceContext,
  start: number,
  kind: PronounKind,
  previous: readonly SentenceContext[],
  excluded: ReadonlySet<Mention> = new Set(),
): Argument | undefined {
  // Excluded by entity, not by mention: the same entity named in an earlier sentence is excluded too.
  const excludedKeys = new Set([...excluded].map((m) => m.key));
  const allowed = (m: Mention) => !excludedKeys.has(m.key);
  const before = sentence.ordered.filter((m) => m.end <= start && allowed(m));
  const inSentence = firstFitting(sentence, before, kind);
  if (inSentence) return inSentence;
  for (const context of previous) {
    const found = firstFitting(context, context.ordered.filter(allowed), kind);
    if (found) return found;
  }
  return undefined;
}

/** Personal pronouns in subject and object form, as the dependency tree finds them in an argument's place. */
const ARGUMENT_PRONOUNS: Readonly<Record<string, PronounKind>> = {
  han: 'person', hon: 'person', honom: 'person', henne: 'person', he: 'person', she: 'person', him: 'person',
  de: 'plural', dem: 'plural', they: 'plural', them: 'plural',
  // "joined it": a body. Swedish "den"/"det" stay out: far more often an article or a dummy subject.
  it: 'plural',
};

/**
 * The mentions a personal pronoun the tree found as a subject or object stands for (lower-case
 * `word` at `start` in the sentence), by the same centring rule; none for any other word. A
 * pronoun never stands for another argument of its own clause (that would be "sig", "himself"),
 * so the caller names those mentions in `excluded`; the entity is then passed over in earlier
 * sentences too.
 *
 * @example
 * pronounAntecedents({ text: 'Han träffade Gustav Adolf.', ordered: [gustavAdolf] }, 0, 'han', [{ text: 'Arnheim var sändebudet.', ordered: [arnheim] }])
 * // [arnheim]
 */
export function pronounAntecedents(
  sentence: SentenceContext,
  start: number,
  word: string,
  previous: readonly SentenceContext[],
  excluded: ReadonlySet<Mention> = new Set(),
): Mention[] {
  const kind = ARGUMENT_PRONOUNS[word];
  return kind ? (antecedentArgument(sentence, start, kind, previous, excluded)?.mentions ?? []) : [];
}

/** The personal pronouns worth parsing a sentence for: "de" and "it" are far more often an article or a dummy subject. */
const ARGUMENT_PRONOUN_WORD = new RegExp(`(?<![\\p{L}])(?:${Object.keys(ARGUMENT_PRONOUNS).filter((w) => w !== 'de' && w !== 'it').join('|')})(?![\\p{L}])`, 'iu');

/** Whether a sentence has a personal pronoun that may stand for an argument, so one written name can be half of a relation. */
export function hasArgumentPronoun(text: string): boolean {
  return ARGUMENT_PRONOUN_WORD.test(text);
}

function lastPronounBefore(
  text: string,
  position: number,
  cue: Pick<RelationCue, 'apposition' | 'reach' | 'rule'>,
): { start: number; kind: PronounKind } | undefined {
  const found = [...text.slice(0, position).matchAll(PRONOUN)].reverse();
  for (const match of found) {
    const word = match[1].toLowerCase();
    const end = match.index + match[1].length;
    if (word === 'de' && !VERB_AFTER_DE.test(match[2] ?? '')) continue;
    if (POSSESSIVES.has(word)) {
      if (!NOUN_CUE.test(cue.rule) || !POSSESSIVE_TO_NOUN.test(text.slice(end, position))) continue;
      return { start: match.index, kind: PERSON_PRONOUNS.has(word) ? 'person' : 'plural' };
    }
    if (!isSubjectBridge(text.slice(end, position), cue.apposition, cue.reach)) continue;
    return { start: match.index, kind: PERSON_PRONOUNS.has(word) ? 'person' : 'plural' };
  }
  return undefined;
}

function firstFitting(context: SentenceContext, candidates: readonly Mention[], kind: PronounKind): Argument | undefined {
  const index = context.ordered.findIndex(
    (m) => candidates.includes(m) && fitsPronoun(m, kind) && !isPrepositionalObject(context.text, m.start),
  );
  if (index < 0) return undefined;
  return kind === 'person' ? toArgument([context.ordered[index]]) : widenRight(context.text, context.ordered, index);
}

function fitsPronoun(mention: Mention, kind: PronounKind): boolean {
  if (mention.rule === NARRATOR_RULE) return false;
  return kind === 'person' ? mention.type === 'Person' : mention.type === 'Party' || mention.type === 'Regiment' || mention.type === 'Organization';
}
