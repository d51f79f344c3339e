/**
 * The parser's weights at run time, looked up without building feature strings. Each stored feature
 * is a template and the values of its atoms ("12\tkerenski\tPROPN", feature-templates.ts); loading
 * gives every atom value a number and files the feature's weights under a 64-bit hash of the template
 * and those numbers, in an open-addressing table. Parsing then hashes numbers: building and hashing
 * ~100 strings per word was most of the parser's time (6× slower on the move model alone).
 *
 * A feature with a value the model never stored cannot be in it and is skipped; two features sharing
 * a 64-bit hash, possible in principle, would share weights.
 */
import type { Templates } from './feature-templates';
import type { SparseWeights } from './sparse-weights';

/** Number of a value absent from the model. */
const ABSENT = -1;

export class FeatureTable {
  /** Atom value → its number. */
  private readonly numbers = new Map<string, number>();
  private readonly high: Int32Array;
  private readonly low: Int32Array;
  private readonly filled: Uint8Array;
  private readonly weights: Float32Array;
  private readonly mask: number;
  private readonly ids: Int32Array;
  /** The two halves of the last hash computed. */
  private readonly hashed = new Int32Array(2);

  constructor(
    sparse: SparseWeights,
    private readonly classes: number,
    private readonly templates: Templates,
  ) {
    const features = Object.keys(sparse);
    let capacity = 16;
    while (capacity < features.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.high = new Int32Array(capacity);
    this.low = new Int32Array(capacity);
    this.filled = new Uint8Array(capacity);
    this.weights = new Float32Array(capacity * classes);
    this.ids = new Int32Array(Math.max(0, ...templates.atoms.map((atoms) => atoms.length)));
    for (const feature of features) this.store(feature, sparse[feature]);
  }

  /** Adds to `scores` the weights of the features of templates `which`, given the atoms' values. */
  score(which: readonly number[], values: readonly string[], scores: Float32Array): void {
    const numbers = values.map((value) => this.numbers.get(value) ?? ABSENT);
    for (const template of which) {
      const atoms = this.templates.atoms[template];
      let known = true;
      for (let k = 0; k < atoms.length && known; k++) {
        this.ids[k] = numbers[atoms[k]];
        known = this.ids[k] !== ABSENT;
      }
      const slot = known ? this.find(template, atoms.length) : -1;
      if (slot >= 0) for (let c = 0; c < this.classes; c++) scores[c] += this.weights[slot * this.classes + c];
    }
  }

  private store(feature: string, pairs: readonly number[]): void {
    const [template, ...values] = feature.split('\t');
    values.forEach((value, k) => {
      let number = this.numbers.get(value);
      if (number === undefined) this.numbers.set(value, (number = this.numbers.size));
      this.ids[k] = number;
    });
    hash(Number(template), this.ids, values.length, this.hashed);
    const [high, low] = this.hashed;
    let slot = high & this.mask;
    while (this.filled[slot]) slot = (slot + 1) & this.mask;
    this.filled[slot] = 1;
    this.high[slot] = high;
    this.low[slot] = low;
    for (let k = 0; k < pairs.length; k += 2) this.weights[slot * this.classes + pairs[k]] = pairs[k + 1];
  }

  /** The slot of the feature (template, first `count` ids), or -1. */
  private find(template: number, count: number): number {
    hash(template, this.ids, count, this.hashed);
    const high = this.hashed[0];
    const low = this.hashed[1];
    for (let slot = high & this.mask; this.filled[slot]; slot = (slot + 1) & this.mask) {
      if (this.high[slot] === high && this.low[slot] === low) return slot;
    }
    return -1;
  }
}

/** Two independent 32-bit hashes (murmur-style mixing) of a template and its value numbers, into `out`. */
function hash(template: number, ids: Int32Array, count: number, out: Int32Array): void {
  let high = Math.imul(template + 1, 0x9e3779b1);
  let low = Math.imul(template + 1, 0x85ebca77);
  for (let k = 0; k < count; k++) {
    high = Math.imul(high ^ ids[k], 0x5bd1e995);
    high ^= high >>> 15;
    low = Math.imul(low ^ (ids[k] + 0x632be5ab), 0xc2b2ae3d);
    low ^= low >>> 13;
  }
  out[0] = Math.imul(high ^ (high >>> 16), 0x85ebca6b);
  out[1] = Math.imul(low ^ (low >>> 16), 0x27d4eb2f);
}
