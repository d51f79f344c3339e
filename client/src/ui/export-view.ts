/** Export buttons: the current view (visible, not dimmed) as PNG, GraphML, GEXF or JSON, built in the browser. */
import type { Core } from 'cytoscape';
import { toGexf } from '../exporters/gexf';
import { toGraphML } from '../exporters/graphml';
import { toJson } from '../exporters/json';
import { visibleView } from '../exporters/visible-view';
import { download, el } from './dom';

const FORMATS = [
  { label: 'GraphML', file: 'allegiance.graphml', type: 'application/graphml+xml', write: toGraphML },
  { label: 'GEXF', file: 'allegiance.gexf', type: 'application/gexf+xml', write: toGexf },
  { label: 'JSON', file: 'allegiance.json', type: 'application/json', write: toJson },
] as const;

export function mountExports(container: HTMLElement, cy: Core): void {
  const png = el('button', { type: 'button', title: 'Save the graph as it looks now' }, 'PNG');
  png.addEventListener('click', () => {
    const blob = cy.png({ output: 'blob', full: false, scale: 2, bg: '#ffffff' }) as unknown as Blob;
    download('allegiance.png', blob, 'image/png');
  });
  const buttons = FORMATS.map((format) => {
    const button = el('button', { type: 'button', title: `Save the visible entities and claims as ${format.label}` }, format.label);
    button.addEventListener('click', () => download(format.file, format.write(visibleView(cy)), format.type));
    return button;
  });
  container.replaceChildren(el('span', { class: 'meta' }, 'Export'), png, ...buttons);
}
