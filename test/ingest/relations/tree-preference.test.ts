import type { Mention, RelationType } from '../../../domain/types';
import type { Candidate } from '../../../ingest/relations/candidate';
import { preferTreeReadings } from '../../../ingest/relations/tree-preference';
import { buildCase } from '../fixtures/relations-fixture';

const { mentions } = buildCase('Till bolsjevikerna gick regementet och garnisonen över.', [
  ['bolsjevikerna', 'Party'],
  ['regementet', 'Regiment'],
  ['garnisonen', 'Regiment'],
]);
const [bolsjevikerna, regementet, garnisonen] = mentions;
const reading = (subject: Mention, type: RelationType, object: Mention, confidence: number, rule: string): Candidate => ({
  subject, object, type, confidence, rule,
});
const key = (m: Mention) => m.key;
const shown = (cs: Candidate[]) => cs.map((c) => `${c.subject.key} ${c.type} ${c.object.key} ${c.confidence} ${c.rule}`).sort();

describe('preferTreeReadings', () => {
  test('the tree’s roles win where both read one claim the other way round, at the surer confidence', () => {
    const wordOrder = [reading(bolsjevikerna, 'JOINED', regementet, 0.8, 'sv.join.verb')];
    const tree = [reading(regementet, 'JOINED', bolsjevikerna, 0.75, 'sv.join.tree')];
    expect(shown(preferTreeReadings(wordOrder, { stated: tree, denied: [] }, key))).toEqual(['regementet JOINED bolsjevikerna 0.8 sv.join.tree']);
  });

  test('claims only one of them reads are all kept', () => {
    const wordOrder = [reading(garnisonen, 'OPPOSED', bolsjevikerna, 0.6, 'sv.oppose.verb')];
    const tree = [reading(regementet, 'JOINED', bolsjevikerna, 0.75, 'sv.join.tree')];
    expect(shown(preferTreeReadings(wordOrder, { stated: tree, denied: [] }, key))).toEqual([
      'garnisonen OPPOSED bolsjevikerna 0.6 sv.oppose.verb',
      'regementet JOINED bolsjevikerna 0.75 sv.join.tree',
    ]);
  });

  test('another type between the same two is another claim', () => {
    const wordOrder = [reading(regementet, 'SUPPORTED', bolsjevikerna, 0.7, 'sv.support.verb')];
    const tree = [reading(regementet, 'JOINED', bolsjevikerna, 0.75, 'sv.join.tree')];
    expect(preferTreeReadings(wordOrder, { stated: tree, denied: [] }, key)).toHaveLength(2);
  });

  test('where the tree reads who did it to an object, word order naming someone else for it is dropped', () => {
    const wordOrder = [reading(garnisonen, 'JOINED', bolsjevikerna, 0.8, 'sv.join.verb'), reading(garnisonen, 'OPPOSED', regementet, 0.6, 'sv.oppose.verb')];
    const tree = [reading(regementet, 'JOINED', bolsjevikerna, 0.75, 'sv.join.tree')];
    expect(shown(preferTreeReadings(wordOrder, { stated: tree, denied: [] }, key))).toEqual([
      'garnisonen OPPOSED regementet 0.6 sv.oppose.verb',
      'regementet JOINED bolsjevikerna 0.75 sv.join.tree',
    ]);
  });

  test('a claim the tree reads as denied is dropped from the word-order readings', () => {
    const wordOrder = [reading(regementet, 'JOINED', bolsjevikerna, 0.8, 'sv.join.verb'), reading(garnisonen, 'JOINED', bolsjevikerna, 0.8, 'sv.join.verb')];
    const denied = [reading(regementet, 'JOINED', bolsjevikerna, 0.75, 'sv.join.tree')];
    expect(shown(preferTreeReadings(wordOrder, { stated: [], denied }, key))).toEqual(['garnisonen JOINED bolsjevikerna 0.8 sv.join.verb']);
  });
});
