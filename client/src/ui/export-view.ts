/**
 * Export buttons: the current view (visible, not dimmed) as PNG, GraphML, GEXF or JSON, built in the browser;
 * the claims behind the drawn edges are loaded for it on the first click (view-claims.ts).
 */
import type { Core } from 'cytoscape';
import type { ExportFormat } from '../../../domain/formats';
import { pageExport } from '../page-export';
import type { ViewFilter } from '../timeline-filter';
import type { ViewClaims } from '../view-claims';
import { visibleView } from '../visible-view';
import { download, el } from './dom';

const FORMATS: ReadonlyArray<{ label: string; format: ExportFormat }> = [
  { label: 'GraphML', format: 'graphml' },
  { label: 'GEXF', format: 'gexf' },
  { label: 'JSON', format: 'json' },
];

export function mountExports(container: HTMLElement, cy: Core, claims: ViewClaims, filter: () => ViewFilter): void {
  const png = el('button', { type: 'button', title: 'Save the graph as it looks now' }, 'PNG');
  png.addEventListener('click', () => {
    const blob = cy.png({ output: 'blob', full: false, scale: 2, bg: '#ffffff' }) as unknown as Blob;
    download('allegiance.png', blob, 'image/png');
  });
  const buttons = FORMATS.map((format) => {
    const button = el('button', { type: 'button', title: `Save the visible entities and claims as ${format.label}` }, format.label);
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const file = pageExport(format.format, visibleView(cy, await claims.load(), filter()));
        download(file.name, file.text, file.type);
      } catch (error) {
        button.title = `The claims could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
      } finally {
        button.disabled = false;
      }
    });
    return button;
  });
  container.replaceChildren(el('span', { class: 'meta' }, 'Export'), png, ...buttons);
}
