import { gregorianToJdn } from '../../domain/dates/calendar';
import type { EdgeData, NodeData } from '../../client/src/graph-elements';
import { NO_SIDE_COLOUR, SIDE_COLOURS } from '../../client/src/palette';
import { applySides, assignSides } from '../../client/src/side-colouring';
import { headlessGraph } from './support/headless';

const day = (year: number, month: number, date: number): number => gregorianToJdn({ year, month, day: date });

describe('assignSides', () => {
  const cy = headlessGraph();
  const nodes = cy.nodes().map((node) => node.data() as NodeData);
  const claims = cy.edges().map((edge) => edge.data() as EdgeData);

  test.each([
    ['all time: the garrison last joined the Bolsheviks', null, 'petrograds_garnison', 'bolsjevikerna'],
    ['late summer 1917: the garrison supported Kerenski', { start: day(1917, 8, 1), end: day(1917, 9, 30) }, 'petrograds_garnison', 'kerenski'],
    ['October 1917: the garrison has joined the Bolsheviks', { start: day(1917, 8, 1), end: day(1917, 11, 30) }, 'petrograds_garnison', 'bolsjevikerna'],
    ['before any allegiance claim: no side', { start: day(1917, 7, 1), end: day(1917, 7, 31) }, 'petrograds_garnison', undefined],
    ['undated claims count without a window', null, 'tseretelli', 'kerenski'],
    ['undated claims do not count inside a window', { start: day(1917, 1, 1), end: day(1918, 12, 31) }, 'tseretelli', undefined],
  ])('%s', (_name, window, entity, side) => {
    expect(assignSides(nodes, claims, window).sideOf.get(entity)).toBe(side);
  });

  test('only Persons and Regiments take sides', () => {
    const assignment = assignSides(nodes, claims, null);
    expect([...assignment.sideOf.keys()].sort()).toEqual(['petrograds_garnison', 'tseretelli']);
  });

  test('sides are ranked by their number of members', () => {
    const extra = { ...(claims.find((claim) => claim.id === 'c4') as EdgeData), id: 'x', source: 'kornilov' };
    const { sides } = assignSides(nodes, [...claims, extra], null);
    expect(sides.map((side) => [side.id, side.members, side.colour])).toEqual([
      ['bolsjevikerna', ['kornilov', 'petrograds_garnison'], SIDE_COLOURS[0]],
      ['kerenski', ['tseretelli'], SIDE_COLOURS[1]],
    ]);
  });

  test('ties on a day go to the later line', () => {
    const base = claims.find((claim) => claim.id === 'c2') as EdgeData;
    const later = { ...base, id: 'y', target: 'kadetterna', line: base.line + 1 };
    expect(assignSides(nodes, [later, base], null).sideOf.get('petrograds_garnison')).toBe('kadetterna');
  });
});

describe('applySides on a headless graph', () => {
  test('colours members and their side alike, side-takers without a side grey, and clears', () => {
    const cy = headlessGraph();
    const nodes = cy.nodes().map((node) => node.data() as NodeData);
    const claims = cy.edges().map((edge) => edge.data() as EdgeData);
    applySides(cy, assignSides(nodes, claims, { start: day(1917, 8, 1), end: day(1917, 9, 30) }));
    const colour = (id: string): string => cy.getElementById(id).style('background-color') as string;
    expect(cy.getElementById('petrograds_garnison').data('sideColour')).toBe(cy.getElementById('kerenski').data('sideColour'));
    expect(cy.getElementById('kornilov').data('sideColour')).toBe(NO_SIDE_COLOUR);
    expect(cy.getElementById('petrograd').hasClass('sided')).toBe(false);
    expect(colour('petrograds_garnison')).toBe(colour('kerenski'));
    applySides(cy, null);
    expect(cy.nodes('.sided').length).toBe(0);
  });
});
