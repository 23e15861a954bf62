import { documentKey, documentKeySql } from './document-key.js';

describe('documentKey', () => {
  it('keeps letters and digits, upper case: spaces, dashes, dots and slashes do not tell two numbers apart', () => {
    expect(documentKey('1 984 0302 00417')).toBe('1984030200417');
    expect(documentKey('4821937-lp')).toBe('4821937LP');
    expect(documentKey('SN.DKR.2019/B.1234')).toBe('SNDKR2019B1234');
  });

  it('drops what is not an ASCII letter or digit, as the SQL expression does', () => {
    expect(documentKey('Ñ-12é')).toBe('12');
    expect(documentKey(' - / ')).toBe('');
  });

  it('is the expression the migration indexes', () => {
    expect(documentKeySql('id_document_number')).toBe("upper(regexp_replace(id_document_number, '[^A-Za-z0-9]', '', 'g'))");
  });
});
