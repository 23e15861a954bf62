import { constants, deflateRawSync } from 'node:zlib';

/** A part's content: plain bytes, or a prefix, a unit repeated many times and a suffix (a bomb, without holding it in memory). */
export type PartContent = Buffer | string | { prefix: string; unit: string; times: number; suffix: string };

/**
 * Deflated without ever holding the unpacked content: each piece is its own
 * deflate run ending on a full flush (byte-aligned, no back-reference across
 * pieces), so the same compressed unit can be repeated.
 */
function deflate(content: PartContent): Buffer {
  if (typeof content === 'string' || Buffer.isBuffer(content)) return deflateRawSync(Buffer.from(content));
  const flushed = (text: string) => deflateRawSync(Buffer.from(text), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const unit = flushed(content.unit);
  return Buffer.concat([flushed(content.prefix), ...Array.from({ length: content.times }, () => unit), deflateRawSync(Buffer.from(content.suffix))]);
}

/** A zip written by hand: tests need what real writers never produce (lying sizes, cells without references). */
export function zipOf(parts: Record<string, PartContent>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = deflate(content);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(1000, 22); // the declared size lies, as a bomb's does
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(1000, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const WORKBOOK = '<?xml version="1.0"?><workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELATIONS =
  '<?xml version="1.0"?><Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>';

/** A minimal workbook around a sheet (and shared strings) given as XML. */
export function workbookOf(sheet: PartContent, sharedStrings?: PartContent): Buffer {
  return zipOf({ '[Content_Types].xml': '<?xml version="1.0"?><Types/>', 'xl/workbook.xml': WORKBOOK, 'xl/_rels/workbook.xml.rels': RELATIONS, ...(sharedStrings ? { 'xl/sharedStrings.xml': sharedStrings } : {}), 'xl/worksheets/sheet1.xml': sheet });
}

/** Inline-string rows as a sheet's XML; `references: false` leaves out every cell's `r=`, as some exporters do. */
export function sheetXml(rows: string[][], references = true): string {
  const column = (i: number) => String.fromCharCode(65 + i);
  const escape = (v: string) => v.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const body = rows
    .map((cells, r) => `<row r="${r + 1}">${cells.map((v, i) => `<c${references ? ` r="${column(i)}${r + 1}"` : ''} t="inlineStr"><is><t>${escape(v)}</t></is></c>`).join('')}</row>`)
    .join('');
  return `<?xml version="1.0"?><worksheet><sheetData>${body}</sheetData></worksheet>`;
}
