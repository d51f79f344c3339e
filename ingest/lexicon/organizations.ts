/** Governments, soviets, committees, congresses, conferences, councils, alliances and newspapers. */
import type { LexiconEntry } from './entry';

const organization = (name: string, ...variants: string[]): LexiconEntry => ({ name, type: 'Organization', variants });

/** What a text calls "the congress" without an ordinal: whichever All-Russian Congress of Soviets had last convened. */
const BARE_CONGRESS_FORMS = ['allryska sovjetkongressen', 'sovjetkongressen'];

/**
 * An All-Russian Congress of Soviets, with its ordinal forms ("andra allryska sovjetkongressen",
 * "andra sovjetkongressen", "Second Congress of Soviets") and the bare forms between the day it
 * convened and the day before the next one did (Gregorian: the 2nd convened 25 Oct 1917 OS = 7 Nov NS).
 */
function congressOfSoviets(
  ordinal: string,
  english: string,
  current: { validFrom?: string; validTo?: string },
  ...variants: string[]
): LexiconEntry {
  return {
    name: `${ordinal.charAt(0).toUpperCase()}${ordinal.slice(1)} allryska sovjetkongressen`,
    type: 'Organization',
    variants: [`${ordinal} allryska sovjetkongressen`, `${ordinal} sovjetkongressen`, `${english} Congress of Soviets`, ...variants],
    datedForms: BARE_CONGRESS_FORMS.map((form) => ({ form, ...current })),
  };
}

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
  congressOfSoviets('första', 'First', { validTo: '1917-11-06' }, 'julikongressen', 'första sovjetkonferensen'),
  congressOfSoviets('andra', 'Second', { validFrom: '1917-11-07', validTo: '1918-01-22' }, 'nya sovjetkongressen'),
  congressOfSoviets('tredje', 'Third', { validFrom: '1918-01-23', validTo: '1918-03-13' }),
  congressOfSoviets('fjärde', 'Fourth', { validFrom: '1918-03-14', validTo: '1918-07-03' }),
  congressOfSoviets('femte', 'Fifth', { validFrom: '1918-07-04' }),
  organization('Garnisonskonferensen'),
  organization('Garnisonsrådet'),
  organization('Soldatsektionen'),
  organization('Militärorganisationen', 'militärorganisation', 'militäriska organisationen', 'militäriska organisation', 'Military Organisation'),
  organization('Centralkommittén', 'centralkommitté', 'Central Committee'),
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
