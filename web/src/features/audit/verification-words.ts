import type { IntlShape } from 'react-intl';
import { defineMessages } from '../../shared/i18n/messages';

/** ChainProblemResponse.problem, in words. */
const problems = defineMessages({
  content_altered: { id: 'audit.problem.content_altered', defaultMessage: 'an entry was altered' },
  chain_broken: { id: 'audit.problem.chain_broken', defaultMessage: 'a link of the chain is broken' },
  entry_missing: { id: 'audit.problem.entry_missing', defaultMessage: 'an entry is missing' },
  entry_out_of_order: { id: 'audit.problem.entry_out_of_order', defaultMessage: 'entries are out of order' },
  checkpoint_mismatch: { id: 'audit.problem.checkpoint_mismatch', defaultMessage: 'the log does not match a signed checkpoint' },
  checkpoint_invalid: { id: 'audit.problem.checkpoint_invalid', defaultMessage: 'a checkpoint or its signature is invalid' },
});

const statuses = defineMessages({
  queued: { id: 'audit.verification.status.queued', defaultMessage: 'Waiting to start' },
  running: { id: 'audit.verification.status.running', defaultMessage: 'Running' },
  completed: { id: 'audit.verification.status.completed', defaultMessage: 'Finished' },
  failed: { id: 'audit.verification.status.failed', defaultMessage: 'Could not finish' },
});

export function problemWord(intl: IntlShape, problem: string): string {
  return Object.hasOwn(problems, problem) ? intl.formatMessage(problems[problem as keyof typeof problems]) : problem;
}

export function verificationStatusWord(intl: IntlShape, status: string): string {
  return Object.hasOwn(statuses, status) ? intl.formatMessage(statuses[status as keyof typeof statuses]) : status;
}
