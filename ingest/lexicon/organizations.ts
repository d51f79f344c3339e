/** Governments, soviets, committees, congresses, conferences, councils, alliances and newspapers. */
import type { LexiconEntry } from './entry';

const organization = (name: string, ...variants: string[]): LexiconEntry => ({ name, type: 'Organization', variants });

export const ORGANIZATIONS: readonly LexiconEntry[] = [
  organization('Provisoriska regeringen', 'provisoriska regering', 'koalitionsregeringen', 'koalitionsministeriet', 'Provisional Government'),
  organization('Petrograds sovjet', 'Petrograd-sovjet', 'Petrogradsovjet', 'Petrograd Soviet'),
  organization('Moskvas sovjet', 'Moskwas sovjet', 'sovjet i Moskwa', 'Moscow Soviet'),
  organization(
    'Centralexekutivkommittén',
    'central-exekutivkommittén', 'exekutivkommittén', 'centrala exekutivkommittén', 'allryska exekutivkommittén',
    'exekutiva kommittén', 'Central Executive Committee',
  ),
  organization(
    'Militärrevolutionära kommittén',
    'militärkommittén', 'revolutionära militärkommittén', 'militärrevolutionära kommittén', 'Military Revolutionary Committee',
  ),
  organization('Folkkommissariernas råd', 'folkkommissarierna', 'Council of People’s Commissars'),
  organization('Sovjetregeringen', 'Soviet Government'),
  organization('Förparlamentet', 'förparlament', 'Pre-Parliament'),
  organization('Konstituanten', 'konstituerande församlingen', 'Constituent Assembly'),
  organization('Demokratiska konferensen', 'demokratiska kongressen', 'Democratic Conference'),
  organization('Moskwa-konferensen', 'Moskwakonferensen', 'Moskva-konferensen', 'Moscow Conference'),
  organization('Första allryska sovjetkongressen', 'allryska sovjetkongressen', 'sovjetkongressen', 'första sovjetkongressen', 'julikongressen', 'första sovjetkonferensen'),
  organization('Andra allryska sovjetkongressen', 'andra sovjetkongressen', 'nya sovjetkongressen', 'Second Congress of Soviets'),
  organization('Garnisonskonferensen'),
  organization('Garnisonsrådet'),
  organization('Soldatsektionen'),
  organization('Armékommittéerna'),
  organization('Högkvarteret', 'Stavka'),
  organization('Generalstaben'),
  organization('Duman', 'riksduman', 'Duma'),
  organization('Stadsduman'),
  organization('Ententen', 'Entente'),
  organization('Internationalen', 'International'),
  organization('Radan', 'Kiefradan', 'Kief-radan', 'Centralradan', 'Rada'),
  organization('Kiefdelegationen', 'Kieffdelegationen'),
  organization('Semstwoerna', 'semstwo', 'zemstvos'),
  organization('Tyska regeringen', 'German Government'),
  organization('Novaja Sjisn', 'Novaya Zhizn'),
  organization('Pravda'),
  organization('Iskra'),
  organization('Isvestija', 'Izvestia'),
  organization('Rabotsji Put'),
  organization('Djelo Naroda', 'Dielo Naroda'),
  organization('Vikschel', 'Vikzhel'),
];
