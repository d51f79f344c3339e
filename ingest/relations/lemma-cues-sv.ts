/**
 * Swedish verb cues by lemma. Each verb is listed once; its tenses and -s passive are found by
 * `verb-forms.ts`, its irregular forms are written after a slash. Older spelling ("öfvergick",
 * "hafva") is modernised before matching, so these modern lemmas cover it too.
 */
import { lemmaCues, type LemmaCue } from './lemma-cue';

export const SWEDISH_LEMMA_CUES: readonly LemmaCue[] = [
  ...lemmaCues('sv.arrest', 'ARRESTED', [
    'arrestera', 'häkta', 'fängsla', 'internera', 'tillfångata',
    'anhålla/anhöll/anhållit/anhåller',
    'gripa/grep/gripit/griper',
    'ta/tog/tagit/tar tillfånga',
  ], { confidence: 0.85, passive: true }),

  ...lemmaCues('sv.join', 'JOINED', [
    'ansluta/anslöt/anslutit/ansluter sig till',
    'sluta/slöt/slutit/sluter sig till',
    'sälla sig till',
    'gå/gick/gått/går över till',
    'övergå/övergick/övergått/övergår till',
    'inträda/inträdde/inträtt i',
    'träda/trädde/trätt in i',
    'förena sig med',
    'ingå/ingick/ingått/ingår i',
    'gå/gick/gått/går med i',
  ], { confidence: 0.75 }),

  ...lemmaCues('sv.support', 'SUPPORTED', [
    'stödja/stödde/stött/stöder', 'understödja/understödde/understött/understöder', 'stöda', 'understöda',
    'försvara', 'bistå/bistod/bistått/bistår', 'hjälpa', 'beväpna', 'undsätta/undsatte/undsatt', 'förstärka',
    'gynna', 'beskydda', 'skydda', 'erkänna/erkände/erkänt/erkänner', 'hylla',
  ], { confidence: 0.7, passive: true }),
  ...lemmaCues('sv.support', 'SUPPORTED', [
    'ställa sig bakom', 'uttala sig för', 'förklara sig för', 'rösta för', 'alliera sig med',
    'förbinda/förband/förbundit sig med', 'ta/tog/tagit/tar parti för', 'sluta/slöt/slutit/sluter upp kring',
    'samla sig kring', 'sluta/slöt/slutit/sluter förbund med', 'kämpa på', 'strida/stred/stridit på',
  ], { confidence: 0.65 }),
  // coming to someone's aid: the one helped is the object ("ilade sin bundsförvant till hjälp") or the genitive ("kom till regeringens undsättning")
  ...lemmaCues('sv.support.aid', 'SUPPORTED', [
    'komma/kom/kommit/kommer till hjälp', 'komma/kom/kommit/kommer till undsättning', 'ila till hjälp', 'ila till undsättning',
    'skynda till hjälp', 'skynda till undsättning', 'gå/gick/gått/går till undsättning', 'hasta till hjälp', 'rycka/ryckte/ryckt till undsättning',
  ], { confidence: 0.65 }),
  // help received: the helper follows "av"/"från" ("fick understöd af general Boije")
  ...lemmaCues('sv.support.received', 'SUPPORTED', [
    'få/fick/fått/får understöd av', 'få/fick/fått/får understöd från', 'få/fick/fått/får hjälp av', 'få/fick/fått/får hjälp från',
    'få/fick/fått/får bistånd av', 'få/fick/fått/får bistånd från', 'erhålla/erhöll/erhållit/erhåller understöd av', 'erhålla/erhöll/erhållit/erhåller understöd från',
    'erhålla/erhöll/erhållit/erhåller hjälp av', 'erhålla/erhöll/erhållit/erhåller hjälp från',
  ], { confidence: 0.65, backward: true }),
  // obeying a commander or a government; refusing to obey is opposition (see tree-candidates.ts)
  ...lemmaCues('sv.support.obey', 'SUPPORTED', ['lyda/lydde/lytt/lyder'], { confidence: 0.55, passive: true }),

  ...lemmaCues('sv.oppose', 'OPPOSED', [
    'bekämpa', 'angripa/angrep/angripit/angriper', 'anfalla/anföll/anfallit/anfaller', 'attackera',
    'hota', 'motarbeta', 'bojkotta', 'fördöma/fördömde/fördömt', 'undertrycka/undertryckte/undertryckt',
    'förfölja/förföljde/förföljt', 'avväpna', 'störta', 'krossa', 'besegra', 'upplösa/upplöste/upplöst',
    'omringa', 'belägra', 'beskjuta/besköt/beskjutit', 'kuva', 'nedkämpa', 'fördriva/fördrev/fördrivit',
    'avsätta/avsatte/avsatt', 'avskeda', 'förråda/förrådde/förrått', 'överfalla/överföll/överfallit',
    'utmana', 'avrätta', 'tillintetgöra/tillintetgjorde/tillintetgjort', 'motstå/motstod/motstått',
    'kväsa/kväste/kväst', 'nedslå/nedslog/nedslagit', 'bombardera', 'blockera', 'bekriga', 'inringa', 'kringränna/kringrände/kringränt',
    'innesluta/inneslöt/inneslutit',
  ], { confidence: 0.7, passive: true }),
  ...lemmaCues('sv.oppose.hinder', 'OPPOSED', ['hindra', 'förhindra'], { confidence: 0.55, passive: true }),
  ...lemmaCues('sv.oppose.beat', 'OPPOSED', ['slå/slog/slagit/slår', 'förjaga', 'jaga/jagade bort', 'driva/drev/drivit tillbaka'], { confidence: 0.6, passive: true }),
  ...lemmaCues('sv.oppose', 'OPPOSED', [
    'rycka/ryckte/ryckt ned mot', 'rycka/ryckte/ryckt mot', 'draga/drog/dragit mot', 'dra/drog/dragit mot', 'ila/ilade mot',
    'kämpa mot', 'strida/stred/stridit mot', 'kriga mot', 'vända/vände/vänt sig mot', 'resa/reste/rest sig mot',
    'göra/gjorde/gjort/gör uppror mot', 'protestera mot', 'agitera mot', 'uppträda/uppträdde/uppträtt mot',
    'tåga mot', 'marschera mot', 'rycka/ryckte/ryckt fram mot', 'opponera sig mot', 'rikta sig mot',
    'göra/gjorde/gjort/gör motstånd mot', 'sätta/satte/satt sig emot', 'bryta/bröt/brutit/bryter med',
    'föra/förde/fört krig mot', 'förklara krig mot', 'skjuta/sköt/skjutit på', 'gå/gick/gått/går till angrepp mot',
    'motsätta/motsatte/motsatt sig', 'segra över', 'drabba samman med', 'driva/drev/drivit bort',
  ], { confidence: 0.65 }),

  ...lemmaCues('sv.lead', 'LED', [
    'leda/ledde/lett/leder', 'anföra/anförde/anfört', 'kommendera', 'styra/styrde/styrt', 'grunda', 'organisera',
  ], { confidence: 0.7, passive: true }),
  ...lemmaCues('sv.lead', 'LED', [
    'stå/stod/stått/står i spetsen för', 'ställa sig i spetsen för', 'föra/förde/fört befälet över',
    'föra/förde/fört befäl över', 'ha/hade/haft/har befälet över', 'ta/tog/tagit/tar befälet över',
    'ta/tog/tagit/tar befäl över', 'överta/övertog/övertagit/övertar befälet över', 'ha/hade/haft/har befäl över',
  ], { confidence: 0.7 }),

  ...lemmaCues('sv.member', 'MEMBER_OF', [
    'tillhöra/tillhörde/tillhört/tillhör',
  ], { confidence: 0.75, passive: false }),
  ...lemmaCues('sv.member', 'MEMBER_OF', [
    'sitta/satt/suttit/sitter i', 'tjänstgöra/tjänstgjorde/tjänstgjort i', 'tjäna i', 'invälja/invalde/invalt i',
    'välja/valde/valt/väljer in i',
  ], { confidence: 0.6 }),

  ...lemmaCues('sv.member.whole', 'MEMBER_OF', [
    'bestå/bestod/bestått/består av', 'utgöras/utgjordes av', 'omfatta', 'räkna/räknade bland sina medlemmar',
  ], { confidence: 0.55, backward: true }),
  // nouns of role and stance, read from the dependency tree only ("Lenin, ledare för bolsjevikerna")
  ...lemmaCues('sv.lead.noun', 'LED', [
    'ledare för', 'ledare av', 'ordförande i', 'ordförande för', 'chef för', 'befälhavare för', 'befälhavare över',
    'överbefälhavare för', 'anförare för', 'grundare av', 'kommendant för', 'hövding för',
  ], { confidence: 0.7, noun: 'role' }),
  ...lemmaCues('sv.member.noun', 'MEMBER_OF', ['medlem av', 'medlem i', 'ledamot av', 'ledamot i'], { confidence: 0.65, noun: 'role' }),
  ...lemmaCues('sv.oppose.noun', 'OPPOSED', ['opposition mot', 'fiende till', 'motståndare till'], { confidence: 0.6, noun: 'role' }),
  ...lemmaCues('sv.support.noun', 'SUPPORTED', ['anhängare av', 'anhängare till', 'bundsförvant till'], { confidence: 0.6, noun: 'role' }),
  // a side or stance held by the subject of a clause that puts it there ("stod på bolsjevikernas sida", "ställde sig på vår ståndpunkt"), owned by the genitive
  ...lemmaCues('sv.support.side.noun', 'SUPPORTED', ['sida', 'ståndpunkt'], { confidence: 0.6, noun: 'role' }),
  ...lemmaCues('sv.negotiate.noun', 'NEGOTIATED_WITH', ['förhandling med', 'underhandling med', 'fred med', 'fredsförhandling med', 'vapenstillestånd med'], { confidence: 0.6, noun: 'act' }),
  ...lemmaCues('sv.oppose.act', 'OPPOSED', ['krig mot', 'kamp mot', 'strid mot', 'uppror mot', 'anfall mot', 'anfall på', 'angrepp mot', 'angrepp på'], { confidence: 0.6, noun: 'act' }),
  ...lemmaCues('sv.arrest.noun', 'ARRESTED', ['häktning av', 'arrestering av', 'fängslande av', 'tillfångatagande av'], { confidence: 0.7, noun: 'act' }),
  ...lemmaCues('sv.negotiate.meet', 'NEGOTIATED_WITH', ['träffa', 'sammanträffa med', 'möta/mötte/mött med'], { confidence: 0.5, passive: false }),
  ...lemmaCues('sv.negotiate', 'NEGOTIATED_WITH', [
    'förhandla med', 'underhandla med', 'sluta/slöt/slutit/sluter fred med', 'sluta/slöt/slutit/sluter vapenstillestånd med',
    'sluta/slöt/slutit/sluter avtal med', 'träffa avtal med', 'överlägga/överlade/överlagt med', 'parlamentera med',
    'ingå/ingick/ingått/ingår fördrag med', 'ingå/ingick/ingått/ingår stillestånd med', 'ingå/ingick/ingått/ingår konvention med',
    'sluta/slöt/slutit/sluter konvention med', 'dagtinga med', 'konferera med', 'brevväxla med',
  ], { confidence: 0.75 }),
  // two sides named together as the subject, with no object: each did it with the other
  ...lemmaCues('sv.oppose.each-other', 'OPPOSED', ['drabba samman', 'kämpa mot varandra', 'strida/stred/stridit mot varandra'], { confidence: 0.6, reciprocal: true }),
  ...lemmaCues('sv.negotiate.each-other', 'NEGOTIATED_WITH', [
    'förhandla', 'underhandla', 'sluta/slöt/slutit/sluter fred', 'sluta/slöt/slutit/sluter vapenstillestånd', 'ingå/ingick/ingått/ingår stillestånd',
  ], { confidence: 0.6, reciprocal: true }),
  // messages sent to someone: a letter is not yet a negotiation, so less sure
  ...lemmaCues('sv.negotiate.message', 'NEGOTIATED_WITH', [
    'skriva/skrev/skrivit/skriver till', 'skicka bud till', 'sända/sände/sänt/sänder bud till', 'skicka sändebud till', 'sända/sände/sänt/sänder sändebud till',
    'skicka underhandlare till', 'sända/sände/sänt/sänder underhandlare till', 'skicka telegram till', 'sända/sände/sänt/sänder telegram till',
    'skicka brev till', 'sända/sände/sänt/sänder brev till', 'skicka skrivelse till', 'sända/sände/sänt/sänder skrivelse till', 'telegrafera till',
  ], { confidence: 0.5 }),
];
