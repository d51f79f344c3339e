/**
 * Password hashing with bcrypt (the bcryptjs library; no home-made crypto), generated passwords,
 * and the length rule. bcrypt reads at most 72 bytes, so longer passwords are refused rather than
 * silently cut. A sign-in for an unknown user still runs one bcrypt comparison (against a fixed
 * hash) so that the answer time does not tell which user names exist.
 */
import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { InvalidInputError } from '../../domain/errors';

/** 2^11 rounds: about 0.1-0.2 s per check on one core, slow for a guesser, tolerable for a sign-in. */
const COST = 11;
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_BYTES = 72;

/** A hash of a password nobody knows, compared against when the user does not exist. */
const DECOY_HASH = bcrypt.hashSync(randomBytes(16).toString('hex'), COST);

/**
 * @throws InvalidInputError for a password shorter than 10 characters or longer than 72 bytes.
 * @example await hashPassword('correct horse battery') // '$2b$11$...'
 */
export async function hashPassword(password: string): Promise<string> {
  assertAcceptablePassword(password);
  return bcrypt.hash(password, COST);
}

export function assertAcceptablePassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new InvalidInputError(`A password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) {
    throw new InvalidInputError(`A password may have at most ${MAX_PASSWORD_BYTES} bytes (bcrypt ignores the rest)`);
  }
}

/**
 * True when `password` matches `hash`; with no hash (unknown user) compares against a decoy and answers false.
 * @example await verifyPassword('guess', undefined) // false, after as long as a real check
 */
export async function verifyPassword(password: string, hash: string | undefined): Promise<boolean> {
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) return false;
  const matches = await bcrypt.compare(password, hash ?? DECOY_HASH);
  return matches && hash !== undefined;
}

/** 18 random bytes as 24 URL-safe characters (144 bits). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
