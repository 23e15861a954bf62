import { csvRecords, detectDelimiter, MAX_LINES_PER_RECORD, splitRecord } from './csv-records.js';

async function* linesOf(text: string) {
  for (const line of text.split('\n')) yield line;
}

async function read(text: string) {
  const out: unknown[] = [];
  for await (const record of csvRecords(linesOf(text))) out.push('error' in record ? { line: record.line, error: true } : { line: record.line, fields: record.fields });
  return out;
}

describe('splitRecord', () => {
  it('splits plain and quoted fields, with doubled quotes and delimiters inside quotes', () => {
    expect(splitRecord('a,"b,c","say ""hi""",', ',')).toEqual(['a', 'b,c', 'say "hi"', '']);
  });

  it('keeps a quote in the middle of an unquoted field as text', () => {
    expect(splitRecord('12" barrel,x', ',')).toEqual(['12" barrel', 'x']);
  });

  it('returns null for an unclosed quote, and for text after a closing quote', () => {
    expect(splitRecord('a,"b', ',')).toBeNull();
    expect(splitRecord('a,"b"c,d', ',')).toBeNull();
  });
});

describe('detectDelimiter', () => {
  it('recognises comma, semicolon and tab headers', () => {
    expect(detectDelimiter('serial,make,model')).toBe(',');
    expect(detectDelimiter('numéro de série;marque;modèle')).toBe(';');
    expect(detectDelimiter('serial\tmake')).toBe('\t');
  });
});

describe('csvRecords', () => {
  it('reads a quoted field spanning two lines as one record', async () => {
    expect(await read('h1,h2\n1,"two\nlines"\n2,x')).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['1', 'two\nlines'] },
      { line: 4, fields: ['2', 'x'] },
    ]);
  });

  it('reports an unbalanced quote on its own line and loses no row after it', async () => {
    expect(await read('s,m\nA1,Glock\nA2,"Glock\nA3,Beretta\nA4,Colt')).toEqual([
      { line: 1, fields: ['s', 'm'] },
      { line: 2, fields: ['A1', 'Glock'] },
      { line: 3, error: true },
      { line: 4, fields: ['A3', 'Beretta'] },
      { line: 5, fields: ['A4', 'Colt'] },
    ]);
  });

  it('gives up on a quote still open after the line limit and resumes after its first line', async () => {
    const body = Array.from({ length: MAX_LINES_PER_RECORD + 2 }, (_, i) => `R${i},x`).join('\n');
    const records = (await read(`s,m\n"bad,y\n${body}`)) as { line: number; error?: boolean; fields?: string[] }[];
    expect(records[1]).toEqual({ line: 2, error: true });
    expect(records.filter((r) => r.fields).length).toBe(1 + MAX_LINES_PER_RECORD + 2);
  });

  it('does not let a later quoted field close an earlier unbalanced one', async () => {
    expect(await read('s,m\nQ2,"never closed\nQ3,x\nQ4,"quoted, with comma"')).toEqual([
      { line: 1, fields: ['s', 'm'] },
      { line: 2, error: true },
      { line: 3, fields: ['Q3', 'x'] },
      { line: 4, fields: ['Q4', 'quoted, with comma'] },
    ]);
  });

  it('skips blank lines', async () => {
    expect(await read('a\n\n1\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 3, fields: ['1'] },
    ]);
  });
});
