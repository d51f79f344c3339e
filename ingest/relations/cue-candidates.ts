/**
 * Reads relations from verb cues in one sentence: every cue phrase found, with the subject
 * before it and the object after it (or, in an inverted Swedish clause, both after it).
 */
import type { Mention } from '../../domain/types';
import { pairCandidates, type Argument, type Candidate } from './candidate';
import { isObjectBridge, wordCount } from './clause';
import { argumentAdjacentAfter, argumentAfter, argumentBefore, toArgument } from './arguments';
import type { RelationCue } from './pattern';
import { demonstrativeObject } from './demonstratives';
import { isIntended, isNegated, isNegatedOutcome } from './negation';
import { pronounAntecedents, pronounArgument, type SentenceContext } from './pronouns';

/** A subject carried over from an earlier predicate is a little less sure. */
const CARRIED_PENALTY = 0.9;
/** Inverted clauses ("hotade Kerenski bolsjevikerna") are read with a little less trust. */
const INVERSION_PENALTY = 0.9;
/** A pronoun's antecedent is a guess, so its readings are trusted less still. */
const PRONOUN_PENALTY = 0.75;
/** A demonstrative's antecedent is a guess too. */
const DEMONSTRATIVE_PENALTY = 0.7;
/** In an inverted clause the subject follows the verb at once, or after one adverb ("hotade nu Kerenski"). */
const INVERTED_SUBJECT_WORDS = 1;
/** The verb, then one of the subject pronouns that stand after it in a Swedish inverted clause. */
const INVERTED_PRONOUN = /^\p{L}+\s+(han|hon)(?![\p{L}])/iu;
/** An infinitive ("att störta X") has no subject after it, so it is never an inverted clause. */
const INFINITIVE_MARKER = /(?<![\p{L}])(?:att|to)\s+(?:\p{L}+\s+)?$/iu;

/** A cue found in a sentence: the span of its words, and how to read them. */
export interface CueMatch {
  cue: RelationCue;
  start: number;
  end: number;
}

/**
 * The candidates stated by the cues of one sentence.
 *
 * @example
 * cueCandidates('Lenin häktades av Kerenski.', mentions, SWEDISH_CUES)
 * // [{ subject: Kerenski, object: Lenin, type: 'ARRESTED', rule: 'sv.arrest.passive', ... }]
 */
export function cueCandidates(
  text: string,
  ordered: readonly Mention[],
  cues: readonly RelationCue[],
  previous: readonly SentenceContext[] = [],
  found: readonly CueMatch[] = [],
): Candidate[] {
  const matches = longestFirst(text, ordered, [...phraseMatches(text, cues), ...found]);
  const candidates: Candidate[] = [];
  matches.forEach((match, i) => {
    const carried = i > 0 ? carriedSubjects(text, ordered, match, matches[i - 1], candidates) : [];
    const own = carried.length > 0 ? [] : candidatesOfMatch(text, ordered, match, matches, previous);
    candidates.push(...own, ...carried);
  });
  return candidates;
}

/** A second predicate joined to the first by a conjunction: "… fought the Royalists and (then) defeated …". */
const PREDICATE_COORDINATOR =
  /(?:^|[^\p{L}])(?:and|och|samt|but|men|then|sedan|därpå|därefter)\s+(?:(?:also|också|then|sedan|därefter|finally|slutligen|later|senare|soon|snart|at once|genast|even|även|to)\s+)?$/iu;

/**
 * The candidates of a cue whose subject is carried over from the predicate before it ("Cromwell
 * fought the Royalists and defeated the Scots": Cromwell defeated the Scots, not the Royalists).
 * Only when the earlier cue had its object between it and the conjunction, and a subject of its own.
 */
function carriedSubjects(text: string, ordered: readonly Mention[], match: CueMatch, before: CueMatch, found: readonly Candidate[]): Candidate[] {
  if (match.cue.direction !== 'forward' || before.cue.direction !== 'forward') return [];
  const between = text.slice(before.end, match.start);
  if (!PREDICATE_COORDINATOR.test(between) || /[;:.!?]/u.test(between)) return [];
  const earlier = found.filter((c) => c.rule.startsWith(before.cue.rule) && c.object.start >= before.end && c.object.end <= match.start);
  const subjects = [...new Set(earlier.map((c) => c.subject))];
  if (subjects.length === 0) return [];
  const objects = argumentAfter(text, ordered, match.end);
  if (!objects || (match.cue.tail && !match.cue.tail.test(text.slice(objects.end)))) return [];
  return pairCandidates(toArgument(subjects), objects, match.cue.type, match.cue.confidence * CARRIED_PENALTY, `${match.cue.rule}.carried`);
}

