/**
 * The dependency parser at run time: greedy arc-hybrid parsing (parse-state.ts), each move chosen by
 * one averaged perceptron among the moves allowed there, each arc named by a second one. Linear in
 * the sentence's length, and always a well-formed tree with one root.
 */
import type { DependencyArc } from './dependency-arc';
import { labelFeatures, moveFeatures, viewForParsing, type ParserView } from './parser-features';
import { MOVES, ParseState, ROOT, SHIFT, type ArcMove, type Move } from './parse-state';
import { addRows, argmax, denseWeights, type DenseWeights, type SparseWeights } from './sparse-weights';

/** The parser as stored in its model file. */
export interface ParserData {
  /** The UD relations (with subtypes) the label model chooses from, by class index; all but "root". */
  deprels: string[];
  moveWeights: SparseWeights;
  labelWeights: SparseWeights;
}

export interface Parser {
  deprels: string[];
  moveWeights: DenseWeights;
  labelWeights: DenseWeights;
}

export function loadParser(data: ParserData): Parser {
  return {
    deprels: data.deprels,
    moveWeights: denseWeights(data.moveWeights, MOVES.length),
    labelWeights: denseWeights(data.labelWeights, data.deprels.length),
  };
}

/** Among the moves allowed in `state` (and by `allowed`), the one scored highest; the lowest move wins a tie. */
export function bestMove(scores: ArrayLike<number>, state: ParseState, allowed: (move: Move) => boolean = () => true): Move {
  let best: Move | null = null;
  for (const move of MOVES) {
    if (state.isLegal(move) && allowed(move) && (best === null || scores[move] > scores[best])) best = move;
  }
  if (best === null) throw new Error('parser: no move allowed');
  return best;
}

/**
 * Parses a sentence of words with their UPOS tags; one arc per word, in order.
 * @example
 * parseWords(parser, ['Kerenski', 'arresterade', 'Korniloff', '.'], ['PROPN', 'VERB', 'PROPN', 'PUNCT'])
 * // [{head: 1, deprel: 'nsubj'}, {head: -1, deprel: 'root'}, {head: 1, deprel: 'obj'}, {head: 1, deprel: 'punct'}]
 */
export function parseWords(parser: Parser, forms: readonly string[], tags: readonly string[]): DependencyArc[] {
  const view = viewForParsing(forms, tags);
  const state = new ParseState(forms.length);
  const features: string[] = [];
  const scores = new Float32Array(MOVES.length);
  while (!state.isFinal()) {
    scores.fill(0);
    addRows(parser.moveWeights, moveFeatures(view, state, features), scores);
    const move = bestMove(scores, state);
    state.apply(move, move === SHIFT ? '' : labelArc(parser, view, state, move, features));
  }
  return forms.map((_, i) => ({ head: state.heads[i], deprel: state.deprels[i] }));
}

function labelArc(parser: Parser, view: ParserView, state: ParseState, move: ArcMove, features: string[]): string {
  const [head, dependent] = state.arcOf(move);
  if (head === ROOT) return ROOT_DEPREL;
  const scores = new Float32Array(parser.deprels.length);
  addRows(parser.labelWeights, labelFeatures(view, state, head, dependent, features), scores);
  return parser.deprels[argmax(scores)];
}

/** UD's name for the arc from the root: the only one it may have, so the label model never chooses it. */
export const ROOT_DEPREL = 'root';
