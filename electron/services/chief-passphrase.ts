import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { CopydeskError } from '../../shared/ipc/result';
import { CHIEF_PASSPHRASE_MIN } from '../../shared/workflow/roles';
import { ObjectStore } from '../store/object-store';
import { DATA_FILES } from '../store/data-paths';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

const StoredSchema = z
  .object({ salt: z.string().regex(/^[0-9a-f]{32}$/u), hash: z.string().regex(/^[0-9a-f]{64}$/u) })
  .nullable();

/**
 * The 值班主任 passphrase of one data folder (one machine's desk). It is set
 * when the first 值班主任 is made here and asked again to take the role and
 * to 签发, so that nobody can sign copy off by choosing the role in 设置.
 * Only a salted scrypt hash is kept (`chief-passphrase.json`); the passphrase
 * itself never leaves the main process. It guards the app's own controls:
 * whoever can edit the data folder's files can do anything, as before.
 */
export class ChiefPassphrase {
  private readonly file: ObjectStore<z.infer<typeof StoredSchema>>;

  constructor(dataDir: string) {
    this.file = new ObjectStore({
      file: join(dataDir, DATA_FILES.chiefPassphrase),
      key: 'passphrase',
      schema: StoredSchema,
      defaults: null,
      damagedNotice:
        '值班主任口令文件已损坏，下一位值班主任需重新设置口令；原文件保留在数据文件夹中（chief-passphrase.json）。',
    });
  }

  /** Notices from a damaged file. */
  get notices(): string[] {
    return this.file.notices;
  }

  /** True once a passphrase has been set here. */
  async isSet(): Promise<boolean> {
    return (await this.file.get()) !== null;
  }

  /**
   * Checks `given` for a step only the 值班主任 takes (`what`: 担任值班主任,
   * 签发). The first time, when none is set, `given` becomes the passphrase.
   * A missing, short or wrong passphrase is refused in Chinese.
   */
  async require(given: string | undefined, what: string): Promise<void> {
    const stored = await this.file.get();
    if (!stored) {
      if (!given || given.length < CHIEF_PASSPHRASE_MIN)
        throw new CopydeskError(
          'INVALID_INPUT',
          `${what}前请设置值班主任口令（至少 ${CHIEF_PASSPHRASE_MIN} 个字符）；以后担任值班主任和签发都要输入它。`,
        );
      const salt = randomBytes(16);
      const hash = await scrypt(given, salt, 32);
      await this.file.set({ salt: salt.toString('hex'), hash: hash.toString('hex') });
      return;
    }
    if (!given) throw new CopydeskError('FORBIDDEN', `${what}需要输入值班主任口令。`);
    const hash = await scrypt(given, Buffer.from(stored.salt, 'hex'), 32);
    if (!timingSafeEqual(hash, Buffer.from(stored.hash, 'hex')))
      throw new CopydeskError('FORBIDDEN', `值班主任口令不对，未能${what}。`);
  }
}