function candidatesOfMatch(
  text: string,
  ordered: readonly Mention[],
  { cue, start, end }: CueMatch,
  matches: readonly CueMatch[],
  previous: readonly SentenceContext[],
): Candidate[] {
  const widened = argumentAfter(text, ordered, end);
  if (!widened) return demonstrativeCandidates(text, ordered, { cue, start, end });
  const after = withoutNextSubjects(text, widened, matches);
  if (cue.tail && !cue.tail.test(text.slice(after.end))) return [];
  const before = argumentBefore(text, ordered, start, cue);
  if (before) {
    const [subjects, objects] = cue.direction === 'forward' ? [before, after] : [after, before];
    return pairCandidates(subjects, objects, cue.type, cue.confidence, cue.rule);
  }
  const inverted =
    cue.direction === 'forward' &&
    wordCount(text.slice(end, after.start)) <= INVERTED_SUBJECT_WORDS &&
    !INFINITIVE_MARKER.test(text.slice(0, start));
  const invertedObject = inverted ? argumentAdjacentAfter(text, ordered, after) : undefined;
  if (invertedObject) {
    return pairCandidates(after, invertedObject, cue.type, cue.confidence * INVERSION_PENALTY, `${cue.rule}.inverted`);
  }
  const demonstrative = inverted ? demonstrativeObject(text, ordered, after.end, start, after, cue.confidence) : undefined;
  if (demonstrative) {
    return pairCandidates(after, demonstrative, cue.type, cue.confidence * DEMONSTRATIVE_PENALTY, `${cue.rule}.inverted.demonstrative`);
  }
  const invertedPronoun = cue.direction === 'forward' ? pronounSubjectAfterVerb(text, start) : undefined;
  if (invertedPronoun && !INFINITIVE_MARKER.test(text.slice(0, start))) {
    // The negation of an inverted clause follows its subject: "angrep han icke Sigismund".
    if (isNegated(text, start, invertedPronoun.start + invertedPronoun.word.length)) return [];
    const subjects = pronounAntecedents({ text, ordered }, invertedPronoun.start, invertedPronoun.word, previous, new Set(after.mentions));
    return pairCandidates(toArgument(subjects), after, cue.type, cue.confidence * INVERSION_PENALTY * PRONOUN_PENALTY, `${cue.rule}.inverted.pronoun`);
  }
  const antecedent = pronounArgument(text, ordered, start, cue, previous);
  if (!antecedent) return [];
  const [subjects, objects] = cue.direction === 'forward' ? [antecedent, after] : [after, antecedent];
  return pairCandidates(subjects, objects, cue.type, cue.confidence * PRONOUN_PENALTY, `${cue.rule}.pronoun`);
}

/**
 * A personal pronoun right after the cue's verb: the subject of a Swedish inverted clause ("Där
 * angrep han Sigismund", "Sedan ryckte han ned mot Gallas"). English puts no subject pronoun there.
 */
function pronounSubjectAfterVerb(text: string, start: number): { start: number; word: string } | undefined {
  const found = INVERTED_PRONOUN.exec(text.slice(start));
  return found ? { start: start + found[0].length - found[1].length, word: found[1].toLowerCase() } : undefined;
}

/** "X upplöste densamma": a forward cue whose object is a demonstrative for an actor named before X. */
function demonstrativeCandidates(text: string, ordered: readonly Mention[], { cue, start, end }: CueMatch): Candidate[] {
  if (cue.direction !== 'forward' || cue.tail) return [];
  const before = argumentBefore(text, ordered, start, cue);
  const object = before ? demonstrativeObject(text, ordered, end, before.start, before, cue.confidence) : undefined;
  if (!before || !object) return [];
  return pairCandidates(before, object, cue.type, cue.confidence * DEMONSTRATIVE_PENALTY, `${cue.rule}.demonstrative`);
}

/**
 * Cuts a coordinated object where one of its mentions is the subject of the next cue:
 * in "attacked the Soviet and the garrison defended it" the garrison is not attacked.
 */
function withoutNextSubjects(text: string, argument: Argument, matches: readonly CueMatch[]): Argument {
  const cut = argument.mentions.findIndex(
    (m, i) => i > 0 && matches.some((next) => next.start >= m.end && isObjectBridge(text.slice(m.end, next.start), 2)),
  );
  if (cut < 0) return argument;
  return toArgument(argument.mentions.slice(0, cut));
}

/** Every match of the cues' phrases in the text. */
function phraseMatches(text: string, cues: readonly RelationCue[]): CueMatch[] {
  return cues.flatMap((cue) => [...text.matchAll(cue.phrase)].map((m) => ({ cue, start: m.index, end: m.index + m[0].length })));
}

/** The matches to read: none inside a mention, none negated, none merely planned (but for opposition), the longest winning where two overlap. */
function longestFirst(text: string, ordered: readonly Mention[], all: readonly CueMatch[]): CueMatch[] {
  const free = all.filter(
    (match) =>
      ordered.every((m) => match.end <= m.start || match.start >= m.end) &&
      (!isNegated(text, match.start, match.end) || (match.cue.type === 'OPPOSED' && isNegatedOutcome(text.slice(match.start, match.end)))) &&
      (match.cue.type === 'OPPOSED' || !isIntended(text, match.start)),
  );
  const kept: CueMatch[] = [];
  for (const match of [...free].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (kept.every((k) => match.end <= k.start || match.start >= k.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
