/** Ids in URL paths (/api/entities/:id, /api/documents/:id): checked for shape before any query runs. */
import { InvalidInputError } from '../../domain/errors';

/** Ids are slugs of names and titles; anything longer is not an id we made. */
const MAX_ID_LENGTH = 256;

/**
 * @example pathId({ id: 'kerenski' }, 'id') // 'kerenski'
 * pathId({ id: 'x'.repeat(300) }, 'id') // throws InvalidInputError
 */
export function pathId(params: Record<string, string | undefined>, name: string): string {
  const value = params[name] ?? '';
  if (value.trim() === '' || value.length > MAX_ID_LENGTH) {
    throw new InvalidInputError(`The ${name} in the path must be 1 to ${MAX_ID_LENGTH} characters long`, { [name]: value.slice(0, 40) });
  }
  return value;
}
