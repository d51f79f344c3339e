/** People of the revolution and of Brest-Litovsk, in the corpus's Swedish spelling with common variants. */
import type { LexiconEntry } from './entry';

const person = (name: string, ...variants: string[]): LexiconEntry => ({ name, type: 'Person', variants });

export const PEOPLE: readonly LexiconEntry[] = [
  person('Kerenski'),
  person('Korniloff'),
  person('Lenin'),
  person('Trotskij', 'Trotski'),
];
