import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id at OWASP's minimum profile (19 MiB, 2 passes): ~30 ms on the target machines. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  // Verified against when the username is unknown, so timing does not reveal which usernames exist.
  private readonly decoy = argon2.hash('decoy password that matches nothing', OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      const matches = await argon2.verify(hash ?? (await this.decoy), password);
      return hash !== null && matches;
    } catch {
      return false;
    }
  }
}
