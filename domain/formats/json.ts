/** JSON export: the GraphView exactly as GET /api/graph returns it, plus where it came from. */
import type { Exporter } from './exporter';

export const jsonExporter: Exporter = {
  contentType: 'application/json; charset=utf-8',
  extension: 'json',
  render: (view, context) => `${JSON.stringify({ exportedAt: context.generatedAt, window: { from: context.from ?? null, to: context.to ?? null, calendar: context.calendar ?? 'text' }, ...view }, null, 2)}\n`,
};
