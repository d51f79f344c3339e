/**
 * The "side" view: every Person and Regiment takes the colour of whatever it last JOINED or SUPPORTED
 * inside the current window. Played over time, this shows a regiment's loyalty changing.
 * Sides are ranked by how many entities stand with them, so the biggest side always gets the first colour.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { EntityType, RelationType } from '../../domain/types';
import type { DayInterval } from '../../domain/dates/partial-iso';
import type { EdgeData, NodeData } from './graph-elements';
import { NO_SIDE_COLOUR, SIDE_COLOURS } from './palette';
import { claimInWindow } from './timeline-filter';

const SIDE_TAKERS: ReadonlySet<EntityType> = new Set<EntityType>(['Person', 'Regiment']);
const ALLEGIANCE: ReadonlySet<RelationType> = new Set<RelationType>(['JOINED', 'SUPPORTED']);

type SideClaim = Pick<EdgeData, 'source' | 'target' | 'type' | 'startDay' | 'endDay' | 'line'>;

export interface Side {
  id: string;
  colour: string;
  members: string[];
}

export interface SideAssignment {
  /** Entity id → id of the side it last joined or supported. */
  sideOf: Map<string, string>;
  sides: Side[];
}

function isLater(a: SideClaim, b: SideClaim): boolean {
  const aDay = a.startDay ?? -Infinity;
  const bDay = b.startDay ?? -Infinity;
  return aDay !== bDay ? aDay > bDay : a.line > b.line;
}

/**
 * Picks, for each side-taking entity, its latest JOINED/SUPPORTED claim in the window.
 * Undated claims count only when no window is set; ties on a day go to the later line of the text.
 * @example assignSides(nodes, edges, { start, end }).sideOf.get('petrograd_garrison') === 'bolsheviks'
 */
export function assignSides(
  nodes: readonly Pick<NodeData, 'id' | 'type'>[],
  claims: readonly SideClaim[],
  window: DayInterval | null,
): SideAssignment {
  const takers = new Set(nodes.filter((node) => SIDE_TAKERS.has(node.type)).map((node) => node.id));
  const latest = new Map<string, SideClaim>();
  for (const claim of claims) {
    if (!ALLEGIANCE.has(claim.type) || !takers.has(claim.source)) continue;
    if (!claimInWindow(claim, window, window === null)) continue;
    const previous = latest.get(claim.source);
    if (!previous || isLater(claim, previous)) latest.set(claim.source, claim);
  }
  const sideOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const [entity, claim] of latest) {
    sideOf.set(entity, claim.target);
    members.set(claim.target, [...(members.get(claim.target) ?? []), entity]);
  }
  const sides = [...members.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([id, sideMembers], rank) => ({ id, members: sideMembers.sort(), colour: SIDE_COLOURS[rank % SIDE_COLOURS.length] as string }));
  return { sideOf, sides };
}

/**
 * Colours side-takers by their side and each side's own node by its colour; clears it when `assignment` is null.
 * @example applySides(cy, assignSides(nodes, edges, window))
 */
export function applySides(cy: Core, assignment: SideAssignment | null): void {
  cy.batch(() => {
    cy.nodes().removeClass('sided');
    if (!assignment) return;
    const colourOf = new Map(assignment.sides.map((side) => [side.id, side.colour]));
    cy.nodes().forEach((node: NodeSingular) => {
      const data = node.data() as NodeData;
      const side = assignment.sideOf.get(node.id());
      const colour = colourOf.get(node.id()) ?? (side ? colourOf.get(side) : undefined);
      if (colour) {
        node.data('sideColour', colour);
        node.addClass('sided');
      } else if (SIDE_TAKERS.has(data.type)) {
        node.data('sideColour', NO_SIDE_COLOUR);
        node.addClass('sided');
      }
    });
  });
}
