/**
 * Feature templates: a feature is a template and the values of its atoms in the current state
 * ("the stack top's word and tag"). Training keys features by strings, the template's number and the
 * values, tab-separated ("3\tkerenski\tPROPN"; words never hold a tab: CoNLL-U separates its columns
 * by tabs); the parser at run time looks the same features up by number (feature-table.ts). Both
 * read the templates compiled here, so the two can never disagree.
 */

export interface Templates {
  /** Each template's atoms, as indices into the atom values. */
  atoms: readonly (readonly number[])[];
}

/** Templates written as space-separated atom names ("s0w s0t"; "" is the bias), checked against `atomNames`. */
export function compileTemplates(atomNames: readonly string[], templates: readonly string[]): Templates {
  return {
    atoms: templates.map((template) => {
      const indices = template.split(' ').filter(Boolean).map((atom) => atomNames.indexOf(atom));
      if (indices.includes(-1)) throw new Error(`feature template with an unknown atom: "${template}"`);
      return indices;
    }),
  };
}

/** Template numbers from `first` to `last` inclusive: a group of templates read together. */
export function templateRange(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

/** Pushes the string keys of templates `which`, given the atoms' values. */
export function pushFeatureKeys(templates: Templates, which: readonly number[], values: readonly string[], out: string[]): void {
  for (const template of which) {
    let key = String(template);
    for (const atom of templates.atoms[template]) key += '\t' + values[atom];
    out.push(key);
  }
}
