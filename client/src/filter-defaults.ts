/**
 * The filter the page opens with. On a long text, showing every once-mentioned name makes a hairball,
 * so the default minimum mention count is the smallest that keeps the entities with claims readable.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../../domain/types';
import type { ViewFilter } from './timeline-filter';

/** About as many entities as stay legible on one screen. */
export const READABLE_ENTITY_COUNT = 120;

/**
 * @example defaultMinMentions([1, 1, 2, 5], 2) === 2
 */
export function defaultMinMentions(mentionCounts: readonly number[], target = READABLE_ENTITY_COUNT): number {
  const sorted = [...mentionCounts].sort((a, b) => b - a);
  if (sorted.length <= target) return 1;
  const threshold = sorted[target - 1] as number;
  return Math.max(1, sorted.filter((count) => count >= threshold).length > target ? threshold + 1 : threshold);
}

/** Everything shown, all time, with the given minimum mention count. */
export function initialFilter(minMentions: number): ViewFilter {
  return {
    window: null,
    includeUndated: true,
    entityTypes: new Set(ENTITY_TYPES),
    relationTypes: new Set(RELATION_TYPES),
    minMentions,
    showIsolated: false,
  };
}
