import { ConfigError } from '../config/app-config.js';
import { DependencyUnavailableError } from './database/preflight.js';

/** The HTTP port is taken: say which variable moves it, not Node's stack. */
export class PortInUseError extends Error {
  constructor(port: number) {
    super(`Port ${port} is already in use (another registry, or another program, listens on it). Stop it, or set PORT to a free port, e.g. PORT=${port === 65535 ? port - 1 : port + 1}.`);
    this.name = 'PortInUseError';
  }
}

/** Known start-up failures get one clear line; anything else its stack. */
export function exitOnStartupFailure(error: unknown): never {
  if (error instanceof ConfigError || error instanceof DependencyUnavailableError || error instanceof PortInUseError) {
    process.stderr.write(`Start-up failed. ${error.message}\n`);
  } else {
    process.stderr.write(`Start-up failed: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
}
