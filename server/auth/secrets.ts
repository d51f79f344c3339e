/**
 * Session ids and API tokens: 32 random bytes, shown to their holder once and stored only as a
 * SHA-256 digest. A fast hash is enough here (unlike passwords) because the secret has 256 bits of
 * entropy; nobody can guess it from its digest.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** Tokens carry a prefix so a leaked one is easy to recognise in a log or a repository. */
export const TOKEN_PREFIX = 'alg_';

/** @example newSecret() // 'Qm9n...' (43 URL-safe characters) */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** @example hashSecret('abc') // 'ba7816bf…' */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A short public id to name a credential by (e.g. in DELETE /api/tokens/:id). */
export function newCredentialId(): string {
  return randomUUID();
}
