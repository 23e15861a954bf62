import { passwordProblems } from './password-policy.js';

describe('passwordProblems', () => {
  it('accepts a long, varied password', () => {
    expect(passwordProblems('correct horse battery', 'amadou.diallo')).toEqual([]);
  });

  it('refuses short passwords', () => {
    expect(passwordProblems('Short1!', 'someone')).toContain('must be at least 12 characters');
  });

  it('refuses the username, whatever the case, and passwords containing it', () => {
    expect(passwordProblems('Amadou.Diallo', 'amadou.diallo')).toContain('must not contain the username');
    expect(passwordProblems('xx-amadou.diallo-2026', 'amadou.diallo')).toContain('must not contain the username');
  });

  it('refuses repetitive and common passwords', () => {
    expect(passwordProblems('aaaaaaaaaaaaaaaa', 'x')).toContain('must use at least 5 different characters');
    expect(passwordProblems('Password1234', 'x')).toContain('is too common');
  });

  it('refuses absurdly long input', () => {
    expect(passwordProblems('a1b2c3d4e5'.repeat(13), 'x')).toContain('must be at most 128 characters');
  });
});
