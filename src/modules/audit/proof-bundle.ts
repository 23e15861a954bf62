import { createPublicKey } from 'node:crypto';
import { canonicalJson, hashEntry, type HashedContent } from './hash-chain.js';
import { keyIdOf, leafData, LOG_ORIGIN, signatureValid, type SignedCheckpoint } from './checkpoints.js';
import { leafHash, verifyInclusion } from './merkle.js';

/**
 * The proof of one record's trail, checkable offline with the registry's public
 * key only: its sealed entries in full, each with its inclusion proof in the
 * signed checkpoint's Merkle tree. The bundle is canonical JSON, so any change
 * of any byte makes it fail.
 */
export const PROOF_FORMAT = 'national-firearms-registry/audit-proof/1';

export interface ProofEntry {
  entry: Omit<HashedContent, 'occurredAt' | 'seq'> & { id: string; hash: string; seq: string; occurredAt: string };
  inclusionProof: string[];
}

export interface ProofBundle {
  format: string;
  recordType: string;
  recordId: string;
  checkpoint: SignedCheckpoint;
  entries: ProofEntry[];
  /** Entries of the record written after the checkpoint: not in this proof yet. */
  unsealedEntries: number;
}

/** The bundle as the API sends it: canonical key order (JSON.stringify keeps it). */
export function canonicalBundle(bundle: ProofBundle): ProofBundle {
  return JSON.parse(canonicalJson(bundle)) as ProofBundle;
}

const sameKeys = (value: unknown, keys: string[]) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && canonicalJson(Object.keys(value).sort()) === canonicalJson([...keys].sort());

const ENTRY_KEYS = ['id', 'hash', 'hashVersion', 'seq', 'recordType', 'recordId', 'action', 'actorUserId', 'actorUsername', 'actorAgencyId', 'actorRoles', 'occurredAt', 'requestId', 'clientAddress', 'before', 'after', 'reason', 'prevHash'];

export interface ProofVerdict {
  valid: boolean;
  problems: string[];
  recordType?: string;
  recordId?: string;
  entries?: number;
  checkpoint?: { size: number; rootHash: string; sealedAt: string; keyId: string };
}

/** Verifies a bundle's text with a public key (SPKI PEM): nothing else is trusted. */
export function verifyProofBundle(text: string, publicKeyPem: string): ProofVerdict {
  const problems: string[] = [];
  const fail = (problem: string): ProofVerdict => ({ valid: false, problems: [...problems, problem] });
  let bundle: ProofBundle;
  try {
    bundle = JSON.parse(text) as ProofBundle;
  } catch {
    return fail('The bundle is not valid JSON.');
  }
  if (text.replace(/\n$/, '') !== canonicalJson(bundle)) return fail('The bundle is not in canonical form: it was edited.');
  if (!sameKeys(bundle, ['format', 'recordType', 'recordId', 'checkpoint', 'entries', 'unsealedEntries']) || bundle.format !== PROOF_FORMAT) return fail(`Not a proof of format ${PROOF_FORMAT}.`);
  const publicKey = createPublicKey(publicKeyPem);
  const signed = bundle.checkpoint;
  if (!sameKeys(signed, ['checkpoint', 'signature']) || !sameKeys(signed.checkpoint, ['origin', 'size', 'rootHash', 'sealedAt', 'keyId'])) return fail('The checkpoint is malformed.');
  const { size, rootHash, origin, keyId } = signed.checkpoint;
  if (origin !== LOG_ORIGIN) return fail(`The checkpoint is of another log (${origin}).`);
  if (keyId !== keyIdOf(publicKey)) return fail(`The checkpoint names key ${keyId}, not the key given (${keyIdOf(publicKey)}).`);
  if (!signatureValid(signed, publicKey)) return fail('The checkpoint signature is not valid for the key given.');
  if (!Array.isArray(bundle.entries) || bundle.entries.length === 0) return fail('The bundle holds no entry.');
  if (!Number.isSafeInteger(bundle.unsealedEntries) || bundle.unsealedEntries < 0) return fail('unsealedEntries is not a count.');
  let previousHash: string | null = null;
  let previousSeq = 0;
  bundle.entries.forEach((item, i) => {
    const where = `Entry ${i + 1}`;
    if (!sameKeys(item, ['entry', 'inclusionProof']) || !sameKeys(item.entry, ENTRY_KEYS) || !Array.isArray(item.inclusionProof) || !item.inclusionProof.every((h) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h))) {
      return void problems.push(`${where} is malformed.`);
    }
    const e = item.entry;
    if (e.recordType !== bundle.recordType || e.recordId !== bundle.recordId) problems.push(`${where} is of another record.`);
    const occurredAt = new Date(e.occurredAt);
    if (Number.isNaN(occurredAt.getTime()) || occurredAt.toISOString() !== e.occurredAt) return void problems.push(`${where} has no valid time.`);
    const seq = Number(e.seq);
    if (!/^[1-9][0-9]*$/.test(e.seq) || seq > size || seq <= previousSeq) return void problems.push(`${where} has position ${e.seq}, not after ${previousSeq} within the checkpoint's ${size}.`);
    if (hashEntry({ ...e, occurredAt }) !== e.hash) problems.push(`${where} (position ${e.seq}) does not match its hash: its content was changed.`);
    if (e.prevHash !== previousHash) problems.push(`${where} (position ${e.seq}) does not link to the entry before it in the record's chain.`);
    if (!verifyInclusion(seq - 1, size, leafHash(leafData(e.id, e.hash)), item.inclusionProof, rootHash)) problems.push(`${where} (position ${e.seq}) is not in the signed checkpoint's tree.`);
    previousHash = e.hash;
    previousSeq = seq;
  });
  return {
    valid: problems.length === 0,
    problems,
    recordType: bundle.recordType,
    recordId: bundle.recordId,
    entries: bundle.entries.length,
    checkpoint: { size, rootHash, sealedAt: signed.checkpoint.sealedAt, keyId },
  };
}
