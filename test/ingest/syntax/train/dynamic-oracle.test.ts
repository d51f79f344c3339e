import { MOVES, ParseState, ROOT, SHIFT, type Move } from '../../../../ingest/syntax/parse-state';
import { treebankSplit } from '../../../../ingest/syntax/treebank-split';
import { moveCost } from '../../../../ingest/syntax/train/dynamic-oracle';
import { isProjective, projectivise } from '../../../../ingest/syntax/train/projectivise';

/** Follows a zero-cost move (the first allowed, or one chosen by `pick`) until the end; returns the heads built. */
function followOracle(gold: readonly number[], pick: (zeroCost: Move[], step: number) => Move = (moves) => moves[0]): number[] {
  const state = new ParseState(gold.length);
  for (let step = 0; !state.isFinal(); step++) {
    const zeroCost = MOVES.filter((move) => state.isLegal(move) && moveCost(state, gold, move) === 0);
    expect(zeroCost.length).toBeGreaterThan(0);
    state.apply(pick(zeroCost, step), 'x');
  }
  return [...state.heads];
}

describe('dynamic oracle (arc-hybrid)', () => {
  // "Kerenski arresterade Korniloff ." : 1 is the root; 0, 2 and 3 hang from it.
  const gold = [1, ROOT, 1, 1];

  test('zero-cost moves alone rebuild the gold tree', () => {
    expect(followOracle(gold)).toEqual(gold);
  });

  test('a wrong move is charged the arcs it makes unreachable', () => {
    const state = new ParseState(4);
    state.apply(SHIFT, '');
    // SHIFT would push "arresterade" over its dependent "Kerenski", which then can no longer hang
    // from it, nor can "arresterade" reach the root under "Kerenski": two arcs lost.
    expect(moveCost(state, gold, SHIFT)).toBe(2);
    expect(moveCost(state, gold, 1)).toBe(0);
  });

  test('after a mistake, every arc still reachable is kept', () => {
    const state = new ParseState(4);
    state.apply(SHIFT, '');
    state.apply(SHIFT, ''); // the mistake: loses Kerenski ← arresterade and the root arc
    while (!state.isFinal()) {
      const move = MOVES.find((m) => state.isLegal(m) && moveCost(state, gold, m) === 0)!;
      state.apply(move, 'x');
    }
    expect([...state.heads].filter((head, i) => head === gold[i])).toEqual([1, 1]); // Korniloff and "."
    expect(state.heads[2]).toBe(1);
  });

  test.each(['sv', 'en'] as const)('rebuilds every lifted %s training tree, whichever zero-cost move is taken', (language) => {
    const sentences = treebankSplit(language).train.slice(0, 300);
    sentences.forEach((sentence, n) => {
      const heads = projectivise(sentence.words.map((word) => word.head));
      expect(followOracle(heads)).toEqual(heads);
      expect(followOracle(heads, (moves, step) => moves[(step + n) % moves.length])).toEqual(heads);
    });
  });
});

describe('projectivise', () => {
  test('a crossing arc is lifted to its head\'s head', () => {
    // Word 1 hangs from 3 across 2, the root, which does not descend from 3: lifted to 2.
    const heads = [2, 3, ROOT, 2];
    expect(isProjective(heads)).toBe(false);
    const lifted = projectivise(heads);
    expect(isProjective(lifted)).toBe(true);
    expect(lifted).toEqual([2, 2, ROOT, 2]);
  });

  test('a projective tree is left alone', () => {
    expect(projectivise([1, ROOT, 1, 1])).toEqual([1, ROOT, 1, 1]);
  });

  test.each(['sv', 'en'] as const)('every %s training tree becomes projective', (language) => {
    for (const sentence of treebankSplit(language).train) {
      expect(isProjective(projectivise(sentence.words.map((word) => word.head)))).toBe(true);
    }
  });
});
