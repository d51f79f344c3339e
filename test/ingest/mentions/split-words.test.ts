/**
 * A name that runs into a word a scan split goes on through it; the mention keeps the text as
 * written, and its type and key read the word joined.
 */
import { findMentions } from '../../../ingest/mentions';
import { joinedWords, splitEndAfter } from '../../../ingest/mentions/split-words';
import { tokenize } from '../../../ingest/mentions/tokens';
import { mentionsOf, sentencesOf } from './mentions-of';

describe('splitEndAfter and joinedWords', () => {
  test.each([
    ['the Naval Train ing College', 2, 3, 'Naval Training College'],
    ['in Organisa- tionen', 1, 2, 'Organisationen'],
  ])('%s', (text, word, fragment, joined) => {
    const tokens = tokenize(text);
    expect(splitEndAfter(text, tokens, word)).toBe(fragment);
    expect(joinedWords(text, tokens, 1, tokens.length - 1)).toBe(joined);
  });

  test.each([
    ['a word of its own follows', 'Lenin gesticulated wildly'],
    ['two spaces part them', 'Kiev  ing'],
  ])('no split when %s', (_label, text) => {
    expect(splitEndAfter(text, tokenize(text), 0)).toBe(-1);
  });
});

describe('split words in mentions', () => {
  test('English: an institution named through a split word', () => {
    expect(mentionsOf(['The cadets of the Naval Train ing College rose.'], 'en')).toContain('Naval Train ing College/Organization');
  });

  test('English: a split institution noun types the name', () => {
    expect(mentionsOf(['With the support of the Interna tionale, the workers rose.'], 'en')).toContain('Interna tionale/Organization');
  });

  test('English: a split adjective is no name', () => {
    expect(mentionsOf(['The arrest of 110 Congres sional deputies followed.'], 'en').filter((m) => m.startsWith('Congres'))).toEqual([]);
  });

  test('Swedish: a name through a split ending, one key with the whole word', () => {
    const [split, whole] = findMentions(sentencesOf(['Då grep Skyddsorganisa tionen in.', 'Sedan upplöstes Skyddsorganisationen.']), 'sv');
    expect(split).toMatchObject({ text: 'Skyddsorganisa tionen' });
    expect(split.key).toBe(whole.key);
  });
});
