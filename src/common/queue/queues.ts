/**
 * Queue and job names in one place, with one typed payload per job name.
 * Adding a job here without a handler in WorkerModule fails to compile.
 */
export const QUEUE_NAMES = ['audit', 'imports'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  'audit.verify': { verificationId: string };
  /** Seal the trail now (on demand; the worker also seals on its own schedule). */
  'audit.seal': Record<string, never>;
  'import.run': { importId: string };
}
export type JobName = keyof JobPayloads;

export const QUEUE_OF: Record<JobName, QueueName> = {
  'audit.verify': 'audit',
  'audit.seal': 'audit',
  'import.run': 'imports',
};
