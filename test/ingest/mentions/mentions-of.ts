/** Test helper: the mentions found in lines of text, one sentence a line, as "text/Type". */
import type { Language, Sentence } from '../../../domain/types';
import { analysesOf } from '../../../ingest/analyse';
import { findMentions } from '../../../ingest/mentions';

/** One sentence per line, numbered from line 1. */
export function sentencesOf(lines: readonly string[]): Sentence[] {
  return lines.map((text, index) => ({ index, text, line: index + 1, section: 0, paragraph: 0 }));
}

export function mentionsOf(lines: readonly string[], language: Language): string[] {
  const sentences = sentencesOf(lines);
  return findMentions(sentences, language, { analyses: analysesOf(sentences, language) }).map((m) => `${m.text}/${m.type}`);
}
