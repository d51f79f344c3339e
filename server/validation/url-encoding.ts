/**
 * A malformed URL is the client's mistake, so it must be a 400 whatever route it was aimed at. Express
 * throws a bare URIError (a 500 here) for bad percent-encoding in a path parameter, and its query parser
 * quietly keeps "%ff" as text; a NUL that decodes cleanly would reach Neo4j. This middleware looks at the
 * raw path and query once, before any router, and refuses both with one InvalidInputError.
 */
import type { RequestHandler } from 'express';
import { InvalidInputError } from '../../domain/errors';

/** NUL and the other C0 controls except tab, newline and carriage return, which a search text may hold. */
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** The decoded text, or the reason it cannot be decoded. */
function decodePart(raw: string): { text: string } | { problem: string } {
  let text: string;
  try {
    text = decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return { problem: 'has malformed percent-encoding (each % must start a UTF-8 byte such as %C3%A4)' };
  }
  if (FORBIDDEN_CONTROL.test(text)) return { problem: 'contains a control character such as NUL' };
  return { text };
}

/**
 * The first malformed part of a raw request URL ("/api/entities/%ff?q=x"), or null when every part decodes.
 *
 * @example urlProblem('/api/entities/%00') // 'The path contains a control character such as NUL'
 * urlProblem('/api/entities?q=Kerenski') // null
 */
export function urlProblem(rawUrl: string): string | null {
  const queryStart = rawUrl.indexOf('?');
  const pathPart = queryStart < 0 ? rawUrl : rawUrl.slice(0, queryStart);
  const queryPart = queryStart < 0 ? '' : rawUrl.slice(queryStart + 1);
  for (const segment of pathPart.split('/')) {
    const decoded = decodePart(segment);
    if ('problem' in decoded) return `The path ${decoded.problem}`;
  }
  for (const pair of queryPart.split('&')) {
    const [name, ...value] = pair.split('=');
    const decodedName = decodePart(name ?? '');
    if ('problem' in decodedName) return `A query parameter name ${decodedName.problem}`;
    const decodedValue = decodePart(value.join('='));
    if ('problem' in decodedValue) return `Query parameter "${decodedName.text}" ${decodedValue.problem}`;
  }
  return null;
}

/**
 * Mount before every router: `app.use(rejectMalformedUrls())`.
 */
export function rejectMalformedUrls(): RequestHandler {
  return (req, _res, next) => {
    const problem = urlProblem(req.originalUrl);
    next(problem === null ? undefined : new InvalidInputError(problem, { url: req.originalUrl.slice(0, 80) }));
  };
}
