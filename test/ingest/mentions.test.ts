import type { Sentence } from '../../domain/types';
import { findMentions } from '../../ingest/mentions';
import {
  ENGLISH_SAMPLES,
  SWEDISH_CORPUS_SAMPLES,
  UNSEEN_NAME_SAMPLES,
  type AnnotatedSample,
} from './fixtures/annotated-mentions';

function sentencesOf(sample: AnnotatedSample): Sentence[] {
  return sample.lines.map((text, index) => ({ index, text, line: index + 1, section: 0, paragraph: 0 }));
}

const ALL_SAMPLES = [...SWEDISH_CORPUS_SAMPLES, ...ENGLISH_SAMPLES, ...UNSEEN_NAME_SAMPLES];

describe('findMentions on annotated samples', () => {
  test.each(ALL_SAMPLES.map((s) => [s.name, s] as const))('%s', (_name, sample) => {
    const found = findMentions(sentencesOf(sample), sample.language).map((m) => [m.text, m.type]);
    expect(found).toEqual(sample.mentions);
  });
});

describe('mention offsets and lines', () => {
  test('text is the sentence slice between start and end, on the sentence line', () => {
    const sentences = sentencesOf(SWEDISH_CORPUS_SAMPLES[3]).map((s) => ({ ...s, line: 470 }));
    for (const m of findMentions(sentences, 'sv')) {
      expect(sentences[m.sentence].text.slice(m.start, m.end)).toBe(m.text);
      expect(m.line).toBe(470);
    }
  });
});

describe('lemma keys group inflected forms', () => {
  test.each([
    ['Kerenski', 'Kerenskis'],
    ['bolsjevikerna', 'bolsjevikernas'],
    ['bolsjevikerna', 'bolsjeviker'],
    ['Petrograds sovjet', 'Petrograd-sovjets'],
    ['Volhyniska regementet', 'Volhyniska regementets'],
  ])('%s ~ %s', (a, b) => {
    const keyOf = (text: string): string => findMentions([{ index: 0, text: `Vi såg ${text} där.`, line: 1, section: 0, paragraph: 0 }], 'sv')[0]?.key;
    expect(keyOf(a)).toBeDefined();
    expect(keyOf(a)).toBe(keyOf(b));
  });
});
