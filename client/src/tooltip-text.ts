/**
 * What a hover tooltip (or the keyboard focus) says about an entity or an edge: enough to decide whether
 * to open it, in one glance. An edge says how many claims it stands for and the days they span, in the
 * calendar style chosen; its evidence waits for the edge to be opened.
 */
import { type DateStyle, formatDay } from '../../domain/dates/styles';
import type { EdgeData, NodeData } from './graph-elements';
import { RELATION_LABELS } from './palette';

/** Evidence longer than this is cut at a word boundary. */
const EVIDENCE_CHARS = 160;

export interface TooltipText {
  title: string;
  lines: string[];
}

/**
 * @example excerpt('Den 25 oktober arresterade kommittén …', 20) // 'Den 25 oktober…'
 */
export function excerpt(text: string, limit = EVIDENCE_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * @example nodeTooltip(kerenski, 4) // { title: 'Kerenski', lines: ['Person · 12 mentions', '4 claims shown'] }
 */
export function nodeTooltip(node: NodeData, claimsShown: number): TooltipText {
  const mentions = `${node.mentionCount} mention${node.mentionCount === 1 ? '' : 's'}`;
  const claims = claimsShown === 0 ? 'no claim shown' : `${claimsShown} claim${claimsShown === 1 ? '' : 's'} shown`;
  return { title: node.name, lines: [`${node.type} · ${mentions}`, claims] };
}

/**
 * How many claims an edge stands for and when: "3 claims, 25 Oct 1917 OS – 7 Nov 1917 OS, 1 undated".
 * @example edgeSummary({ claims: 1, undated: 1, startDay: null, endDay: null }, 'old') // '1 claim, undated'
 */
export function edgeSummary(edge: Pick<EdgeData, 'claims' | 'undated' | 'startDay' | 'endDay'>, style: DateStyle): string {
  const count = `${edge.claims} claim${edge.claims === 1 ? '' : 's'}`;
  if (edge.startDay === null || edge.endDay === null) return `${count}, undated`;
  const first = formatDay(edge.startDay, style);
  const last = formatDay(edge.endDay, style);
  const span = first === last ? first : `${first} – ${last}`;
  return `${count}, ${span}${edge.undated > 0 ? `, ${edge.undated} undated` : ''}`;
}

/**
 * @example edgeTooltip(arrest, nameOf, 'old') // { title: 'Militärrevolutionära kommittén arrested Ministrarna', lines: ['2 claims, 25 Oct 1917 OS – 26 Oct 1917 OS', 'Click to read them'] }
 */
export function edgeTooltip(edge: EdgeData, nameOf: (id: string) => string, style: DateStyle): TooltipText {
  return {
    title: `${nameOf(edge.source)} ${RELATION_LABELS[edge.type]} ${nameOf(edge.target)}`,
    lines: [edgeSummary(edge, style), `Click to read ${edge.claims === 1 ? 'it' : 'them'}`],
  };
}
