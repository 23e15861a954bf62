import { DomainError } from '../../common/errors/domain-error.js';
import { passwordProblems } from './password-policy.js';

export function assertPasswordPolicy(password: string, username: string, field = 'password'): void {
  const problems = passwordProblems(password, username);
  if (problems.length > 0) {
    throw new DomainError('PASSWORD_POLICY_VIOLATION', `The password ${problems.join(', ')}.`, {
      errors: problems.map((message) => ({ field, message })),
    });
  }
}
