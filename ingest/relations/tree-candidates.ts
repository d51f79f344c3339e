/**
 * Relations read from the dependency tree: for each word whose lemma is a cue (the same lemma
 * cue tables the word-order rules use), its subject from `nsubj`, its object from `obj` or from
 * the prepositional argument whose preposition the cue names ("mot", "till", "against", "to"),
 * and for a passive the agent from "av"/"by". Word order plays no part, so inverted clauses,
 * asides and long subjects read as plain ones do.
 */
import type { Mention } from '../../domain/types';
import { pairCandidates, type Candidate } from './candidate';
import { attachedBy, caseWordsOf, dependentsOf, headOf, type DependencyTree } from './dependency-tree';
import type { LemmaCue } from './lemma-cue';
import { canBeVerb, cuesOfWord, type LemmaCueIndex } from './lemma-cue-matches';
import { isNegated, isNegatedOutcome } from './negation';
import { argumentOf, placeMentions, type MentionPlacement } from './tree-arguments';
import { agentsOf, isPassive, subjectOf } from './tree-clauses';
import { isNegatedInTree } from './tree-negation';
import type { SentenceContext } from './pronouns';
import { nounCueCandidates, nounCueDenials } from './tree-noun-candidates';

/** A subject carried from another clause is a little less sure than the verb's own. */
const CARRIED_PENALTY = 0.9;
/** A pronoun's antecedent is a guess, so its readings are trusted less (as in the word-order rules). */
const PRONOUN_PENALTY = 0.75;
/** Relations by which the words of a multi-word cue hang from its verb: particles, "sig", objects, prepositions. */
const CUE_PART_RELATIONS = ['compound', 'expl', 'obj', 'iobj', 'obl', 'nmod', 'case', 'advmod', 'fixed', 'det', 'mark', 'xcomp'];
/** How far below the verb a cue's words may hang ("förde befälet över X": över → X → befälet → förde). */
const CUE_PART_DEPTH = 3;
/** Reflexive pronouns, never a cue's object ("anslöt sig", "allied themselves"). */
const REFLEXIVES = new Set(['sig', 'mig', 'dig', 'oss', 'er', 'himself', 'herself', 'itself', 'themselves', 'ourselves']);
const ARTICLES = new Set(['a', 'an', 'the', 'en', 'ett', 'den', 'det', 'de']);
/** Relations whose object may be the owner of what the verb takes ("erkände sovjets kommissarier"). */
const STANCES = new Set(['SUPPORTED', 'OPPOSED']);
/** Through an owner the target is a little less sure than named outright. */
const OWNER_PENALTY = 0.85;
/** Prepositions of the one a reciprocal verb's act is done with or against. */
const PARTNER_CASES = new Set(['med', 'mot', 'emot', 'with', 'against']);

/** What the tree reads in one sentence: the claims its cues state, and those they deny (negated, refused, supposed). */
export interface TreeReadings {
  stated: Candidate[];
  denied: Candidate[];
}

/**
 * The claims the cue words of one sentence state or deny, read from its tree.
 *
 * @example
 * treeReadings(tree('Regementet gick inte över till bolsjevikerna.'), mentions, swedishIndex, text)
 * // { stated: [], denied: [{ subject: regementet, object: bolsjevikerna, type: 'JOINED', ... }] }
 */
export function treeReadings(
  tree: DependencyTree,
  mentions: readonly Mention[],
  index: LemmaCueIndex,
  text: string,
  previous: readonly SentenceContext[] = [],
): TreeReadings {
  const placement = placeMentions(tree, { text, ordered: mentions }, previous);
  const stated: Candidate[] = [];
  const denied: Candidate[] = [];
  tree.words.forEach((word, i) => {
    if (word.isPunctuation || placement.covering.has(i)) return;
    for (const cue of cuesOfWord(word, index)) {
      if (cue.noun) {
        if (word.upos !== 'NOUN') continue;
        stated.push(...nounCueCandidates(tree, placement, i, cue));
        denied.push(...nounCueDenials(tree, placement, i, cue));
      } else if ((canBeVerb(word, cue) || isParticipleInApposition(tree, i)) && !isAttributive(tree, i)) {
        (isDenied(tree, i, cue, text) ? denied : stated).push(...verbCandidates(tree, placement, i, cue));
        denied.push(...ownerMisreadings(tree, placement, i, cue));
      }
    }
  });
  const written = new Set(placement.covering.values());
  const trusted = (c: Candidate) =>
    written.has(c.subject) && written.has(c.object) ? c : { ...c, confidence: c.confidence * PRONOUN_PENALTY, rule: `${c.rule}.pronoun` };
  return { stated: stated.map(trusted), denied };
}

