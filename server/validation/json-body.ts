/**
 * Reading JSON request bodies strictly, as query-params.ts reads query strings: the body must be an
 * object, unknown fields are refused, and each field is checked for its type and length, so every
 * refusal is an InvalidInputError naming the field.
 */
import { InvalidInputError } from '../../domain/errors';
import { assertKnownParams } from './query-params';

export type JsonObject = Record<string, unknown>;

/**
 * @throws InvalidInputError when the body is not a JSON object or has fields outside `allowed`.
 * @example jsonObject({ username: 'anna' }, ['username', 'password'], '{"username", "password"}')
 */
export function jsonObject(body: unknown, allowed: readonly string[], shape: string): JsonObject {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InvalidInputError(`Send a JSON object ${shape} with Content-Type: application/json.`);
  }
  assertKnownParams(body as JsonObject, allowed);
  return body as JsonObject;
}

/** Longest free text we accept in a field (a reason, a name). */
const MAX_TEXT = 2000;

/**
 * The field as a non-empty string, or undefined when absent.
 * @example optionalText({ reason: 'typo' }, 'reason') // 'typo'
 */
export function optionalText(body: JsonObject, name: string, max = MAX_TEXT): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    throw new InvalidInputError(`"${name}" must be a non-empty string of at most ${max} characters`, { field: name });
  }
  return value;
}

/** @example requiredText({ into: 'lenin' }, 'into') // 'lenin' */
export function requiredText(body: JsonObject, name: string, max = MAX_TEXT): string {
  const value = optionalText(body, name, max);
  if (value === undefined) throw new InvalidInputError(`"${name}" is required`, { field: name });
  return value;
}

/** @example optionalBoolean({ force: true }, 'force') // true */
export function optionalBoolean(body: JsonObject, name: string): boolean | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new InvalidInputError(`"${name}" must be true or false`, { field: name });
  return value;
}
