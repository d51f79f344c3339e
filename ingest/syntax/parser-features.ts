/**
 * The parser's features: what its two perceptrons look at. Written once and used by both training
 * and parsing, so the two can never disagree.
 *
 * - The move model (SHIFT, LEFT, RIGHT) sees the words and tags on top of the stack and at the head
 *   of the buffer, their dependents so far with their labels, distance and valency: the feature set
 *   of Zhang & Nivre (2011), adapted to the arc-hybrid system.
 * - The label model names each arc when it is made. In the arc-hybrid system a word is attached
 *   only after all its own dependents, so it sees them all: a "by"/"av" case child tells obl:agent,
 *   an aux:pass child of the head tells nsubj:pass.
 *
 * Word endings stand in for morphology the tagger does not give: the Swedish -s passive
 * ("arresterades"), English -ed/-ing.
 */
import { normaliseWord } from './features';
import { NONE, ROOT, type ParseState } from './parse-state';

/** Per-sentence values computed once, before parsing. */
export interface ParserView {
  /** Lower-cased words, numbers folded to a digit shape. */
  words: string[];
  tags: string[];
  /** The last three letters of each lower-cased word. */
  endings: string[];
}

export function viewForParsing(forms: readonly string[], tags: readonly string[]): ParserView {
  const words = forms.map((form) => normaliseWord(form.toLowerCase()));
  return { words, tags: [...tags], endings: words.map((word) => word.slice(-3)) };
}

function wordAt(view: ParserView, i: number): string {
  return i >= 0 ? view.words[i] : i === ROOT ? '<root>' : '<none>';
}

function tagAt(view: ParserView, i: number): string {
  return i >= 0 ? view.tags[i] : i === ROOT ? '<root>' : '<none>';
}

function labelAt(state: ParseState, i: number): string {
  return i >= 0 ? state.deprels[i] || '<unlabelled>' : '<none>';
}

/** Distance in words, in buckets: 1, 2, 3, 4, 5–9, 10+. */
function distance(from: number, to: number): string {
  if (from < 0 || to < 0) return '-';
  const d = Math.abs(to - from);
  return d < 5 ? String(d) : d < 10 ? '5' : '10';
}

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

/** "name: atoms": each feature is its name followed by the values of its atoms in this state. */
const MOVE_TEMPLATES = [
  // single words
  's0w: s0w', 's0t: s0t', 's0wt: s0w s0t', 's1w: s1w', 's1t: s1t', 's1wt: s1w s1t',
  'b0w: b0w', 'b0t: b0t', 'b0wt: b0w b0t', 'b1w: b1w', 'b1t: b1t', 'b2t: b2t', 's2t: s2t',
  's0e: s0et', 's1e: s1et', 'b0e: b0et',
  // pairs: the stack's top with the next word (LEFT), and with the word under it (RIGHT)
  's0wt.b0wt: s0w s0t b0w b0t', 's0wt.b0w: s0w s0t b0w', 's0w.b0wt: s0w b0w b0t', 's0wt.b0t: s0w s0t b0t',
  's0t.b0wt: s0t b0w b0t', 's0w.b0w: s0w b0w', 's0t.b0t: s0t b0t', 'b0t.b1t: b0t b1t', 'b0w.b1w: b0w b1w',
  's1wt.s0wt: s1w s1t s0w s0t', 's1wt.s0t: s1w s1t s0t', 's1t.s0wt: s1t s0w s0t', 's1w.s0w: s1w s0w', 's1t.s0t: s1t s0t',
  // triples of tags
  'b0t.b1t.b2t: b0t b1t b2t', 's0t.b0t.b1t: s0t b0t b1t', 's1t.s0t.b0t: s1t s0t b0t', 's1t.s0w.b0t: s1t s0w b0t',
  's2t.s1t.s0t: s2t s1t s0t', 's0t.s0lt.b0t: s0t s0lt b0t', 's0t.s0rt.b0t: s0t s0rt b0t', 's0t.b0t.b0lt: s0t b0t b0lt',
  's1t.s1rt.s0t: s1t s1rt s0t', 's1t.s0t.s0rt: s1t s0t s0rt', 's1t.s0t.s0lt: s1t s0t s0lt',
  // distance
  's0w.d: s0w d0b', 's0t.d: s0t d0b', 'b0w.d: b0w d0b', 'b0t.d: b0t d0b', 's0w.b0w.d: s0w b0w d0b',
  's0t.b0t.d: s0t b0t d0b', 's1t.s0t.d: s1t s0t d01', 's1w.s0t.d: s1w s0t d01',
  // valency
  's0w.vl: s0w s0vl', 's0t.vl: s0t s0vl', 's0w.vr: s0w s0vr', 's0t.vr: s0t s0vr', 's1t.vr: s1t s1vr',
  'b0w.vl: b0w b0vl', 'b0t.vl: b0t b0vl',
  // dependents so far
  's0lw: s0lw', 's0lt: s0lt', 's0ll: s0ll', 's0rw: s0rw', 's0rt: s0rt', 's0rl: s0rl', 's1lt: s1lt', 's1ll: s1ll',
  's1rl: s1rl', 'b0lw: b0lw', 'b0lt: b0lt', 'b0ll: b0ll', 's0t.s0ll.s0l2l: s0t s0ll s0l2l',
  's0t.s0rl.s0r2l: s0t s0rl s0r2l', 'b0t.b0ll.b0l2l: b0t b0ll b0l2l', 's1t.s1rl.s0t: s1t s1rl s0t',
  // which relations the words already have: a verb with a subject seldom takes another
  's0t.sl: s0t s0set', 'b0t.ll: b0t b0set', 's1t.sl: s1t s1set',
];

