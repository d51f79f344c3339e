/**
 * The dependency parser at run time: greedy arc-hybrid parsing (parse-state.ts), each move chosen by
 * one averaged perceptron among the moves allowed there, each arc named by a second one. Linear in
 * the sentence's length, and always a well-formed tree with one root. Weights are looked up by number
 * (feature-table.ts), never through feature strings.
 */
import type { DependencyArc } from './dependency-arc';
import { FeatureTable } from './feature-table';
import { LABEL_TEMPLATES, visitLabelFeatures } from './label-features';
import { ALL_MOVE_TEMPLATES, moveAtoms, MOVE_TEMPLATES } from './move-features';
import { MOVES, ParseState, ROOT, SHIFT, type ArcMove, type Move } from './parse-state';
import { viewForParsing, type ParserView } from './parser-view';
import { argmax, type SparseWeights } from './sparse-weights';

/** The parser as stored in its model file. */
export interface ParserData {
  /** The UD relations (with subtypes) the label model chooses from, by class index; all but "root". */
  deprels: string[];
  moveWeights: SparseWeights;
  labelWeights: SparseWeights;
}

export interface Parser {
  deprels: string[];
  moveWeights: FeatureTable;
  labelWeights: FeatureTable;
}

export function loadParser(data: ParserData): Parser {
  return {
    deprels: data.deprels,
    moveWeights: new FeatureTable(data.moveWeights, MOVES.length, MOVE_TEMPLATES),
    labelWeights: new FeatureTable(data.labelWeights, data.deprels.length, LABEL_TEMPLATES),
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
  const scores = new Float32Array(MOVES.length);
  const labelScores = new Float32Array(parser.deprels.length);
  while (!state.isFinal()) {
    scores.fill(0);
    parser.moveWeights.score(ALL_MOVE_TEMPLATES, moveAtoms(view, state), scores);
    const move = bestMove(scores, state);
    state.apply(move, move === SHIFT ? '' : labelArc(parser, view, state, move, labelScores));
  }
  return forms.map((_, i) => ({ head: state.heads[i], deprel: state.deprels[i] }));
}

function labelArc(parser: Parser, view: ParserView, state: ParseState, move: ArcMove, scores: Float32Array): string {
  const [head, dependent] = state.arcOf(move);
  if (head === ROOT) return ROOT_DEPREL;
  scores.fill(0);
  visitLabelFeatures(view, state, head, dependent, (templates, values) => parser.labelWeights.score(templates, values, scores));
  return parser.deprels[argmax(scores)];
}

/** UD's name for the arc from the root: the only one it may have, so the label model never chooses it. */
export const ROOT_DEPREL = 'root';
