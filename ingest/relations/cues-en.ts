/** English verb cues: the words between two mentions that state a relation. */
import { gapCue, type RelationCue } from './pattern';

export const ENGLISH_CUES: readonly RelationCue[] = [
  { rule: 'en.arrest.passive', type: 'ARRESTED', direction: 'backward', gap: gapCue('(?:was|were)\\s+(?:arrested|imprisoned)\\s+by\\s+'), confidence: 0.9 },
  { rule: 'en.arrest.active', type: 'ARRESTED', direction: 'forward', gap: gapCue('(?:arrested|imprisoned)\\s+'), confidence: 0.9 },
  { rule: 'en.join', type: 'JOINED', direction: 'forward', gap: gapCue('(?:joined|went\\s+over\\s+to|sided\\s+with)\\s+'), confidence: 0.85 },
  { rule: 'en.support', type: 'SUPPORTED', direction: 'forward', gap: gapCue('(?:supported|backed|defended)\\s+'), confidence: 0.8 },
  { rule: 'en.oppose', type: 'OPPOSED', direction: 'forward', gap: gapCue('(?:opposed|fought|attacked|marched\\s+against)\\s+'), confidence: 0.8 },
  { rule: 'en.lead', type: 'LED', direction: 'forward', gap: gapCue('(?:led|commanded|headed)\\s+'), confidence: 0.8 },
  { rule: 'en.member', type: 'MEMBER_OF', direction: 'forward', gap: gapCue('(?:belonged\\s+to|was\\s+a\\s+member\\s+of)\\s+'), confidence: 0.8 },
  { rule: 'en.negotiate', type: 'NEGOTIATED_WITH', direction: 'forward', gap: gapCue('(?:negotiated|signed\\s+peace)\\s+with\\s+'), confidence: 0.85 },
];
