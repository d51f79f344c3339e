/**
 * GraphML export for yEd, Cytoscape desktop, networkx and igraph: a directed multigraph with one
 * edge per claim, the dates in both calendars and the evidence sentence as edge data.
 */
import type { GraphEdge, GraphNode } from '../api';
import { describeWindow, type Exporter } from './exporter';
import { XML_DECLARATION, xmlElement, xmlText } from './xml';

type GraphMLType = 'string' | 'int' | 'double';

const NODE_KEYS: readonly [keyof GraphNode, GraphMLType][] = [
  ['name', 'string'],
  ['type', 'string'],
  ['aliases', 'string'],
  ['mentionCount', 'int'],
];

const EDGE_KEYS: readonly [keyof GraphEdge, GraphMLType][] = [
  ['type', 'string'],
  ['date', 'string'],
  ['dateGregorian', 'string'],
  ['calendar', 'string'],
  ['dateBasis', 'string'],
  ['datePrecision', 'string'],
  ['evidence', 'string'],
  ['line', 'int'],
  ['documentId', 'string'],
  ['sentenceId', 'string'],
  ['confidence', 'double'],
  ['status', 'string'],
  ['reviewedBy', 'string'],
];

function keyDeclarations(domain: 'node' | 'edge', keys: readonly [string, GraphMLType][]): string[] {
  return keys.map(([name, type]) => xmlElement('key', { id: `${domain}_${name}`, for: domain, 'attr.name': name, 'attr.type': type }));
}

function dataElements(domain: 'node' | 'edge', keys: readonly [string, GraphMLType][], item: object): string[] {
  return keys.flatMap(([name]) => {
    const value = (item as Record<string, unknown>)[name];
    if (value === null || value === undefined) return [];
    const text = Array.isArray(value) ? value.join('; ') : String(value);
    return [`<data key="${domain}_${name}">${xmlText(text)}</data>`];
  });
}

export const graphmlExporter: Exporter = {
  contentType: 'application/graphml+xml; charset=utf-8',
  extension: 'graphml',
  render: (view, context) => {
    const nodes = view.nodes.map((node) => xmlElement('node', { id: node.id }, dataElements('node', NODE_KEYS, node)));
    const edges = view.edges.map((edge) =>
      xmlElement('edge', { id: edge.id, source: edge.source, target: edge.target }, dataElements('edge', EDGE_KEYS, edge)),
    );
    return [
      XML_DECLARATION,
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
      `<!-- Allegiance export of ${xmlText(describeWindow(context))}, ${xmlText(context.generatedAt)} -->`,
      ...keyDeclarations('node', NODE_KEYS),
      ...keyDeclarations('edge', EDGE_KEYS),
      xmlElement('graph', { id: 'allegiance', edgedefault: 'directed' }, [...nodes, ...edges]),
      '</graphml>',
      '',
    ].join('\n');
  },
};
