/**
 * The tagger's scores from a word's own features (form, suffixes, shape, place near the start),
 * summed once per form and kept: a book uses the same words again and again, and these thirteen
 * look-ups were a third of the tagger's time. The sum is taken in the same order as decoding adds
 * the features, from zero, so a kept row gives bit for bit the scores a fresh one would.
 */
import { ownFeaturesKey, pushOwnFeatures, type SentenceView } from './features';
import { addRows, type DenseWeights } from './sparse-weights';

/** Forms kept before the store starts afresh, so a long run's memory stays bounded (~10 MB). */
const KEPT_FORMS = 50_000;

export class OwnFeatureScores {
  private readonly kept = new Map<string, Float32Array>();
  private readonly features: string[] = [];

  constructor(
    private readonly weights: DenseWeights,
    private readonly classes: number,
  ) {}

  /** The summed own-feature scores of word `i` of the view, whose written form is `form`. */
  of(view: SentenceView, i: number, form: string): Float32Array {
    const key = ownFeaturesKey(form, i);
    let row = this.kept.get(key);
    if (!row) {
      this.features.length = 0;
      pushOwnFeatures(view, i, this.features);
      row = new Float32Array(this.classes);
      addRows(this.weights, this.features, row);
      if (this.kept.size >= KEPT_FORMS) this.kept.clear();
      this.kept.set(key, row);
    }
    return row;
  }
}
