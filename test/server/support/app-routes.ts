/**
 * The routes an Express app answers under /api, read from its router table ("PATCH /api/claims/{id}",
 * path parameters written the OpenAPI way), so the OpenAPI test compares the description with
 * what the app really serves rather than with a list kept by hand.
 */
import type { Express } from 'express';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

export function appRoutes(app: Express): string[] {
  const root = (app as unknown as { router: { stack: Layer[] } }).router.stack;
  return root.flatMap((layer) =>
    (layer.handle?.stack ?? []).flatMap((inner) =>
      inner.route ? Object.keys(inner.route.methods).map((method) => `${method.toUpperCase()} /api${inner.route!.path.replace(/:(\w+)/g, '{$1}')}`) : [],
    ),
  );
}