/** The templates as [name, atom indices], checked once when the module loads. */
const COMPILED: readonly [string, number[]][] = MOVE_TEMPLATES.map((template) => {
  const [name, atoms] = template.split(': ');
  const indices = atoms.split(' ').map((atom) => ATOMS.indexOf(atom as Atom));
  if (indices.includes(-1)) throw new Error(`parser feature template with an unknown atom: ${template}`);
  return [name, indices];
});

/** The features of the state for choosing the next move, pushed into `out` (cleared first). */
export function moveFeatures(view: ParserView, state: ParseState, out: string[]): string[] {
  const values = atomValues(view, state);
  out.length = 0;
  out.push('b');
  for (const [name, indices] of COMPILED) {
    let feature = name;
    for (const index of indices) feature += ' ' + values[index];
    out.push(feature);
  }
  return out;
}

/** The value of every atom in this state, in the order of ATOMS. */
function atomValues(view: ParserView, state: ParseState): string[] {
  const [s0, s1, s2] = [state.stackAt(0), state.stackAt(1), state.stackAt(2)];
  const [b0, b1, b2] = [state.bufferAt(0), state.bufferAt(1), state.bufferAt(2)];
  const [s0l, s0r, s1l, s1r, b0l] = [state.leftChild(s0, 0), state.rightChild(s0, 0), state.leftChild(s1, 0), state.rightChild(s1, 0), state.leftChild(b0, 0)];
  const endingAndTag = (i: number) => (i >= 0 ? view.endings[i] + ' ' + view.tags[i] : tagAt(view, i));
  const values: Record<Atom, string> = {
    s0w: wordAt(view, s0), s0t: tagAt(view, s0), s0et: endingAndTag(s0),
    s1w: wordAt(view, s1), s1t: tagAt(view, s1), s1et: endingAndTag(s1), s2t: tagAt(view, s2),
    b0w: wordAt(view, b0), b0t: tagAt(view, b0), b0et: endingAndTag(b0),
    b1w: wordAt(view, b1), b1t: tagAt(view, b1), b2t: tagAt(view, b2),
    s0lw: wordAt(view, s0l), s0lt: tagAt(view, s0l), s0ll: labelAt(state, s0l), s0l2l: labelAt(state, state.leftChild(s0, 1)),
    s0rw: wordAt(view, s0r), s0rt: tagAt(view, s0r), s0rl: labelAt(state, s0r), s0r2l: labelAt(state, state.rightChild(s0, 1)),
    s1lt: tagAt(view, s1l), s1ll: labelAt(state, s1l), s1rt: tagAt(view, s1r), s1rl: labelAt(state, s1r),
    b0lw: wordAt(view, b0l), b0lt: tagAt(view, b0l), b0ll: labelAt(state, b0l), b0l2l: labelAt(state, state.leftChild(b0, 1)),
    d01: distance(s1, s0), d0b: distance(s0, b0),
    s0vl: valency(state.leftChildren, s0), s0vr: valency(state.rightChildren, s0),
    s1vr: valency(state.rightChildren, s1), b0vl: valency(state.leftChildren, b0),
    s0set: labelSet(state, s0), s1set: labelSet(state, s1), b0set: labelSet(state, b0),
  };
  return ATOMS.map((atom) => values[atom]);
}

