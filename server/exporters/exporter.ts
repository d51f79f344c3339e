/** What every export format provides: a media type, a file extension and a pure GraphView → text writer. */
import type { GraphView } from '../../domain/api';

/** Where an export came from, written into the file's header where the format has one. */
export interface ExportContext {
  /** ISO timestamp of the export. */
  generatedAt: string;
  /** The window the export covers, when one was asked for. */
  from?: string;
  to?: string;
  calendar?: 'text' | 'gregorian';
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
  if (context.from === undefined && context.to === undefined) return 'the whole graph';
  const calendar = context.calendar === 'gregorian' ? 'Gregorian' : "the text's own calendar";
  return `claims dated from ${context.from ?? 'the beginning'} to ${context.to ?? 'the end'} (${calendar})`;
}
