/**
 * Negation read from the tree: a verb with a negating adverb ("gick inte över", "did not join"),
 * a verb governed by one of refusal or failure ("vägrade att stödja", "refused to support"), or
 * by a negated verb ("did not decide to join"), and a clause opened by "utan att"/"without"
 * states no positive claim, nor one opened by "från att"/"from" (kept from happening); nor does a supposed one, opened by "if"/"om"/"unless" ("only if the
 * government attempted to suppress the Volunteers"). The word lists are of function words, not of the cues.
 */
import { attachedBy, dependentsOf, headOf, type DependencyTree } from './dependency-tree';

const NEGATORS = new Set(['not', "n't", 'never', 'inte', 'icke', 'ej', 'aldrig', 'ingalunda', 'ingenstädes']);
/** Verbs whose complement did not happen, by lemma. */
const REFUSALS = new Set([
  'refuse', 'decline', 'fail', 'hesitate', 'neglect', 'avoid',
  'vägra', 'avböja', 'underlåta', 'försumma', 'misslyckas', 'tveka', 'undvika',
]);
/** Words after a negator that make it a contrast, not a denial: "not only … but", "inte bara … utan". */
const CONTRASTIVE = new Set(['only', 'merely', 'just', 'bara', 'endast', 'blott', 'enbart']);
/**
 * Subordinators of a clause that did not happen: "utan att stödja", "without joining", "instead
 * of", and the act someone is kept from: "hindrade honom från att förena sig", "prevented them from joining".
 */
const WITHOUT = new Set(['utan', 'without', 'instead', 'från', 'from']);
/** Subordinators of a clause that is only supposed. ("om" is also "about"; as a subordinator it marks a clause.) */
const CONDITIONAL = new Set(['if', 'unless', 'om', 'ifall', 'såvida', 'försåvitt']);
/** How many controlling verbs up a refusal or negation is looked for. */
const MAX_CLAUSES = 4;

/**
 * Whether verb (or predicate noun) `i` is negated or refused.
 *
 * @example
 * isNegatedInTree(tree('The garrison refused to support Kerensky.'), indexOf('support')) // true
 */
export function isNegatedInTree(tree: DependencyTree, i: number): boolean {
  if (hasNegator(tree, i)) return true;
  if (dependentsOf(tree, i, 'mark', 'case').some((m) => WITHOUT.has(tree.words[m].norm))) return true;
  let clause = i;
  for (let depth = 0; depth < MAX_CLAUSES; depth++) {
    if (isSupposed(tree, clause)) return true;
    if (!attachedBy(tree, clause, 'xcomp', 'ccomp', 'conj')) return false;
    const head = headOf(tree, clause);
    if (head === undefined) return false;
    const lemma = tree.words[head].lemma ?? tree.words[head].norm;
    const governs = !attachedBy(tree, clause, 'conj');
    if (governs && (REFUSALS.has(lemma) || REFUSALS.has(tree.words[head].norm) || hasNegator(tree, head))) return true;
    clause = head;
  }
  return false;
}

/** A clause opened by "if"/"om": what it says is supposed, not stated. */
function isSupposed(tree: DependencyTree, clause: number): boolean {
  return dependentsOf(tree, clause, 'mark').some((m) => CONDITIONAL.has(tree.words[m].norm));
}

function hasNegator(tree: DependencyTree, i: number): boolean {
  return dependentsOf(tree, i, 'advmod', 'neg', 'aux').some((d) => NEGATORS.has(tree.words[d].norm) && !CONTRASTIVE.has(tree.words[d + 1]?.norm ?? ''));
}
