/**
 * The current view as dynamic GEXF 1.3 for Gephi: each claim carries its day span (New Style dates, so
 * Gephi's timeline is one consistent calendar) with the evidence and the text's own date as attributes.
 */
import type { GraphView } from '../../../domain/api';
import { isoDate, jdnToGregorian } from '../../../domain/dates/calendar';
import { claimInterval } from '../../../domain/dates/claim-days';
import { xmlElement } from './xml';

const NODE_ATTRIBUTES = [
  ['type', 'string'],
  ['mentionCount', 'integer'],
  ['aliases', 'string'],
] as const;
const EDGE_ATTRIBUTES = [
  ['relation', 'string'],
  ['date', 'string'],
  ['dateGregorian', 'string'],
  ['evidence', 'string'],
  ['line', 'integer'],
  ['documentId', 'string'],
] as const;

function attributeDeclarations(domain: 'node' | 'edge', attributes: readonly (readonly [string, string])[]): string {
  const declared = attributes.map(([title, type], index) => xmlElement('attribute', { id: `${domain[0]}${index}`, title, type })).join('');
  return xmlElement('attributes', { class: domain, mode: 'static' }, declared);
}

function attributeValues(domain: 'node' | 'edge', values: readonly (string | number | null)[]): string {
  const present = values
    .map((value, index) => (value === null ? '' : xmlElement('attvalue', { for: `${domain[0]}${index}`, value })))
    .join('');
  return xmlElement('attvalues', {}, present);
}

/**
 * @example toGexf(visibleView(cy)).startsWith('<?xml')
 */
export function toGexf(view: GraphView): string {
  const nodes = view.nodes.map((node) =>
    xmlElement('node', { id: node.id, label: node.name }, attributeValues('node', [node.type, node.mentionCount, node.aliases.join('; ')])),
  );
  const edges = view.edges.map((edge) => {
    const interval = claimInterval(edge);
    const span: Record<string, string> = interval
      ? { start: isoDate(jdnToGregorian(interval.start), 'day'), end: isoDate(jdnToGregorian(interval.end), 'day') }
      : {};
    const values = [edge.type, edge.date, edge.dateGregorian, edge.evidence, edge.line, edge.documentId];
    return xmlElement('edge', { id: edge.id, source: edge.source, target: edge.target, label: edge.type, ...span }, attributeValues('edge', values));
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>Allegiance</creator><description>Claims visible in the Allegiance page</description></meta>',
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    `    ${attributeDeclarations('node', NODE_ATTRIBUTES)}`,
    `    ${attributeDeclarations('edge', EDGE_ATTRIBUTES)}`,
    `    ${xmlElement('nodes', {}, nodes.join(''))}`,
    `    ${xmlElement('edges', {}, edges.join(''))}`,
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
