/**
 * The shape of a gazetteer entry: a canonical name, its type, and other base forms it is written in.
 * Inflected forms need not be listed — morphology and transliteration keys cover them.
 */
import type { EntityType } from '../../domain/types';

export interface LexiconEntry {
  /** Canonical base form, as the entity's name ("Kerenski", "Petrograds sovjet"). */
  name: string;
  type: EntityType;
  /** Other base forms and spellings that name the same thing ("Kerensky", "Petrograd-sovjet"). */
  variants?: readonly string[];
}
