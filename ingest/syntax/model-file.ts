/**
 * The committed model files of one language, gzipped JSON documents written by `npm run train:syntax`
 * and each read once, the first time it is needed:
 * - `ingest/syntax/models/<language>.json.gz`: tagger and lemmatiser;
 * - `ingest/syntax/models/<language>-parser.json.gz`: the dependency parser, apart, so that analyses
 *   that need no syntactic heads never load it, and the parser can be retrained alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { LemmatiserData } from './lemmatiser';
import type { ParserData } from './parser';
import type { TaggerData } from './tagger';

export type SyntaxLanguage = 'sv' | 'en';

export interface SyntaxModelData {
  language: SyntaxLanguage;
  /** Where the training sentences came from and which were held out, for the record. */
  trainedOn: string;
  tagger: TaggerData;
  lemmatiser: LemmatiserData;
}

export interface ParserModelData {
  language: SyntaxLanguage;
  trainedOn: string;
  parser: ParserData;
}

type ModelKind = 'tagger' | 'parser';

export function modelPath(language: SyntaxLanguage, kind: ModelKind = 'tagger'): string {
  return resolve(__dirname, 'models', kind === 'tagger' ? `${language}.json.gz` : `${language}-parser.json.gz`);
}

export function readModelFile(language: SyntaxLanguage): SyntaxModelData {
  return readModel<SyntaxModelData>(language, 'tagger');
}

export function readParserFile(language: SyntaxLanguage): ParserModelData {
  return readModel<ParserModelData>(language, 'parser');
}

/** Writes a model file; returns its size in bytes. */
export function writeModelFile(data: SyntaxModelData | ParserModelData): number {
  const bytes = gzipSync(JSON.stringify(data), { level: 9 });
  writeFileSync(modelPath(data.language, 'parser' in data ? 'parser' : 'tagger'), bytes);
  return bytes.length;
}

function readModel<T extends { language: SyntaxLanguage }>(language: SyntaxLanguage, kind: ModelKind): T {
  const path = modelPath(language, kind);
  const data = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as T;
  if (data.language !== language) throw new Error(`${path} holds a model for "${data.language}"`);
  return data;
}
