/**
 * Blocs on the graph: each entity in a bloc gets a ring (Cytoscape's outline) in its bloc's colour, a
 * channel apart from the fill that tells the entity's type. The ranking of anchors is computed once, as
 * the reference that keeps colours stable (bloc-colours.ts); each window's blocs come from its shown claims.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { AnchorRanking } from './bloc-colours';
import { blocColours } from './bloc-colours';
import type { BlocPartition, SignedClaim } from './blocs';
import { findBlocs } from './blocs';

export interface BlocView {
  partition: BlocPartition;
  /** Colour of each bloc of `partition`, by index. */
  colours: string[];
}

/**
 * @example windowBlocs(blocRanking(allClaims), shownClaims).colours[0]
 */
export function windowBlocs(ranking: AnchorRanking, claims: readonly SignedClaim[]): BlocView {
  const partition = findBlocs(claims);
  return { partition, colours: blocColours(ranking, partition) };
}

/** The colour of an entity's bloc in the view, or undefined when it is in none. */
export function blocColourOf(view: BlocView, entity: string): string | undefined {
  const bloc = view.partition.blocOf.get(entity);
  return bloc === undefined ? undefined : view.colours[bloc];
}

/**
 * Rings bloc members in their bloc's colour (class `sided`, data `blocColour`); clears all rings when `view` is null.
 * @example applyBlocs(cy, windowBlocs(reference, shownClaims))
 */
export function applyBlocs(cy: Core, view: BlocView | null): void {
  cy.batch(() => {
    cy.nodes().removeClass('sided');
    if (!view) return;
    cy.nodes().forEach((node: NodeSingular) => {
      const colour = blocColourOf(view, node.id());
      if (!colour) return;
      node.data('blocColour', colour);
      node.addClass('sided');
    });
  });
}
