/**
 * A lemma rule rewrites a word's ending: cut so many letters, add these ("arresterade" → cut 2,
 * add "" → "arrestera"; "regiments" → cut 1). Rules are learned per part of speech and keyed by the
 * word's last letters, so an unseen word borrows the rule of the seen words that end like it.
 */

/** Longest word ending a rule is keyed by. */
export const MAX_SUFFIX = 6;

/** The rule turning `form` into `lemma`, written "cut:add". */
export function ruleBetween(form: string, lemma: string): string {
  let common = 0;
  while (common < form.length && common < lemma.length && form[common] === lemma[common]) common++;
  return `${form.length - common}:${lemma.slice(common)}`;
}

/** `form` rewritten by `rule`; the form itself when the rule would leave less than two letters. */
export function applyRule(form: string, rule: string): string {
  const colon = rule.indexOf(':');
  const cut = Number(rule.slice(0, colon));
  if (form.length - cut < 2) return form;
  return form.slice(0, form.length - cut) + rule.slice(colon + 1);
}

/** The key of the rule table: part of speech and the word's last `length` letters. */
export function suffixKey(upos: string, form: string, length: number): string {
  return `${upos} ${form.slice(form.length - length)}`;
}
