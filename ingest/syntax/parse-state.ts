/**
 * The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011), shared by parsing and
 * training: a stack of words still waiting for their head, with a virtual root at the bottom, and a
 * buffer of words not yet read.
 *
 * - SHIFT moves the next word onto the stack;
 * - LEFT makes the next word the head of the stack's top, and pops it;
 * - RIGHT makes the word under the top the head of the top, and pops it.
 *
 * Every word gets exactly one head when it is popped, so the result is always a tree. The root may
 * take its one dependent only at the very end (buffer empty, one word left on the stack), so every
 * sentence has exactly one root, as in UD.
 */

/** The virtual root at the bottom of the stack; also the head of the sentence's root word. */
export const ROOT = -1;
/** No word at that place (below the stack's bottom, past the buffer's end, no such child). */
export const NONE = -2;

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export type Move = typeof SHIFT | typeof LEFT | typeof RIGHT;
/** The moves that make an arc. */
export type ArcMove = typeof LEFT | typeof RIGHT;
export const MOVES: readonly Move[] = [SHIFT, LEFT, RIGHT];

export class ParseState {
  /** Word indices, top last; ROOT at the bottom. */
  readonly stack: number[] = [ROOT];
  /** The buffer is the words from `next` to the end. */
  next = 0;
  /** Each word's head once it has one (ROOT for the root word), else NONE. */
  readonly heads: Int32Array;
  readonly deprels: string[];
  /** Each word's dependents on its left, leftmost first, and on its right, rightmost last. */
  readonly leftChildren: number[][];
  readonly rightChildren: number[][];

  constructor(readonly length: number) {
    this.heads = new Int32Array(length).fill(NONE);
    this.deprels = new Array<string>(length).fill('');
    this.leftChildren = Array.from({ length }, () => []);
    this.rightChildren = Array.from({ length }, () => []);
  }

  isFinal(): boolean {
    return this.next === this.length && this.stack.length === 1;
  }

  /** The stack's k-th word from the top (0 = top), or NONE. */
  stackAt(k: number): number {
    const at = this.stack.length - 1 - k;
    return at >= 0 ? this.stack[at] : NONE;
  }

  /** The buffer's k-th word (0 = next), or NONE. */
  bufferAt(k: number): number {
    const at = this.next + k;
    return at < this.length ? at : NONE;
  }

  /** A word is on the stack when it has been read but has no head yet; the root always is, until the end. */
  isOnStack(word: number): boolean {
    return word === ROOT || (word >= 0 && word < this.next && this.heads[word] === NONE);
  }

  isLegal(move: Move): boolean {
    const depth = this.stack.length;
    if (move === SHIFT) return this.next < this.length;
    if (move === LEFT) return depth >= 2 && this.next < this.length;
    return depth >= 3 || (depth === 2 && this.next === this.length);
  }

  /** The [head, dependent] an arc move makes here. */
  arcOf(move: ArcMove): [number, number] {
    return [move === LEFT ? this.next : this.stackAt(1), this.stackAt(0)];
  }

  /** Applies a legal move; `deprel` labels the arc that LEFT or RIGHT makes. */
  apply(move: Move, deprel: string): void {
    if (move === SHIFT) {
      this.stack.push(this.next++);
      return;
    }
    const [head, dependent] = this.arcOf(move);
    this.stack.pop();
    this.heads[dependent] = head;
    this.deprels[dependent] = deprel;
    // LEFT attaches the stack's words right to left, so each new left child is the leftmost so far;
    // RIGHT attaches left to right, so each new right child is the rightmost.
    if (move === LEFT) this.leftChildren[head].unshift(dependent);
    else if (head !== ROOT) this.rightChildren[head].push(dependent);
  }

  /** The k-th leftmost dependent of `word` (0 = leftmost), or NONE. */
  leftChild(word: number, k: number): number {
    return word >= 0 ? (this.leftChildren[word][k] ?? NONE) : NONE;
  }

  /** The k-th rightmost dependent of `word` (0 = rightmost), or NONE. */
  rightChild(word: number, k: number): number {
    if (word < 0) return NONE;
    const children = this.rightChildren[word];
    return children[children.length - 1 - k] ?? NONE;
  }
}
