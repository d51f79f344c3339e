/**
 * GET /api/openapi.json (the OpenAPI description) and GET /api/docs (a plain page generated from it:
 * every endpoint with its parameters and answers). The page is self-contained — no CDN, no
 * scripts — so it works offline and under a strict Content-Security-Policy.
 */
import { Router } from 'express';
import { describedOperations, OPENAPI_DOCUMENT, type DescribedOperation } from '../openapi';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function html(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character]);
}

function schemaSummary(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return schema.enum.join(' | ');
  const range = schema.minimum !== undefined ? ` ${String(schema.minimum)}–${String(schema.maximum ?? '')}` : '';
  const fallback = schema.default !== undefined ? `, default ${String(schema.default)}` : '';
  return `${String(schema.type ?? 'string')}${range}${fallback}`;
}

function operationSection(operation: DescribedOperation): string {
  const rows = operation.parameters.map(
    (parameter) =>
      `<tr><td><code>${html(parameter.name)}</code>${parameter.required ? ' *' : ''}</td><td>${parameter.in}</td>` +
      `<td>${html(schemaSummary(parameter.schema))}</td><td>${html(parameter.description)}</td></tr>`,
  );
  const parameters = rows.length === 0 ? '' : `<table><tr><th>parameter</th><th>in</th><th>value</th><th>meaning</th></tr>${rows.join('')}</table>`;
  const responses = Object.entries(operation.responses).map(([status, response]) => `<li><b>${status}</b> ${html(response.description)}</li>`);
  return `<section><h2><span class="method">${operation.method}</span> <code>${html(operation.path)}</code></h2><p>${html(operation.summary)}</p>${parameters}<ul>${responses.join('')}</ul></section>`;
}

/**
 * The docs page as one HTML string.
 * @example renderDocsPage().includes('/api/graph') // true
 */
export function renderDocsPage(): string {
  const { info } = OPENAPI_DOCUMENT;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${html(info.title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
section{border-top:1px solid #ddd;padding-top:.5rem}table{border-collapse:collapse;margin:.5rem 0}
td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}.method{color:#fff;background:#555;padding:0 .4rem;border-radius:3px}</style>
</head>
<body>
<h1>${html(info.title)} ${html(info.version)}</h1>
<p>${html(info.description)}</p>
<p>Machine-readable description: <a href="/api/openapi.json">/api/openapi.json</a>. Parameters marked * are required.</p>
${describedOperations().map(operationSection).join('\n')}
</body>
</html>
`;
}

/**
 * @example app.use('/api', openapiRouter()); // GET /api/openapi.json, GET /api/docs
 */
export function openapiRouter(): Router {
  const router = Router();
  const page = renderDocsPage();
  router.get('/openapi.json', (_req, res) => {
    res.json(OPENAPI_DOCUMENT);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(page);
  });
  return router;
}
