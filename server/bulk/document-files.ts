/**
 * The documents a bulk ingest is asked for: each path given is a file, taken as it is, or a folder,
 * searched recursively for the formats the readers know (.txt, .md, .pdf, .docx). Each document gets
 * an id that a later run gives it again, so that a re-run recognises what it already stored: a file
 * named alone keeps the id `npm run ingest FILE` always gave it (its file name); a file found in a
 * folder is named by its path from that folder's parent, so that "1917/letter.txt" and
 * "1918/letter.txt" stay two documents. A path that cannot be read is a failure of its own, not of the run.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { documentIdFromFileName, documentIdFromTitle } from '../../graph/writes/document-id';

/** Extensions searched for inside folders (a file named on the command line is read whatever its name). */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.pdf', '.docx'];

export interface DocumentFile {
  path: string;
  documentId: string;
  /** The file name without its extension. */
  title: string;
}

/** A path given, or found, that could not be listed or read. */
export interface UnreadablePath {
  path: string;
  message: string;
}

export interface DocumentFiles {
  files: DocumentFile[];
  unreadable: UnreadablePath[];
}

function titleOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

async function walk(folder: string, found: string[], unreadable: UnreadablePath[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    unreadable.push({ path: folder, message: `cannot list the folder: ${reasonOf(error)}` });
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const child = path.join(folder, entry.name);
    if (entry.isDirectory()) await walk(child, found, unreadable);
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) found.push(child);
  }
}

/** A file whose name gives no id (only punctuation, say) is unreadable too. */
function add(files: DocumentFile[], unreadable: UnreadablePath[], file: string, idOf: () => string): void {
  try {
    files.push({ path: file, documentId: idOf(), title: titleOf(file) });
  } catch (error) {
    unreadable.push({ path: file, message: reasonOf(error) });
  }
}

/**
 * @example await collectDocumentFiles(['archive/', 'notes.txt'])
 * // { files: [{ path: 'archive/1917/letter.txt', documentId: 'archive-1917-letter', ... }, ...], unreadable: [] }
 */
export async function collectDocumentFiles(paths: readonly string[]): Promise<DocumentFiles> {
  const files: DocumentFile[] = [];
  const unreadable: UnreadablePath[] = [];
  for (const given of paths) {
    let kind;
    try {
      kind = await stat(given);
    } catch (error) {
      unreadable.push({ path: given, message: reasonOf(error) });
      continue;
    }
    if (!kind.isDirectory()) {
      add(files, unreadable, given, () => documentIdFromFileName(given));
      continue;
    }
    const found: string[] = [];
    await walk(given, found, unreadable);
    const base = path.dirname(path.resolve(given));
    for (const file of found) {
      const relative = path.relative(base, path.resolve(file)).replace(/\.[^.\\/]+$/, '');
      add(files, unreadable, file, () => documentIdFromTitle(relative.split(path.sep).join(' ')));
    }
  }
  return { files, unreadable };
}
