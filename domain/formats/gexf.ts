/**
 * Dynamic GEXF 1.3 for Gephi's timeline. Each claim is one edge (kind = relation type, so parallel
 * claims stay apart) living from the first to the last Gregorian day its date covers (an Old Style
 * month runs from the 14th to the 13th), with the evidence sentence, the text's own date and the
 * provenance as attribute values: Gephi users get the time intervals and the sources together. A node lives while any of its dated claims does; a node
 * with an undated claim lives throughout, as do undated claims.
 */
import type { GraphEdge, GraphView } from '../api';
import { claimPeriod } from '../dates/claim-days';
import type { DayPeriod } from '../dates/partial-iso';
import { describeWindow, type Exporter } from './exporter';
import { XML_DECLARATION, xmlElement, xmlText } from './xml';

type GexfType = 'string' | 'integer' | 'double';

const NODE_ATTRIBUTES: readonly [string, GexfType][] = [
  ['type', 'string'],
  ['aliases', 'string'],
  ['mentionCount', 'integer'],
];

const EDGE_ATTRIBUTES: readonly [string, GexfType][] = [
  ['relation', 'string'],
  ['evidence', 'string'],
  ['date', 'string'],
  ['dateGregorian', 'string'],
  ['calendar', 'string'],
  ['dateBasis', 'string'],
  ['datePrecision', 'string'],
  ['line', 'integer'],
  ['documentId', 'string'],
  ['sentenceId', 'string'],
  ['confidence', 'double'],
  ['status', 'string'],
  ['reviewedBy', 'string'],
];

function attributeDeclarations(domain: 'node' | 'edge', attributes: readonly [string, GexfType][]): string {
  const declared = attributes.map(([title, type]) => xmlElement('attribute', { id: `${domain}_${title}`, title, type }));
  return xmlElement('attributes', { class: domain }, declared);
}

function attributeValues(domain: 'node' | 'edge', values: Record<string, string | number | null>): string[] {
  const present = Object.entries(values).filter(([, value]) => value !== null && value !== '');
  if (present.length === 0) return [];
  return [xmlElement('attvalues', {}, present.map(([title, value]) => xmlElement('attvalue', { for: `${domain}_${title}`, value })))];
}

/**
 * The union of periods as sorted, non-overlapping spells (days that touch are merged too).
 * @example mergePeriods([{ start: '1917-10-25', end: '1917-10-25' }, { start: '1917-10-01', end: '1917-10-31' }])
 * // [{ start: '1917-10-01', end: '1917-10-31' }]
 */
export function mergePeriods(periods: readonly DayPeriod[]): DayPeriod[] {
  const sorted = [...periods].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: DayPeriod[] = [];
  for (const period of sorted) {
    const last = merged[merged.length - 1];
    if (last && period.start <= nextDay(last.end)) {
      if (period.end > last.end) last.end = period.end;
    } else {
      merged.push({ ...period });
    }
  }
  return merged;
}

function nextDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Each node's spells, or null for a node that lives throughout (an undated claim, or no claim at all). */
function nodeSpells(view: GraphView): Map<string, DayPeriod[] | null> {
  const periods = new Map<string, DayPeriod[] | null>(view.nodes.map((node) => [node.id, []]));
  for (const edge of view.edges) {
    const period = claimPeriod(edge);
    for (const id of [edge.source, edge.target]) {
      const known = periods.get(id);
      if (known === null || known === undefined) continue;
      if (period === null) periods.set(id, null);
      else known.push(period);
    }
  }
  return new Map([...periods].map(([id, list]) => [id, list === null || list.length === 0 ? null : mergePeriods(list)]));
}

function spellsElement(spells: DayPeriod[] | null): string[] {
  if (spells === null) return [];
  return [xmlElement('spells', {}, spells.map((spell) => xmlElement('spell', { start: spell.start, end: spell.end })))];
}

function edgeElement(edge: GraphEdge): string {
  const period = claimPeriod(edge);
  const values = attributeValues('edge', {
    relation: edge.type,
    evidence: edge.evidence,
    date: edge.date,
    dateGregorian: edge.dateGregorian,
    calendar: edge.calendar,
    dateBasis: edge.dateBasis ?? null,
    datePrecision: edge.datePrecision ?? null,
    line: edge.line,
    documentId: edge.documentId,
    sentenceId: edge.sentenceId,
    confidence: edge.confidence,
    status: edge.status ?? 'machine',
    reviewedBy: edge.reviewedBy ?? null,
  });
  const attributes = { id: edge.id, source: edge.source, target: edge.target, kind: edge.type, label: edge.type, start: period?.start, end: period?.end };
  return xmlElement('edge', attributes, values);
}

export const gexfExporter: Exporter = {
  contentType: 'application/gexf+xml; charset=utf-8',
  extension: 'gexf',
  render: (view, context) => {
    const spells = nodeSpells(view);
    const nodes = view.nodes.map((node) =>
      xmlElement('node', { id: node.id, label: node.name }, [
        ...attributeValues('node', { type: node.type, aliases: node.aliases.join('; '), mentionCount: node.mentionCount }),
        ...spellsElement(spells.get(node.id) ?? null),
      ]),
    );
    const meta = xmlElement('meta', { lastmodifieddate: context.generatedAt.slice(0, 10) }, [
      xmlElement('creator', {}, ['Allegiance']),
      xmlElement('description', {}, [xmlText(`Claims with their evidence: ${describeWindow(context)}`)]),
    ]);
    const graph = xmlElement('graph', { mode: 'dynamic', defaultedgetype: 'directed', timeformat: 'date', timerepresentation: 'interval' }, [
      attributeDeclarations('node', NODE_ATTRIBUTES),
      attributeDeclarations('edge', EDGE_ATTRIBUTES),
      xmlElement('nodes', {}, nodes),
      xmlElement('edges', {}, view.edges.map(edgeElement)),
    ]);
    return [
      XML_DECLARATION,
      '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
      meta,
      graph,
      '</gexf>',
      '',
    ].join('\n');
  },
};
