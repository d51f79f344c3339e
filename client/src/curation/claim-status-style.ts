/**
 * How review status is drawn on an edge (its claims' status: accepted or rejected when every claim
 * behind it is, machine otherwise): accepted solid, machine (not all reviewed) dashed, rejected not at
 * all unless the reader asks to see them, then dotted and faint (struck out). Spread into client/src/graph-style.ts before the state classes,
 * so selection and highlighting still win.
 */
import type { StylesheetJson } from 'cytoscape';

/** The class the page puts on rejected claims while "Show rejected" is on. */
export const SHOWN_REJECTED = 'shown-rejected';

export function claimStatusStyle(): StylesheetJson {
  return [
    { selector: 'edge[status = "machine"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
    { selector: 'edge[status = "accepted"]', style: { 'line-style': 'solid' } },
    { selector: 'edge[status = "rejected"]', style: { display: 'none' } },
    { selector: `edge[status = "rejected"].${SHOWN_REJECTED}`, style: { display: 'element', 'line-style': 'dotted', opacity: 0.35, 'target-arrow-shape': 'tee' } },
  ];
}
