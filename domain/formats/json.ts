/**
 * JSON export: the GraphView exactly as GET /api/graph returns it, plus where it came from: the
 * window asked for, or for a selection (the page's visible view) what it holds.
 */
import type { Exporter } from './exporter';

export const jsonExporter: Exporter = {
  contentType: 'application/json; charset=utf-8',
  extension: 'json',
  render: (view, context) => {
    const window = { from: context.from ?? null, to: context.to ?? null, calendar: context.calendar ?? 'text' };
    const scope = context.scope === undefined ? {} : { scope: context.scope };
    return `${JSON.stringify({ exportedAt: context.generatedAt, window, ...scope, ...view }, null, 2)}\n`;
  },
};
