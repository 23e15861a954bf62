import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { keysFrom, type AuditKeys, type CheckpointLine } from './checkpoints.js';

/**
 * The checkpoint file (outside PostgreSQL: what the database's superuser cannot
 * reach) and the signing keys, as configured. Only the worker appends.
 */
@Injectable()
export class CheckpointStore {
  private keys: AuditKeys | null | undefined;

  constructor(private readonly config: AppConfig) {}

  get file(): string | null {
    return this.config.AUDIT_CHECKPOINT_FILE ?? null;
  }

  /** The keys, or null when the registry is not configured to seal. */
  auditKeys(): AuditKeys | null {
    if (this.keys === undefined) {
      const { AUDIT_SIGNING_KEY_FILE: signing, AUDIT_PUBLIC_KEY_FILE: pub } = this.config;
      this.keys = signing || pub ? keysFrom(signing && existsSync(signing) ? readFileSync(signing, 'utf8') : null, pub ? readFileSync(pub, 'utf8') : null) : null;
    }
    return this.keys;
  }

  requireKeys(): AuditKeys {
    const keys = this.auditKeys();
    if (!keys || !this.file) throw new DomainError('AUDIT_SEALING_NOT_CONFIGURED', 'This registry does not seal its audit trail: AUDIT_SIGNING_KEY_FILE and AUDIT_CHECKPOINT_FILE are not set.');
    return keys;
  }

  readText(): string {
    const file = this.file;
    return file && existsSync(file) ? readFileSync(file, 'utf8') : '';
  }

  /** Every line, oldest first (for the API's history; a verifier reads the text itself). */
  all(): CheckpointLine[] {
    return this.readText()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as CheckpointLine);
  }

  /** The last line, read from the end of the file (it grows with the log). */
  last(): CheckpointLine | null {
    const file = this.file;
    if (!file || !existsSync(file)) return null;
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      for (let span = 64 * 1024; ; span *= 4) {
        const start = Math.max(0, size - span);
        const buffer = Buffer.alloc(size - start);
        readSync(fd, buffer, 0, buffer.length, start);
        const lines = buffer.toString('utf8').split('\n').filter((l) => l.trim() !== '');
        if (lines.length > (start === 0 ? 0 : 1) || start === 0) return lines.length ? (JSON.parse(lines[lines.length - 1]) as CheckpointLine) : null;
      }
    } finally {
      closeSync(fd);
    }
  }

  /** Appends one line and syncs it to disk before the checkpoint is announced. */
  append(line: CheckpointLine): void {
    const file = this.file!;
    mkdirSync(path.dirname(file), { recursive: true });
    const fd = openSync(file, 'a', 0o644);
    try {
      writeSync(fd, `${JSON.stringify(line)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}
