import { afterDecision, currentItem, moveCursor, remaining, replaceClaim, reviewCommand, startCursor } from '../../../client/src/curation/review-cursor';
import type { ClaimState, ReviewItem } from '../../../domain/curation';

function item(id: string, status: ClaimState['status'] = 'machine'): ReviewItem {
  const claim = { id, status, version: 0, type: 'OPPOSED', source: 'a', target: 'b' } as ClaimState;
  return { claim, sourceName: 'A', targetName: 'B', sentence: 'A opposed B.', centrality: 1 };
}

describe('review keys', () => {
  test.each([
    ['a', 'accept'],
    ['r', 'reject'],
    ['e', 'edit'],
    ['j', 'next'],
    ['k', 'previous'],
    ['x', null],
    ['A', null],
  ])('%s → %s', (key, command) => {
    expect(reviewCommand(key)).toBe(command);
  });
});

describe('the review cursor', () => {
  const items = [item('one'), item('two'), item('three')];

  test('j and k move within the queue and stop at its ends', () => {
    let cursor = startCursor(items);
    cursor = moveCursor(cursor, -1);
    expect(currentItem(cursor)?.claim.id).toBe('one');
    cursor = moveCursor(moveCursor(moveCursor(cursor, 1), 1), 1);
    expect(currentItem(cursor)?.claim.id).toBe('three');
  });

  test('a decision keeps the new state and moves to the next undecided claim, wrapping to earlier ones', () => {
    let cursor = startCursor(items);
    cursor = afterDecision(cursor, { ...items[0].claim, status: 'accepted', version: 1 });
    expect(currentItem(cursor)?.claim.id).toBe('two');
    expect(cursor.items[0].claim).toMatchObject({ status: 'accepted', version: 1 });
    cursor = moveCursor(cursor, 1);
    cursor = afterDecision(cursor, { ...items[2].claim, status: 'rejected', version: 1 });
    expect(currentItem(cursor)?.claim.id).toBe('two');
    expect(remaining(cursor)).toBe(1);
    cursor = afterDecision(cursor, { ...items[1].claim, status: 'accepted', version: 1 });
    expect(currentItem(cursor)?.claim.id).toBe('two');
    expect(remaining(cursor)).toBe(0);
  });

  test('a reloaded claim (after a 409) replaces the shown one', () => {
    const cursor = replaceClaim(startCursor(items), { ...items[0].claim, status: 'rejected', version: 4 });
    expect(currentItem(cursor)?.claim).toMatchObject({ status: 'rejected', version: 4 });
    expect(remaining(cursor)).toBe(2);
  });

  test('an empty queue has no current item', () => {
    expect(currentItem(moveCursor(startCursor([]), 1))).toBeUndefined();
  });
});
