/**
 * The committed model file of one language: tagger and lemmatiser in one gzipped JSON document
 * (`ingest/syntax/models/<language>.json.gz`), written by `npm run train:syntax` and read once,
 * the first time a sentence of that language is analysed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { LemmatiserData } from './lemmatiser';
import type { TaggerData } from './tagger';

export type SyntaxLanguage = 'sv' | 'en';

export interface SyntaxModelData {
  language: SyntaxLanguage;
  /** Where the training sentences came from and which were held out, for the record. */
  trainedOn: string;
  tagger: TaggerData;
  lemmatiser: LemmatiserData;
}

export function modelPath(language: SyntaxLanguage): string {
  return resolve(__dirname, 'models', `${language}.json.gz`);
}

export function readModelFile(language: SyntaxLanguage): SyntaxModelData {
  const data = JSON.parse(gunzipSync(readFileSync(modelPath(language))).toString('utf8')) as SyntaxModelData;
  if (data.language !== language) throw new Error(`${modelPath(language)} holds a model for "${data.language}"`);
  return data;
}

export function writeModelFile(data: SyntaxModelData): number {
  const bytes = gzipSync(JSON.stringify(data), { level: 9 });
  writeFileSync(modelPath(data.language), bytes);
  return bytes.length;
}
