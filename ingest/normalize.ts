/**
 * Normalisation: from the lines of a file to clean headings and paragraphs.
 *
 * Printed books reach us as wrapped lines with words hyphenated over line ends, page furniture
 * (separator lines, lone page numbers) and footnotes dropped into the middle of a paragraph.
 * We join the words back, move each footnote out of the paragraph it interrupts (so the sentence
 * around it is whole again) and fold whitespace — while remembering, for every character, the
 * line of the original file it came from, because every fact we extract cites its line.
 */

import type { LineStart } from '../domain/types';

export interface TextBlock {
  kind: 'heading' | 'paragraph';
  /** The text with line-end hyphens joined, footnote markers dropped and whitespace folded. */
  text: string;
  /** 1-based line of the original file where the block starts. */
  line: number;
  lineStarts: LineStart[];
  /** True for a footnote's text, moved after the paragraph it interrupted. */
  footnote?: boolean;
}

export interface NormalizedText {
  blocks: TextBlock[];
  /** Number of lines in the original file. */
  lineCount: number;
}

/** Wrapped lines run to ~95 characters; a line well short of that, alone before text, is a heading. */
const LONGEST_HEADING = 70;
const LONGEST_GLUED_HEADING = 60;
const SUSPENDED_COMPOUND_CONJUNCTIONS = new Set(['och', 'eller', 'samt', 'resp', 'and', 'or']);

const isBlank = (raw: string): boolean => raw.trim() === '' && raw.length < 10;
/** A footnote separator: a long run of spaces, or a short rule of underscores or dashes. */
const isSeparator = (raw: string): boolean =>
  (raw.length >= 10 && /^[ \t]+$/.test(raw)) || /^[ \t]*[_\-–—]{3,}[ \t]*$/.test(raw);
