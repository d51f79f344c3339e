/** Swedish verb cues: the words between two mentions that state a relation. */
import { gapCue, type RelationCue } from './pattern';

export const SWEDISH_CUES: readonly RelationCue[] = [
  { rule: 'sv.arrest.passive', type: 'ARRESTED', direction: 'backward', gap: gapCue('(?:häktades|arresterades|fängslades|anhölls)\\s+av\\s+'), confidence: 0.9 },
  { rule: 'sv.arrest.active', type: 'ARRESTED', direction: 'forward', gap: gapCue('(?:häktade|arresterade|fängslade|anhöll)\\s+'), confidence: 0.9 },
  { rule: 'sv.join', type: 'JOINED', direction: 'forward', gap: gapCue('(?:anslöt\\s+sig\\s+till|gick\\s+över\\s+till|övergick\\s+till)\\s+'), confidence: 0.85 },
  { rule: 'sv.support', type: 'SUPPORTED', direction: 'forward', gap: gapCue('(?:stödde|understödde|försvarade)\\s+'), confidence: 0.8 },
  { rule: 'sv.oppose', type: 'OPPOSED', direction: 'forward', gap: gapCue('(?:bekämpade|angrep|tågade\\s+mot|kämpade\\s+mot)\\s+'), confidence: 0.8 },
  { rule: 'sv.lead', type: 'LED', direction: 'forward', gap: gapCue('(?:ledde|anförde)\\s+'), confidence: 0.8 },
  { rule: 'sv.member', type: 'MEMBER_OF', direction: 'forward', gap: gapCue('(?:tillhörde|var\\s+medlem\\s+(?:av|i))\\s+'), confidence: 0.8 },
  { rule: 'sv.negotiate', type: 'NEGOTIATED_WITH', direction: 'forward', gap: gapCue('(?:förhandlade|underhandlade)\\s+med\\s+'), confidence: 0.85 },
];
