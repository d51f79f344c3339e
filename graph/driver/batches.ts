/** Splits write payloads into UNWIND batches, so a large document never becomes one huge parameter map. */

/** Default rows per UNWIND statement: large enough to amortise round trips, small enough for modest heaps. */
export const DEFAULT_BATCH_SIZE = 500;

/**
 * Consecutive slices of at most `size` items; no slice at all for an empty list.
 * @example inBatches([1, 2, 3], 2) // [[1, 2], [3]]
 */
export function inBatches<T>(items: readonly T[], size: number = DEFAULT_BATCH_SIZE): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Batch size must be a positive integer, got ${size}`);
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
