/**
 * The parts the scale corpus generator (generate-corpus.ts) builds names from: first names and
 * surname stems for Swedish texts (Russian names as the sample corpus transliterates them) and for
 * English ones (Irish and English), titles the extractor reads as "a person follows", places,
 * and the shapes of regiments, parties and committees in each language. Combined, they give tens of
 * thousands of distinct people, so that a 100-document corpus holds 10,000+ entities.
 */

export interface NamePool {
  firstNames: readonly string[];
  surnameStems: readonly string[];
  surnameEndings: readonly string[];
  titles: readonly string[];
  places: readonly string[];
  /** `{place}` is replaced by a place name. */
  regimentShapes: readonly string[];
  parties: readonly string[];
  /** `{place}` is replaced by a place name. */
  committeeShapes: readonly string[];
  months: readonly string[];
}

export const SWEDISH_NAMES: NamePool = {
  firstNames: ['Pavel', 'Sergej', 'Boris', 'Ivan', 'Nikolaj', 'Fjodor', 'Grigorij', 'Michail', 'Aleksej', 'Dmitrij', 'Vasilij', 'Pjotr', 'Anatolij', 'Semjon', 'Jakov', 'Leonid', 'Konstantin', 'Andrej', 'Viktor', 'Stepan'],
  surnameStems: ['Jaroslav', 'Orlov', 'Tjernat', 'Volod', 'Bielin', 'Gorod', 'Kamen', 'Lebed', 'Medved', 'Novgor', 'Ostrov', 'Pesch', 'Rjabin', 'Sokol', 'Tulin', 'Ugrim', 'Vetlug', 'Zarech', 'Krasn', 'Polev', 'Dubrov', 'Kurgan', 'Selez', 'Tarak', 'Zimin'],
  surnameEndings: ['skij', 'ov', 'in', 'enko', 'itj', 'ski'],
  titles: ['general', 'kapten', 'överste', 'löjtnant', 'ministern', 'kamrat'],
  places: ['Kazan', 'Tver', 'Samara', 'Pskov', 'Saratov', 'Jaroslavl', 'Vitebsk', 'Smolensk', 'Tula', 'Orjol', 'Kursk', 'Vologda', 'Perm', 'Ufa', 'Rjazan', 'Kaluga', 'Kostroma', 'Penza', 'Simbirsk', 'Astrachan'],
  regimentShapes: ['{place}regementet', '{place}ska gardesregementet'],
  parties: ['bolsjevikerna', 'mensjevikerna', 'socialistrevolutionärerna', 'kadetterna', 'anarkisterna'],
  committeeShapes: ['sovjeten i {place}', 'revolutionskommittén i {place}'],
  months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};

export const ENGLISH_NAMES: NamePool = {
  firstNames: ['Patrick', 'Thomas', 'James', 'John', 'Michael', 'William', 'Edward', 'Daniel', 'Richard', 'Hugh', 'Charles', 'Joseph', 'Denis', 'Owen', 'Robert', 'Peter', 'Martin', 'Francis', 'George', 'Henry'],
  surnameStems: ["O'Donn", 'Mah', 'Brenn', 'Kell', 'Murph', 'Gall', 'Conn', 'Doyl', 'Flann', 'Hal', 'Kean', 'Lyn', 'Morr', 'Nol', 'Quinl', 'Rourk', 'Sheeh', 'Tier', 'Whel', 'Barr', 'Cull', 'Dunl', 'Fitzg', 'Garv', 'Hegart'],
  surnameEndings: ['er', 'an', 'ey', 'ell', 'ahan', 'on'],
  titles: ['General', 'Captain', 'Colonel', 'Lieutenant', 'Major', 'Commandant'],
  places: ['Cork', 'Limerick', 'Galway', 'Waterford', 'Kilkenny', 'Wexford', 'Sligo', 'Tralee', 'Ennis', 'Athlone', 'Drogheda', 'Dundalk', 'Clonmel', 'Mallow', 'Carlow', 'Tipperary', 'Mayo', 'Longford', 'Navan', 'Kildare'],
  regimentShapes: ['the {place} Regiment', 'the {place} Fusiliers'],
  parties: ['the Irish Republican Brotherhood', 'the Fenian Brotherhood', 'the Irish Parliamentary Party', 'the Land League', 'the Irish Volunteers'],
  committeeShapes: ['the {place} Committee', 'the {place} Land League'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
