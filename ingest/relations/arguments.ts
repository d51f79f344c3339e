/**
 * Finds the arguments of a cue: the nearest mention before it that stays in its clause (the
 * subject) and the mention right after it (the object), each widened to its coordinated
 * neighbours, so "X och Y bekämpade Z" gives two subjects.
 */
import type { Mention } from '../../domain/types';
import type { Argument } from './candidate';
import { isCoordination, isInsideLeadershipPhrase, isObjectBridge, isPrepositionalObject, isSubjectBridge, wordCount } from './clause';
import type { RelationCue } from './pattern';

/** A relative pronoun right after a mention makes it the relative clause's subject, even when a preposition governs it outside ("med Sigismund, vilken angreps"). */
const RELATIVE_ANTECEDENT = /^\s*,\s*(?:som|vilken|vilket|vilka|who|which)\s+(?!(?:mot|emot|med|i|på|till|för|av|against|with|in|on|to|for|by|if|om)\s)/iu;

/** A subject further back than this many words is never the cue's. */
const SUBJECT_SEARCH_WORDS = 30;

/**
 * The argument ending before `position` that can be the subject of a cue there.
 *
 * @example
 * argumentBefore('Kerenski och Savinkoff stödde Korniloff.', mentions, 23, { apposition: false, reach: 8 })
 * // { mentions: [Kerenski, Savinkoff], start: 0, end: 22 }
 */
export function argumentBefore(
  text: string,
  ordered: readonly Mention[],
  position: number,
  cue: Pick<RelationCue, 'apposition' | 'reach'>,
): Argument | undefined {
  for (let i = ordered.length - 1; i >= 0; i--) {
    const mention = ordered[i];
    if (mention.end > position) continue;
    const bridge = text.slice(mention.end, position);
    if (!canBeSubject(text, ordered, i) && !RELATIVE_ANTECEDENT.test(text.slice(mention.end))) continue;
    if (wordCount(bridge) > SUBJECT_SEARCH_WORDS) return undefined;
    if (isSubjectBridge(bridge, cue.apposition, cue.reach)) return widenLeft(text, ordered, i);
  }
  return undefined;
}

/**
 * The argument starting after `position` that can be the object of a cue ending there.
 *
 * @example
 * argumentAfter('Kerenski häktade Lenin och Sinovjeff.', mentions, 16)
 * // { mentions: [Lenin, Sinovjeff], start: 17, end: 36 }
 */
export function argumentAfter(text: string, ordered: readonly Mention[], position: number): Argument | undefined {
  const index = ordered.findIndex((m) => m.start >= position);
  if (index < 0 || !isObjectBridge(text.slice(position, ordered[index].start))) return undefined;
  return widenRight(text, ordered, headOf(text, ordered, index));
}

/**
 * The argument that starts right after another one, with at most one adjective between:
 * the object of an inverted clause ("hotade Kerenski bolsjevikerna"). A genitive before a body
 * ("Krasnoffs kosacker") is one noun phrase, not two arguments.
 */
export function argumentAdjacentAfter(text: string, ordered: readonly Mention[], argument: Argument): Argument | undefined {
  const index = ordered.findIndex((m) => m.start >= argument.end);
  if (index < 0 || !isInvertedObjectBridge(text.slice(argument.end, ordered[index].start))) return undefined;
  const last = argument.mentions[argument.mentions.length - 1];
  if (/s$/u.test(last.text) && ordered[index].type !== 'Person') return undefined;
  if (last.type === 'Party' && ordered[index].type === 'Person') return undefined;
  return widenRight(text, ordered, index);
}

/** A mention inside "under X:s ledning", or governed by a preposition (itself or its coordination), is no subject. */
function canBeSubject(text: string, ordered: readonly Mention[], index: number): boolean {
  const first = widenLeft(text, ordered, index).start;
  return !isInsideLeadershipPhrase(text, ordered[index].start, ordered[index].end) && !isPrepositionalObject(text, first);
}

/** The mention at `last` with the mentions coordinated with it on its left. */
export function widenLeft(text: string, ordered: readonly Mention[], last: number): Argument {
  let first = last;
  while (first > 0 && isCoordination(text.slice(ordered[first - 1].end, ordered[first].start))) first--;
  return toArgument(ordered.slice(first, last + 1));
}

/** Between the subject and object of an inverted clause: nothing, or one lower-case adjective ("enskilda"). */
function isInvertedObjectBridge(text: string): boolean {
  return /^\s+(?:\p{Ll}+\s+)?$/u.test(text) && !/(?<![\p{L}])(?:och|eller|samt|att|som|and|or)(?![\p{L}])/iu.test(text);
}

/** The mention at `first` with the mentions coordinated with it on its right (genitives replaced by their heads). */
export function widenRight(text: string, ordered: readonly Mention[], first: number): Argument {
  const heads = [first];
  let last = first;
  while (last + 1 < ordered.length && isCoordination(text.slice(ordered[last].end, ordered[last + 1].start))) {
    last = headOf(text, ordered, last + 1);
    heads.push(last);
  }
  return toArgument(heads.map((i) => ordered[i]));
}

/**
 * A genitive right before a body is its modifier, and the body is the argument: "Krasnoffs
 * kosacker" are the Cossacks; a party before a person is a title: "socialrevolutionären Kerenski"
 * is Kerenski. Returns the index of the head mention.
 */
function headOf(text: string, ordered: readonly Mention[], index: number): number {
  const [mention, next] = [ordered[index], ordered[index + 1]];
  if (next === undefined || text.slice(mention.end, next.start).trim() !== '') return index;
  const isGenitive = next.type !== 'Person' && /s$/u.test(mention.text);
  const isPartyTitle = mention.type === 'Party' && next.type === 'Person';
  return isGenitive || isPartyTitle ? index + 1 : index;
}

/** The argument made of these mentions, in reading order. */
export function toArgument(mentions: Mention[]): Argument {
  return { mentions, start: mentions[0].start, end: mentions[mentions.length - 1].end };
}