/**
 * The candidates the cue words of one sentence state, read from its tree.
 *
 * @example
 * treeCandidates(tree('Korniloff arresterades av Kerenski.'), [korniloff, kerenski], swedishIndex, text)
 * // [{ subject: Kerenski, object: Korniloff, type: 'ARRESTED', rule: 'sv.arrest.tree.passive', ... }]
 */
export function treeCandidates(
  tree: DependencyTree,
  mentions: readonly Mention[],
  index: LemmaCueIndex,
  text: string,
  previous: readonly SentenceContext[] = [],
): Candidate[] {
  return treeReadings(tree, mentions, index, text, previous).stated;
}

/**
 * An -ing form the tagger read as a noun in apposition: a participle phrase set off by commas
 * ("the Military Council, consisting of Pearse and Plunkett"), said of the noun it follows.
 */
function isParticipleInApposition(tree: DependencyTree, i: number): boolean {
  return tree.words[i].upos === 'NOUN' && tree.words[i].norm.endsWith('ing') && attachedBy(tree, i, 'appos');
}

/** A participle used as an adjective ("de ledande partierna") names no act, unless its agent is given ("den av Kerenski ledda regeringen"). */
function isAttributive(tree: DependencyTree, i: number): boolean {
  return attachedBy(tree, i, 'amod') && agentsOf(tree, i).length === 0;
}

/** A negated cue states nothing, unless it names the outcome of a fight ("was not defeated by X"). */
function isDenied(tree: DependencyTree, i: number, cue: LemmaCue, text: string): boolean {
  const word = tree.words[i];
  const negated = isNegatedInTree(tree, i) || isNegated(text, word.start, word.end);
  return negated && !(cue.type === 'OPPOSED' && isNegatedOutcome(word.text));
}

/** The words in a verb cue's roles, once its parts are found: who does it (`from`) to whom (`to`). */
interface VerbRoles {
  parts: number[][];
  subjects: number[];
  from: number[];
  to: number[];
  confidence: number;
  rule: string;
}

function verbRoles(tree: DependencyTree, verb: number, cue: LemmaCue): VerbRoles | undefined {
  const parts = cueParts(tree, verb, cue.after);
  if (!parts) return undefined;
  const passive = cue.passive && isPassive(tree, verb);
  const grammatical = subjectOf(tree, verb);
  const [subjects, objects] = passive ? [agentsOf(tree, verb), grammatical.words] : [grammatical.words, objectWords(tree, verb, parts)];
  const confidence = cue.confidence * (grammatical.carried ? CARRIED_PENALTY : 1);
  const rule = `${cue.rule}.tree${passive ? '.passive' : ''}${grammatical.carried ? '.carried' : ''}`;
  const [from, to] = cue.backward ? [objects, subjects] : [subjects, objects];
  return { parts, subjects, from, to, confidence, rule };
}

function verbCandidates(tree: DependencyTree, placement: MentionPlacement, verb: number, cue: LemmaCue): Candidate[] {
  const roles = verbRoles(tree, verb, cue);
  if (!roles) return [];
  const { parts, subjects, from, to, confidence, rule } = roles;
  if (cue.reciprocal) return hasPartner(tree, verb, parts) ? [] : reciprocalCandidates(argumentOf(tree, placement, subjects).mentions, cue, confidence, `${rule}.reciprocal`);
  const target = argumentOf(tree, placement, to);
  if (target.mentions.length === 0 && STANCES.has(cue.type)) {
    return pairCandidates(argumentOf(tree, placement, from), argumentOf(tree, placement, ownersOf(tree, to)), cue.type, confidence * OWNER_PENALTY, `${rule}.owner`);
  }
  return pairCandidates(argumentOf(tree, placement, from), target, cue.type, confidence, rule);
}

/**
 * What a verb that is no stance does not do to the owner of its object: "häktade Kerenskis
 * ministrar" arrests the ministers, not Kerenski, so a word-order reading of that claim is a misreading.
 */
