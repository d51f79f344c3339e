/**
 * Two people of one surname in one text stay two entities; a bare surname goes to the one named
 * last before it, and stays apart when neither was named before it.
 */
import type { Language } from '../../../domain/types';
import { analysesOf } from '../../../ingest/analyse';
import { findMentions } from '../../../ingest/mentions';
import { resolveEntities } from '../../../ingest/resolve';
import { sentencesOf } from './mentions-of';

function entitiesOf(lines: string[], language: Language): string[] {
  const sentences = sentencesOf(lines);
  const mentions = findMentions(sentences, language, { analyses: analysesOf(sentences, language) });
  return resolveEntities(mentions, language)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(', ')}`)
    .sort();
}

describe('namesakes', () => {
  test('Swedish: two Malmborgs, and the bare name after the second', () => {
    const lines = ['Norra hären under G. H. Malmborg retirerade.', 'Befälhavaren P. E. Malmborg gaf vika.', 'Sedan flydde Malmborg till Stockholm.'];
    expect(entitiesOf(lines, 'sv')).toEqual(['G. H. Malmborg: G. H. Malmborg', 'P. E. Malmborg: P. E. Malmborg, Malmborg']);
  });

  test('English: given names tell two Hartleys apart, the bare name goes to the last named', () => {
    const lines = ['The ship was seized by Arthur Hartley.', 'Then Edward Hartley took command.', 'Hartley sailed for Cork.'];
    expect(entitiesOf(lines, 'en')).toEqual(['Arthur Hartley: Arthur Hartley', 'Edward Hartley: Edward Hartley, Hartley']);
  });

  test('a bare surname before either namesake is named stays apart', () => {
    const lines = ['Malmborg var fältherre.', 'Norra hären under G. H. Malmborg retirerade.', 'Befälhavaren P. E. Malmborg gaf vika.'];
    expect(entitiesOf(lines, 'sv')).toEqual(['G. H. Malmborg: G. H. Malmborg', 'Malmborg: Malmborg', 'P. E. Malmborg: P. E. Malmborg']);
  });

  test('one person named fully and by surname stays one', () => {
    const lines = ['Norra hären under G. H. Malmborg retirerade.', 'Sedan flydde Malmborg.', 'Gustaf Malmborg dog där.'];
    expect(entitiesOf(lines, 'sv')).toEqual(['Malmborg: G. H. Malmborg, Malmborg, Gustaf Malmborg']);
  });
});

describe('a headword and the name in running text', () => {
  test('are one person, called in the name order', () => {
    expect(entitiesOf(['Hake, Mårten, bondehöfding.', 'Mårten Hake föddes i Kalmar.'], 'sv')).toEqual(['Mårten Hake: Hake, Mårten, Mårten Hake']);
  });
});
