import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * The printed tracing request and answer: a letter between two states' agencies, laid
 * out with pdfkit (text wrapped and paginated, fonts embedded and subset). DejaVu Sans,
 * shipped in the dejavu-fonts-ttf package, covers Latin, Cyrillic and Greek, so a
 * Serbian serial or a Ukrainian name prints as written.
 */
const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT = path.join(fontDir, 'DejaVuSans.ttf');
const BOLD = path.join(fontDir, 'DejaVuSans-Bold.ttf');

const MARGIN = 56;
const FOOTER_HEIGHT = 40;
const LABEL_WIDTH = 165;
const GREY = '#444444';

export interface PrintedField {
  label: string;
  value: string;
}

export interface PrintedSection {
  heading: string;
  fields?: PrintedField[];
  /** Free lines (a chain of custody, a note), each wrapped to the text width. */
  lines?: string[];
}

export interface PrintedDocument {
  title: string;
  /** The sender: state, agency, contact point. The first line prints largest. */
  letterhead: string[];
  /** Reference and date, top right. */
  meta: PrintedField[];
  addressee: { heading: string; lines: string[] };
  sections: PrintedSection[];
  signature: string[];
  /** Printed at the foot of every page: the confidentiality and use restrictions. */
  footer: string;
  pageLabel: (page: number, pages: number) => string;
}

/** Renders the document to PDF bytes (A4). */
export function renderPdf(document: PrintedDocument): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_HEIGHT }, bufferPages: true, info: { Title: document.title, Producer: 'firearms-registry' } });
  pdf.registerFont('body', FONT);
  pdf.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const left = MARGIN;
  const width = pdf.page.width - 2 * MARGIN;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  const ensureRoom = (height: number) => {
    if (pdf.y + height > bottom()) pdf.addPage();
  };

  // Letterhead: the sender on the left, reference and date on the right.
  const metaWidth = 190;
  const top = pdf.y;
  document.letterhead.forEach((line, i) => {
    pdf.font(i === 0 ? 'bold' : 'body').fontSize(i === 0 ? 13 : i === 1 ? 11 : 9).fillColor(i < 2 ? 'black' : GREY);
    pdf.text(line, left, undefined, { width: width - metaWidth - 12 });
  });
  const afterLetterhead = pdf.y;
  pdf.y = top;
  for (const field of document.meta) {
    pdf.font('bold').fontSize(8.5).fillColor(GREY).text(field.label, left + width - metaWidth, undefined, { width: metaWidth, align: 'right' });
    pdf.font('body').fontSize(10).fillColor('black').text(field.value, left + width - metaWidth, undefined, { width: metaWidth, align: 'right' });
  }
  pdf.y = Math.max(afterLetterhead, pdf.y) + 8;
  pdf.moveTo(left, pdf.y).lineTo(left + width, pdf.y).lineWidth(1.2).strokeColor('black').stroke();
  pdf.y += 14;

  pdf.font('bold').fontSize(15).fillColor('black').text(document.title, left, undefined, { width, align: 'center' });
  pdf.y += 10;

  pdf.font('bold').fontSize(9).fillColor(GREY).text(document.addressee.heading, left, undefined, { width });
  pdf.font('body').fontSize(10).fillColor('black');
  for (const line of document.addressee.lines) pdf.text(line, left, undefined, { width });
  pdf.y += 8;

  for (const section of document.sections) {
    ensureRoom(40);
    pdf.y += 6;
    pdf.font('bold').fontSize(11).fillColor('black').text(section.heading.toUpperCase(), left, undefined, { width });
    pdf.moveTo(left, pdf.y + 1).lineTo(left + width, pdf.y + 1).lineWidth(0.5).strokeColor(GREY).stroke();
    pdf.y += 5;
    for (const field of section.fields ?? []) {
      pdf.font('body').fontSize(9.5);
      const valueHeight = pdf.heightOfString(field.value, { width: width - LABEL_WIDTH });
      pdf.font('bold').fontSize(9);
      const labelHeight = pdf.heightOfString(field.label, { width: LABEL_WIDTH - 8 });
      const height = Math.max(valueHeight, labelHeight);
      // A field longer than a page flows on by itself; a shorter one is kept whole.
      if (height < bottom() - MARGIN) ensureRoom(height);
      const y = pdf.y;
      pdf.font('bold').fontSize(9).fillColor(GREY).text(field.label, left, y, { width: LABEL_WIDTH - 8 });
      const labelEnd = pdf.y;
      pdf.font('body').fontSize(9.5).fillColor('black').text(field.value, left + LABEL_WIDTH, y, { width: width - LABEL_WIDTH });
      pdf.y = Math.max(pdf.y, labelEnd) + 3;
    }
    pdf.font('body').fontSize(9.5).fillColor('black');
    for (const line of section.lines ?? []) {
      ensureRoom(pdf.heightOfString(line, { width }));
      pdf.text(line, left, undefined, { width });
      pdf.y += 2;
    }
  }

  // The signature block stays together.
  pdf.font('body').fontSize(10);
  ensureRoom(30 + document.signature.length * 22);
  pdf.y += 24;
  document.signature.forEach((line, i) => {
    pdf.font(i === 0 ? 'bold' : 'body').fontSize(10).fillColor('black').text(line, left + width / 2, undefined, { width: width / 2 });
    pdf.y += i === 0 ? 4 : 14;
  });

  // Confidentiality and page numbers on every page, once the page count is known.
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottomMargin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing inside the bottom margin must not open a new page
    const footerTop = pdf.page.height - MARGIN - FOOTER_HEIGHT + 10;
    pdf.moveTo(left, footerTop).lineTo(left + width, footerTop).lineWidth(0.5).strokeColor(GREY).stroke();
    pdf.font('bold').fontSize(8).fillColor('black').text(document.footer, left, footerTop + 5, { width: width - 90, height: FOOTER_HEIGHT - 8, ellipsis: true });
    pdf.font('body').fontSize(8).fillColor(GREY).text(document.pageLabel(i - range.start + 1, range.count), left + width - 85, footerTop + 5, { width: 85, align: 'right' });
    pdf.page.margins.bottom = bottomMargin;
  }
  pdf.end();
  return done;
}
