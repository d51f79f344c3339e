/**
 * Relations said with a noun of role or stance ("ledare för", "medlem av", "i opposition mot",
 * "leader of", "member of"), read from the tree. The object is the noun's prepositional
 * dependent with the cue's preposition, or its genitive ("bolsjevikernas ledare"); the holder is
 * whoever the noun is said of: the subject of a predicate noun ("Lenin var ledare för …"), the
 * name it stands in apposition to ("Lenin, leader of …", "the leader of …, Lenin"), the subject
 * or object of "became", "elected … president of", and the subject of a clause that puts someone
 * "in" the state ("stod i opposition mot", "were in alliance with"), or "as" the role ("elected
 * Pearse as president of …"). A noun of an act ("förhandlingar med", "the arrest of") is done by
 * the subject of the verb that takes it ("ordered the arrest of Lenin") or by its genitive.
 */
import type { Mention } from '../../domain/types';
import { toArgument } from './arguments';
import type { Argument, Candidate } from './candidate';
import { pairCandidates } from './candidate';
import { attachedBy, caseWordsOf, dependentsOf, headOf, type DependencyTree } from './dependency-tree';
import type { LemmaCue } from './lemma-cue';
import { argumentOf, type MentionPlacement } from './tree-arguments';
import { recipientWords } from './tree-aid-phrase';
import { subjectOf } from './tree-clauses';
import { isNegatedInTree } from './tree-negation';

/** Prepositions that put the subject of a clause in a state named by a noun: "i opposition", "in command". */
const STATE_MARKERS = new Set(['i', 'in', 'på', 'at']);
/** Nouns of a side in a conflict: moving onto one is joining it (a standpoint taken is only agreement). */
const SIDE_NOUNS = new Set(['sida', 'side']);
/** A reflexive object or a particle of crossing over: the verb puts its subject into the state. */
const ENTERING_WORDS = new Set(['sig', 'över', 'themselves', 'itself', 'over']);
/** Words that give someone a role: "elected Pearse as president", "tjänade som ledare". */
const ROLE_MARKERS = new Set(['as', 'som', 'såsom']);

/**
 * The candidates of one noun cue.
 *
 * @example
 * nounCueCandidates(tree('Lenin var ledare för bolsjevikerna.'), placement, indexOf('ledare'), ledareFör)
 * // [{ subject: Lenin, object: bolsjevikerna, type: 'LED', rule: 'sv.lead.noun.tree', ... }]
 */
export function nounCueCandidates(tree: DependencyTree, placement: MentionPlacement, noun: number, cue: LemmaCue): Candidate[] {
  const verb = headOf(tree, noun);
  const verbSaysIt = cue.noun === 'act' || attachedBy(tree, noun, 'obl', 'xcomp', 'advcl');
  if (isNegatedInTree(tree, noun) || (verb !== undefined && verbSaysIt && isNegatedInTree(tree, verb))) return [];
  const own = ownModifiers(tree, placement, noun);
  const found = argumentOf(tree, placement, cue.noun === 'act' ? actorWords(tree, noun) : cue.noun === 'aid' ? recipientWords(tree, noun) : holderWords(tree, noun));
  const holders = found.mentions.filter((m) => !own.has(m));
  return holders.length === 0 ? [] : nounClaims(tree, placement, noun, cue, toArgument(holders));
}

/**
 * The claims a noun cue denies: that the names modifying the noun itself hold it. In "Kelly, a
 * Sinn Féin member of the Corporation" Sinn Féin is the body Kelly belongs to (the role rules read
 * it), not a second member of the Corporation, whatever the word order suggests.
 *
 * @example
 * nounCueDenials(tree('Kelly, a Sinn Féin member of the Corporation, spoke.'), placement, indexOf('member'), memberOf)
 * // [{ subject: Sinn Féin, object: Corporation, type: 'MEMBER_OF', ... }]
 */
export function nounCueDenials(tree: DependencyTree, placement: MentionPlacement, noun: number, cue: LemmaCue): Candidate[] {
  const own = [...ownModifiers(tree, placement, noun)];
  return own.length === 0 ? [] : nounClaims(tree, placement, noun, cue, toArgument(own));
}

