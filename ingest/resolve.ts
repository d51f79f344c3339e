/**
 * Entity resolution: mentions that share a lemma key (inflections, transliterations) become one
 * entity with a stable id, a canonical base-form name, every other surface form as an alias, and
 * every mention.
 */
import type { Entity, EntityType, Language, Mention } from '../domain/types';
import { InvalidInputError } from '../domain/errors';
import { LEXICON } from './lexicon';
import { abbreviates } from './mentions/abbreviations';
import { acronymOf } from './mentions/acronyms';
import { entityKey } from './mentions/entity-key';
import { isNamesakeKey } from './mentions/namesakes';
import { slugify } from '../domain/names/name-key';
import { properNameLemma } from '../domain/names/swedish-morphology';

/** Canonical names the gazetteer fixes, by lemma key. */
const LEXICON_NAME_BY_KEY = new Map(LEXICON.map((entry) => [entityKey(entry.name, entry.type), entry.name]));

interface MentionGroup {
  key: string;
  mentions: Mention[];
}

/** The language the gazetteer's canonical names are written in. */
const LEXICON_LANGUAGE: Language = 'sv';

/**
 * The group's canonical name: the gazetteer's name when it knows the key and the document is in the
 * gazetteer's language, otherwise the most frequent base form as the document writes it ("Savage
 * Division" in an English text, whose Swedish name "Kaukasiska divisionen" becomes an alias so that
 * the graph still merges the two) — a form whose genitive stripped ("Krasnoffs" → "Krasnoff") is
 * also seen loses to it, and an acronym loses to the name it abbreviates ("Irish Citizen Army" over "ICA").
 * One of two namesakes is called by its fullest form ("K. O. Cronstedt"), which tells it apart.
 */
function canonicalName(group: MentionGroup, language: Language): string {
  const listed = LEXICON_NAME_BY_KEY.get(group.key);
  if (listed && language === LEXICON_LANGUAGE) return listed;
  const counts = new Map<string, number>();
  for (const m of group.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  for (const form of [...counts.keys()]) {
    const base = properNameLemma(form);
    if (base !== form && counts.has(base)) {
      counts.set(base, (counts.get(base) ?? 0) + (counts.get(form) ?? 0));
      counts.delete(form);
    }
  }
  const isBaseForm = (text: string): boolean => properNameLemma(text) === text;
  const fullness = (text: string): number => (isNamesakeKey(group.key) ? 100 * text.split(/\s+/u).length : 0);
  // a headword's inverted order ("Dacke, Nils") is the dictionary's, not the name's
  const inOrder = (text: string): number => (text.includes(',') ? 0 : 0.25);
  const score = (text: string): number => fullness(text) + (counts.get(text) ?? 0) + (isBaseForm(text) ? 0.5 : 0) + inOrder(text);
  const forms = [...counts.keys()];
  const spelledOut = forms.filter((form) => !forms.some((long) => isAbbreviationOf(form, long)));
  return displayName(spelledOut.sort((a, b) => score(b) - score(a) || a.length - b.length || a.localeCompare(b))[0]);
}

/** Whether a form is an acronym of another form of the same entity ("ICA" of "Irish Citizen Army"), which names it in full. */
function isAbbreviationOf(form: string, long: string): boolean {
  const acronym = acronymOf(form);
  return acronym !== undefined && long !== form && abbreviates(acronym, long);
}

/** Rules that guess a type from a name's shape alone; any rule that reads a title or head noun outvotes them. */
const SHAPE_GUESS_RULES: ReadonlySet<string> = new Set(['capitalised', 'place-preposition', 'name-pair']);
const SHAPE_GUESS_WEIGHT = 0.1;

/** The type the group's mentions vote for, a firm rule's vote ("kryssaren Aurora") outweighing shape guesses ("Auroras"). */
function majorityType(group: MentionGroup): EntityType {
  const votes = new Map<EntityType, number>();
  for (const m of group.mentions) {
    const weight = SHAPE_GUESS_RULES.has(m.rule) ? SHAPE_GUESS_WEIGHT : 1;
    votes.set(m.type, (votes.get(m.type) ?? 0) + weight);
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/** A definite noun in the genitive ("provinskongressens", "Volhyniska regementets") loses its -s. */
const DEFINITE_GENITIVE = /(?:en|et|na)s$/u;

/** A genitive written with a colon after a numeral or abbreviation ("Gustaf I:s", "SR:s"). */
const COLON_GENITIVE = /:s$/u;

/** The name as an entity is called: base form, first letter capitalised ("provinskongressens" → "Provinskongressen", "Gustaf I:s" → "Gustaf I"). */
function displayName(form: string): string {
  const base = DEFINITE_GENITIVE.test(form) || COLON_GENITIVE.test(form) ? form.replace(/:?s$/u, '') : form;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/**
 * Groups mentions into entities by lemma key.
 * @example
 * const { entities, entityOf } = resolveEntities(mentions);
 * entityOf(mentions[0]) // 'kerenski'
 */
export function resolveEntities(mentions: Mention[], language: Language = LEXICON_LANGUAGE): { entities: Entity[]; entityOf: (m: Mention) => string } {
  const groups = new Map<string, MentionGroup>();
  for (const mention of mentions) {
    const group = groups.get(mention.key) ?? { key: mention.key, mentions: [] };
    group.mentions.push(mention);
    groups.set(mention.key, group);
  }
  const idByKey = new Map<string, string>();
  const entities: Entity[] = [];
  const usedIds = new Set<string>();
  for (const group of groups.values()) {
    const name = canonicalName(group, language);
    const listed = LEXICON_NAME_BY_KEY.get(group.key);
    let id = slugify(name) || slugify(group.key);
    for (let n = 2; usedIds.has(id); n++) id = `${slugify(name)}_${n}`;
    usedIds.add(id);
    idByKey.set(group.key, id);
    entities.push({
      id,
      name,
      type: majorityType(group),
      aliases: [...new Set([...(listed ? [listed] : []), ...group.mentions.map((m) => m.text)])].filter((text) => text !== name),
      mentions: group.mentions.map((m) => ({ line: m.line, text: m.text, sentence: m.sentence })),
    });
  }
  const entityOf = (m: Mention): string => {
    const id = idByKey.get(m.key);
    if (id === undefined) throw new InvalidInputError(`mention "${m.text}" was not among the resolved mentions`, { key: m.key });
    return id;
  };
  return { entities, entityOf };
}
