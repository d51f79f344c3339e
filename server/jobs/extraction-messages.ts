/**
 * What the extraction worker and the thread that started it say to each other. Errors cross the
 * thread boundary as plain data (structured clone drops classes), and are rebuilt as the domain's
 * typed errors on arrival, so the HTTP layer maps them to the same statuses as any other.
 */
import type { DocumentReading } from '../../domain/reading';
import type { Extraction, Language } from '../../domain/types';
import type { ReadLimits } from '../../ingest/formats/limits';
import { AllegianceError, InvalidInputError, isInvalidInputCode, isServerErrorCode, PayloadTooLargeError } from '../../domain/errors';

export interface ExtractionRequest {
  bytes: Uint8Array;
  language?: Language;
  limits?: Partial<ReadLimits>;
}

/** The stages a document passes through, as the page shows them. */
export type ExtractionStage = 'reading' | 'extracting';

export interface ExtractedDocument {
  /** The text as decoded from the file (kept for re-ingesting later). */
  source: string;
  extraction: Extraction;
  reading: DocumentReading;
}

export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'progress'; stage: ExtractionStage; percent: number }
  | { kind: 'done'; result: ExtractedDocument }
  | { kind: 'failed'; error: { code: string; message: string; details?: Record<string, unknown> } };

/** An error as data, for postMessage. */
export function errorAsData(error: unknown): { code: string; message: string; details?: Record<string, unknown> } {
  if (error instanceof AllegianceError) return { code: error.code, message: error.message, details: error.details };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

/** The typed error again, from its data: the codes input can cause, else a plain Error (a 500). */
export function errorFromData(data: { code: string; message: string; details?: Record<string, unknown> }): Error {
  if (data.code === 'PAYLOAD_TOO_LARGE') return new PayloadTooLargeError(data.message, data.details);
  if (data.code === 'INTERNAL') return new Error(data.message);
  if (!isServerErrorCode(data.code)) return new Error(data.message);
  if (isInvalidInputCode(data.code)) return new InvalidInputError(data.message, data.details, data.code);
  return new AllegianceError(data.code, data.message, data.details);
}
