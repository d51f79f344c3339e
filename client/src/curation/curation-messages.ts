/**
 * What the page says when a curation request is refused, by the server's status: 401 asks to sign
 * in, 403 names the missing role (or the foreign origin), 409 says someone changed the thing
 * meanwhile (or, for an undo, which later changes depend on it), 400 passes the server's reason on.
 */
import { AllegianceError } from '../../../domain/errors';

/** Whether the refusal means "sign in first", so the page can open the sign-in form. */
export function needsSignIn(error: unknown): boolean {
  return error instanceof AllegianceError && error.code === 'UNAUTHENTICATED';
}

/** Whether someone else changed the thing meanwhile: reload it and decide again. */
export function isConflict(error: unknown): boolean {
  return error instanceof AllegianceError && error.code === 'CONFLICT';
}

/**
 * @example curationMessage(new UnauthenticatedError('…'), 'accept this claim') // 'Sign in to accept this claim.'
 */
export function curationMessage(error: unknown, action: string): string {
  if (!(error instanceof AllegianceError)) return `Could not ${action}: ${error instanceof Error ? error.message : String(error)}`;
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return `Sign in to ${action}. (${error.message})`;
    case 'FORBIDDEN':
      return `You may not ${action}: ${error.message}.`;
    case 'CONFLICT':
      return `Could not ${action}: ${error.message}.`;
    case 'GRAPH_UNAVAILABLE':
      return `Could not ${action}: the server cannot be reached. Nothing was changed.`;
    default:
      return `Could not ${action}: ${error.message}`;
  }
}
