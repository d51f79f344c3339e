/**
 * What a hover tooltip (or the keyboard focus) says about an entity or a claim: enough to decide whether to
 * open it, in one glance. A claim's date says its calendar and where it came from, as the claim panel does.
 */
import { withDateBasis } from '../../domain/dates/provenance';
import { describeClaimDate } from '../../domain/dates/styles';
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
 * @example edgeTooltip(arrest, nameOf) // { title: 'Militärrevolutionära kommittén arrested Ministrarna', lines: ['25 Oct 1917 OS = 7 Nov 1917 NS', '“Den 25 oktober …”'] }
 */
export function edgeTooltip(edge: EdgeData, nameOf: (id: string) => string): TooltipText {
  return {
    title: `${nameOf(edge.source)} ${RELATION_LABELS[edge.type]} ${nameOf(edge.target)}`,
    lines: [withDateBasis(describeClaimDate(edge), edge.dateBasis), `“${excerpt(edge.evidence)}”`],
  };
}
