/**
 * Objects written as demonstratives: "desto livligare understödde Petrograds sovjet detta, nya
 * kamporgan", "att omringa sovjetkongressen och upplösa densamma". The demonstrative stands for
 * the nearest named actor earlier in the sentence, outside the subject. A guess like the pronoun
 * rule's, so its readings are trusted less than a named object.
 */
import type { Mention } from '../../domain/types';
import type { Argument } from './candidate';
import { widenLeft } from './arguments';

/**
 * A demonstrative pronoun right after a verb or its subject, perhaps after an adverb (" detta,",
 * " också dem och"): it ends its phrase, so "dessa agrarkommittéer" (a determiner) is not one.
 */
const DEMONSTRATIVE =
  /^\s+(?:\p{Ll}+\s+)?(?:detta|denna|dessa|densamma|detsamma|desamma|dem|this|these|them)(?:\s*(?:[,.;:!?–—)]|$)|\s+(?:och|men|samt|med|i|på|för|till|från|and|but|with|in|to|from)\s)/u;
/** Weak cues ("mot" alone) are too loose to guess an object for. */
const MIN_CONFIDENCE = 0.5;

/**
 * The mentions a demonstrative right after `position` stands for: the nearest mention of an actor
 * (not a place) that ends before `limit` and is not one of the subject's, with its coordination.
 *
 * @example
 * demonstrativeObject('Ju mer X varnade för kommittén, desto mer understödde sovjet detta.', mentions, 58, 51, subject, 0.75)
 * // the "kommittén" mention
 */
export function demonstrativeObject(
  text: string,
  ordered: readonly Mention[],
  position: number,
  limit: number,
  subject: Argument,
  confidence: number,
): Argument | undefined {
  if (confidence < MIN_CONFIDENCE || !DEMONSTRATIVE.test(text.slice(position))) return undefined;
  const subjectKeys = new Set(subject.mentions.map((m) => m.key));
  for (let i = ordered.length - 1; i >= 0; i--) {
    const mention = ordered[i];
    if (mention.end > limit || mention.type === 'Place' || subjectKeys.has(mention.key)) continue;
    return widenLeft(text, ordered, i);
  }
  return undefined;
}
