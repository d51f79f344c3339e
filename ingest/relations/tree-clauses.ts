/**
 * The roles around a verb in the dependency tree: its subject (its own, or carried from the
 * clause it depends on), its voice, and a passive's agent. A subject is carried to a verb that
 * has none of its own: along coordination ("Cromwell fought the Royalists and defeated the
 * Scots"), into a controlled infinitive ("beslöt att ansluta sig till", "decided to join"; the
 * object controls after "ordered X to" and in what X is kept from: "hindrade X från att"), into a participle or adverbial clause ("…, taking X into
 * custody"), and from the noun a participle modifies ("Kornilov, supported by the Cossacks", "den av
 * Kerenski ledda regeringen") or stands in apposition to ("the council, consisting of A and B"; the whole noun phrase, not a
 * preposition's object inside it).
 */
import { attachedBy, caseWordsOf, dependentsOf, headOf, type DependencyTree } from './dependency-tree';

/** The words filling a role, and whether they were carried from another clause. */
export interface RoleWords {
  words: number[];
  carried: boolean;
}

/** Prepositions that mark a passive's agent ("utaf" is an older "av"). */
const AGENT_MARKERS = new Set(['av', 'utaf', 'by']);
/** Markers of a clause of what the object is kept from. */
const KEPT_FROM = new Set(['från', 'from']);
/** How many clauses up a subject is looked for. */
const MAX_CLAUSES = 6;

const NONE: RoleWords = { words: [], carried: false };

/**
 * The grammatical subject of verb `i` (the patient when it is passive).
 *
 * @example
 * subjectOf(tree('Cromwell fought the Royalists and defeated the Scots.'), indexOf('defeated'))
 * // { words: [indexOf('Cromwell')], carried: true }
 */
export function subjectOf(tree: DependencyTree, i: number, depth = 0): RoleWords {
  const own = dependentsOf(tree, i, 'nsubj');
  if (own.length > 0) return { words: own, carried: depth > 0 };
  const head = headOf(tree, i);
  if (head === undefined || depth >= MAX_CLAUSES) return NONE;
  if (attachedBy(tree, i, 'xcomp') || isKeptFrom(tree, i)) {
    const controller = dependentsOf(tree, head, 'obj');
    return controller.length > 0 ? { words: controller, carried: true } : subjectOf(tree, head, depth + 1);
  }
  if (attachedBy(tree, i, 'conj') || attachedBy(tree, i, 'advcl')) return subjectOf(tree, head, depth + 1);
  if (attachedBy(tree, i, 'appos')) return { words: [phraseHead(tree, head)], carried: true };
  if (attachedBy(tree, i, 'acl', 'amod') && !attachedBy(tree, i, 'acl:relcl')) return { words: [head], carried: true };
  return NONE;
}

/** A clause of what someone is kept from ("hindrade honom från att fly", "prevented them from joining"): its subject is the object of the verb it hangs from. */
function isKeptFrom(tree: DependencyTree, i: number): boolean {
  return attachedBy(tree, i, 'advcl') && dependentsOf(tree, i, 'mark', 'case').some((m) => KEPT_FROM.has(tree.words[m].norm));
}

/**
 * The noun a phrase set off by a comma is said of: the head of the whole noun phrase, not the
 * object of a preposition inside it ("a Military Council within the IRB, consisting of …").
 */
function phraseHead(tree: DependencyTree, noun: number): number {
  let word = noun;
  for (let depth = 0; depth < MAX_CLAUSES && attachedBy(tree, word, 'nmod') && caseWordsOf(tree, word).length > 0; depth++) {
    word = headOf(tree, word) ?? word;
  }
  return word;
}

/**
 * Whether verb `i` is passive: a passive subject or auxiliary, a marked agent, a Swedish -s form
 * ("arresterades"), or a participle with a "by"/"av" phrase and no object ("ledda av Mannerheim").
 */
export function isPassive(tree: DependencyTree, i: number): boolean {
  if (dependentsOf(tree, i, 'nsubj:pass', 'aux:pass', 'obl:agent').length > 0) return true;
  const word = tree.words[i];
  if (word.lemma && !word.lemma.endsWith('s') && /[^s]s$/u.test(word.norm) && isSwedishVerbForm(word.norm, word.lemma)) return true;
  return agentsOf(tree, i).length > 0 && dependentsOf(tree, i, 'obj', 'nsubj').length === 0;
}

/** A Swedish -s passive of the lemma: the form, without its -s, starts with the lemma's stem. */
function isSwedishVerbForm(form: string, lemma: string): boolean {
  return lemma.endsWith('a') && form.startsWith(lemma.slice(0, -1)) && form.length > lemma.length;
}

/** The agent of passive verb `i`: "av Kerenski", "by the Soviet". */
export function agentsOf(tree: DependencyTree, i: number): number[] {
  return [
    ...dependentsOf(tree, i, 'obl:agent'),
    ...dependentsOf(tree, i, 'obl', 'nmod').filter((d) => !attachedBy(tree, d, 'obl:agent') && caseWordsOf(tree, d).some((c) => AGENT_MARKERS.has(c))),
  ];
}

