/**
 * The shape of one relation cue. A cue is a regular expression over the words that stand
 * between two mentions of one clause ("häktade", "was arrested by", "gick över till"); it says
 * which relation those words state and in which direction, so the language files stay plain data.
 */
import type { RelationType } from '../../domain/types';

/**
 * How the two mentions around a cue map onto the relation.
 * - `forward`: the mention before the cue is the subject ("Kerenski häktade Lenin").
 * - `backward`: the mention after the cue is the subject ("Lenin häktades av Kerenski").
 */
export type CueDirection = 'forward' | 'backward';

export interface RelationCue {
  /** A stable name for provenance (`Relation.rule`), such as "sv.arrest.active". */
  rule: string;
  type: RelationType;
  direction: CueDirection;
  /** Matched against the text between the two mentions; must match the whole gap. */
  gap: RegExp;
  /** How sure the cue is, 0..1; weaker and more ambiguous verbs score lower. */
  confidence: number;
}

/** A word-boundary-safe gap matcher: optional filler words, the cue, optional filler, and nothing else. */
export function gapCue(cue: string, filler = FILLER): RegExp {
  return new RegExp(`^\\s*${filler}${cue}${filler}\\s*$`, 'iu');
}

/** Up to three short words that do not open a new clause (adverbs, auxiliaries, articles). */
export const FILLER = '(?:[\\p{L}.]+\\s+){0,3}?';
