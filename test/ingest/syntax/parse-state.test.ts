import { LEFT, NONE, ParseState, RIGHT, ROOT, SHIFT } from '../../../ingest/syntax/parse-state';

describe('arc-hybrid parse state', () => {
  test('LEFT hangs the stack top from the next word, RIGHT from the word under it', () => {
    const state = new ParseState(3);
    state.apply(SHIFT, '');
    state.apply(LEFT, 'nsubj'); // 0 ← 1
    state.apply(SHIFT, '');
    state.apply(SHIFT, '');
    state.apply(RIGHT, 'obj'); // 1 → 2
    expect(state.isLegal(RIGHT)).toBe(true);
    state.apply(RIGHT, 'root');
    expect(state.isFinal()).toBe(true);
    expect([...state.heads]).toEqual([1, ROOT, 1]);
    expect(state.deprels).toEqual(['nsubj', 'root', 'obj']);
    expect(state.leftChild(1, 0)).toBe(0);
    expect(state.rightChild(1, 0)).toBe(2);
    expect(state.rightChild(1, 1)).toBe(NONE);
  });

  test('the root takes its one dependent only at the end', () => {
    const state = new ParseState(2);
    state.apply(SHIFT, '');
    expect(state.isLegal(RIGHT)).toBe(false); // a word still in the buffer could be a second root
    expect(state.isLegal(LEFT)).toBe(true);
    state.apply(SHIFT, '');
    expect(state.isLegal(SHIFT)).toBe(false);
    expect(state.isLegal(LEFT)).toBe(false);
    expect(state.isLegal(RIGHT)).toBe(true);
  });

  test('an empty sentence is parsed already', () => {
    expect(new ParseState(0).isFinal()).toBe(true);
  });
});
