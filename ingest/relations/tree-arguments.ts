/**
 * From a word of the dependency tree to the mentions it stands for. A verb's subject or object is
 * one word (the head of its noun phrase); the mention is the one covering that word, or a name
 * hanging from it ("the Lord Lieutenant, Lord Wimborne", "general Kornilov"), and every mention
 * coordinated with it ("Kerenski och Savinkoff") shares the role. A relative pronoun stands for
 * the noun its clause modifies ("regementet, som gick över till oss"), and a part stands for its
 * whole ("a squad of the Dublin police", "en del av garnisonen"). A personal pronoun ("han",
 * "them") stands for its antecedent, found as the word-order rules find it.
 */
import type { Mention } from '../../domain/types';
import type { Argument } from './candidate';
import { attachedBy, caseWordsOf, dependentsOf, headOf, type DependencyTree } from './dependency-tree';
import { detachedApposition } from './tree-apposition';
import { pronounAntecedents, type SentenceContext } from './pronouns';

/** The mentions of one sentence placed on its words. */
export interface MentionPlacement {
  /** The mention covering each word, by word index. */
  covering: ReadonlyMap<number, Mention>;
  /** The antecedent of each personal pronoun no mention covers, by word index. */
  antecedents: ReadonlyMap<number, Mention[]>;
}

/** Relations by which a name hangs from the noun that heads its phrase: apposition, names and titles. */
const NAME_RELATIONS = ['appos', 'flat', 'compound'];
/** Relative pronouns, lower case, in modern spelling. */
const RELATIVE_PRONOUNS = new Set(['som', 'vilken', 'vilket', 'vilka', 'who', 'whom', 'which', 'that']);
/** Nouns naming a part, a detachment or the leaders of a body, by lemma: what they do, the body does ("the leaders of the IRB met Connolly"). */
const PARTITIVES = new Set([
  'leader', 'squad', 'detachment', 'part', 'portion', 'proportion', 'majority', 'section', 'number', 'unit', 'body', 'company', 'remnant', 'contingent',
  'del', 'majoritet', 'flertal', 'flertalet', 'avdelning', 'trupp', 'skara', 'rest', 'kontingent', 'hälft',
]);
/** Prepositions joining a part to its whole. */
const PARTITIVE_CASES = new Set(['of', 'av', 'ur']);
/** Relations that open another clause, whose nouns may well be a pronoun's antecedent. */
const OTHER_CLAUSES = ['acl', 'advcl', 'ccomp', 'conj', 'parataxis', 'csubj', 'list'];
/** How deep coordination and apposition are followed: far enough for any list, never into a loop. */
const MAX_DEPTH = 8;

/**
 * Places mentions (offsets in `text`, the text the words were read from) on the words they
 * overlap, and finds the antecedents of the pronouns among the other words.
 *
 * @example
 * placeMentions(tree, { text, ordered: [kerenski] }).covering.get(0) // kerenski
 */
export function placeMentions(tree: DependencyTree, sentence: SentenceContext, previous: readonly SentenceContext[] = []): MentionPlacement {
  const covering = new Map<number, Mention>();
  const antecedents = new Map<number, Mention[]>();
  tree.words.forEach((word, i) => {
    const mention = sentence.ordered.find((m) => word.start < m.end && word.end > m.start);
    if (mention) covering.set(i, mention);
  });
  tree.words.forEach((word, i) => {
    if (word.upos !== 'PRON' || covering.has(i)) return;
    // Copies, so a reading through the pronoun is told from one of the name itself.
    const found = pronounAntecedents(sentence, word.start, word.norm, previous, clauseSubjects(tree, covering, i)).map((m) => ({ ...m }));
    if (found.length > 0) antecedents.set(i, found);
  });
  return { covering, antecedents };
}

/**
 * The mentions of the other arguments of the clause a pronoun stands in, never its antecedent:
 * for an object pronoun the clause's subject ("Kerenski häktade honom"), for a subject pronoun
 * the nouns of the rest of its clause ("ryckte han ned mot Gallas": not Gallas).
 */
function clauseSubjects(tree: DependencyTree, covering: ReadonlyMap<number, Mention>, pronoun: number): Set<Mention> {
  const clause = headOf(tree, pronoun);
  if (clause === undefined) return new Set();
  if (!attachedBy(tree, pronoun, 'nsubj')) return new Set(dependentsOf(tree, clause, 'nsubj').flatMap((s) => covering.get(s) ?? []));
  return new Set(clauseWords(tree, clause, pronoun).flatMap((w) => covering.get(w) ?? []));
}

