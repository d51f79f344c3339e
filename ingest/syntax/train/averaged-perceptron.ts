/**
 * The averaged perceptron (Collins 2002) as used for training: a weight per feature and class,
 * corrected after each wrong guess; the weights kept are the average over every step of training,
 * which generalises far better than the last ones. Averages are kept lazily: each weight remembers
 * when it last changed, and its running total is brought up to date only when it changes again.
 */
import { argmax } from '../sparse-weights';

export class AveragedPerceptron {
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private steps = 0;

  constructor(private readonly classes: number) {}

  predict(features: readonly string[]): number {
    return argmax(this.scores(features));
  }

  /** Every class's score with the current weights: for callers that must skip classes not allowed here. */
  scores(features: readonly string[]): Float64Array {
    const scores = new Float64Array(this.classes);
    for (const feature of features) {
      const row = this.weights.get(feature);
      if (row) for (let c = 0; c < this.classes; c++) scores[c] += row[c];
    }
    return scores;
  }

  /** One training step: moves weight from the guessed class to the true one when they differ. */
  update(truth: number, guess: number, features: readonly string[]): void {
    this.steps++;
    if (truth === guess) return;
    for (const feature of features) {
      this.nudge(feature, truth, 1);
      this.nudge(feature, guess, -1);
    }
  }

  /** The averaged weights, feature → one weight per class. */
  averaged(): Map<string, Float64Array> {
    const result = new Map<string, Float64Array>();
    for (const [feature, row] of this.weights) {
      const total = this.totals.get(feature)!;
      const stamp = this.stamps.get(feature)!;
      const average = new Float64Array(this.classes);
      for (let c = 0; c < this.classes; c++) {
        average[c] = (total[c] + (this.steps - stamp[c]) * row[c]) / this.steps;
      }
      result.set(feature, average);
    }
    return result;
  }

  private nudge(feature: string, cls: number, delta: number): void {
    let row = this.weights.get(feature);
    if (!row) {
      row = new Float64Array(this.classes);
      this.weights.set(feature, row);
      this.totals.set(feature, new Float64Array(this.classes));
      this.stamps.set(feature, new Float64Array(this.classes));
    }
    const total = this.totals.get(feature)!;
    const stamp = this.stamps.get(feature)!;
    total[cls] += (this.steps - stamp[cls]) * row[cls];
    stamp[cls] = this.steps;
    row[cls] += delta;
  }
}
