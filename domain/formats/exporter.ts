/**
 * What every export format provides: a media type, a file extension and a pure GraphView → text
 * writer. /api/export and the page's download buttons use the same writers, so the same view
 * gives the same file.
 */
import type { GraphView } from '../api';

/** Where an export came from, written into the file's header where the format has one. */
export interface ExportContext {
  /** ISO timestamp of the export. */
  generatedAt: string;
  /** The window the export covers, when one was asked for. */
  from?: string;
  to?: string;
  calendar?: 'text' | 'gregorian';
  /** What the view holds when it is a selection rather than a window, e.g. "the claims visible in the page". */
  scope?: string;
}

export interface Exporter {
  /** Sent as Content-Type. */
  contentType: string;
  /** The download file name's extension, without the dot. */
  extension: string;
  render(view: GraphView, context: ExportContext): string;
}

/** A one-line description of the export's window, for file headers. */
export function describeWindow(context: ExportContext): string {
  if (context.scope !== undefined) return context.scope;
  if (context.from === undefined && context.to === undefined) return 'the whole graph';
  const calendar = context.calendar === 'gregorian' ? 'Gregorian' : "the text's own calendar";
  return `claims dated from ${context.from ?? 'the beginning'} to ${context.to ?? 'the end'} (${calendar})`;
}
