/**
 * Walking the review queue: which item is shown, moving with j/k, and what a decision does (the
 * item keeps its new state, so k goes back to it, and the cursor moves on to the next claim still
 * undecided). Pure, so the keyboard walk is tested without a browser.
 */
import type { ClaimState, ReviewItem } from '../../../domain/curation';

/** The review mode's keys: a accept, r reject, e edit, j next, k previous. */
export type ReviewCommand = 'accept' | 'reject' | 'edit' | 'next' | 'previous';

const KEYS: Record<string, ReviewCommand> = { a: 'accept', r: 'reject', e: 'edit', j: 'next', k: 'previous' };

/** @example reviewCommand('j') // 'next'; reviewCommand('x') // null */
export function reviewCommand(key: string): ReviewCommand | null {
  return KEYS[key] ?? null;
}

export interface ReviewCursor {
  items: ReviewItem[];
  index: number;
}

export function startCursor(items: ReviewItem[]): ReviewCursor {
  return { items, index: 0 };
}

export function currentItem(cursor: ReviewCursor): ReviewItem | undefined {
  return cursor.items[cursor.index];
}

/** @example moveCursor({ items: [a, b], index: 0 }, 1).index // 1; at either end it stays */
export function moveCursor(cursor: ReviewCursor, step: 1 | -1): ReviewCursor {
  const index = Math.min(Math.max(cursor.index + step, 0), Math.max(cursor.items.length - 1, 0));
  return { ...cursor, index };
}

/** The current item with its claim replaced (after a 409, the state the server holds now). */
export function replaceClaim(cursor: ReviewCursor, claim: ClaimState): ReviewCursor {
  const items = cursor.items.map((item) => (item.claim.id === claim.id ? { ...item, claim } : item));
  return { ...cursor, items };
}

/** After a decision: the claim's new state kept, the cursor on the next undecided claim (or where it was when none is left). */
export function afterDecision(cursor: ReviewCursor, claim: ClaimState): ReviewCursor {
  const replaced = replaceClaim(cursor, claim);
  const undecided = (index: number): boolean => replaced.items[index]?.claim.status === 'machine';
  for (let index = cursor.index + 1; index < replaced.items.length; index += 1) if (undecided(index)) return { ...replaced, index };
  for (let index = 0; index < cursor.index; index += 1) if (undecided(index)) return { ...replaced, index };
  return replaced;
}

/** How many of the loaded items are still undecided. */
export function remaining(cursor: ReviewCursor): number {
  return cursor.items.filter((item) => item.claim.status === 'machine').length;
}
