/**
 * A corpus of N distinct documents for `npm run bench:scale` and the page's scale test, the same for
 * the same seed. Each document is chapters of narrative paragraphs recombined from a source text (the
 * sample corpus for Swedish documents, the generalisation passages for English ones) interleaved
 * with dated sentences of the kinds the extractor reads (arrests, joining, negotiation, support,
 * leadership, attacks) between generated people, regiments, parties and committees. The cast of each
 * document is drawn from a pool shared by all, with a few recurring figures appearing in many
 * documents (as in an archive), so the graph grows in entities and stays connected.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../ingest/syntax/random';
import { SAMPLE_CORPUS_PATH } from '../../server/sample-corpus';
import { ENGLISH_NAMES, SWEDISH_NAMES, type NamePool } from './name-pools';

export interface GeneratedDocument {
  /** File name, e.g. "doc-007.sv.txt". */
  name: string;
  language: 'sv' | 'en';
  text: string;
  /** The relations the template sentences state, as `source TYPE target` with the names written. */
  statedRelations: number;
}

export interface CorpusOptions {
  documents: number;
  /** Words per document, about (default 30,000: 100 documents ≈ 3 million words). */
  wordsPerDocument?: number;
  seed?: number;
  /** Share of Swedish documents (default 0.5). */
  swedishShare?: number;
}

const PASSAGES = path.join(__dirname, '..', '..', 'test', 'ingest', 'fixtures', 'generalisation');

/** Paragraphs of a hard-wrapped text: runs of 3–8 non-empty lines. */
function paragraphsOf(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trimEnd()).filter((line) => line.trim() !== '');
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; i += 6) paragraphs.push(lines.slice(i, i + 6).join('\n'));
  return paragraphs.filter((paragraph) => paragraph.split(/\s+/).length > 25);
}

function sourceParagraphs(): { sv: string[]; en: string[] } {
  const passages = readdirSync(PASSAGES).filter((name) => name.endsWith('.txt'));
  const read = (prefix: string): string[] => passages.filter((name) => name.startsWith(prefix)).flatMap((name) => paragraphsOf(readFileSync(path.join(PASSAGES, name), 'utf8')));
  return { sv: [...paragraphsOf(readFileSync(SAMPLE_CORPUS_PATH, 'utf8')), ...read('sv-')], en: read('en-') };
}

interface Cast {
  people: string[];
  groups: string[];
  places: string[];
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/**
 * Person `index` of a pool. The extractor groups people by surname, so surnames must differ: two stems
 * and an ending give thousands per language ("Jaroslavorlovskij"); the first name varies apart.
 */
function personName(pool: NamePool, index: number): string {
  const stems = pool.surnameStems.length;
  const first = pool.surnameStems[index % stems];
  const second = pool.surnameStems[Math.floor(index / stems) % stems].toLowerCase().replace(/[^a-zåäö]/g, '');
  const ending = pool.surnameEndings[Math.floor(index / (stems * stems)) % pool.surnameEndings.length];
  return `${pool.firstNames[(index * 7) % pool.firstNames.length]} ${first}${second}${ending}`;
}

function castFor(pool: NamePool, random: () => number, documentIndex: number): Cast {
  const people: string[] = [];
  // Recurring figures (the first 40 of the pool) appear across documents; the rest are this document's own.
  for (let i = 0; i < 12; i += 1) people.push(personName(pool, Math.floor(random() * 40)));
  for (let i = 0; i < 110; i += 1) people.push(personName(pool, 40 + documentIndex * 90 + Math.floor(random() * 160)));
  const places = Array.from({ length: 6 }, () => pick(random, pool.places));
  const groups = [
    ...places.map((place) => pick(random, pool.regimentShapes).replace('{place}', place)),
    ...places.slice(0, 3).map((place) => pick(random, pool.committeeShapes).replace('{place}', place)),
    ...pool.parties,
  ];
  return { people: [...new Set(people)], groups, places: [...new Set(places)] };
}

type SentenceMaker = (a: string, b: string, place: string, date: string) => string;

const SWEDISH_SENTENCES: readonly SentenceMaker[] = [
  (a, b, place, date) => `Den ${date} arresterade ${a} ${b} i ${place}.`,
  (a, b, _place, date) => `Den ${date} anslöt sig ${a} till ${b}.`,
  (a, b, place, date) => `Den ${date} förhandlade ${a} med ${b} i ${place}.`,
  (a, b, place, date) => `Den ${date} stödde ${a} ${b} i ${place}.`,
  (a, b, place, date) => `Den ${date} ledde ${a} ${b} i ${place}.`,
  (a, b, place, date) => `Den ${date} angrep ${a} ${b} vid ${place}.`,
];

const ENGLISH_SENTENCES: readonly SentenceMaker[] = [
  (a, b, place, date) => `On ${date}, ${a} arrested ${b} in ${place}.`,
  (a, b, _place, date) => `On ${date}, ${a} joined ${b}.`,
  (a, b, place, date) => `On ${date}, ${a} negotiated with ${b} in ${place}.`,
  (a, b, place, date) => `On ${date}, ${a} supported ${b} in ${place}.`,
  (a, b, place, date) => `On ${date}, ${a} led ${b} in ${place}.`,
  (a, b, place, date) => `On ${date}, ${a} attacked ${b} near ${place}.`,
];

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * @example generateCorpus({ documents: 20, wordsPerDocument: 3000, seed: 14 }) // [{ name: 'doc-000.sv.txt', ... }, ...]
 */
export function generateCorpus(options: CorpusOptions): GeneratedDocument[] {
  const random = seededRandom(options.seed ?? 14);
  const sources = sourceParagraphs();
  const wordsWanted = options.wordsPerDocument ?? 30_000;
  const documents: GeneratedDocument[] = [];
  for (let index = 0; index < options.documents; index += 1) {
    const language = random() < (options.swedishShare ?? 0.5) ? 'sv' : 'en';
    const pool = language === 'sv' ? SWEDISH_NAMES : ENGLISH_NAMES;
    const makers = language === 'sv' ? SWEDISH_SENTENCES : ENGLISH_SENTENCES;
    const cast = castFor(pool, random, index);
    const startYear = (language === 'sv' ? 1900 : 1860) + Math.floor(random() * 25);
    const parts: string[] = [];
    let words = 0;
    let stated = 0;
    let chapter = 0;
    while (words < wordsWanted) {
      if (parts.length % 12 === 0) {
        chapter += 1;
        parts.push(language === 'sv' ? `KAPITEL ${chapter}.` : `CHAPTER ${chapter}.`);
      }
      const sentences: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        const year = startYear + Math.floor(random() * 3);
        const month = pick(random, pool.months);
        const day = 1 + Math.floor(random() * 28);
        const date = language === 'sv' ? `${day} ${month} ${year}` : `${day} ${month} ${year}`;
        const subject = random() < 0.7 ? `${pick(random, pool.titles)} ${pick(random, cast.people)}` : pick(random, cast.groups);
        const object = random() < 0.6 ? `${pick(random, pool.titles)} ${pick(random, cast.people)}` : pick(random, cast.groups);
        sentences.push(capitalised(pick(random, makers)(subject, object, pick(random, cast.places), date)));
        stated += 1;
      }
      const paragraph = `${pick(random, language === 'sv' ? sources.sv : sources.en)}\n${sentences.join(' ')}`;
      parts.push(paragraph);
      words += paragraph.split(/\s+/).length;
    }
    const name = `doc-${String(index).padStart(3, '0')}.${language}.txt`;
    documents.push({ name, language, text: `${parts.join('\n\n')}\n`, statedRelations: stated });
  }
  return documents;
}
