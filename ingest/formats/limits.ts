/**
 * The limits that stop a document from exhausting memory or time while its text is read: a PDF with
 * ten thousand pages, a Word file whose zip inflates a thousandfold. One options object with a
 * comment per limit, filled by one helper, so the server and the command line share the defaults.
 */

export interface ReadLimits {
  /** A 600-page book passes; a PDF built to exhaust the reader does not. */
  maxPdfPages: number;
  /** The characters of text read from one PDF or Word file (about twenty books). */
  maxTextChars: number;
  /** The sum of the sizes a Word file's zip entries declare once inflated. */
  maxDocxInflatedBytes: number;
  /** How many entries a Word file's zip may hold (a real one holds a few dozen). */
  maxDocxEntries: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxPdfPages: 2_000,
  maxTextChars: 20_000_000,
  maxDocxInflatedBytes: 100 * 1024 * 1024,
  maxDocxEntries: 2_000,
};

/** The defaults, with any given limit in their place. */
export function readLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...overrides };
}
