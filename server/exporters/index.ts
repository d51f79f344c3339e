/** The export formats by name, as `GET /api/export?format=` accepts them. */
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
