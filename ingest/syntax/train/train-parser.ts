/**
 * Trains the dependency parser from treebank sentences: passes of two averaged perceptrons (the one
 * that chooses moves, the one that names arcs) over the sentences in a seeded random order, guided by
 * the dynamic oracle, then pruning of small weights so the stored model stays small.
 *
 * The parser reads the tags the tagger will give it, mistakes included, not the treebank's: each
 * sentence comes with tags from a tagger that never saw it (the tagger's jackknife, train-tagger.ts).
 */
import type { TreebankSentence } from '../conllu';
import { labelFeatures } from '../label-features';
import { moveFeatures } from '../move-features';
import { viewForParsing } from '../parser-view';
import { bestMove, ROOT_DEPREL, type ParserData } from '../parser';
import { MOVES, ParseState, ROOT, SHIFT, type Move } from '../parse-state';
import { seededRandom, shuffleInPlace } from '../random';
import { compactWeights } from '../sparse-weights';
import { AveragedPerceptron } from './averaged-perceptron';
import { moveCost } from './dynamic-oracle';
import { projectivise } from './projectivise';

export interface ParserTrainingOptions {
  iterations: number;
  seed: number;
  /**
   * Averaged weights smaller than these (in absolute value) are dropped from the model. Weights grow
   * by whole updates, so a weight below ~1 is mostly a feature met once: dropping them shrinks the
   * model about fivefold at no measurable cost in accuracy (docs/syntax.md).
   */
  prune: { moves: number; labels: number };
  /** From the second pass on, how often training follows the model's own wrong move (exploration). */
  explore: number;
}

/** What one sentence gives training: its words' forms and tags, and its lifted gold tree. */
interface TrainingSentence {
  forms: string[];
  tags: string[];
  heads: number[];
  deprels: string[];
}

/** `tags` gives each sentence's predicted tags; without it the treebank's own tags are read. */
export function trainParser(
  sentences: readonly TreebankSentence[],
  tags: ReadonlyMap<TreebankSentence, readonly string[]> | null,
  options: ParserTrainingOptions,
): ParserData {
  const examples: TrainingSentence[] = sentences.map((sentence) => ({
    forms: sentence.words.map((word) => word.form),
    tags: [...(tags?.get(sentence) ?? sentence.words.map((word) => word.upos))],
    heads: projectivise(sentence.words.map((word) => word.head)),
    deprels: sentence.words.map((word) => word.deprel),
  }));
  const deprels = [...new Set(examples.flatMap((example) => example.deprels))].filter((d) => d !== ROOT_DEPREL).sort();
  const labelIndex = new Map(deprels.map((deprel, i) => [deprel, i]));
  const moves = new AveragedPerceptron(MOVES.length);
  const labels = new AveragedPerceptron(deprels.length);
  const random = seededRandom(options.seed);
  const features: string[] = [];
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    for (const example of shuffleInPlace(examples, random)) {
      const view = viewForParsing(example.forms, example.tags);
      const state = new ParseState(example.forms.length);
      while (!state.isFinal()) {
        const scores = moves.scores(moveFeatures(view, state, features));
        const predicted = bestMove(scores, state);
        const costs = MOVES.map((move) => (state.isLegal(move) ? moveCost(state, example.heads, move) : Infinity));
        const cheapest = Math.min(...costs);
        const best = bestMove(scores, state, (move) => costs[move] === cheapest);
        moves.update(best, predicted, features);
        const exploring = iteration > 0 && random() < options.explore;
        const move: Move = costs[predicted] === cheapest || exploring ? predicted : best;
        let deprel = '';
        if (move !== SHIFT) {
          const [head, dependent] = state.arcOf(move);
          deprel = ROOT_DEPREL;
          if (head !== ROOT) {
            const guess = labels.predict(labelFeatures(view, state, head, dependent, features));
            const truth = labelIndex.get(example.deprels[dependent]);
            // The label model learns from arcs to the right head only: elsewhere the gold label may not fit.
            if (truth !== undefined && head === example.heads[dependent]) labels.update(truth, guess, features);
            deprel = deprels[iteration > 0 ? guess : (truth ?? guess)];
          }
        }
        state.apply(move, deprel);
      }
    }
  }
  return {
    deprels,
    moveWeights: compactWeights(moves.averaged(), options.prune.moves, 1),
    labelWeights: compactWeights(labels.averaged(), options.prune.labels, 1),
  };
}
