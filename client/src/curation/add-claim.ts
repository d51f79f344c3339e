/**
 * Sending a claim a historian added from a sentence and drawing it, shared by review mode and the
 * claim panel; each says the outcome in its own status line.
 */
import type { Core } from 'cytoscape';
import type { CurationApi, NewClaimInput } from './curation-api';

export interface AddClaimContext {
  curation: CurationApi;
  cy: Core;
  nameOf: (id: string) => string;
  /** Brings the drawn graph up to date with the server after the change. */
  afterChange: () => Promise<void>;
}

/** @example claimAddForm(sentenceId, ends, claimAdder(context, say, (error) => refused(error)), close) */
export function claimAdder(context: AddClaimContext, done: (message: string) => void, failed: (error: unknown) => void | Promise<void>): (input: NewClaimInput) => Promise<void> {
  return async (input) => {
    try {
      const added = await context.curation.addClaim(input);
      await context.afterChange();
      done(`Added: ${context.nameOf(input.source)} ${input.type} ${context.nameOf(input.target)}.`);
    } catch (error) {
      await failed(error);
    }
  };
}