function ownerMisreadings(tree: DependencyTree, placement: MentionPlacement, verb: number, cue: LemmaCue): Candidate[] {
  const roles = verbRoles(tree, verb, cue);
  if (!roles || cue.reciprocal || STANCES.has(cue.type) || argumentOf(tree, placement, roles.to).mentions.length > 0) return [];
  return pairCandidates(argumentOf(tree, placement, roles.from), argumentOf(tree, placement, ownersOf(tree, roles.to)), cue.type, roles.confidence, `${roles.rule}.owner`);
}

/**
 * Whose thing a stance is taken towards, when the thing is no one: "erkände sovjets kommissarier",
 * "bekämpade bolsjevikernas agitation", "stödde Kerenskis politik" (support of or hostility to
 * someone's men, orders or policy is support of or hostility to them). Only for stances: to arrest
 * or lead someone's men is not to arrest or lead them.
 */
function ownersOf(tree: DependencyTree, words: readonly number[]): number[] {
  return words.flatMap((w) => dependentsOf(tree, w, 'nmod:poss'));
}

/** Whether the verb names someone it was done with or against ("förhandlade med Korniloff"): then its subjects did it together, not to each other. */
function hasPartner(tree: DependencyTree, verb: number, parts: readonly number[][]): boolean {
  const objects = dependentsOf(tree, verb, 'obj').filter((o) => !parts.flat().includes(o) && !REFLEXIVES.has(tree.words[o].norm));
  return objects.length > 0 || dependentsOf(tree, verb, 'obl').some((d) => caseWordsOf(tree, d).some((c) => PARTNER_CASES.has(c)));
}

/** Each of two or more coordinated subjects to each other ("X och Y drabbade samman"), once per pair. */
function reciprocalCandidates(subjects: readonly Mention[], cue: LemmaCue, confidence: number, rule: string): Candidate[] {
  return subjects.flatMap((subject, i) => subjects.slice(i + 1).map((object) => ({ subject, object, type: cue.type, confidence, rule })));
}

/**
 * The words of a multi-word cue ("sig", "över", "till"; "krig", "mot") among the verb's
 * dependents and theirs, each used once; undefined when one is missing. The last word may stand
 * more than once ("gick till sist över till dem"): every standing of it is kept, for the object.
 */
function cueParts(tree: DependencyTree, verb: number, after: readonly string[]): number[][] | undefined {
  const region = cueRegion(tree, verb);
  const parts: number[][] = [];
  for (const expected of after) {
    const found = region.filter((w) => !parts.flat().includes(w) && matchesPart(tree.words[w].norm, expected));
    if (found.length === 0) return undefined;
    parts.push(parts.length === after.length - 1 ? found : [found[0]]);
  }
  return parts;
}

function matchesPart(norm: string, expected: string): boolean {
  return norm === expected || (ARTICLES.has(expected) && ARTICLES.has(norm));
}

/** The words hanging from the verb within a few steps, not across into another clause or subject. */
function cueRegion(tree: DependencyTree, verb: number): number[] {
  const region: number[] = [];
  let frontier = [verb];
  for (let depth = 0; depth < CUE_PART_DEPTH; depth++) {
    frontier = frontier.flatMap((w) => dependentsOf(tree, w, ...CUE_PART_RELATIONS));
    region.push(...frontier);
  }
  return region.sort((a, b) => a - b);
}

/**
 * The cue's object: the nouns its last word marks as a preposition ("till bolsjevikerna"), else
 * the verb's direct object, never a reflexive or a word of the cue itself, else the genitive of a
 * cue word that is a noun ("kom till regeringens undsättning").
 */
function objectWords(tree: DependencyTree, verb: number, parts: readonly number[][]): number[] {
  const last = parts.at(-1) ?? [];
  const marked = last.filter((w) => attachedBy(tree, w, 'case')).flatMap((w) => headOf(tree, w) ?? []);
  if (marked.length > 0) return marked;
  const objects = dependentsOf(tree, verb, 'obj').filter((o) => !parts.flat().includes(o) && !REFLEXIVES.has(tree.words[o].norm));
  return objects.length > 0 ? objects : last.flatMap((w) => dependentsOf(tree, w, 'nmod:poss'));
}
