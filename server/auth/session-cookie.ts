/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends
 * it), Path=/api, and Secure when the request came over HTTPS (directly or, with TRUST_PROXY, via
 * a proxy), so it never travels in clear text once a site has HTTPS.
 */
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'allegiance_session';

/** The session secret from the Cookie header, or undefined. */
export function readSessionCookie(req: Request): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === SESSION_COOKIE) return decodeURIComponent(part.slice(separator + 1).trim()) || undefined;
  }
  return undefined;
}

export function setSessionCookie(req: Request, res: Response, secret: string, maxAgeMs: number): void {
  res.cookie(SESSION_COOKIE, secret, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/api', maxAge: maxAgeMs });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/api' });
}
