/**
 * The CSRF check for writes made with the session cookie: the browser's Origin header (or, when a
 * browser sends none, the Referer's origin) must name this server's own host. SameSite=Strict
 * already keeps the cookie off cross-site requests; this is the second lock, for browsers or
 * sibling subdomains SameSite does not cover. Token writes need no check: no browser sends a
 * Bearer header by itself.
 */
import type { Request } from 'express';

/** @example isSameOrigin(req) // true for Origin http://localhost:3000 and Host localhost:3000 */
export function isSameOrigin(req: Request): boolean {
  const claimed = req.headers.origin ?? req.headers.referer;
  const host = req.headers.host;
  if (typeof claimed !== 'string' || claimed === 'null' || host === undefined) return false;
  try {
    return new URL(claimed).host === host.toLowerCase();
  } catch {
    return false;
  }
}
