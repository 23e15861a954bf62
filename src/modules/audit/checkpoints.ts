import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson, type ChainProblem } from './hash-chain.js';
import { frontierRoot, verifyConsistency } from './merkle.js';

/**
 * Signed checkpoints of the audit log, as transparency logs publish signed tree
 * heads (RFC 9162 §4.10): the number of sealed entries and the Merkle root over
 * them in order, signed with Ed25519. What is signed is the canonical JSON of
 * `checkpoint`; the consistency proof from the previous checkpoint and the
 * tree's frontier travel beside it, checkable against the signed roots.
 */
export const LOG_ORIGIN = 'national-firearms-registry/audit';

export interface CheckpointBody {
  origin: string;
  /** Entries sealed: positions 1..size. */
  size: number;
  /** RFC 9162 Merkle tree hash of the leaves SHA-256(0x00 ‖ "<entry id>:<entry hash>"), hex. */
  rootHash: string;
  sealedAt: string;
  /** First 16 hex digits of the SHA-256 of the public key (SPKI DER). */
  keyId: string;
}

export interface SignedCheckpoint {
  checkpoint: CheckpointBody;
  /** Ed25519 signature of canonicalJson(checkpoint), base64. */
  signature: string;
}

/** One line of the checkpoint file. */
export interface CheckpointLine extends SignedCheckpoint {
  consistency: { fromSize: number; proof: string[] } | null;
  /** Roots of the tree's maximal complete subtrees, left to right: lets the sealer extend the tree. */
  frontier: string[];
}

export interface AuditKeys {
  signing: KeyObject | null;
  public: KeyObject;
  keyId: string;
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function keysFrom(signingPem: string | null, publicPem: string | null): AuditKeys {
  const signing = signingPem ? createPrivateKey(signingPem) : null;
  const pub = publicPem ? createPublicKey(publicPem) : signing ? createPublicKey(signing) : null;
  if (!pub) throw new Error('no audit public key: set AUDIT_PUBLIC_KEY_FILE or AUDIT_SIGNING_KEY_FILE');
  if (pub.asymmetricKeyType !== 'ed25519') throw new Error('the audit key must be an Ed25519 key');
  return { signing, public: pub, keyId: keyIdOf(pub) };
}

export function signCheckpoint(body: CheckpointBody, key: KeyObject): string {
  return sign(null, Buffer.from(canonicalJson(body), 'utf8'), key).toString('base64');
}

export function signatureValid(signed: SignedCheckpoint, publicKey: KeyObject): boolean {
  try {
    const signature = Buffer.from(signed.signature, 'base64');
    // One spelling only: Node's decoder would ignore stray characters and padding.
    if (signature.toString('base64') !== signed.signature) return false;
    return verify(null, Buffer.from(canonicalJson(signed.checkpoint), 'utf8'), publicKey, signature);
  } catch {
    return false;
  }
}

const HEX64 = /^[0-9a-f]{64}$/;

function wellFormed(value: unknown): value is CheckpointLine {
  const line = value as CheckpointLine;
  const c = line?.checkpoint;
  return (
    typeof line === 'object' && line !== null && typeof c === 'object' && c !== null &&
    typeof c.origin === 'string' && Number.isSafeInteger(c.size) && c.size >= 0 && typeof c.rootHash === 'string' && HEX64.test(c.rootHash) &&
    typeof c.sealedAt === 'string' && typeof c.keyId === 'string' && typeof line.signature === 'string' &&
    (line.consistency === null || line.consistency === undefined || (Number.isSafeInteger(line.consistency.fromSize) && Array.isArray(line.consistency.proof)))
  );
}

const invalid = (detail: string): ChainProblem => ({ recordType: null, recordId: null, seq: '0', entryId: null, problem: 'checkpoint_invalid', detail });

/**
 * Reads checkpoints handed to a verifier (JSON lines, or one JSON array, or one
 * checkpoint): each must be signed by the key, from this log, and extend the one
 * before it. Those that fail are reported and not used.
 */
export function readCheckpoints(text: string, publicKey: KeyObject): { checkpoints: CheckpointLine[]; problems: ChainProblem[] } {
  const problems: ChainProblem[] = [];
  let values: unknown[];
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      values = JSON.parse(trimmed) as unknown[];
    } catch {
      return { checkpoints: [], problems: [invalid('The checkpoint file is not valid JSON.')] };
    }
  } else {
    values = trimmed === '' ? [] : trimmed.split('\n').map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        problems.push(invalid(`Checkpoint line ${i + 1} is not valid JSON.`));
        return null;
      }
    });
  }
  const checkpoints: CheckpointLine[] = [];
  values.forEach((value, i) => {
    if (value === null) return;
    const where = `Checkpoint ${i + 1}`;
    if (!wellFormed(value)) return void problems.push(invalid(`${where} is not a checkpoint.`));
    if (value.checkpoint.origin !== LOG_ORIGIN) return void problems.push(invalid(`${where} is of another log (${value.checkpoint.origin}).`));
    if (!signatureValid(value, publicKey)) return void problems.push(invalid(`${where} (size ${value.checkpoint.size}) does not carry a valid signature of key ${keyIdOf(publicKey)}: it was edited or not signed by this registry.`));
    const previous = checkpoints[checkpoints.length - 1];
    if (previous) {
      const { size: from, rootHash: fromRoot } = previous.checkpoint;
      const { size: to, rootHash: toRoot } = value.checkpoint;
      const proof = value.consistency?.fromSize === from ? value.consistency.proof : null;
      if (to < from || (to === from && toRoot !== fromRoot)) return void problems.push(invalid(`${where} (size ${to}) does not extend checkpoint ${i} (size ${from}): the log was rewritten between them.`));
      // A proof given is checked; without one, the database pass compares both roots anyway.
      if (to > from && proof && !verifyConsistency(from, to, fromRoot, toRoot, proof)) {
        return void problems.push(invalid(`${where} (size ${to}) is not consistent with the checkpoint of size ${from}: its tree does not extend the earlier one.`));
      }
    }
    checkpoints.push(value);
  });
  return { checkpoints, problems };
}

/** The sealer's own last line: signed by its key and with a frontier that gives the signed root. */
export function usableLast(line: CheckpointLine, keys: AuditKeys): boolean {
  return signatureValid(line, keys.public) && frontierRoot({ size: line.checkpoint.size, nodes: line.frontier }) === line.checkpoint.rootHash;
}

/** The leaf of an entry: its id and hash, so neither can change without the root changing. */
export const leafData = (id: string, hash: string) => `${id}:${hash.trim()}`;
