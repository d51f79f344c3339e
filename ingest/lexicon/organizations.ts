/** Governments, soviets, committees, congresses, councils and newspapers. */
import type { LexiconEntry } from './entry';

const organization = (name: string, ...variants: string[]): LexiconEntry => ({ name, type: 'Organization', variants });

export const ORGANIZATIONS: readonly LexiconEntry[] = [
  organization('Petrograds sovjet', 'Petrograd-sovjet'),
  organization('Provisoriska regeringen'),
];
