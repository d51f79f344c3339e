/**
 * Document ids: a readable slug of the title or file name, so that ingesting the same file again
 * (or a corrected edition under the same title) lands on the same Document node.
 */
import { InvalidInputError } from '../../domain/errors';
import { plainFold } from '../../domain/names/name-key';

/**
 * The slug of a title: diacritics folded, lowercase, words joined by "-".
 * @example documentIdFromTitle('Från oktober till Brest-Litovsk') // 'fran-oktober-till-brest-litovsk'
 */
export function documentIdFromTitle(title: string): string {
  const slug = plainFold(title).replace(/ /g, '-');
  if (!slug) throw new InvalidInputError(`Cannot make a document id from "${title}"`, { title });
  return slug;
}

/**
 * The slug of a file name without its directory and final extension.
 * @example documentIdFromFileName('data/corpus/october-to-brest-litovsk.sv.txt') // 'october-to-brest-litovsk-sv'
 */
export function documentIdFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return documentIdFromTitle(base.replace(/\.[^.]+$/, ''));
}
