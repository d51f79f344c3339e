/**
 * Namesakes: people group by surname ("Pjotr Krasnoff", "general Krasnoff", "Krasnoffs"), which is
 * right until one text names two people of one family ("J. A. Cronstedt" and "K. O. Cronstedt").
 * Their given names or initials then tell them apart: each gets a key of its own, and a bare
 * surname goes to the one named last before it — a historian writes the bare name right after the
 * full one — or, when none was named before it, stays apart, since it may mean either. A lone
 * word whose shape made it look like a place is a person when the document names that person in full.
 */
import type { Mention } from '../../domain/types';
import { entityKey } from './entity-key';
import type { LocatedCandidate } from './filter';

/** Rules that type a lone word by its shape alone, with no preposition or title to go by. */
const SHAPE_ONLY_RULES: ReadonlySet<string> = new Set(['capitalised']);

/**
 * A lone word that the shape rule guessed, and that is the surname of a person the document names in
 * full ("Malmborg" after "G. H. Malmborg", though "-borg" looks like a place), is that person.
 */
export function withSurnames(candidates: readonly LocatedCandidate[]): LocatedCandidate[] {
  const fullNames = new Set(candidates.filter((c) => c.type === 'Person' && !c.weak && /\s/u.test(c.text)).map((c) => c.key));
  return candidates.map((c) => {
    if (c.type === 'Person' || !SHAPE_ONLY_RULES.has(c.rule) || /\s/u.test(c.text)) return c;
    const key = entityKey(c.text, 'Person');
    return fullNames.has(key) ? { ...c, type: 'Person', key, weak: false } : c;
  });
}

/** Words of a name that are no given name: particles, a ruler's numeral, a place after "av"/"of". */
const NOT_GIVEN = /^(?:von|van|de|der|di|da|af|na|[IVX]+)$/u;

/**
 * The initials of a person mention's given names, in order ("K. O. Cronstedt" → "KO", "Thomas 0.
 * Luby" → "TO"), or undefined when the mention names a territory ("hertigen af Lüneburg").
 */
function forenameInitials(text: string): string | undefined {
  // a headword is written surname first ("Dacke, Nils")
  const inverted = /^([^,\s]+), (.+)$/u.exec(text);
  const words = (inverted ? `${inverted[2]} ${inverted[1]}` : text).split(/\s+/u).filter((w) => w.length > 0);
  if (words.some((w) => /^(?:av|af|of)$/u.test(w))) return undefined;
  return words
    .slice(0, -1)
    .filter((w) => !NOT_GIVEN.test(w.replace(/\.$/u, '')))
    .map((w) => (w[0] === '0' ? 'O' : w[0].toUpperCase()))
    .join('');
}

/** The longest signatures, those no other one extends: each is one person. */
function distinctPeople(signatures: ReadonlySet<string>): string[] {
  const all = [...signatures].filter((s) => s !== '');
  return all.filter((s) => !all.some((other) => other !== s && other.startsWith(s)));
}

/** Keys are lower case; a namesake's key ends in its initials. */
const NAMESAKE_KEY = /\s\p{Lu}+$/u;

/**
 * Whether a key was given to one of two namesakes, whose bare surname alone would not say which.
 * @example isNamesakeKey('cronstedt KO') // true
 */
export function isNamesakeKey(key: string): boolean {
  return NAMESAKE_KEY.test(key);
}

/**
 * Gives each of two or more namesakes in one document a key of its own.
 * @example
 * splitNamesakes(mentionsOf('J. A. Cronstedt retirerade. K. O. Cronstedt gav vika. Cronstedt flydde.'))
 *   .map((m) => m.key) // ['cronstedt JA', 'cronstedt KO', 'cronstedt KO']
 */
export function splitNamesakes<M extends Mention>(mentions: readonly M[]): M[] {
  const signaturesByKey = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'Person') continue;
    const signature = forenameInitials(m.text);
    if (signature === undefined) continue;
    const signatures = signaturesByKey.get(m.key) ?? new Set<string>();
    signatures.add(signature);
    signaturesByKey.set(m.key, signatures);
  }
  const peopleByKey = new Map<string, string[]>();
  for (const [key, signatures] of signaturesByKey) {
    const people = distinctPeople(signatures);
    if (people.length > 1) peopleByKey.set(key, people);
  }
  if (peopleByKey.size === 0) return [...mentions];
  const lastNamed = new Map<string, string>();
  return [...mentions]
    .sort((a, b) => a.sentence - b.sentence || a.start - b.start)
    .map((m) => {
      const people = m.type === 'Person' ? peopleByKey.get(m.key) : undefined;
      if (!people) return m;
      const signature = forenameInitials(m.text) ?? '';
      const matching = people.filter((person) => person.startsWith(signature));
      const person = matching.length === 1 ? matching[0] : lastNamed.get(m.key);
      if (matching.length === 1) lastNamed.set(m.key, matching[0]);
      return person === undefined ? m : { ...m, key: `${m.key} ${person}` };
    });
}
