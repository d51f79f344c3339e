/**
 * The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013): for any state, even one
 * reached by earlier mistakes, how many arcs of the gold tree each move would make unreachable.
 * Training with it teaches the parser to recover from its own errors, which a greedy parser
 * otherwise never sees: the model is updated towards the best move that loses nothing, and from the
 * second pass on it often follows its own (wrong) choice instead of the gold path.
 *
 * Exact for projective gold trees (training trees are lifted first: projectivise.ts).
 */
import { LEFT, RIGHT, SHIFT, type Move, type ParseState } from '../parse-state';

/**
 * Gold arcs lost by `move` in `state`, given the gold heads (ROOT for the root word).
 * - LEFT pops the top with the next word as head: it loses the top's dependents still in the buffer,
 *   and its true head if that is the word under it or further in the buffer.
 * - RIGHT pops the top with the word under it as head: it loses the top's dependents still in the
 *   buffer, and its true head if that is in the buffer.
 * - SHIFT pushes the next word: it loses its dependents on the stack, and its head if that is on the
 *   stack below the top.
 */
export function moveCost(state: ParseState, gold: readonly number[], move: Move): number {
  const top = state.stackAt(0);
  const next = state.bufferAt(0);
  if (move === SHIFT) {
    let lost = 0;
    for (const word of state.stack) if (word >= 0 && gold[word] === next) lost++;
    if (gold[next] !== top && state.isOnStack(gold[next])) lost++;
    return lost;
  }
  let lost = dependentsInBuffer(state, gold, top);
  const head = gold[top];
  if (move === LEFT && head !== next && (head === state.stackAt(1) || head >= state.next)) lost++;
  if (move === RIGHT && head >= state.next) lost++;
  return lost;
}

function dependentsInBuffer(state: ParseState, gold: readonly number[], word: number): number {
  let count = 0;
  for (let i = state.next; i < state.length; i++) if (gold[i] === word) count++;
  return count;
}
