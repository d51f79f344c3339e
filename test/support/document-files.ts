/**
 * Documents the tests upload, made here with library code rather than stored as opaque files: a PDF
 * with a text layer (pdfkit), a scanned one (drawn shapes, no text), an encrypted one, one with
 * thousands of pages, a Word file (docx) and a Word file whose zip inflates past the limits (jszip).
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';

type PdfOptions = ConstructorParameters<typeof PDFDocument>[0];

function renderPdf(options: PdfOptions, draw: (pdf: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ ...options, compress: false });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    draw(pdf);
    pdf.end();
  });
}

/** A PDF whose text layer holds each of `pages`, one page each. */
export function textPdf(pages: readonly string[], options: PdfOptions = {}): Promise<Buffer> {
  return renderPdf({ autoFirstPage: false, ...options }, (pdf) => {
    for (const text of pages) {
      pdf.addPage();
      pdf.fontSize(12).text(text, { width: 450 });
    }
  });
}

/** A PDF as a scanner makes it, reduced to its point: pages of marks and no text layer. */
export function scannedPdf(pageCount = 2): Promise<Buffer> {
  return renderPdf({ autoFirstPage: false }, (pdf) => {
    for (let i = 0; i < pageCount; i += 1) {
      pdf.addPage();
      for (let line = 0; line < 20; line += 1) pdf.rect(72, 72 + line * 24, 300 + (line % 5) * 20, 8).fill('#333');
    }
  });
}

/** A PDF that opens only with a password. */
export function encryptedPdf(text: string): Promise<Buffer> {
  return textPdf([text], { userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' });
}

/** A PDF of `pageCount` nearly empty pages (one word each), small on disk and long to read. */
export function manyPagePdf(pageCount: number): Promise<Buffer> {
  return renderPdf({ autoFirstPage: false }, (pdf) => {
    for (let i = 0; i < pageCount; i += 1) pdf.addPage({ size: [200, 200] }).fontSize(8).text(`sida ${i + 1}`);
  });
}

/** A Word document with one paragraph per item of `paragraphs`. */
export function wordDocument(paragraphs: readonly string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] });
  return Packer.toBuffer(doc);
}

/**
 * A Word document whose word/document.xml inflates to `inflatedBytes` of whitespace: a zip bomb
 * (whitespace deflates about a thousandfold).
 */
export async function zipBombDocx(inflatedBytes: number): Promise<Buffer> {
  const base = await JSZip.loadAsync(await wordDocument(['Kerenski flydde.']));
  const padding = Buffer.alloc(inflatedBytes, 0x20);
  const xml = Buffer.concat([Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'), padding, Buffer.from('</w:body></w:document>')]);
  base.file('word/document.xml', xml, { compression: 'DEFLATE', compressionOptions: { level: 1 } });
  return base.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