const isPageNumber = (raw: string): boolean => /^\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*$/.test(raw);
/** The book indents continuation after a footnote, and glued headings, by exactly one space. */
const startsWithOneSpace = (raw: string): boolean => /^ \S/.test(raw);
const startsIndented = (raw: string): boolean => /^(?: {2,}|\t)\S/.test(raw);
const endsSentence = (text: string): boolean => /[.!?…:”"»)]\s*$/.test(text);

/** Drops footnote markers: "revolutionen. *", "o. s. v.*", superscript digits, and the "* " opening a footnote. */
function dropFootnoteMarkers(line: string): string {
  return line
    .replace(/^\s*\*+\s*/, '')
    .replace(/(?<=\S)\s?\*+(?=\s|$)/g, '')
    .replace(/(?<=[\p{L}.,;:!?)”"])[¹²³⁰⁴⁵⁶⁷⁸⁹]+/gu, '');
}

const foldWhitespace = (line: string): string => line.replace(/\s+/g, ' ').trim();

function looksLikeHeadingText(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= LONGEST_HEADING &&
    /^[”"«»„]?\p{Lu}/u.test(text) &&
    !/[,;:–—-]$/.test(text)
  );
}

/** A short line opened by one space, as " Förord " — a heading even when glued to the text above. */
function isGluedHeading(raw: string): boolean {
  return startsWithOneSpace(raw) && looksLikeHeadingText(raw.trim()) && raw.trim().length <= LONGEST_GLUED_HEADING;
}

interface BlockBuilder {
  block: TextBlock;
  /** Whether the block is already in the output (a paragraph reopened after a footnote is). */
  emitted: boolean;
}

function newBlock(kind: TextBlock['kind'], line: number, footnote = false): TextBlock {
  return { kind, text: '', line, lineStarts: [], ...(footnote ? { footnote } : {}) };
}

/**
 * Appends one original line to a block, joining a word hyphenated over the line end:
 * "mensje-" + "vikerna" → "mensjevikerna", but "Brest-" + "Litovsk" → "Brest-Litovsk"
 * and "arbetar-" + "och soldat..." → "arbetar- och soldat...".
 */
function appendLine(block: TextBlock, line: string, lineNumber: number): void {
  const text = foldWhitespace(dropFootnoteMarkers(line));
  if (text === '') return;
  let separator = block.text === '' ? '' : ' ';
  if (/\p{L}-$/u.test(block.text)) {
    const firstWord = (text.match(/^\p{L}+/u)?.[0] ?? '').toLowerCase();
    if (/^\p{Lu}/u.test(text)) separator = '';
    else if (/^\p{Ll}/u.test(text) && !SUSPENDED_COMPOUND_CONJUNCTIONS.has(firstWord)) {
      block.text = block.text.slice(0, -1);
      separator = '';
    }
  }
  block.text += separator;
  block.lineStarts.push({ offset: block.text.length, line: lineNumber });
  block.text += text;
}

/**
 * Splits a file's text into headings and paragraphs, de-hyphenated, without page furniture
 * or footnote markers, each remembering the original line of every character.
 *
 * @example
 * normalizeText(' Förord \nDe mensje-\nvikerna i Brest-\nLitovsk.* \n').blocks.map(b => b.text)
 * // ['Förord', 'De mensjevikerna i Brest-Litovsk.']
 */
export function normalizeText(text: string): NormalizedText {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: TextBlock[] = [];
  let paragraph: BlockBuilder | null = null;
  /** The last paragraph closed by a blank line, which a footnote right after it may still interrupt. */
  let lastClosed: BlockBuilder | null = null;
  let footnotes: TextBlock[] = [];
  let inFootnote = false;
  let footnote: TextBlock | null = null;

  const flushFootnotes = (): void => {
    blocks.push(...footnotes.filter((note) => note.text !== ''));
    footnotes = [];
  };
  const closeParagraph = (): void => {
    if (paragraph && paragraph.block.text !== '') {
      lastClosed = paragraph;
      if (!paragraph.emitted) blocks.push(paragraph.block);
      paragraph.emitted = true;
    }
    paragraph = null;
    if (!inFootnote) flushFootnotes();
  };
  const startParagraph = (lineNumber: number): BlockBuilder => {
    closeParagraph();
    paragraph = { block: newBlock('paragraph', lineNumber), emitted: false };
    return paragraph;
  };

  for (let index = 0; index < lines.length; index += 1) {
    const raw = lines[index];
    const lineNumber = index + 1;
    if (inFootnote) {
      if (isBlank(raw) || startsWithOneSpace(raw)) {
        inFootnote = false;
        footnote = null;
        if (isBlank(raw)) {
          closeParagraph();
          continue;
        }
        const interrupted = paragraph as BlockBuilder | null;
        if (interrupted && !endsSentence(interrupted.block.text)) {
          appendLine(interrupted.block, raw, lineNumber);
          continue;
        }
        appendLine(startParagraph(lineNumber).block, raw, lineNumber);
        continue;
      }
      if (isPageNumber(raw) || isSeparator(raw)) continue;
      if (!footnote || /^\s*\*/.test(raw) || startsIndented(raw)) {
        footnote = newBlock('paragraph', lineNumber, true);
        footnotes.push(footnote);
      }
      appendLine(footnote, raw, lineNumber);
      continue;
    }
    if (isSeparator(raw)) {
      inFootnote = true;
      footnote = null;
      if (!paragraph && lastClosed && !endsSentence((lastClosed as BlockBuilder).block.text)) {
        paragraph = lastClosed;
      }
      continue;
    }
    if (isBlank(raw)) {
      closeParagraph();
      continue;
    }
    if (isPageNumber(raw)) continue;
    const next = lines.slice(index + 1, index + 3).find((line) => !isPageNumber(line)) ?? '';
    const nextIsText = !isBlank(next) && !isSeparator(next) && !isGluedHeading(next);
    const nextContinues = /^\s*\p{Ll}/u.test(next);
    const atParagraphStart = paragraph === null;
    const afterHeading = blocks[blocks.length - 1]?.kind === 'heading' && paragraph === null;
    const headingShaped = nextIsText && !nextContinues && !afterHeading && looksLikeHeadingText(raw.trim());
    if (headingShaped && (atParagraphStart || isGluedHeading(raw))) {
      closeParagraph();
      lastClosed = null;
      const heading = newBlock('heading', lineNumber);
      appendLine(heading, raw, lineNumber);
      blocks.push(heading);
      continue;
    }
    const current: BlockBuilder =
      paragraph === null || startsIndented(raw) ? startParagraph(lineNumber) : (paragraph as BlockBuilder);
    appendLine(current.block, raw, lineNumber);
  }
  closeParagraph();
  flushFootnotes();
  return { blocks, lineCount: lines.length };
}

/** Any text that knows its first line and where later original lines start in it: a block or a sentence. */
export interface LineMapped {
  line: number;
  lineStarts?: readonly LineStart[];
}

/**
 * The original line of a character of a block's or a sentence's text.
 *
 * @example
 * lineAtOffset({ line: 4, lineStarts: [{ offset: 0, line: 4 }, { offset: 2, line: 5 }] }, 2) // 5
 */
export function lineAtOffset(text: LineMapped, offset: number): number {
  let line = text.line;
  for (const start of text.lineStarts ?? []) {
    if (start.offset > offset) break;
    line = start.line;
  }
  return line;
}

/**
 * The line starts that fall inside `[start, end)` of a text, re-based to offsets of that slice.
 * A line starting exactly at `start` is the slice's own first line, so it is left out.
 *
 * @example
 * lineStartsWithin({ line: 4, lineStarts: [{ offset: 0, line: 4 }, { offset: 8, line: 5 }] }, 6, 12)
 * // [{ offset: 2, line: 5 }]
 */
export function lineStartsWithin(text: LineMapped, start: number, end: number): LineStart[] {
  return (text.lineStarts ?? [])
    .filter((lineStart) => lineStart.offset > start && lineStart.offset < end)
    .map((lineStart) => ({ offset: lineStart.offset - start, line: lineStart.line }));
}