/** The words of a clause below its head, not into other clauses, nor into the subject `pronoun` stands in. */
function clauseWords(tree: DependencyTree, head: number, pronoun: number): number[] {
  const words: number[] = [];
  let frontier = [head];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    frontier = frontier.flatMap((w) => tree.dependents[w]).filter((d) => d !== pronoun && !attachedBy(tree, d, ...OTHER_CLAUSES));
    words.push(...frontier);
  }
  return words;
}

/**
 * The mentions word `i` stands for as an argument: its own mention or a name in apposition to
 * it, a relative pronoun's antecedent, and each conjunct coordinated with it.
 *
 * @example
 * argumentMentions(tree, placement, indexOf('Kerenski')) // [Kerenski, Savinkoff] in "Kerenski och Savinkoff stödde …"
 */
export function argumentMentions(tree: DependencyTree, placement: MentionPlacement, i: number, depth = 0): Mention[] {
  if (depth > MAX_DEPTH) return [];
  const word = antecedentOf(tree, i) ?? i;
  const own = placement.covering.get(word);
  const named = own ? [own] : (placement.antecedents.get(word) ?? namedMentions(tree, placement, word, depth));
  const conjuncts = dependentsOf(tree, word, 'conj').flatMap((c) => argumentMentions(tree, placement, c, depth + 1));
  return [...new Set([...named, ...conjuncts])];
}

/** What a word no mention covers stands for: the names hanging from it or its whole, else a name the parser set beside it. */
function namedMentions(tree: DependencyTree, placement: MentionPlacement, i: number, depth: number): Mention[] {
  const named = [...nameDependents(tree, i), ...wholeOf(tree, i)].flatMap((d) => nameMentions(tree, placement, d, depth + 1));
  if (named.length > 0) return named;
  const detached = detachedApposition(tree, i);
  return detached === undefined ? [] : argumentMentions(tree, placement, detached, depth + 1);
}

/**
 * The names hanging from word `i`: by apposition, flat or compound, or as a proper noun the
 * parser hung by a bare `nmod` with no preposition ("the Lord Lieutenant, Lord Wimborne" parsed
 * with Wimborne under Lieutenant): without a preposition, an nmod is no modifier of place or owner.
 */
function nameDependents(tree: DependencyTree, i: number): number[] {
  const bare = tree.dependents[i].filter((d) => tree.arcs[d].deprel === 'nmod' && tree.words[d].upos === 'PROPN' && caseWordsOf(tree, d).length === 0);
  return [...dependentsOf(tree, i, ...NAME_RELATIONS), ...bare];
}

/** The body a partitive noun is a part of: "of the Dublin police" in "a squad of the Dublin police". */
function wholeOf(tree: DependencyTree, i: number): number[] {
  const word = tree.words[i];
  if (!PARTITIVES.has(word.lemma ?? word.norm)) return [];
  return dependentsOf(tree, i, 'nmod').filter((d) => dependentsOf(tree, d, 'case').some((c) => PARTITIVE_CASES.has(tree.words[c].norm)));
}

/** A name hanging from a title or common noun, itself perhaps a title before a further name. */
function nameMentions(tree: DependencyTree, placement: MentionPlacement, i: number, depth: number): Mention[] {
  if (depth > MAX_DEPTH) return [];
  const own = placement.covering.get(i);
  if (own) return [own];
  return nameDependents(tree, i).flatMap((d) => nameMentions(tree, placement, d, depth + 1));
}

/**
 * The noun a relative pronoun stands for: the head of the relative clause it opens ("som" in
 * "regementet, som gick över" stands for "regementet"). Undefined for any other word.
 */
export function antecedentOf(tree: DependencyTree, i: number): number | undefined {
  const word = tree.words[i];
  if (word.upos !== 'PRON' || !RELATIVE_PRONOUNS.has(word.norm)) return undefined;
  let clause = headOf(tree, i);
  for (let depth = 0; clause !== undefined && depth < MAX_DEPTH; depth++) {
    if (attachedBy(tree, clause, 'acl')) return headOf(tree, clause);
    if (!attachedBy(tree, clause, 'conj')) return undefined;
    clause = headOf(tree, clause);
  }
  return undefined;
}

/** The mentions standing for some words, as one coordinated argument. */
export function argumentOf(tree: DependencyTree, placement: MentionPlacement, words: readonly number[]): Argument {
  const mentions = [...new Set(words.flatMap((w) => argumentMentions(tree, placement, w)))];
  return { mentions, start: Math.min(...mentions.map((m) => m.start)), end: Math.max(...mentions.map((m) => m.end)) };
}
