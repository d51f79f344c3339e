/**
 * The page's downloads: the visible view written by the same writers as /api/export
 * (domain/formats/), so a view saved from the page and the same claims exported by the API are
 * the same kind of file, key for key.
 */
import type { GraphView } from '../../domain/api';
import { EXPORTERS, exportFileName, type ExportFormat } from '../../domain/formats';

/** How the file's header describes what the page exported. */
export const PAGE_EXPORT_SCOPE = 'the claims visible in the page';

export interface PageFile {
  name: string;
  type: string;
  text: string;
}

/**
 * @example pageExport('graphml', visibleView(cy)) // { name: 'allegiance.graphml', type: 'application/graphml+xml; ...', text: '<?xml ...' }
 */
export function pageExport(format: ExportFormat, view: GraphView, generatedAt: string = new Date().toISOString()): PageFile {
  const exporter = EXPORTERS[format];
  return {
    name: exportFileName(exporter.extension, undefined, undefined),
    type: exporter.contentType,
    text: exporter.render(view, { generatedAt, scope: PAGE_EXPORT_SCOPE }),
  };
}
