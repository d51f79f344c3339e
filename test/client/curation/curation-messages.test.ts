import { curationMessage, isConflict, needsSignIn } from '../../../client/src/curation/curation-messages';
import { ConflictError, ForbiddenError, GraphUnavailableError, InvalidInputError, UnauthenticatedError } from '../../../domain/errors';

describe('curationMessage', () => {
  test.each<[string, unknown, string]>([
    ['401', new UnauthenticatedError('Sign in first'), 'Sign in to accept this claim. (Sign in first)'],
    ['403', new ForbiddenError('This needs the editor role; "rita" is reader'), 'You may not accept this claim: This needs the editor role; "rita" is reader.'],
    ['409', new ConflictError('Claim "c" was changed meanwhile (version 2, you sent 1)'), 'Could not accept this claim: Claim "c" was changed meanwhile (version 2, you sent 1).'],
    ['400', new InvalidInputError('"date" must be an ISO date'), 'Could not accept this claim: "date" must be an ISO date'],
    ['no server', new GraphUnavailableError('down'), 'Could not accept this claim: the server cannot be reached. Nothing was changed.'],
    ['anything else', new Error('boom'), 'Could not accept this claim: boom'],
  ])('%s', (_label, error, message) => {
    expect(curationMessage(error, 'accept this claim')).toBe(message);
  });

  test('tells a 401 and a 409 apart', () => {
    expect([needsSignIn(new UnauthenticatedError('x')), isConflict(new UnauthenticatedError('x'))]).toEqual([true, false]);
    expect([needsSignIn(new ConflictError('x')), isConflict(new ConflictError('x'))]).toEqual([false, true]);
  });
});
