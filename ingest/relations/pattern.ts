/**
 * The shape of one relation cue: a phrase ("häktade", "was arrested by", "gick över till") that
 * states a relation between the mention before it and the mention after it. The language files
 * are plain tables of cues built with `cue()`, so adding a verb is one line.
 */
import type { RelationType } from '../../domain/types';

/**
 * How the arguments around a cue map onto the relation.
 * - `forward`: the argument before the cue is the subject ("Kerenski häktade Lenin").
 * - `backward`: the argument after the cue is the subject ("Lenin häktades av Kerenski").
 */
export type CueDirection = 'forward' | 'backward';

export interface RelationCue {
  /** A stable name for provenance (`Relation.rule`), such as "sv.arrest.active". */
  rule: string;
  type: RelationType;
  direction: CueDirection;
  /** Finds the cue phrase in a sentence; global, case-insensitive, bounded by non-letters. */
  phrase: RegExp;
  /** How sure the cue is, 0..1; weaker and more ambiguous phrases score lower. */
  confidence: number;
  /**
   * The argument before the cue may stand across one comma, as an apposition
   * ("Tseretelli, då minister i koalitionsregeringen", "koalitionsregeringen, ledd av Kerenski").
   */
  apposition: boolean;
  /** How many words may stand between the subject and the cue once asides are removed. */
  reach: number;
  /** Words that must follow the argument after the cue ("sida" in "på Kerenskis sida"); anchored at its end. */
  tail?: RegExp;
}

/** Options of `cue()`; every field has the default written beside it. */
export interface CueOptions {
  /** `forward` unless the cue is a passive or otherwise names its subject after itself. */
  direction?: CueDirection;
  /** 0.8: a plain verb; lower for nouns and ambiguous verbs. */
  confidence?: number;
  /** false: only nouns and participles in apposition take a subject across a comma. */
  apposition?: boolean;
  /** 12: words allowed between subject and cue; 1 for cues that attach to the noun before them ("under X:s ledning"). */
  reach?: number;
  /** none: a phrase, such as "sida" or "ledning", that must follow the argument after the cue. */
  tail?: string;
}

/**
 * Builds one cue from a regular-expression source for its phrase.
 *
 * @example
 * cue('sv.arrest.passive', 'ARRESTED', '(?:häktades|arresterades) av', { direction: 'backward', confidence: 0.9 })
 */
export function cue(rule: string, type: RelationType, phrase: string, options: CueOptions = {}): RelationCue {
  return {
    rule,
    type,
    direction: options.direction ?? 'forward',
    phrase: new RegExp(`(?<![\\p{L}\\p{N}])(?:${expandPhrase(phrase)})(?![\\p{L}\\p{N}])`, 'giu'),
    confidence: options.confidence ?? 0.8,
    apposition: options.apposition ?? false,
    reach: options.reach ?? 12,
    ...(options.tail ? { tail: new RegExp(`^\\s*(?:${expandPhrase(options.tail)})(?![\\p{L}\\p{N}])`, 'iu') } : {}),
  };
}

/** Up to ten words (commas allowed) that may separate the parts of a split verb: "gick mer och mer över till". */
const SPLIT_VERB_FILLER = '(?:[\\p{L},]+\\s+){0,10}?';

/** Spaces match any run of whitespace (line ends included); "…" stands for the words inside a split verb. */
function expandPhrase(phrase: string): string {
  return phrase.replace(/ … /g, `,?\\s+${SPLIT_VERB_FILLER}`).replace(/ /g, '\\s+');
}
