/**
 * SHA-256 and HMAC-SHA256 as lower-hex strings, synchronously: node:crypto where the platform has
 * it (reached through process.getBuiltinModule, so bundles for browsers carry no Node import),
 * @noble/hashes (audited, no dependencies) elsewhere. The HMAC key is set up once per secret key
 * (`hmacSha256`), then signs any number of messages. Measured on one signature of a 400-byte
 * body in a hot loop: node:crypto ~7 µs, @noble/hashes ~35 µs, WebCrypto ~440 µs (three awaited
 * round trips). Between loopback calls, where signing runs cold: the signature's two SHA-256 and
 * one HMAC cost 28-48 µs with createHash and createHmac(secret string), 22-35 µs with one-shot
 * `hash` and createHmac over a KeyObject made once, 14-26 µs with one-shot `hash` and the HMAC
 * continuing copies of the key's states (below); @noble/hashes 35-52 µs.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

interface NodeHash {
  update(data: string | Uint8Array): NodeHash;
  copy(): NodeHash;
  digest(): Uint8Array;
  digest(encoding: 'hex'): string;
}
type NodeCrypto = {
  /** One-shot digest (Node 20.12+, 21.7+). */
  hash?(algorithm: 'sha256', data: string | Uint8Array, encoding: 'hex'): string;
  createHash(algorithm: 'sha256'): NodeHash;
};

const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.(
  'node:crypto',
) as NodeCrypto | undefined;
const encoder = new TextEncoder();
const bytes = (data: string | Uint8Array) => (typeof data === 'string' ? encoder.encode(data) : data);

export interface HashBackend {
  readonly name: string;
  sha256Hex(data: string | Uint8Array): string;
  /** HMAC-SHA256 under `key` (its UTF-8 bytes), set up once: the function it returns signs a message. */
  hmacSha256(key: string): (data: string) => string;
}

/** The portable backend (browsers, workers, any runtime without node:crypto). */
export const nobleBackend: HashBackend = {
  name: '@noble/hashes',
  sha256Hex: (data) => bytesToHex(sha256(bytes(data))),
  hmacSha256: (key) => {
    // The key's inner and outer states, computed once; each message continues a copy of them.
    const keyed = hmac.create(sha256, encoder.encode(key));
    return (data) => bytesToHex(keyed.clone().update(encoder.encode(data)).digest());
  },
};

const nodeBackend: HashBackend | undefined = nodeCrypto && {
  name: 'node:crypto',
  sha256Hex: nodeCrypto.hash
    ? (data) => (nodeCrypto.hash as NonNullable<NodeCrypto['hash']>)('sha256', data, 'hex')
    : (data) => nodeCrypto.createHash('sha256').update(data).digest('hex'),
  hmacSha256: (key) => {
    // HMAC as RFC 2104 builds it, from states computed once per key, as @noble/hashes' hmac does:
    // the key (hashed first when longer than SHA-256's 64-byte block) XORed with ipad and opad,
    // each absorbed into a hash; a message continues copies of the two. Checked against
    // createHmac and RFC 4231 in test/signing.test.ts.
    const given = encoder.encode(key);
    const block = new Uint8Array(64);
    block.set(given.length > 64 ? nodeCrypto.createHash('sha256').update(given).digest() : given);
    const inner = nodeCrypto.createHash('sha256').update(block.map((b) => b ^ 0x36));
    const outer = nodeCrypto.createHash('sha256').update(block.map((b) => b ^ 0x5c));
    block.fill(0);
    return (data) => outer.copy().update(inner.copy().update(data).digest()).digest('hex');
  },
};

/** The backend signing uses on this platform. */
export const hashBackend: HashBackend = nodeBackend ?? nobleBackend;
export const sha256Hex = (data: string | Uint8Array): string => hashBackend.sha256Hex(data);
export const hmacSha256 = (key: string): ((data: string) => string) => hashBackend.hmacSha256(key);
