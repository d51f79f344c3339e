/**
 * Confidence calibrated on annotated text: how often each rule's readings were true, counted by
 * `npm run calibrate:confidence` over the generalisation set and the seed's dev gold and stored in
 * confidence-calibration.json. A hand-set cue strength says what a rule's author hoped; the counts
 * say how it fared, so a higher confidence means a likelier claim.
 *
 * The estimate backs off from the rule to its family ("sv.oppose.verb.inverted" → "sv.oppose") to
 * the hand-set strength, each level weighing like STRENGTH readings, so a rule seen twice moves
 * only part of the way from its prior, and a rule never seen (a new one) keeps its hand-set value.
 */
import table from './confidence-calibration.json';

/** Readings seen, and how many of them the annotation holds. */
export interface RuleCounts {
  found: number;
  true: number;
}

export interface CalibrationTable {
  /** The command that wrote the table. */
  command: string;
  /** How many readings the prior weighs, against the counted ones. */
  strength: number;
  rules: Record<string, RuleCounts>;
  families: Record<string, RuleCounts>;
}

/** The table `npm run calibrate:confidence -- --write` stored. */
export const STORED: CalibrationTable = table;

/** A rule's family: its language and kind of claim ("sv.oppose"), or its shape ("np.genitive"). */
export function ruleFamily(rule: string): string {
  return rule.split('.').slice(0, 2).join('.');
}

/** The counts moved toward a prior worth `strength` readings. */
const shrunk = (counts: RuleCounts | undefined, prior: number, strength: number): number =>
  counts ? (counts.true + strength * prior) / (counts.found + strength) : prior;

/**
 * The calibrated probability that a reading by `rule` is true, from its hand-set strength `raw`.
 * @example calibratedConfidence('sv.oppose.verb', 0.75) // ≈ the share of "sv.oppose.verb" readings found true
 */
export function calibratedConfidence(rule: string | undefined, raw: number, calibration: CalibrationTable = STORED): number {
  if (rule === undefined) return raw;
  const family = shrunk(calibration.families[ruleFamily(rule)], raw, calibration.strength);
  return shrunk(calibration.rules[rule], family, calibration.strength);
}
