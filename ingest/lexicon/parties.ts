/** Parties, factions and political movements, named in Swedish by their members' plural ("bolsjevikerna"). */
import type { LexiconEntry } from './entry';

const party = (name: string, ...variants: string[]): LexiconEntry => ({ name, type: 'Party', variants });

export const PARTIES: readonly LexiconEntry[] = [
  party('Bolsjevikerna', 'bolsjevikpartiet', 'Bolsheviks'),
  party('Mensjevikerna', 'mensjevikpartiet', 'Mensheviks'),
  party('Socialrevolutionärerna', 'Socialist Revolutionaries'),
  party('Vänstersocialrevolutionärerna', 'vänstra socialrevolutionärerna', 'Left Socialist Revolutionaries'),
  party('Högersocialrevolutionärerna', 'högra socialrevolutionärerna', 'Right Socialist Revolutionaries'),
  party('Kadetterna', 'kadettpartiet', 'Kadets', 'Cadets'),
  party('Bund'),
  party('Svarta sotjnan', 'Black Hundreds'),
  party('Plechanoffs grupp', 'Jedinstvo', 'Edinstvo'),
  party('Internationalisterna', 'mensjevik-internationalisterna'),
  party('Narodnikerna', 'Narodniki', 'Narodnikis'),
  party('Oktobristerna', 'Octobrists'),
  party('Trudovikerna', 'Trudoviks'),
  party('Folksocialisterna'),
  party('Anarkisterna', 'Anarchists'),
  party('Maximalisterna'),
];
