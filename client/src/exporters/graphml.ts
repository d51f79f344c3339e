/**
 * The current view as GraphML (yEd, Gephi, NetworkX, igraph). Every entity and claim field becomes a
 * declared <key>, so the evidence sentence and both dates survive the trip.
 */
import type { GraphView } from '../../../domain/api';
import { escapeXml, xmlElement } from './xml';

const NODE_KEYS = ['name', 'type', 'aliases', 'mentionCount'] as const;
const EDGE_KEYS = ['type', 'date', 'dateGregorian', 'calendar', 'line', 'evidence', 'documentId', 'confidence'] as const;
const KEY_TYPES: Record<string, string> = { mentionCount: 'int', line: 'int', confidence: 'double' };

function keyDeclarations(domain: 'node' | 'edge', keys: readonly string[]): string {
  return keys
    .map((key) => xmlElement('key', { id: `${domain[0]}_${key}`, for: domain, 'attr.name': key, 'attr.type': KEY_TYPES[key] ?? 'string' }))
    .join('\n  ');
}

function dataElements(domain: 'node' | 'edge', values: Record<string, unknown>, keys: readonly string[]): string {
  return keys
    .filter((key) => values[key] !== null && values[key] !== undefined)
    .map((key) => {
      const value = values[key];
      const text = Array.isArray(value) ? value.join('; ') : String(value);
      return `<data key="${domain[0]}_${key}">${escapeXml(text)}</data>`;
    })
    .join('');
}

/**
 * @example new DOMParser().parseFromString(toGraphML(view), 'application/xml').querySelectorAll('node').length
 */
export function toGraphML(view: GraphView): string {
  const nodes = view.nodes.map((node) => xmlElement('node', { id: node.id }, dataElements('node', { ...node }, NODE_KEYS)));
  const edges = view.edges.map((edge) =>
    xmlElement('edge', { id: edge.id, source: edge.source, target: edge.target }, dataElements('edge', { ...edge }, EDGE_KEYS)),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    `  ${keyDeclarations('node', NODE_KEYS)}`,
    `  ${keyDeclarations('edge', EDGE_KEYS)}`,
    '  <graph id="allegiance" edgedefault="directed">',
    ...nodes.map((node) => `    ${node}`),
    ...edges.map((edge) => `    ${edge}`),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
