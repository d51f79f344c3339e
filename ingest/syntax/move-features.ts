/**
 * The features of the move model (SHIFT, LEFT, RIGHT): the words and tags on top of the stack and at
 * the head of the buffer, their dependents so far with their labels, distance and valency: the
 * feature set of Zhang & Nivre (2011), adapted to the arc-hybrid system.
 */
import { compileTemplates, pushFeatureKeys, templateRange } from './feature-templates';
import type { ParseState } from './parse-state';
import { argumentSet, distance, endingTagAt, labelAt, tagAt, valency, wordAt, type ParserView } from './parser-view';

/**
 * What a move feature can combine: words (w), tags (t), endings with tags (et), labels (l) at fixed
 * places of the state: the stack's top three (s0–s2), the buffer's first three (b0–b2), the
 * leftmost (l) and rightmost (r) dependents so far, and the second ones (l2, r2).
 */
const ATOMS = [
  's0w', 's0t', 's0et', 's1w', 's1t', 's1et', 's2t', 'b0w', 'b0t', 'b0et', 'b1w', 'b1t', 'b2t',
  's0lw', 's0lt', 's0ll', 's0l2l', 's0rw', 's0rt', 's0rl', 's0r2l', 's1lt', 's1ll', 's1rt', 's1rl', 'b0lw', 'b0lt', 'b0ll', 'b0l2l',
  // distances (s1 to s0, s0 to b0), valencies (dependents so far on each side), core relations so far
  'd01', 'd0b', 's0vl', 's0vr', 's1vr', 'b0vl', 's0set', 's1set', 'b0set',
] as const;
type Atom = (typeof ATOMS)[number];

export const MOVE_TEMPLATES = compileTemplates(ATOMS, [
  '',
  // single words
  's0w', 's0t', 's0w s0t', 's1w', 's1t', 's1w s1t', 'b0w', 'b0t', 'b0w b0t', 'b1w', 'b1t', 'b2t', 's2t', 's0et', 's1et', 'b0et',
  // pairs: the stack's top with the next word (LEFT), and with the word under it (RIGHT)
  's0w s0t b0w b0t', 's0w s0t b0w', 's0w b0w b0t', 's0w s0t b0t', 's0t b0w b0t', 's0w b0w', 's0t b0t', 'b0t b1t', 'b0w b1w',
  's1w s1t s0w s0t', 's1w s1t s0t', 's1t s0w s0t', 's1w s0w', 's1t s0t',
  // triples of tags
  'b0t b1t b2t', 's0t b0t b1t', 's1t s0t b0t', 's1t s0w b0t', 's2t s1t s0t', 's0t s0lt b0t', 's0t s0rt b0t', 's0t b0t b0lt',
  's1t s1rt s0t', 's1t s0t s0rt', 's1t s0t s0lt',
  // distance
  's0w d0b', 's0t d0b', 'b0w d0b', 'b0t d0b', 's0w b0w d0b', 's0t b0t d0b', 's1t s0t d01', 's1w s0t d01',
  // valency
  's0w s0vl', 's0t s0vl', 's0w s0vr', 's0t s0vr', 's1t s1vr', 'b0w b0vl', 'b0t b0vl',
  // dependents so far
  's0lw', 's0lt', 's0ll', 's0rw', 's0rt', 's0rl', 's1lt', 's1ll', 's1rl', 'b0lw', 'b0lt', 'b0ll',
  's0t s0ll s0l2l', 's0t s0rl s0r2l', 'b0t b0ll b0l2l', 's1t s1rl s0t',
  // which relations the words already have: a verb with a subject seldom takes another
  's0t s0set', 'b0t b0set', 's1t s1set',
]);

/** Every move template, read together. */
export const ALL_MOVE_TEMPLATES = templateRange(0, MOVE_TEMPLATES.atoms.length - 1);

/** The features of the state for choosing the next move, as string keys; pushed into `out` (cleared first). */
export function moveFeatures(view: ParserView, state: ParseState, out: string[]): string[] {
  out.length = 0;
  pushFeatureKeys(MOVE_TEMPLATES, ALL_MOVE_TEMPLATES, moveAtoms(view, state), out);
  return out;
}

/** The value of every atom in this state, in the order of ATOMS. */
export function moveAtoms(view: ParserView, state: ParseState): string[] {
  const [s0, s1, s2] = [state.stackAt(0), state.stackAt(1), state.stackAt(2)];
  const [b0, b1, b2] = [state.bufferAt(0), state.bufferAt(1), state.bufferAt(2)];
  const [s0l, s0r, s1l, s1r, b0l] = [state.leftChild(s0, 0), state.rightChild(s0, 0), state.leftChild(s1, 0), state.rightChild(s1, 0), state.leftChild(b0, 0)];
  const values: Record<Atom, string> = {
    s0w: wordAt(view, s0), s0t: tagAt(view, s0), s0et: endingTagAt(view, s0),
    s1w: wordAt(view, s1), s1t: tagAt(view, s1), s1et: endingTagAt(view, s1), s2t: tagAt(view, s2),
    b0w: wordAt(view, b0), b0t: tagAt(view, b0), b0et: endingTagAt(view, b0),
    b1w: wordAt(view, b1), b1t: tagAt(view, b1), b2t: tagAt(view, b2),
    s0lw: wordAt(view, s0l), s0lt: tagAt(view, s0l), s0ll: labelAt(state, s0l), s0l2l: labelAt(state, state.leftChild(s0, 1)),
    s0rw: wordAt(view, s0r), s0rt: tagAt(view, s0r), s0rl: labelAt(state, s0r), s0r2l: labelAt(state, state.rightChild(s0, 1)),
    s1lt: tagAt(view, s1l), s1ll: labelAt(state, s1l), s1rt: tagAt(view, s1r), s1rl: labelAt(state, s1r),
    b0lw: wordAt(view, b0l), b0lt: tagAt(view, b0l), b0ll: labelAt(state, b0l), b0l2l: labelAt(state, state.leftChild(b0, 1)),
    d01: distance(s1, s0), d0b: distance(s0, b0),
    s0vl: valency(state.leftChildren, s0), s0vr: valency(state.rightChildren, s0),
    s1vr: valency(state.rightChildren, s1), b0vl: valency(state.leftChildren, b0),
    s0set: argumentSet(state, s0), s1set: argumentSet(state, s1), b0set: argumentSet(state, b0),
  };
  return ATOMS.map((atom) => values[atom]);
}
