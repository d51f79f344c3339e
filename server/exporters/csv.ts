/** CSV for /api/export: the claims CSV that domain/formats/csv.ts writes for the page too. */
import { claimsCsv, CSV_CONTENT_TYPE } from '../../domain/formats/csv';
import type { Exporter } from './exporter';

export const csvExporter: Exporter = {
  contentType: CSV_CONTENT_TYPE,
  extension: 'csv',
  render: claimsCsv,
};
