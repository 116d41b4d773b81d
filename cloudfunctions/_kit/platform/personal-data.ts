import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { LOCAL_ENV_ID } from '../../../config/local';

/**
 * ID numbers are stored encrypted (AES-256-GCM) and recognised by a keyed hash (HMAC-SHA256),
 * both from one master key in the function's environment (PERSONAL_DATA_KEY, 32 bytes, base64).
 * Only the local emulator has a built-in key; anywhere else a missing key stops the function.
 */
const LOCAL_MASTER_KEY = createHash('sha256').update('local-emulator-only-personal-data-key').digest();

function masterKey(): Buffer {
  const configured = process.env.PERSONAL_DATA_KEY;
  if (configured) {
    const key = Buffer.from(configured, 'base64');
    if (key.length !== 32) throw new Error('PERSONAL_DATA_KEY must be 32 bytes, base64');
    return key;
  }
  if (process.env.TCB_ENV === LOCAL_ENV_ID) return LOCAL_MASTER_KEY;
  throw new Error('PERSONAL_DATA_KEY is not set');
}

/** Each purpose's key, derived once per master key (every submit encrypts and hashes). */
const derivedKeys = new Map<string, Buffer>();

function derived(purpose: string): Buffer {
  const master = masterKey();
  const id = `${master.toString('base64')}:${purpose}`;
  let key = derivedKeys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), purpose, 32));
    derivedKeys.set(id, key);
  }
  return key;
}

export function encrypt(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derived('encrypt'), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function decrypt(sealed: string): string {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', derived('encrypt'), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/**
 * The same value always gives the same key, which says nothing of the value without the secret
 * (ID numbers by default; invitation and setup codes each under their own purpose; the opaque
 * student id a published allocation export carries, R26, under its own, so it cannot be joined to
 * the stored student keys).
 */
export function keyedHash(value: string, purpose: 'student-key' | 'invitation-code' | 'setup-code' | 'allocation-student' = 'student-key'): string {
  return createHmac('sha256', derived(purpose)).update(value).digest('hex');
}
