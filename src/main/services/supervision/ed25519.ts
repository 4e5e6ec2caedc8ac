import { createPublicKey, verify, type KeyObject } from 'node:crypto';

const base64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The raw 32-byte Ed25519 public key a `supervision-key` item carries in base64; null when it is not one. */
export function ed25519PublicKeyBytes(text: string): Buffer | null {
  if (!base64.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.length === 32 ? bytes : null;
}

/** How the feed publishes a key: its raw 32 bytes in base64 (what a CRM's own Ed25519 library gives). */
export function ed25519PublicKeyBase64(key: KeyObject): string {
  const { x } = key.export({ format: 'jwk' });
  if (x === undefined) throw new Error('not an Ed25519 key');
  return Buffer.from(x, 'base64url').toString('base64');
}

/** Whether `signature` is the Ed25519 signature of `signed` by the key the feed published (base64 of its raw bytes). */
export function ed25519Verifies(publicKeyBase64: string, signed: Uint8Array, signature: Uint8Array): boolean {
  const raw = ed25519PublicKeyBytes(publicKeyBase64);
  if (raw === null || signature.length !== 64) return false;
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
  return verify(null, signed, key, signature);
}
