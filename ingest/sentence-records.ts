/**
 * The sentences an Extraction carries: every one that mentions an entity or states a relation,
 * so that the graph can store each as provenance (a Sentence node linked to what it mentions)
 * and a historian can read the words behind every mention, not only behind every claim.
 * Compact on purpose: index, line, text and date, nothing the graph does not store.
 */
import type { Mention, Relation, Sentence, SentenceRecord } from '../domain/types';

/**
 * The records of the sentences that a mention or a relation points to, in document order.
 *
 * @example
 * sentenceRecords(sentences, [{ sentence: 3, ... }], [])
 * // [{ index: 3, line: 40, text: 'Kerenski flydde.', date: '1917-10-25', dateGregorian: '1917-11-07' }]
 */
export function sentenceRecords(
  sentences: readonly Sentence[],
  mentions: readonly Pick<Mention, 'sentence'>[],
  relations: readonly Pick<Relation, 'sentence'>[],
): SentenceRecord[] {
  const cited = new Set<number>();
  for (const mention of mentions) cited.add(mention.sentence);
  for (const relation of relations) cited.add(relation.sentence);
  return sentences.filter((sentence) => cited.has(sentence.index)).map(toRecord);
}

function toRecord(sentence: Sentence): SentenceRecord {
  const { index, line, text, date } = sentence;
  return date ? { index, line, text, date: date.value, dateGregorian: date.gregorian } : { index, line, text };
}
