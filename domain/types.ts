/**
 * The shared vocabulary of Allegiance: what the extractor produces, what the graph stores
 * and what the API and page show. Every layer may import this module; it imports nothing.
 */

export const ENTITY_TYPES = ['Person', 'Party', 'Regiment', 'Place', 'Organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'OPPOSED',
  'JOINED',
  'ARRESTED',
  'SUPPORTED',
  'LED',
  'MEMBER_OF',
  'NEGOTIATED_WITH',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The relation types that say which side an entity was on: its allegiance history. */
export const ALLEGIANCE_TYPES: readonly RelationType[] = ['JOINED', 'SUPPORTED', 'OPPOSED', 'MEMBER_OF'];

export type Language = 'sv' | 'en';

/** Julian (Old Style) as Russia used until 1 (14) February 1918, or Gregorian (New Style). */
export type Calendar = 'julian' | 'gregorian';

/**
 * A date as the text gives it. `value` keeps the text's own calendar and precision
 * ("1917-10-25", "1917-10" or "1917"); `gregorian` is the same day in the Gregorian calendar
 * (equal to `value` when the calendar is already Gregorian, or when precision is coarser than a day).
 */
export interface HistoricalDate {
  value: string;
  gregorian: string;
  calendar: Calendar;
  precision: 'day' | 'month' | 'year';
  /** How the date was obtained: written in the sentence, resolved from a relative phrase, or inherited from its section. */
  source: 'explicit' | 'relative' | 'section';
  /** The words that gave the date, when it came from the sentence itself. */
  text?: string;
}

/** Where a new line of the original file starts inside a normalised text. */
export interface LineStart {
  /** Character offset in the text. */
  offset: number;
  /** 1-based line of the original file. */
  line: number;
}

/** One sentence of the normalised text, with the 1-based line of the original file where it starts. */
export interface Sentence {
  /** Position in the document, 0-based. */
  index: number;
  text: string;
  line: number;
  /**
   * The original lines the sentence runs on to, after `line`: each at the offset in `text` where it
   * starts, in order. Absent or empty when the sentence stands on one line.
   */
  lineStarts?: LineStart[];
  /** Index of the section (chapter) the sentence belongs to. */
  section: number;
  paragraph: number;
  date?: HistoricalDate;
}

/** A sentence as the Extraction carries it: enough for the graph to store it as provenance. */
export interface SentenceRecord {
  index: number;
  line: number;
  text: string;
  /** The sentence's date in the text's own calendar, and in the Gregorian one, when it has one. */
  date?: string;
  dateGregorian?: string;
}

export interface Section {
  index: number;
  title: string;
  line: number;
  /** The date the section's undated sentences inherit, inferred from the dates it contains. */
  date?: HistoricalDate;
}

/** A stretch of a sentence that names something, before it is resolved to an entity. */
export interface Mention {
  sentence: number;
  /** The original line of the mention's first character (its sentence may start on an earlier one). */
  line: number;
  /** The words as written (verbatim from the sentence). */
  text: string;
  /** Character offsets of `text` within the sentence text. */
  start: number;
  end: number;
  type: EntityType;
  /** The lemma used to group mentions: inflection stripped, spelling normalised. */
  key: string;
  /** Where the mention came from: the gazetteer, a title or unit pattern, and so on. */
  rule: string;
}

export interface EntityMention {
  line: number;
  text: string;
  sentence?: number;
}

export interface Entity {
  /** Stable id: a slug of the canonical name ("kerenski", "petrograds_garnison"). */
  id: string;
  name: string;
  type: EntityType;
  /** Every other surface form seen (inflections, transliterations), without `name`. */
  aliases: string[];
  mentions: EntityMention[];
}

export interface Relation {
  source: string;
  type: RelationType;
  target: string;
  /** The date in the text's own calendar (ISO, day or month precision), or null when none could be found. */
  date: string | null;
  dateGregorian: string | null;
  calendar?: Calendar;
  line: number;
  /** Index of the sentence that states the relation (`Extraction.sentences[].index`). */
  sentence: number;
  /** The sentence that states the relation, verbatim. */
  evidence: string;
  /**
   * How far the reading can be trusted, 0..1, from its evidence: the cue's strength, the path
   * from cue to arguments (direct, inverted, carried over, pronoun) and their distance.
   */
  confidence: number;
  /** The verb pattern that matched, for debugging and provenance. */
  rule?: string;
  /**
   * Where the date came from: written in the sentence itself, taken from nearby text (a relative
   * phrase or an earlier sentence), or inherited from the chapter. Absent when undated.
   */
  dateBasis?: DateBasis;
  /** How precise the date is. Absent when undated. */
  datePrecision?: DatePrecision;
  /**
   * The entity in whose words the claim is made, when it is reported speech: an order, a
   * telegram, "Kerenski förklarade att …". Absent when the author states it as fact.
   */
  attributedTo?: string;
}

export type DateBasis = 'sentence' | 'nearby' | 'section';
export type DatePrecision = 'day' | 'month' | 'year';

/** What `extract` returns and `npm run extract` prints. */
export interface Extraction {
  language: Language;
  entities: Entity[];
  relations: Relation[];
  sections?: Section[];
  /** Every sentence that mentions an entity or states a relation, in document order. */
  sentences?: SentenceRecord[];
  stats?: { lines: number; sentences: number; words: number };
}
