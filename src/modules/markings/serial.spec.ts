import {
  foldSerial,
  normaliseSerial,
  parseSerialQuery,
  SERIAL_QUERY_MAX_LENGTH,
  SERIAL_QUERY_MIN_KNOWN_CHARACTERS,
  SerialQueryError,
  type SerialQueryErrorReason,
} from './serial.js';

/** Minimal PostgreSQL LIKE semantics (default escape `\`), to check what a pattern really matches. */
function likeMatches(pattern: string, value: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      i++;
      source += pattern[i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    } else if (ch === '%') {
      source += '.*';
    } else if (ch === '_') {
      source += '.';
    } else {
      source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`, 'su').test(value);
}

function refusal(input: string): SerialQueryError {
  try {
    parseSerialQuery(input);
  } catch (error) {
    if (error instanceof SerialQueryError) return error;
    throw error;
  }
  throw new Error(`expected parseSerialQuery(${JSON.stringify(input)}) to be refused`);
}

describe('normaliseSerial', () => {
  it('upper-cases and strips the usual layout', () => {
    expect(normaliseSerial('ab-12 345')).toBe('AB12345');
    expect(normaliseSerial(' AB.12/345 ')).toBe('AB12345');
    expect(normaliseSerial('ab_12\\345')).toBe('AB12345');
  });

  it.each([
    ['space', ' '],
    ['tab', '\t'],
    ['newline', '\n'],
    ['no-break space', '\u00A0'],
    ['em space', '\u2003'],
    ['ideographic space', '\u3000'],
    ['hyphen-minus', '-'],
    ['hyphen', '\u2010'],
    ['non-breaking hyphen', '\u2011'],
    ['figure dash', '\u2012'],
    ['en dash', '\u2013'],
    ['em dash', '\u2014'],
    ['horizontal bar', '\u2015'],
    ['minus sign', '\u2212'],
    ['small hyphen-minus', '\uFE63'],
    ['full-width hyphen-minus', '\uFF0D'],
    ['dot', '.'],
    ['middle dot', '\u00B7'],
    ['full-width full stop', '\uFF0E'],
    ['slash', '/'],
    ['fraction slash', '\u2044'],
    ['division slash', '\u2215'],
    ['full-width slash', '\uFF0F'],
    ['backslash', '\\'],
    ['underscore', '_'],
    ['full-width low line', '\uFF3F'],
    ['zero-width space', '\u200B'],
    ['soft hyphen', '\u00AD'],
    ['byte order mark', '\uFEFF'],
    ['right-to-left mark', '\u200F'],
  ])('strips a %s', (_name, separator) => {
    expect(normaliseSerial(`a${separator}1${separator}${separator}b`)).toBe('A1B');
  });

  it('applies NFKC, so full-width and compatibility forms become plain characters', () => {
    expect(normaliseSerial('ＡＢ１２３')).toBe('AB123');
    expect(normaliseSerial('①②³')).toBe('123');
    expect(normaliseSerial('ﬁ7')).toBe('FI7');
  });

  it('composes accents and upper-cases without a locale', () => {
    expect(normaliseSerial('e\u0301')).toBe('\u00C9');
    expect(normaliseSerial('\u00E9')).toBe('\u00C9');
    expect(normaliseSerial('i\u0131')).toBe('II');
    expect(normaliseSerial('ß1')).toBe('SS1');
  });

  it('keeps letters and digits of other scripts', () => {
    expect(normaliseSerial('бв-12')).toBe('БВ12');
    expect(normaliseSerial('αβ 7')).toBe('ΑΒ7');
    expect(normaliseSerial('ب ٣')).toBe('ب٣');
    expect(normaliseSerial('中国-123')).toBe('中国123');
  });

  it('drops any other symbol, so a legacy "No. 1234 (A)" meets "NO1234A"', () => {
    expect(normaliseSerial('No. 1234 (A)')).toBe('NO1234A');
    expect(normaliseSerial('#12+3,4:5')).toBe('12345');
    expect(normaliseSerial("%_*?'[];")).toBe('');
  });

  it('keeps look-alikes apart (folding is a separate step)', () => {
    expect(normaliseSerial('O0 I1 L S5 B8 Z2')).toBe('O0I1LS5B8Z2');
  });

  it('returns an empty string for nothing but layout', () => {
    expect(normaliseSerial('')).toBe('');
    expect(normaliseSerial(' - . / \\ _ ')).toBe('');
  });

  it('is idempotent', () => {
    for (const raw of ['ab-12 345', 'ＡＢ１２３', 'e\u0301ß', 'No. 1234 (A)', 'бв-12', 'ǰ1', 'ΐ2']) {
      const once = normaliseSerial(raw);
      expect(normaliseSerial(once)).toBe(once);
    }
  });
});

describe('foldSerial', () => {
  it('folds exactly O→0, I→1, L→1, S→5, B→8, Z→2', () => {
    expect(foldSerial('OILSBZ')).toBe('011582');
    expect(foldSerial('o-i-l-s-b-z')).toBe('011582');
  });

  it('leaves every other letter alone', () => {
    expect(foldSerial('ACDEFGHJKMNPQRTUVWXY')).toBe('ACDEFGHJKMNPQRTUVWXY');
  });

  it('leaves look-alikes from other scripts alone', () => {
    // Cyrillic О, І and Ѕ: only the listed Latin letters fold.
    expect(foldSerial('\u041E\u0406\u0405')).toBe('\u041E\u0406\u0405');
  });

  it('gives a misread serial and the stamped one the same key', () => {
    expect(foldSerial('SN-O12')).toBe('5N012');
    expect(foldSerial('sn o12')).toBe(foldSerial('5N012'));
    expect(foldSerial('BZ-1OO')).toBe(foldSerial('8 2 1 0 0'));
  });

  it('normalises first and is idempotent', () => {
    expect(foldSerial(' ＳＢ－１ ')).toBe('581');
    expect(foldSerial(foldSerial('Lot SOB-12'))).toBe(foldSerial('Lot SOB-12'));
  });
});

describe('parseSerialQuery', () => {
  it('parses a plain serial into exact patterns', () => {
    expect(parseSerialQuery('ab-12 345')).toEqual({
      raw: 'ab-12 345',
      normalised: 'AB12345',
      folded: 'A812345',
      hasWildcards: false,
      likeNormalised: 'AB12345',
      likeFolded: 'A812345',
      knownCharacters: 7,
    });
  });

  it('keeps ? and * through normalisation and turns them into _ and %', () => {
    expect(parseSerialQuery('ab-?23*')).toEqual({
      raw: 'ab-?23*',
      normalised: 'AB?23*',
      folded: 'A8?23*',
      hasWildcards: true,
      likeNormalised: 'AB_23%',
      likeFolded: 'A8_23%',
      knownCharacters: 4,
    });
  });

  it('keeps the raw input exactly as typed', () => {
    expect(parseSerialQuery('  sn 0-1-2 ').raw).toBe('  sn 0-1-2 ');
  });

  it('strips separators around and between wildcards', () => {
    expect(parseSerialQuery(' * - a b c - * ').normalised).toBe('*ABC*');
    expect(parseSerialQuery('A.B/?\\C').normalised).toBe('AB?C');
  });

  it('collapses consecutive * (also across separators) but not ?', () => {
    expect(parseSerialQuery('ABC**D').normalised).toBe('ABC*D');
    expect(parseSerialQuery('ABC* - *D').normalised).toBe('ABC*D');
    expect(parseSerialQuery('***ABC').likeNormalised).toBe('%ABC');
    const twoUnknown = parseSerialQuery('ABC??');
    expect(twoUnknown.normalised).toBe('ABC??');
    expect(twoUnknown.likeNormalised).toBe('ABC__');
    expect(parseSerialQuery('AB*?*C').normalised).toBe('AB*?*C');
  });

  it('accepts full-width wildcards (NFKC)', () => {
    expect(parseSerialQuery('ａｂｃ？＊').normalised).toBe('ABC?*');
  });

  it('counts known characters without wildcards, in characters not bytes', () => {
    expect(parseSerialQuery('A?B*C').knownCharacters).toBe(3);
    expect(parseSerialQuery('ÉБ中*').knownCharacters).toBe(3);
    expect(parseSerialQuery('AB').knownCharacters).toBe(2);
  });

  it('folds only letters, never wildcards', () => {
    const query = parseSerialQuery('so?l*z');
    expect(query.folded).toBe('50?1*2');
    expect(query.likeFolded).toBe('50_1%2');
  });

  it('produces LIKE patterns that match what the officer meant', () => {
    const query = parseSerialQuery('AB-?23*');
    expect(likeMatches(query.likeNormalised, normaliseSerial('ab x23'))).toBe(true);
    expect(likeMatches(query.likeNormalised, normaliseSerial('AB-X23-45'))).toBe(true);
    expect(likeMatches(query.likeNormalised, normaliseSerial('AB23'))).toBe(false);
    expect(likeMatches(query.likeNormalised, normaliseSerial('ABXY23'))).toBe(false);
    expect(likeMatches(query.likeFolded, foldSerial('a8-X23-4S'))).toBe(true);

    const exact = parseSerialQuery('sn-0I2');
    expect(likeMatches(exact.likeNormalised, 'SN0I2')).toBe(true);
    expect(likeMatches(exact.likeNormalised, 'SN0I23')).toBe(false);
    expect(likeMatches(exact.likeFolded, foldSerial('5NO12'))).toBe(true);
  });

  it('never leaves an unescaped % or _ other than those coming from wildcards', () => {
    for (const input of ['A_B%C', 'AB\\%C', 'x_y', '50%', 'AB\\_*']) {
      // These are refused outright; a LIKE metacharacter never reaches a pattern as a literal.
      expect(refusal(input).reason).toBe('invalid_character');
    }
    for (const input of ['A-B.C/D\\E F', 'AB?C*D', 'Ω*ΨΦ?']) {
      const { normalised, likeNormalised } = parseSerialQuery(input);
      const wildcards = [...normalised].filter((ch) => ch === '?' || ch === '*').length;
      expect((likeNormalised.match(/[%_]/g) ?? []).length).toBe(wildcards);
      expect(likeNormalised).not.toContain('\\');
    }
  });

  describe('refusals', () => {
    it.each<[string, SerialQueryErrorReason]>([
      ['', 'empty'],
      ['   ', 'empty'],
      [' - . / \\ ', 'empty'],
      ['\u200B', 'empty'],
      ['*', 'only_wildcards'],
      ['?', 'only_wildcards'],
      ['?*?', 'only_wildcards'],
      [' * - * ', 'only_wildcards'],
      ['AB?', 'too_broad'],
      ['A*', 'too_broad'],
      ['*A*B*', 'too_broad'],
      ['a-b-?', 'too_broad'],
      ['A'.repeat(SERIAL_QUERY_MAX_LENGTH + 1), 'too_long'],
      [`${'A'.repeat(SERIAL_QUERY_MAX_LENGTH)}*`, 'too_long'],
      ['%', 'invalid_character'],
      ['AB%123', 'invalid_character'],
      ['AB_123', 'invalid_character'],
      ['AB\uFF3F123', 'invalid_character'],
      ['AB\uFF05123', 'invalid_character'],
      ['AB[1]23', 'invalid_character'],
      ["AB'123", 'invalid_character'],
      ['AB"123', 'invalid_character'],
      ['AB;123', 'invalid_character'],
      ["1' OR '1'='1", 'invalid_character'],
      ['AB#123', 'invalid_character'],
      ['AB(123)', 'invalid_character'],
      ['AB+123', 'invalid_character'],
      ['AB\u0000123', 'invalid_character'],
    ])('refuses %j (%s)', (input, reason) => {
      const error = refusal(input);
      expect(error).toBeInstanceOf(SerialQueryError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('SerialQueryError');
      expect(error.reason).toBe(reason);
      expect(error.message).toMatch(/^The serial search|^A serial search/);
    });

    it('names the offending character in the message', () => {
      expect(refusal('AB%123').message).toContain('"%" (U+0025)');
      expect(refusal('AB\u0000123').message).toContain('U+0000');
    });

    it('gives the counts in the message', () => {
      expect(refusal('AB?').message).toContain(`at least ${SERIAL_QUERY_MIN_KNOWN_CHARACTERS} known`);
      expect(refusal('AB?').message).toContain('this one has 2');
      expect(refusal('A'.repeat(70)).message).toContain('70 characters');
    });
  });

  describe('limits', () => {
    it('uses 64 characters and 3 known characters', () => {
      expect(SERIAL_QUERY_MAX_LENGTH).toBe(64);
      expect(SERIAL_QUERY_MIN_KNOWN_CHARACTERS).toBe(3);
    });

    it('accepts exactly 64 characters, counted after separators are removed', () => {
      expect(parseSerialQuery('A'.repeat(64)).knownCharacters).toBe(64);
      expect(parseSerialQuery('A-'.repeat(64)).normalised).toBe('A'.repeat(64));
      expect(parseSerialQuery(`${'A'.repeat(63)}*`).hasWildcards).toBe(true);
    });

    it('accepts exactly 3 known characters with wildcards', () => {
      expect(parseSerialQuery('AB?C').knownCharacters).toBe(3);
      expect(parseSerialQuery('*ABC').likeNormalised).toBe('%ABC');
    });

    it('accepts fewer than 3 characters without wildcards (an exact lookup is narrow)', () => {
      expect(parseSerialQuery('a1')).toMatchObject({ normalised: 'A1', hasWildcards: false, likeNormalised: 'A1' });
    });
  });
});
