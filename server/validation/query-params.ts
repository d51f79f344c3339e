/**
 * Reading query-string parameters strictly: each is a single string (Express hands repeated
 * parameters over as arrays), unknown names are refused rather than silently ignored, and numbers
 * and lists are checked against their bounds. Every refusal is an InvalidInputError naming the parameter.
 */
import { InvalidInputError } from '../../domain/errors';

/** What Express puts in `req.query` with its default (simple) query parser. */
export type QueryInput = Record<string, unknown>;

/**
 * Refuses parameters outside `allowed`, so a typo like `?form=1917` is an error rather than no filter.
 * @example assertKnownParams({ q: 'Lenin', lmit: '5' }, ['q', 'limit']) // throws: Unknown parameter "lmit"
 */
export function assertKnownParams(query: QueryInput, allowed: readonly string[]): void {
  const unknown = Object.keys(query).filter((name) => !allowed.includes(name));
  if (unknown.length > 0) {
    throw new InvalidInputError(
      `Unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `"${name}"`).join(', ')}; allowed: ${allowed.join(', ')}`,
      { unknown, allowed: [...allowed] },
    );
  }
}

/**
 * The parameter as one string, or undefined when absent or empty.
 * @example optionalString({ q: 'Kerenski' }, 'q') // 'Kerenski'
 */
export function optionalString(query: QueryInput, name: string): string | undefined {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    throw new InvalidInputError(`Parameter "${name}" must be given once, as a single value`, { [name]: value });
  }
  return value;
}

/**
 * @example requiredString({ from: 'lenin' }, 'from') // 'lenin'
 */
export function requiredString(query: QueryInput, name: string): string {
  const value = optionalString(query, name);
  if (value === undefined || value.trim() === '') throw new InvalidInputError(`Parameter "${name}" is required`, { missing: name });
  return value;
}

export interface IntBounds {
  min: number;
  max: number;
}

/**
 * A decimal integer within [min, max], or undefined when absent.
 * @example optionalInt({ depth: '2' }, 'depth', { min: 1, max: 3 }) // 2
 * optionalInt({ depth: '2.5' }, 'depth', { min: 1, max: 3 }) // throws InvalidInputError
 */
export function optionalInt(query: QueryInput, name: string, bounds: IntBounds): number | undefined {
  const text = optionalString(query, name);
  if (text === undefined) return undefined;
  const value = /^-?\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    throw new InvalidInputError(`Parameter "${name}" must be an integer from ${bounds.min} to ${bounds.max}, got "${text}"`, {
      [name]: text,
      ...bounds,
    });
  }
  return value;
}

/**
 * A comma-separated list whose members must all be in `allowed` (case as in `allowed`), or undefined when absent.
 * @example optionalList({ type: 'Person,Party' }, 'type', ENTITY_TYPES) // ['Person', 'Party']
 */
export function optionalList<T extends string>(query: QueryInput, name: string, allowed: readonly T[]): T[] | undefined {
  const text = optionalString(query, name);
  if (text === undefined) return undefined;
  const values = text.split(',').map((value) => value.trim()).filter((value) => value !== '');
  const unknown = values.filter((value) => !(allowed as readonly string[]).includes(value));
  if (unknown.length > 0) {
    throw new InvalidInputError(`Parameter "${name}" has unknown value${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; allowed: ${allowed.join(', ')}`, {
      [name]: unknown,
      allowed: [...allowed],
    });
  }
  return values.length === 0 ? undefined : [...new Set(values)] as T[];
}

/**
 * One of a fixed set of words, or undefined when absent.
 * @example optionalChoice({ calendar: 'gregorian' }, 'calendar', ['text', 'gregorian']) // 'gregorian'
 */
export function optionalChoice<T extends string>(query: QueryInput, name: string, choices: readonly T[]): T | undefined {
  const text = optionalString(query, name);
  if (text === undefined) return undefined;
  if (!(choices as readonly string[]).includes(text)) {
    throw new InvalidInputError(`Parameter "${name}" must be one of ${choices.join(', ')}, got "${text}"`, { [name]: text });
  }
  return text as T;
}
