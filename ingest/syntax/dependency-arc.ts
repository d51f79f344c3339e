/**
 * One word's place in the sentence's dependency tree (Universal Dependencies): the word it hangs
 * from and how. Relations read subjects, objects and prepositional arguments from these arcs, so
 * that "Kerenski lät arrestera Korniloff" and "Kornilov was arrested by Kerensky" need no word lists.
 */
export interface DependencyArc {
  /** Index of the head token in the same token list, -1 for the root. */
  head: number;
  /** UD relation with its subtype, as the treebanks write it: "nsubj", "nsubj:pass", "obl:agent", "obj", "conj", … */
  deprel: string;
}
