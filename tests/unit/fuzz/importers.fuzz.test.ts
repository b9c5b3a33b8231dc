import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeText, TextDecodeError } from '../../../shared/text/decode';
import { parseReports } from '../../../shared/format/parse-reports';
import { reportToContent } from '../../../shared/format/parse-output';
import { ArticleContentSchema } from '../../../shared/model/article';
import { parseDirectoryCsv } from '../../../shared/people/csv';
import { PersonInputSchema } from '../../../shared/people/model';
import { parseGlossaryCsv } from '../../../shared/proof/glossary';
import { readDocx } from '../../../electron/services/docx';
import { openSubmission, sealSubmission, submissionPayload } from '../../../electron/services/submissions';
import { fingerprintOf, isEd25519PublicKey } from '../../../electron/services/identity';
import { openServices, type Services } from '../../../electron/services/services';
import { dispatch } from '../../../shared/ipc/dispatch';
import { isCopydeskError } from '../../../shared/ipc/result';
import { emptyContent, plainTextToBody } from '../../../shared/model/article-content';
import { mutateBytes, rng } from '../../helpers/arbitrary';
import { correspondentDocx } from '../../helpers/docx-fixture';
import { ROOT } from '../../helpers/root';
import { SAMPLE_CSV } from '../../helpers/sample-directory';
import { tempDir } from '../../helpers/temp-dir';

/** Mutated files per importer: bounded in `npm test`, long in `npm run test:soak` (FUZZ_FILES). */
const FILES = Number(process.env.FUZZ_FILES ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const PAGE = readFileSync(join(ROOT, 'tests/fixtures/reference/house-format-page.txt'), 'utf8');
const GLOSSARY = readFileSync(join(ROOT, 'assets/glossary/default.csv'), 'utf8');

let services: Services;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const made = await tempDir('copydesk-fuzz-import-');
  cleanup = made.cleanup;
  services = await openServices({ version: 'fuzz', dataDir: made.dir, runtime: 'host' });
  await dispatch(services.handlers, 'profile.save', { name: '张莉', role: '通讯员' });
});
afterAll(async () => {
  await services.close();
  await cleanup();
});

/** Runs `count` mutations of `seedFile` through `read`; returns how many were read and how many refused. */
async function fuzz(
  name: string,
  seedFiles: Uint8Array[],
  read: (bytes: Uint8Array) => Promise<'read' | 'refused'> | 'read' | 'refused',
): Promise<void> {
  const random = rng(SEED + name.length);
  const counts = { read: 0, refused: 0 };
  for (let i = 0; i < FILES; i++) {
    let bytes = seedFiles[i % seedFiles.length]!;
    for (let m = 0; m < 1 + Math.floor(random() * 3); m++) bytes = mutateBytes(bytes, random);
    counts[await read(bytes)]++;
  }
  console.log(`[fuzz] ${name}: ${FILES} mutated files, ${counts.read} read, ${counts.refused} refused, 0 crashes`);
  expect(counts.read + counts.refused).toBe(FILES);
}

describe('importer fuzzing: mutated real files are read or refused with a Chinese message, never crash', () => {
  it('text files (UTF-8, UTF-16, GB18030) through the report parser', async () => {
    const seeds = [
      Buffer.from(PAGE, 'utf8'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAGE, 'utf16le')]),
      iconv.encode(PAGE, 'gb18030'),
    ];
    await fuzz('txt', seeds, (bytes) => {
      let text: string;
      try {
        text = decodeText(bytes).text;
      } catch (error) {
        expect(error).toBeInstanceOf(TextDecodeError);
        return 'refused';
      }
      const { reports, pageDate } = parseReports(text);
      for (const report of reports)
        expect(ArticleContentSchema.safeParse(reportToContent(report, pageDate?.year ?? 2020)).success).toBe(true);
      return 'read';
    });
  });

  it('Word files through the size check and mammoth', async () => {
    await fuzz('docx', [await correspondentDocx()], async (bytes) => {
      try {
        const { html } = await readDocx(bytes);
        expect(typeof html).toBe('string');
        return 'read';
      } catch (error) {
        expect(isCopydeskError(error) && error.code === 'INVALID_INPUT').toBe(true);
        return 'refused';
      }
    });
  });

  it('directory and word-list CSV files', async () => {
    for (const [name, seed, parse] of [
      ['directory csv', SAMPLE_CSV, (t: string) => parseDirectoryCsv(t)],
      ['glossary csv', GLOSSARY, (t: string) => parseGlossaryCsv(t)],
    ] as const)
      await fuzz(name, [Buffer.from(seed, 'utf8')], (bytes) => {
        let text: string;
        try {
          text = decodeText(bytes).text;
        } catch {
          return 'refused';
        }
        const result = parse(text);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
          return 'refused';
        }
        if ('people' in result)
          for (const p of result.people) expect(PersonInputSchema.safeParse(p).success).toBe(true);
        return 'read';
      });
  });

  it('signed submissions (.cdsub): a mutated file opens only when its signed payload is untouched', async () => {
    const identity = await services.workflow.identity();
    const article = {
      ...(await services.store.create({ ...emptyContent(), title: '中原区召开会议', body: plainTextToBody('正文。') })),
    };
    const payload = submissionPayload(article, { name: '张莉', role: '通讯员' }, identity, 'fuzz', new Date());
    const sealed = sealSubmission(payload, identity);
    await fuzz('cdsub', [sealed], (bytes) => {
      const opened = openSubmission(bytes);
      if (!opened.ok) {
        expect(opened.reason).toMatch(/[\u4e00-\u9fff]/);
        return 'refused';
      }
      expect(opened.payload).toEqual(payload);
      return 'read';
    });
  });

  it('public key files (.cdkey): a mutated file is trusted only when it still holds an Ed25519 key, shown by its own fingerprint', async () => {
    const key = await dispatch(services.handlers, 'profile.exportKey', undefined);
    if (!key.ok) throw new Error(key.error.message);
    const { text } = key.value as { text: string };
    const original = (JSON.parse(text) as { publicKey: string }).publicKey;
    await fuzz('cdkey', [Buffer.from(text, 'utf8')], async (bytes) => {
      const r = await dispatch(services.handlers, 'trust.importKey', { text: Buffer.from(bytes).toString('utf8') });
      if (!r.ok) {
        expect(r.error.code).toBe('INVALID_INPUT');
        return 'refused';
      }
      // A .cdkey is not signed (the desk checks the fingerprint with the sender): a flipped bit can
      // make another valid key, which must then be shown under its own fingerprint.
      const trusted = r.value as { publicKey: string; fingerprint: string };
      expect(isEd25519PublicKey(trusted.publicKey)).toBe(true);
      expect(trusted.fingerprint).toBe(fingerprintOf(trusted.publicKey));
      if (trusted.publicKey !== original) expect(trusted.fingerprint).not.toBe(fingerprintOf(original));
      return 'read';
    });
  });
});
