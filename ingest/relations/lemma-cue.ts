/**
 * A relation cue keyed by the verb's lemma, not by its written forms: "arrestera *" is one entry
 * for every tense and the passive; "gå över till *" is a particle verb whose parts may be split
 * by an adverb or, after an adverbial, by the subject ("Då gick regementet över till dem").
 *
 * Entries are written as short phrases: the verb's lemma (with irregular forms after a slash:
 * "gå/gick/gått/går"), then the words that must follow it in order ("sig", particles and the
 * preposition that governs the object). The object is the argument after the last word.
 */
import type { RelationType } from '../../domain/types';

export interface LemmaCue {
  /** A stable name for provenance, such as "sv.arrest". */
  rule: string;
  type: RelationType;
  /** The verb's lemma, lower case ("arrestera", "go"). */
  lemma: string;
  /** Irregular written forms of the verb, lower case ("gick", "gått"; "went", "gone"). */
  forms: readonly string[];
  /** Words that follow the verb, in order, lower case ("sig", "över", "till"). */
  after: readonly string[];
  /** How sure the cue is, 0..1. */
  confidence: number;
  /**
   * Whether the cue reads the argument before it as the object when the verb is passive ("was
   * arrested by X", "häktades av X"); false for verbs whose passive does not keep their meaning.
   */
  passive: boolean;
  /** Whether the argument after the cue is its subject ("X consisted of A and B": A is a member of X). */
  backward: boolean;
  /**
   * Whether the cue is a noun, read only from the dependency tree: a noun of role or stance
   * ("ledare för", "member of", "opposition mot"), held by whoever it is said of, or a noun of
   * an act ("förhandlingar med", "war on", "the arrest of"), done by the subject of the verb
   * that takes it ("ordered the arrest of X") or by its genitive ("Kerenskis krig mot …").
   */
  noun: NounKind | false;
  /**
   * Whether the cue, when it has no object, relates its coordinated subjects to each other ("Röda
   * gardet och skyddskåren drabbade samman", "Austria and Sardinia negotiated"). Read from the tree
   * only, where coordination is plain.
   */
  reciprocal: boolean;
}

/**
 * `role`: held by whoever it is said of ("Lenin, leader of …"); `act`: done by the subject of
 * the verb that takes it ("ordered the arrest of …"); `aid`: given by its "of" dependent to
 * whoever a "with" phrase accompanies ("with the support of X, Y rose": X supported Y).
 */
export type NounKind = 'role' | 'act' | 'aid';

export interface LemmaCueOptions {
  /** 0.75: a plain verb of the type; lower for verbs with other common senses. */
  confidence?: number;
  /** true for transitive verbs without following words; false otherwise. */
  passive?: boolean;
  /** false: the argument before the cue is its subject. */
  backward?: boolean;
  /** false: the cue is a verb. */
  noun?: NounKind | false;
  /** false: a cue without its object states nothing. */
  reciprocal?: boolean;
}

/**
 * Builds the cues of one relation type from phrases that share options.
 *
 * @example
 * lemmaCues('sv.join', 'JOINED', ['ansluta/anslöt/anslutit sig till', 'gå/gick/gått/går över till'])
 */
export function lemmaCues(rule: string, type: RelationType, phrases: readonly string[], options: LemmaCueOptions = {}): LemmaCue[] {
  return phrases.map((phrase) => {
    const [verb, ...after] = phrase.toLowerCase().trim().split(/\s+/u);
    const [lemma, ...forms] = verb.split('/');
    return {
      rule,
      type,
      lemma,
      forms,
      after,
      confidence: options.confidence ?? 0.75,
      passive: options.passive ?? after.length === 0,
      backward: options.backward ?? false,
      noun: options.noun ?? false,
      reciprocal: options.reciprocal ?? false,
    };
  });
}
