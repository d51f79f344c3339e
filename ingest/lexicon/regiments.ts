/** Named military units and armed bodies. */
import type { LexiconEntry } from './entry';

const regiment = (name: string, ...variants: string[]): LexiconEntry => ({ name, type: 'Regiment', variants });

export const REGIMENTS: readonly LexiconEntry[] = [regiment('Petrograds garnison'), regiment('Röda gardet')];
