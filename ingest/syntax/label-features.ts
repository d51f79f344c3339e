/**
 * The features of the label model, which names each arc when it is made. In the arc-hybrid system a
 * word is attached only after all its own dependents, so it sees them all: a "by"/"av" case child
 * tells obl:agent, an aux:pass child of the head tells nsubj:pass.
 *
 * Features come in groups: those of the arc itself, then one group per dependent of the dependent
 * and one per dependent of the head so far (the child atoms cl, cw change from child to child).
 */
import { compileTemplates, pushFeatureKeys, templateRange } from './feature-templates';
import { NONE, type ParseState } from './parse-state';
import { distance, endingTagAt, labelAt, tagAt, wordAt, type ParserView } from './parser-view';

/**
 * Side of the dependent (L, R); words (w), tags (t), endings with tags (et) of dependent (d) and head
 * (h); their distance; the tags next to the dependent; the head's leftmost label so far; a child's
 * label and word.
 */
const ATOMS = ['side', 'dw', 'dt', 'det', 'hw', 'ht', 'het', 'far', 'dnt', 'dpt', 'hll', 'cl', 'cw'] as const;
type Atom = (typeof ATOMS)[number];

export const LABEL_TEMPLATES = compileTemplates(ATOMS, [
  // the arc (0–18)
  '', 'side', 'dw', 'side dt', 'side dw dt', 'det', 'hw', 'side ht', 'side hw ht', 'het', 'side ht dt', 'side hw dt',
  'side ht dw', 'hw dw', 'side het dt', 'side ht dt far', 'dt dnt', 'dt dpt', 'dt ht hll',
  // each dependent of the dependent (19), with its word if a case marker or conjunction (20–21): "by" → obl:agent,
  // "that" → ccomp; a case marker with the head's ending: "av" under a verb in -des is the passive's agent
  'dt cl', 'dt cl cw', 'cw het',
  // each dependent of the head so far (22), with its word if an auxiliary or copula (23)
  'side dt cl', 'side dt cl cw',
]);

const ARC = templateRange(0, 18);
const DEPENDENT_CHILD = [19];
const DEPENDENT_MARKER = [19, 20];
const DEPENDENT_CASE = [19, 20, 21];
const HEAD_CHILD = [22];
const HEAD_AUXILIARY = [22, 23];

/** Receives each group of features: the templates to read, and the atoms' values for them. */
export type LabelFeatureVisitor = (templates: readonly number[], values: readonly string[]) => void;

/** Visits the feature groups of the arc from `head` (a word, not the root) to `dependent`. */
export function visitLabelFeatures(view: ParserView, state: ParseState, head: number, dependent: number, visit: LabelFeatureVisitor): void {
  const values: Record<Atom, string> = {
    side: dependent < head ? 'L' : 'R',
    dw: wordAt(view, dependent), dt: tagAt(view, dependent), det: endingTagAt(view, dependent),
    hw: wordAt(view, head), ht: tagAt(view, head), het: endingTagAt(view, head),
    far: distance(head, dependent),
    dnt: tagAt(view, dependent + 1 < view.tags.length ? dependent + 1 : NONE),
    dpt: tagAt(view, dependent > 0 ? dependent - 1 : NONE),
    hll: labelAt(state, state.leftChild(head, 0)),
    cl: '', cw: '',
  };
  const ordered = () => ATOMS.map((atom) => values[atom]);
  visit(ARC, ordered());
  for (const child of [...state.leftChildren[dependent], ...state.rightChildren[dependent]]) {
    values.cl = state.deprels[child];
    values.cw = view.words[child];
    visit(values.cl === 'case' ? DEPENDENT_CASE : values.cl === 'mark' || values.cl === 'cc' ? DEPENDENT_MARKER : DEPENDENT_CHILD, ordered());
  }
  for (const child of [...state.leftChildren[head], ...state.rightChildren[head]]) {
    values.cl = state.deprels[child];
    values.cw = view.words[child];
    visit(values.cl.startsWith('aux') || values.cl === 'cop' ? HEAD_AUXILIARY : HEAD_CHILD, ordered());
  }
}

/** The label features of an arc as string keys, for training; pushed into `out` (cleared first). */
export function labelFeatures(view: ParserView, state: ParseState, head: number, dependent: number, out: string[]): string[] {
  out.length = 0;
  visitLabelFeatures(view, state, head, dependent, (templates, values) => pushFeatureKeys(LABEL_TEMPLATES, templates, values, out));
  return out;
}
