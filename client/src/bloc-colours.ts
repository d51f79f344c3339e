/**
 * Colours that stay with a bloc from one time window to the next. A bloc is known by its anchor, its most
 * central member. Over the reference windows (each month of the corpus with the two before it) every
 * anchor is tallied by the size of the blocs it anchored; the anchors ranked so take the palette in order.
 * A window's bloc then takes the colour of the best-ranked anchor among its members (the known bloc it
 * overlaps), each colour once per window, largest blocs first; a bloc with no ranked member takes a colour
 * fixed by its own anchor. So colours do not depend on the way the reader moved the window, and the graph
 * and the alignment lanes agree.
 */
import type { BlocPartition } from './blocs';

/**
 * Ring colours, drawn as node outlines: they must not be read as entity types (which fill the node), so
 * none is close to the type fills (blue, vermilion, green, grey, pink).
 */
export const BLOC_COLOURS = ['#E31A1C', '#6A3D9A', '#E6AB02', '#1B1B1B', '#8C510A', '#01665E', '#C51B7D', '#7F7F00'];

/** Light tints for minor blocs (no ranked member), picked by anchor so they are stable too. */
export const EXTRA_BLOC_COLOURS = ['#17BECF', '#FB9A99', '#CAB2D6', '#FDBF6F', '#8DD3C7', '#BEBADA'];

/** Anchor id → its rank (0 first); only the first BLOC_COLOURS.length anchors are kept. */
export type AnchorRanking = ReadonlyMap<string, number>;

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) >>> 0;
  return value;
}

/**
 * Ranks the anchors of the reference partitions by the members they gathered, then by id.
 * @example rankAnchors(monthlyPartitions) // Map { 'bolsjevikerna' => 0, 'kerenski' => 1, ... }
 */
export function rankAnchors(partitions: readonly BlocPartition[]): AnchorRanking {
  const tally = new Map<string, number>();
  for (const partition of partitions) {
    for (const bloc of partition.blocs) {
      if (bloc.members.length < 2) continue;
      tally.set(bloc.anchor, (tally.get(bloc.anchor) ?? 0) + bloc.members.length);
    }
  }
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, BLOC_COLOURS.length);
  return new Map(ranked.map(([anchor], rank) => [anchor, rank]));
}

/**
 * The colour of each bloc of `window` (by index).
 * @example blocColours(rankAnchors(reference), findBlocs(claimsInWindow))[0]
 */
export function blocColours(ranking: AnchorRanking, window: BlocPartition): string[] {
  const colours: string[] = window.blocs.map((bloc) => EXTRA_BLOC_COLOURS[hash(bloc.anchor) % EXTRA_BLOC_COLOURS.length] as string);
  const used = new Set<number>();
  // Blocs come largest first, so a bloc that split keeps its colour in its larger part.
  window.blocs.forEach((bloc, index) => {
    const known = bloc.members
      .map((member) => ranking.get(member))
      .filter((rank): rank is number => rank !== undefined && !used.has(rank))
      .sort((a, b) => a - b);
    const rank = known[0];
    if (rank === undefined) return;
    used.add(rank);
    colours[index] = BLOC_COLOURS[rank] as string;
  });
  return colours;
}
