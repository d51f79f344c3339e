/**
 * Reported speech: a claim inside someone else's words ("Kerenski förklarade att bolsjevikerna
 * förrådde revolutionen", "Kornilov claimed that the Government supported him", "enligt
 * Kerenskis telegram …") is theirs, not the author's. We keep it, and record who said it.
 */
import type { Mention } from '../../domain/types';
import { isSubjectBridge } from './clause';

/** A verb of saying, ordering or reporting, then "att"/"that" (or a colon) opening what was said. */
const REPORTING =
  /(?<![\p{L}])(?:sa|sade|sagt|säger|förklara\p{L}*|påstå\p{L}*|påstod|meddela\p{L}*|tillkännag\p{L}*|telegrafera\p{L}*|skrev|skriver|hävda\p{L}*|uppgav|uppger|kungjorde|kungör|befallde|befallt|befaller|beordra\p{L}*|krävde|kräver|försäkra\p{L}*|förkunna\p{L}*|proklamera\p{L}*|rapportera\p{L}*|said|says|declar\p{L}*|claim\p{L}*|announc\p{L}*|report\p{L}*|stated|states|assert\p{L}*|alleg\p{L}*|telegraph\p{L}*|wrote|writes|ordered|orders|demand\p{L}*|insist\p{L}*|maintain\p{L}*|proclaim\p{L}*|charged)(?:\s+(?:\p{Ll}+\s+){0,2}?)?(?:\s*(?:att|that)(?![\p{L}])|\s*:)/giu;

/** "enligt X", "according to X": the claim rests on X's word. */
const ACCORDING_TO = /(?<![\p{L}])(?:enligt|according to)\s+(?:(?:the|den|det)\s+)?$/iu;

/** Where the reported words of a sentence start, and who speaks them. */
export interface Attribution {
  /** Offset in the sentence where the reported words start. */
  from: number;
  speaker: Mention;
}

/**
 * The attributions in one sentence: each reporting verb with a named speaker before it, and each
 * "enligt X" / "according to X".
 *
 * @example
 * attributions('Kerenski förklarade att bolsjevikerna förrådde revolutionen.', [kerenski, bolsjevikerna])
 * // [{ from: 23, speaker: kerenski }]
 */
export function attributions(text: string, ordered: readonly Mention[]): Attribution[] {
  const found: Attribution[] = [];
  for (const match of text.matchAll(REPORTING)) {
    const verbStart = match.index ?? 0;
    const speaker = [...ordered]
      .reverse()
      .find((m) => m.end <= verbStart && isSubjectBridge(text.slice(m.end, verbStart), false, 6));
    if (speaker) found.push({ from: verbStart + match[0].length, speaker });
  }
  for (const mention of ordered) {
    if (ACCORDING_TO.test(text.slice(Math.max(0, mention.start - 20), mention.start))) found.push({ from: 0, speaker: mention });
  }
  return found;
}

/**
 * Who a claim between two mentions is attributed to: the speaker whose reported words hold both,
 * unless the speaker is one of them and the words are "according to" them.
 */
export function speakerOf(found: readonly Attribution[], subject: Mention, object: Mention): Mention | undefined {
  const first = Math.min(subject.start, object.start);
  const inside = found.filter((a) => a.from <= first && a.speaker !== subject && a.speaker !== object);
  return inside.at(-1)?.speaker;
}