/**
 * The claims between the noun's holders and its objects; none when one name stands on both sides,
 * as when a pronoun was taken for a name inside the noun's own phrase ("With the support of
 * Hobson and O'Rahilly, he …": "he" is not Hobson).
 */
function nounClaims(tree: DependencyTree, placement: MentionPlacement, noun: number, cue: LemmaCue, holders: Argument): Candidate[] {
  const verb = headOf(tree, noun);
  const objects = argumentOf(tree, placement, objectWords(tree, noun, cue));
  const held = new Set(holders.mentions.map((m) => m.key));
  if (objects.mentions.some((m) => held.has(m.key))) return [];
  const [subjects, targets] = cue.backward ? [objects, holders] : [holders, objects];
  const entered = SIDE_NOUNS.has(cue.lemma) && verb !== undefined && attachedBy(tree, noun, 'obl') && isEntering(tree, verb);
  return pairCandidates(subjects, targets, entered ? 'JOINED' : cue.type, cue.confidence, `${cue.rule}.tree${entered ? '.entered' : ''}`);
}

/**
 * Whether a verb moves its subject into the state its oblique names ("ställde sig på vår sida",
 * "gick över på deras sida"), rather than keeping it there ("stod på vår sida"): taking a side
 * is joining it, standing on it is support. Told by a reflexive object or the particle "över"/"over".
 */
function isEntering(tree: DependencyTree, verb: number): boolean {
  return dependentsOf(tree, verb, 'obj', 'expl', 'compound:prt', 'advmod').some((d) => ENTERING_WORDS.has(tree.words[d].norm));
}

/** The mentions modifying the noun itself ("Sinn Féin" in "a Sinn Féin member"). */
function ownModifiers(tree: DependencyTree, placement: MentionPlacement, noun: number): Set<Mention> {
  return new Set(dependentsOf(tree, noun, 'compound', 'amod').flatMap((w) => placement.covering.get(w) ?? []));
}

/** The noun's dependent marked with the cue's last word ("för bolsjevikerna"); for a role, else its genitive. */
function objectWords(tree: DependencyTree, noun: number, cue: LemmaCue): number[] {
  const preposition = cue.after.at(-1);
  const marked = dependentsOf(tree, noun, 'nmod').filter((d) => preposition !== undefined && caseWordsOf(tree, d).includes(preposition));
  return marked.length > 0 || cue.noun === 'act' ? marked : dependentsOf(tree, noun, 'nmod:poss');
}

/** Who does the act the noun names: its genitive, else the subject of the verb whose object it is. */
function actorWords(tree: DependencyTree, noun: number): number[] {
  const own = dependentsOf(tree, noun, 'nmod:poss');
  if (own.length > 0) return own;
  const verb = headOf(tree, noun);
  return verb !== undefined && attachedBy(tree, noun, 'obj') ? subjectOf(tree, verb).words : [];
}

/** Who holds the role the noun names. */
function holderWords(tree: DependencyTree, noun: number): number[] {
  const own = dependentsOf(tree, noun, 'nsubj');
  if (own.length > 0) return own;
  const named = dependentsOf(tree, noun, 'appos');
  if (named.length > 0) return named;
  const head = headOf(tree, noun);
  if (head === undefined) return [];
  if (attachedBy(tree, noun, 'appos')) return [head];
  if (attachedBy(tree, noun, 'xcomp') || (attachedBy(tree, noun, 'obl', 'advcl') && isMarkedBy(tree, noun, ROLE_MARKERS))) {
    const controller = dependentsOf(tree, head, 'obj');
    return controller.length > 0 ? controller : subjectOf(tree, head).words;
  }
  if (attachedBy(tree, noun, 'obl') && isMarkedBy(tree, noun, STATE_MARKERS)) return subjectOf(tree, head).words;
  return [];
}

/** Whether one of `words` marks the noun, as preposition or subordinator ("as" is either in the treebanks). */
function isMarkedBy(tree: DependencyTree, noun: number, words: ReadonlySet<string>): boolean {
  return dependentsOf(tree, noun, 'case', 'mark').some((d) => words.has(tree.words[d].norm));
}
