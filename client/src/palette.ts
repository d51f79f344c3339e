/**
 * The page's visual vocabulary: one colour and shape per entity type, one colour per relation type,
 * (bloc rings have their own palette, in bloc-colours.ts). Kept in one place so the graph, the legend and the exports agree.
 * Colours are from the Okabe–Ito and Tableau palettes, distinguishable with common colour blindness.
 */
import type { Css } from 'cytoscape';
import type { EntityType, RelationType } from '../../domain/types';

export const ENTITY_COLOURS: Record<EntityType, string> = {
  Person: '#0072B2',
  Party: '#D55E00',
  Regiment: '#009E73',
  Place: '#999999',
  Organization: '#CC79A7',
};

/** Cytoscape node shapes; shapes repeat the type so the graph reads in greyscale too. */
export const ENTITY_SHAPES: Record<EntityType, Css.NodeShape> = {
  Person: 'ellipse',
  Party: 'round-rectangle',
  Regiment: 'diamond',
  Place: 'round-triangle',
  Organization: 'hexagon',
};

export const RELATION_COLOURS: Record<RelationType, string> = {
  OPPOSED: '#C0392B',
  JOINED: '#1E8449',
  ARRESTED: '#6C3483',
  SUPPORTED: '#2E86C1',
  LED: '#B9770E',
  MEMBER_OF: '#7F8C8D',
  NEGOTIATED_WITH: '#17A589',
};

/** Human labels for relation types in legends and the lane chart. */
export const RELATION_LABELS: Record<RelationType, string> = {
  OPPOSED: 'opposed',
  JOINED: 'joined',
  ARRESTED: 'arrested',
  SUPPORTED: 'supported',
  LED: 'led',
  MEMBER_OF: 'member of',
  NEGOTIATED_WITH: 'negotiated with',
};
