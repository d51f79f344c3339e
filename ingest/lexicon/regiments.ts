/** Named military units and armed bodies: regiments, divisions, fleets, Cossacks, cadets, the Red Guard. */
import type { LexiconEntry } from './entry';

const regiment = (name: string, ...variants: string[]): LexiconEntry => ({ name, type: 'Regiment', variants });

export const REGIMENTS: readonly LexiconEntry[] = [
  regiment('Petrograds garnison', 'Petrograd-garnisonen', 'Petrogradgarnisonen', 'garnisonen', 'Petrograd garrison'),
  regiment('Röda gardet', 'rödgardisterna', 'Red Guard', 'Red Guards'),
  regiment('Fänrikarna', 'junkrarna', 'junkers'),
  regiment('Kosackerna', 'Cossacks'),
  regiment('Kronstadt-matroserna', 'Kronstadtmatroserna', 'matroserna från Kronstadt', 'matroser från Kronstadt'),
  regiment('Östersjöflottan', 'Baltic Fleet'),
  regiment('Kulsprutebataljonen', 'kulspruteregementet'),
  regiment('Volhyniska regementet', 'Volhynian Regiment'),
  regiment('Kaukasiska divisionen', 'vilda divisionen', 'Savage Division'),
  regiment('Kvinnobataljonen', 'kvinnoregementet'),
  regiment('Automobilkåren'),
  regiment('Pansarautomobilbataljonen'),
];
