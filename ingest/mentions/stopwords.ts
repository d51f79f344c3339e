/**
 * Words that are capitalised only because they open a sentence or a heading, in Swedish and English:
 * they are never names on their own ("Det", "Men", "Under", "The").
 */

const SWEDISH = `
alla allt aldrig andra annars att av bakom bara bland blev bli blir bort både dag dagar de dem den denna dennes denne
deras dess dessa dessutom det detta dock där därav därför därefter däremot då efter eftersom ej eller emedan en endast
enligt ett ehuru fast fler flera folk for fram framför från få för före först första genom gick hade han hans har hela
helt hennes henne hon honom hos hur här i icke igen ingen inget inte inom intill ja jag just kan kanske knappast kom
kunde likaså liksom man med medan mellan men mer mera mig min mina mitt mot mycket måste ned nej nog nu när någon
något några och också om omkring oss redan sedan sig sin sina sist sitt sjalv själva skall skulle slutligen som
sst stod så sådan sådana såsom tack till trots tvärtom under upp ut utan utom vad var vara varför varje vart vi vid
vilka vilken vilket visserligen vår våra vårt än ändå ännu är även åter över nämligen alltså emellertid ty naturligtvis
samtidigt endast hela hur huruvida nästa samma sådant ett två tre fyra fem sex sju åtta nio tio förord inledning
kapitel del bilaga not noter anm förf övers jfr sid förstås dessförinnan härmed härigenom därmed dylika somliga
på inför bredvid leve januari februari mars april maj juni juli augusti september oktober november december
måndag tisdag onsdag torsdag fredag lördag söndag
`;

const ENGLISH = `
a about after again against all also an and another any as at be because been before being between both but by
can could did do does during each either every for from had has have he her here his how however i if in into it
its many may more most my neither no nor not now of on once one only or other our out over she should since so some
such than that the their them then there these they this those though through thus to too under until up upon was
we were what when where whether which while who whom why will with within without would yet you chapter preface
introduction part mr mrs january february march april june july september october november december
monday tuesday wednesday thursday friday saturday sunday
`;

const STOPWORDS: ReadonlySet<string> = new Set(`${SWEDISH} ${ENGLISH}`.split(/\s+/).filter((w) => w.length > 0));

/**
 * Whether a word is a function word or heading word rather than a possible name.
 * @example isStopword('Men') // true
 * @example isStopword('Kerenski') // false
 */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}
