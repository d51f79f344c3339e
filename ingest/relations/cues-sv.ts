/**
 * Swedish relation cues, as the corpus words them: finite verbs (active and passive), split verbs
 * ("gick ... över till"), participles in apposition ("ledd av") and nouns of office or hostility
 * ("ordförande i", "hat mot"). Passives and "av"-phrases name their subject after the cue.
 */
import { cue, type RelationCue } from './pattern';

const BACKWARD = { direction: 'backward' } as const;
/** What follows the owner in "på kadetternas sida". */
const SIDE = 'sida|sidan';
/** What follows the leader in "under överste Waldens befäl". */
export const LEADERSHIP = '(?:\\p{L}+ )?(?:ledning|befäl|kommando|ledarskap)';

export const SWEDISH_CUES: readonly RelationCue[] = [
  cue('sv.arrest.passive', 'ARRESTED', '(?:häktades|arresterades|fängslades|anhölls|internerades|(?:blev|var|är|blivit) (?:häktade?|arresterade?|fängslade?)|häktade?|arresterade?|fängslade?) av', { ...BACKWARD, confidence: 0.9, apposition: true }),
  cue('sv.arrest.captive.passive', 'ARRESTED', '(?:tagen|tagna|tagits|togs|tagit) (?:\\p{L}+ )?tillfånga av', { ...BACKWARD, confidence: 0.8, apposition: true }),
  cue('sv.arrest.noun', 'ARRESTED', '(?:beordrade|befallde|påbjöd|verkställde|lät verkställa) (?:\\p{L}+ )?(?:häktning(?:en)?|arrestering(?:en)?|fängslande(?:t)?|tillfångatagande(?:t)?) av', { confidence: 0.7 }),
  cue('sv.arrest.active', 'ARRESTED', '(?:lät )?(?:häktade|häkta|häktat|arresterade|arrestera|arresterat|fängslade|fängsla|fängslat|anhöll(?! om)|internerade|satte i fängelse|kastade i fängelse|spärrade in|burade in)', { confidence: 0.85 }),

  cue('sv.join.verb', 'JOINED', '(?:anslöt|ansluter|anslutit|slöt|sluter) sig till|(?:gick|går|gått) … över till|(?:övergick|överging|övergått) … till|(?:inträdde|inträtt|trädde in) i', { confidence: 0.8 }),
  cue('sv.join.side', 'JOINED', '(?:ställde|ställt|ställer) sig på|(?:gick|kom) över på', { confidence: 0.75, tail: SIDE }),

  cue('sv.support.passive', 'SUPPORTED', '(?:stöddes|understöddes|försvarades|uppbars) av', { ...BACKWARD, confidence: 0.8 }),
  cue('sv.support.verb', 'SUPPORTED', '(?<!vägrade (?:att )?|vägrar (?:att )?)(?:stödde|understödde|understöder|stöder|stött|understött|stödja|understödja|understöda)(?! sig)|(?:följde|följer)(?! med| efter)(?!(?: \\p{L}+){1,3} (?:efter|i spåren))|försvarade|försvara|(?:ställde|ställer) sig bakom|(?:hjälpte|bistod)|(?:uttalade|uttalat|uttalar|förklarade) sig för|röstade för|slöt upp kring|(?:samlades|samlade sig) kring', { confidence: 0.75 }),
  cue('sv.support.side', 'SUPPORTED', '(?:stod|står)(?: \\p{L}+){0,2}? på', { confidence: 0.6, tail: SIDE }),
  cue('sv.support.power', 'SUPPORTED', '(?:befästa|befäste|stärka|stärkte)', { confidence: 0.5, tail: '(?:makt|ställning|regim|regering|välde)' }),
  cue('sv.support.mainstay', 'SUPPORTED', '(?:vara|var|är|blev|utgjorde|såsom)', { confidence: 0.55, reach: 3, tail: '(?:\\p{L}+ )?(?:stöd|hopp|stödjepunkt|pelare)' }),
  cue('sv.support.disposal', 'SUPPORTED', '(?:ställde|ställer|ställt|stod|står) (?:sig )?till', { confidence: 0.6, tail: '(?:förfogande|tjänst)' }),
  cue('sv.support.cause', 'SUPPORTED', '(?:stod|står|kämpade|kämpar|gick in) för', { confidence: 0.6, tail: 'sak' }),
  cue('sv.support.help', 'SUPPORTED', 'med (?:\\p{L}+ )?(?:tillhjälp|hjälp|stöd|bistånd) (?:av|från)', { ...BACKWARD, confidence: 0.55 }),
  cue('sv.support.help.genitive', 'SUPPORTED', 'med', { ...BACKWARD, confidence: 0.55, reach: 3, tail: '(?:tillhjälp|hjälp|stöd|bistånd)' }),
  cue('sv.support.plot', 'SUPPORTED', '(?:deltog|deltagit|deltar|var invecklad|var delaktig) i', { confidence: 0.6, tail: '(?:sammansvärjning|komplott|kupp|uppror|äventyr|konspiration|företag)' }),
  cue('sv.support.protect', 'SUPPORTED', '(?:skydda|skyddade|skyddat|beskydda|beskyddade|värna|värnade|rädda|räddade|räddat)', { confidence: 0.6 }),
  cue('sv.support.offer', 'SUPPORTED', '(?:erbjöd|erbjuder|erbjudit|lovade|lovar|skänkte|skänker|gav|ger)', { confidence: 0.55, tail: '(?:\\p{L}+ ){0,2}(?:tjänster|stöd|stödet|hjälp|bistånd|understöd|sympati|sympatier)' }),
  cue('sv.support.recognize', 'SUPPORTED', '(?:erkände|erkänner|erkänt)(?! sig)', { confidence: 0.55 }),
  cue('sv.support.accord', 'SUPPORTED', '(?:i samförstånd|i förbund|i maskopi|hand i hand|sida vid sida|i förening) med', { confidence: 0.55 }),
  cue('sv.support.together', 'SUPPORTED', '(?:kämpa|kämpade|kämpar|strida|stred|gå|gick|stå|stod|dö|dog) (?:och \\p{L}+ )?(?:samman|tillsammans|gemensamt|sida vid sida) med', { confidence: 0.55 }),
  cue('sv.support.noun', 'SUPPORTED', '(?:förtroende|sympati|sympatier) för|(?:trohet|lojalitet|tillgivenhet|förtroende) (?:mot|emot)|(?:stöd|stödet|understöd|understödet|bistånd|hjälp) (?:åt|till)', { confidence: 0.55 }),

  cue('sv.oppose.passive', 'OPPOSED', '(?:bekämpades|angreps|anfölls|hotades|beskjuts|besköts|avväpnades|förföljdes|besegrades|besegrats|krossades|störtades|störtats|upplöstes|omringades) av', { ...BACKWARD, confidence: 0.75 }),
  cue('sv.oppose.verb', 'OPPOSED', '(?:bekämpade|bekämpa|bekämpar|bekämpat|angrep|angripa|angripit|anföll|anfalla|anfallit|hotade|hota|hotat|motarbetade|motarbeta|motarbetat|bojkottade|bojkotta|fördömde|fördöma|undertrycka|undertryckte|(?:bröt|bryta|brutit|bryter) med|förföljde|förfölja|avväpnade|avväpna|störtade|störta|kväsa|kvävde|krossa|krossade|besegra|besegrade|upplösa|upplöste|omringa|omringade|belägra|belägrade|isolera|isolerade|sköt på|(?:tågade|tågar|marscherade|drog|ryckte fram|gick) mot|(?:kämpade|kämpar|vände sig|reste sig|gjorde uppror|agiterade|agiterar|uppträdde|uppträder|protesterade|protesterar|opponerade sig|polemiserade|rustade sig) mot|(?:avbröt|avbrutit|avbryta|avbryter) (?:\\p{L}+ )?(?:förbindelse|förbindelsen|förbindelser|förbindelserna|underhandlingarna|förhandlingarna) med|förtalade|smädade|nedslog|slog ned|stormade|sköt ned)', { confidence: 0.75 }),
  cue('sv.oppose.hostile', 'OPPOSED', '(?:var|stod|är|blev)(?: \\p{L}+){0,2}? fientlig(?:t|a)?(?: sinnad(?:e)?)? mot|fientligt sinnade? mot|fientlig hållning mot|riktade sig mot', { confidence: 0.7 }),
  cue('sv.oppose.against', 'OPPOSED', 'mot|emot', { confidence: 0.45 }),
  cue('sv.oppose.refused', 'OPPOSED', '(?:avslog|avslagit|avslå|avvisade|avvisat|avvisa|förkastade|förkastat|förkasta|vägrade|röstade mot) (?:\\p{L}+ )?(?:koalition|koalitionen|samarbete|samarbetet|förbund|förbundet|sammangående|sammangåendet|förhandlingar|förhandlingarna|kompromiss|kompromissen|överenskommelse|överenskommelsen) med', { confidence: 0.65 }),
  cue('sv.oppose.refused.support', 'OPPOSED', '(?:vägrade|vägrar|vägrat) (?:att )?(?:stödja|stöda|understödja|understöda|erkänna|lyda|hjälpa|tjäna)', { confidence: 0.65 }),
  cue('sv.oppose.accuse', 'OPPOSED', '(?:förebrådde|förebrår|anklagade|anklagar|beskyllde|beskyller|kritiserade|kritiserar|smutskastade|hånade|varnade för)', { confidence: 0.55 }),
  cue('sv.oppose.withstood', 'OPPOSED', '(?:stod|står|stått|satte sig|sätter sig)', { confidence: 0.6, tail: 'emot' }),
  cue('sv.oppose.war', 'OPPOSED', '(?:förklarade|förklarat|förklarar)', { confidence: 0.65, tail: '(?:\\p{L}+ )?krig(?:et)?' }),
  cue('sv.oppose.threats.sent', 'OPPOSED', '(?:skickade|sände|riktade|tillställde|överöste)', { confidence: 0.55, tail: '(?:\\p{L}+ ){0,3}(?:hotelser|hot|ultimatum|hotfulla|hotande)' }),
  cue('sv.oppose.threats.from', 'OPPOSED', '(?:hotelser|hotelserna|hot|hotfulla telegram|angrepp|anfall|ultimatum|ultimatumet|protester|repressalier) (?:\\p{L}+ )?från', { ...BACKWARD, confidence: 0.55 }),
  cue('sv.oppose.noun', 'OPPOSED', '(?:hat|hatet|kamp|kampen|fiendskap|motstånd|motståndet|hetsjakt|hetsjakten|hetsen|hets|förtalet|angrepp|angreppet|anslag|anslaget|fälttåg|repressalier|hotelser|anklagelser|beskyllningar|uppror|upproret|anfall|anfallet|offensiv|offensiven|opposition|protest|krig|kriget|strid|striden|kampanj|kampanjen|agitation|agitationen|propaganda|propagandan) (?:emot|mot)|(?:seger|segern|segrar) över|(?:hat|fiendskap|ultimatum|ultimatumet) till|(?:fiende|fiender|fienden|fienderna|motståndare|motståndarna|motståndaren) till', { confidence: 0.55 }),

  cue('sv.lead.passive', 'LED', '(?:ledd|ledda|lett|leddes|anförd|anförda|anfördes|sammankallad|sammankallades|uppbådad|uppbådade|uppbådades|uppbådats|inkallad|inkallades|inkallats|mobiliserad|mobiliserades|mobiliserats) av', { ...BACKWARD, confidence: 0.8, apposition: true }),
  cue('sv.lead.under', 'LED', '(?:stod |stående )?under', { ...BACKWARD, confidence: 0.75, apposition: true, reach: 1, tail: LEADERSHIP }),
  cue('sv.lead.verb', 'LED', '(?:ledde|leder|anförde|(?:stod|står|ställde sig|ställt sig) i spetsen för|kommenderade|förde befälet över)', { confidence: 0.75 }),
  cue('sv.lead.majority', 'LED', '(?:hade|har|vann|vinner|fick|erhöll|ägde|skaffade sig|skaffat sig|utgjorde) (?:en |ett |den |det )?(?:\\p{L}+ )?(?:majoritet|majoriteten|övervikt|övervikten|flertal|flertalet|övermakt|övermakten) (?:på|i|inom)', { confidence: 0.55 }),
  cue('sv.lead.office', 'LED', '(?:ledare|ledaren|ordförande|ordföranden|chef|chefen|befälhavare|befälhavaren|president|presidenten|överbefälhavare) (?:för|i|över|inom)', { confidence: 0.7, apposition: true }),

  cue('sv.member.verb', 'MEMBER_OF', 'tillhörde|tillhör|(?:var|är|blev) (?:medlem|medlemmar) (?:av|i)', { confidence: 0.8 }),
  cue('sv.member.part', 'MEMBER_OF', '(?:ingick|ingår|ingått|satt|sitter) i', { confidence: 0.6 }),
  cue('sv.member.minority', 'MEMBER_OF', '(?:utgjorde|utgör|hade|har|bildade|bildar) (?:\\p{L}+ ){0,3}?(?:minoritet|minoriteten|fraktion|fraktionen|grupp|gruppen) (?:på|i|inom)', { confidence: 0.55 }),
  cue('sv.member.consisted', 'MEMBER_OF', '(?:bestod|består|utgjordes|utgörs) (?:\\p{L}+ )?av|(?:räknade|räknar|omfattade|upptog)(?: inom sig)?(?: bl\\. ?a\\.| bland annat| bland andra)?', { ...BACKWARD, confidence: 0.55 }),
  cue('sv.member.office', 'MEMBER_OF', '(?:då )?(?:minister|ministern|medlem|medlemmar|ledamot|delegat|representant|representanter|kommissarie) (?:av|i|för|inom)', { confidence: 0.65, apposition: true }),

  cue('sv.negotiate.verb', 'NEGOTIATED_WITH', '(?:förhandlade|förhandlat|underhandlade|underhandlat|förhandla|underhandla|slöt fred|sluter fred|slöt vapenstillestånd|bytte ord) med', { confidence: 0.8 }),
  cue('sv.negotiate.mediate', 'NEGOTIATED_WITH', '(?:uppsökte|uppsöker|besökte|besöker|sände delegerade till|vände sig till)', { confidence: 0.6, tail: 'för att (?:medla|förhandla|underhandla|förmedla|övertala)' }),
  cue('sv.negotiate.noun', 'NEGOTIATED_WITH', '(?:förhandlingar|förhandlingarna|underhandlingar|underhandlingarna|avtal|avtalet|fördrag|fördraget|fredsfördrag|fredsfördraget|fredsförhandlingar|fredsförhandlingarna|fredsunderhandlingar|fredsunderhandlingarna|överenskommelse|överenskommelser|kulissöverenskommelser|separatfred|fred|vapenstillestånd|kompromiss|kompromissen|konversation|konversationen|samtal|samtalen|överläggningar|överläggningarna|förbindelser|förbindelserna) med', { confidence: 0.65 }),
];
