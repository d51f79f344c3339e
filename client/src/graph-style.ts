/**
 * The Cytoscape stylesheet. Type decides colour and shape, mentions decide size and label size,
 * claims decide an edge's width and count label, and state is expressed only through classes (hidden, faded, dimmed, highlighted, sided, kbd-focus) that the
 * filter and view modules toggle, so that no module writes style bypasses. Which names are drawn, and at
 * what size, is node data (`labelSize`, set by ui/zoom-labels.ts once the layout is done).
 */
import type { StylesheetJson } from 'cytoscape';
import { ENTITY_TYPES, RELATION_TYPES } from '../../domain/types';
import { ENTITY_COLOURS, ENTITY_SHAPES, RELATION_COLOURS } from './palette';
import { claimStatusStyle } from './curation/claim-status-style';

/** Below this rendered size a label is not drawn: small names disappear first when zooming out. */
const MIN_ZOOMED_FONT_SIZE = 9;

export function graphStyle(): StylesheetJson {
  const byEntityType = ENTITY_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': ENTITY_COLOURS[type], shape: ENTITY_SHAPES[type] },
  }));
  const byRelationType = RELATION_TYPES.map((type) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': RELATION_COLOURS[type], 'target-arrow-color': RELATION_COLOURS[type] },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': 'data(fontSize)',
        'font-family': 'system-ui, "Segoe UI", Roboto, sans-serif',
        color: '#1B2631',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#FFFFFF',
        'text-outline-width': 2,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
        'border-width': 1,
        'border-color': '#FFFFFF',
      },
    },
    ...byEntityType,
    {
      selector: 'edge',
      style: {
        // An edge stands for its claims: wider for more, and their count written on it once zoomed in.
        width: 'data(width)',
        label: 'data(countLabel)',
        'font-size': 9,
        'min-zoomed-font-size': 8,
        'text-rotation': 'autorotate',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.8,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        opacity: 0.8,
      },
    },
    ...byRelationType,
    ...claimStatusStyle(),
    // Names by zoom level: 0 means no name here; otherwise a size that reads the same on screen at any zoom.
    { selector: 'node[labelSize <= 0]', style: { label: '' } },
    { selector: 'node[labelSize > 0]', style: { 'font-size': 'data(labelSize)', 'min-zoomed-font-size': 0 } },
    { selector: 'node.sided', style: { 'outline-width': 5, 'outline-color': 'data(blocColour)', 'outline-offset': 1, 'outline-opacity': 1 } },
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.35 } },
    { selector: '.dimmed', style: { opacity: 0.08, 'text-opacity': 0 } },
    { selector: 'node.highlighted', style: { 'border-width': 4, 'border-color': '#F1C40F', opacity: 1, 'text-opacity': 1 } },
    { selector: 'edge.highlighted', style: { width: 5, opacity: 1, 'underlay-color': '#F1C40F', 'underlay-padding': 3, 'underlay-opacity': 0.6 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#17202A' } },
    // The keyboard focus: a blue halo behind the entity, apart from the selection's border and the bloc's ring.
    { selector: 'node.kbd-focus', style: { 'underlay-color': '#1A73E8', 'underlay-padding': 9, 'underlay-opacity': 0.5, 'underlay-shape': 'ellipse' } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1, 'line-style': 'solid' } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
