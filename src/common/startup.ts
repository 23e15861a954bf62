import { ConfigError } from '../config/app-config.js';
import { DependencyUnavailableError } from './database/preflight.js';

/** Known start-up failures get one clear line; anything else its stack. */
export function exitOnStartupFailure(error: unknown): never {
  if (error instanceof ConfigError || error instanceof DependencyUnavailableError) {
    process.stderr.write(`Start-up failed. ${error.message}\n`);
  } else {
    process.stderr.write(`Start-up failed: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
}
