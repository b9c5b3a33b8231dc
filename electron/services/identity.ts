import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { chmod, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CopydeskError } from '../../shared/ipc/result';
import { ensureDir, isMissing, writeFileAtomic } from '../store/durable-file';

/** The installation's key pair file in the data folder (PKCS#8 PEM, readable by its owner only). */
const KEY_FILE = join('keys', 'ed25519-private.pem');

/** A key's fingerprint: the first 128 bits of the SHA-256 of its DER encoding, in groups of four hex digits. */
export function fingerprintOf(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return hex.match(/.{4}/g)!.join(' ');
}

/** The Ed25519 public key in base64 DER (SPKI) text, or null when it is not one. */
function ed25519PublicKey(publicKeyBase64: string): KeyObject | null {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

/** True when the base64 DER (SPKI) text is a public key Node reads as Ed25519. */
export function isEd25519PublicKey(publicKeyBase64: string): boolean {
  return ed25519PublicKey(publicKeyBase64) !== null;
}

/** True when `signature` (base64) is the Ed25519 signature of `data` by the public key (base64 DER). */
export function verifySignature(publicKeyBase64: string, data: Uint8Array, signature: string): boolean {
  const key = ed25519PublicKey(publicKeyBase64);
  if (!key) return false;
  try {
    return verify(null, data, key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/**
 * The installation's Ed25519 key pair (Node's crypto), made on first use and
 * kept in the data folder. It signs the submissions and returns this
 * installation sends. A key file that cannot be read is never replaced
 * silently: that would change who this installation is to every desk.
 */
export class Identity {
  private constructor(
    private readonly privateKey: KeyObject,
    /** The public key, base64 of its DER (SPKI) encoding. */
    readonly publicKey: string,
  ) {}

  /** The key's fingerprint, for checking it by phone or in person. */
  get fingerprint(): string {
    return fingerprintOf(this.publicKey);
  }

  /** Opens the key pair in `dataDir`, making one the first time. */
  static async open(dataDir: string, options: { readOnly?: boolean } = {}): Promise<Identity> {
    const file = join(dataDir, KEY_FILE);
    let pem: string;
    try {
      pem = await readFile(file, 'utf8');
    } catch (error) {
      if (!isMissing(error)) throw error;
      if (options.readOnly) throw new CopydeskError('UNAVAILABLE', '这个数据文件夹还没有密钥，请先用采编台打开一次。');
      const pair = generateKeyPairSync('ed25519');
      pem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
      await ensureDir(join(dataDir, 'keys'));
      await writeFileAtomic(file, pem);
      await chmod(file, 0o600).catch(() => {});
    }
    let privateKey: KeyObject;
    try {
      privateKey = createPrivateKey(pem);
      if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('not ed25519');
    } catch {
      throw new CopydeskError(
        'DAMAGED',
        `本机密钥文件已损坏（${file}），无法签名投稿。请从备份恢复该文件；如确需新密钥，请移走该文件后重新打开，并把新公钥交给编辑部。`,
      );
    }
    const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64');
    return new Identity(privateKey, publicKey);
  }

  /** Signs bytes; the signature as base64. */
  sign(data: Uint8Array): string {
    return sign(null, data, this.privateKey).toString('base64');
  }
}
