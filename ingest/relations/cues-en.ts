/**
 * English relation cues: finite verbs (active and passive), phrasal verbs ("went over to"),
 * participles in apposition ("led by") and nouns of office ("leader of", "chairman of").
 */
import { cue, type RelationCue } from './pattern';

const BACKWARD = { direction: 'backward' } as const;

export const ENGLISH_CUES: readonly RelationCue[] = [
  cue('en.arrest.passive', 'ARRESTED', '(?:(?:was|were|had been|have been) )?(?:arrested|imprisoned|detained|jailed) by', { ...BACKWARD, confidence: 0.9, apposition: true }),
  cue('en.arrest.noun', 'ARRESTED', '(?:ordered|demanded|decreed|carried out|effected|made) (?:the )?(?:arrest|apprehension|capture|imprisonment|detention)(?: and \\p{L}+)? of', { confidence: 0.7 }),
  cue('en.support.with', 'SUPPORTED', 'with the (?:\\p{L}+ )?(?:support|help|aid|backing|encouragement|assistance|approval) of', { ...BACKWARD, confidence: 0.55, apposition: true }),
  cue('en.arrest.active', 'ARRESTED', 'arrested|imprisoned|detained|jailed|threw … into prison', { confidence: 0.85 }),

  cue('en.join', 'JOINED', 'joined|(?:went|came|passed) over to|sided with|(?:went|came) over to the side of|took the side of', { confidence: 0.8 }),

  cue('en.support.passive', 'SUPPORTED', '(?:(?:was|were) )?(?:supported|backed|defended) by', { ...BACKWARD, confidence: 0.8 }),
  cue('en.support.verb', 'SUPPORTED', 'supported|backed|defended|stood by|came to the aid of|(?:declared|spoke|voted) (?:for|in favou?r of)|rallied (?:to|round|around)', { confidence: 0.75 }),

  cue('en.support.more', 'SUPPORTED', 'recogni[sz]ed|protected|in (?:league|concert|alliance) with|fought (?:side by side|together) with|offered (?:its|his|her|their) services to', { confidence: 0.55 }),
  cue('en.support.plot', 'SUPPORTED', '(?:took|takes|taking) part in|(?:joined|was involved) in', { confidence: 0.6, tail: '(?:conspiracy|plot|coup|revolt|uprising|adventure)' }),

  cue('en.oppose.passive', 'OPPOSED', '(?:(?:was|were) )?(?:opposed|fought|attacked|threatened|disarmed) by', { ...BACKWARD, confidence: 0.75 }),
  cue('en.oppose.verb', 'OPPOSED', 'opposed|fought(?: against)?|attacked|threatened|disarmed|overthrew|broke with|boycotted|condemned|suppressed|(?:marched|moved|rose|turned|fired) (?:against|on)|was hostile to', { confidence: 0.75 }),
  cue('en.oppose.more', 'OPPOSED', '(?:protested|agitated|campaigned|rebelled) against|declared war on|(?:refused|rejected) (?:any |a |the )?(?:coalition|agreement|compromise|alliance) with|broke off (?:relations|negotiations|talks) with|accused|denounced|stood up to', { confidence: 0.6 }),
  cue('en.oppose.threats.from', 'OPPOSED', '(?:threats|threatening telegrams|ultimatums?|attacks) from', { ...BACKWARD, confidence: 0.55 }),
  cue('en.oppose.noun', 'OPPOSED', '(?:hatred of|struggle against|campaign against|hostility to(?:wards)?|repressions? against|threats against|attacks? on|uprising against|revolt against)', { confidence: 0.55 }),

  cue('en.lead.passive', 'LED', '(?:(?:was|were) )?(?:led|commanded|headed|chaired) by|under the (?:leadership|command) of', { ...BACKWARD, confidence: 0.8, apposition: true }),
  cue('en.lead.verb', 'LED', 'led|commanded|headed|chaired|stood at the head of', { confidence: 0.75 }),
  cue('en.lead.office', 'LED', '(?:the )?(?:leader|chairman|head|commander|president) of', { confidence: 0.7, apposition: true }),

  cue('en.lead.majority', 'LED', '(?:had|won|obtained|held) (?:a |the )?(?:\\p{L}+ )?majority (?:in|at|on)', { confidence: 0.55 }),
  cue('en.member.minority', 'MEMBER_OF', '(?:were|was|formed) (?:a |the )?(?:\\p{L}+ )?(?:minority|faction) (?:in|at|on|of)', { confidence: 0.55 }),
  cue('en.member.consisted', 'MEMBER_OF', '(?:consisted|was composed|were composed) of', { ...BACKWARD, confidence: 0.55 }),
  cue('en.member.verb', 'MEMBER_OF', 'belonged to|(?:was|were|became) (?:a )?members? of', { confidence: 0.8 }),
  cue('en.member.office', 'MEMBER_OF', '(?:then )?(?:a )?(?:minister in|member of|delegate of|representative of)', { confidence: 0.65, apposition: true }),

  cue('en.negotiate.verb', 'NEGOTIATED_WITH', '(?:negotiated|negotiates|signed (?:a )?peace|made peace|concluded (?:an )?armistice|treated) with', { confidence: 0.8 }),
  cue('en.negotiate.noun', 'NEGOTIATED_WITH', '(?:negotiations|talks|peace|armistice|treaty|agreement) with', { confidence: 0.65 }),
];