function valency(children: readonly number[][], word: number): string {
  return word >= 0 ? String(Math.min(children[word].length, 4)) : '-';
}

/** The core argument relations among a word's dependents so far, in a fixed order. */
function labelSet(state: ParseState, word: number): string {
  if (word < 0) return '-';
  let set = '';
  for (const child of state.leftChildren[word]) set += argumentMark(state.deprels[child]);
  set += '|';
  for (const child of state.rightChildren[word]) set += argumentMark(state.deprels[child]);
  return set;
}

/** One letter for the relations that limit what else a word may take, nothing for the rest. */
function argumentMark(deprel: string): string {
  const base = deprel.split(':')[0];
  return base === 'nsubj' ? 's' : base === 'obj' ? 'o' : base === 'iobj' ? 'i' : base === 'aux' ? 'a' : base === 'cop' ? 'c' : base === 'mark' ? 'm' : '';
}

/**
 * The features for naming the arc from `head` to `dependent`, pushed into `out` (cleared first).
 * All of the dependent's own dependents are known by now; the head's are known so far.
 */
export function labelFeatures(view: ParserView, state: ParseState, head: number, dependent: number, out: string[]): string[] {
  out.length = 0;
  const hw = wordAt(view, head);
  const ht = tagAt(view, head);
  const dw = wordAt(view, dependent);
  const dt = tagAt(view, dependent);
  const side = dependent < head ? 'L' : 'R';
  const far = distance(head, dependent);
  out.push(
    'b',
    'side ' + side,
    'dw ' + dw,
    'dt ' + side + ' ' + dt,
    'dwt ' + side + ' ' + dw + ' ' + dt,
    'de ' + view.endings[dependent] + ' ' + dt,
    'hw ' + hw,
    'ht ' + side + ' ' + ht,
    'hwt ' + side + ' ' + hw + ' ' + ht,
    'he ' + (head >= 0 ? view.endings[head] : '-') + ' ' + ht,
    'ht.dt ' + side + ' ' + ht + ' ' + dt,
    'hw.dt ' + side + ' ' + hw + ' ' + dt,
    'ht.dw ' + side + ' ' + ht + ' ' + dw,
    'hw.dw ' + hw + ' ' + dw,
    'he.dt ' + side + ' ' + (head >= 0 ? view.endings[head] : '-') + ' ' + ht + ' ' + dt,
    'ht.dt.far ' + side + ' ' + ht + ' ' + dt + ' ' + far,
    'dt.next ' + dt + ' ' + tagAt(view, dependent + 1 < view.tags.length ? dependent + 1 : NONE),
    'dt.prev ' + dt + ' ' + tagAt(view, dependent > 0 ? dependent - 1 : NONE),
    'dt.hl ' + dt + ' ' + ht + ' ' + labelAt(state, state.leftChild(head, 0)),
  );
  for (const child of [...state.leftChildren[dependent], ...state.rightChildren[dependent]]) {
    const deprel = state.deprels[child];
    out.push('dc ' + dt + ' ' + deprel);
    // The word of a case marker or conjunction decides much: "by" → obl:agent, "that" → ccomp.
    if (deprel === 'case' || deprel === 'mark' || deprel === 'cc') out.push('dcw ' + dt + ' ' + deprel + ' ' + view.words[child]);
  }
  if (head >= 0) {
    for (const child of [...state.leftChildren[head], ...state.rightChildren[head]]) {
      const deprel = state.deprels[child];
      out.push('hc ' + side + ' ' + dt + ' ' + deprel);
      if (deprel.startsWith('aux') || deprel === 'cop') out.push('hcw ' + side + ' ' + dt + ' ' + deprel + ' ' + view.words[child]);
    }
  }
  return out;
}
