/**
 * The mentions of each sentence in reading order, without overlaps, so that "the mention before"
 * and "the mention after" a cue are well defined. Of two overlapping mentions the longer one wins.
 */
import type { Mention } from '../../domain/types';

/**
 * Groups mentions by sentence index, each group sorted by start and free of overlaps.
 *
 * @example
 * orderedMentionsBySentence(mentions).get(0) // [Kerenski(0..8), Lenin(17..22)]
 */
export function orderedMentionsBySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const groups = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const group = groups.get(mention.sentence) ?? [];
    group.push(mention);
    groups.set(mention.sentence, group);
  }
  for (const [sentence, group] of groups) groups.set(sentence, withoutOverlaps(group));
  return groups;
}

function withoutOverlaps(group: Mention[]): Mention[] {
  const byLength = [...group].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const mention of byLength) {
    if (kept.every((k) => mention.end <= k.start || mention.start >= k.end)) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
