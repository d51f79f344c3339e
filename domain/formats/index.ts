/** The export formats by name, as `GET /api/export?format=` and the page's download buttons name them. */
import { csvExporter } from './csv';
import type { Exporter } from './exporter';
import { gexfExporter } from './gexf';
import { graphmlExporter } from './graphml';
import { jsonExporter } from './json';

export type { ExportContext, Exporter } from './exporter';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  json: jsonExporter,
  graphml: graphmlExporter,
  gexf: gexfExporter,
  csv: csvExporter,
};

/**
 * The download name: allegiance.gexf, or allegiance_1917-10_1917-11.gexf for a window.
 * @example exportFileName('gexf', '1917-10', undefined) // 'allegiance_1917-10_end.gexf'
 */
export function exportFileName(extension: string, from: string | undefined, to: string | undefined): string {
  const window = from === undefined && to === undefined ? '' : `_${from ?? 'start'}_${to ?? 'end'}`;
  return `allegiance${window}.${extension}`;
}
