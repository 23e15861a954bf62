/** Length over composition (NIST SP 800-63B), plus the checks that catch the obvious. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON = new Set(['password1234', '123456789012', 'qwertyuiopas', 'administrator', 'changeme1234', 'registry1234', 'firearms1234']);

export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`must be at least ${PASSWORD_MIN_LENGTH} characters`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`must be at most ${PASSWORD_MAX_LENGTH} characters`);
  const lower = password.toLowerCase();
  if (username && lower.includes(username.toLowerCase())) problems.push('must not contain the username');
  if (new Set(password).size < 5) problems.push('must use at least 5 different characters');
  if (COMMON.has(lower)) problems.push('is too common');
  return problems;
}
