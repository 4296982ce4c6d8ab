// Every file the app reads from the user is a regular file, checked on the opened descriptor, its size capped while reading.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readUserFile, readUserFileSync } from '../../../electron/services/files/readUserFile';
import { PlanverkError } from '../../../shared/api/errors';
import { tempDir } from '../store/helpers';

const tmp = tempDir('planverk-userfile-');
afterAll(() => tmp.cleanup());

async function refusal(path: string, maxBytes = 1024 * 1024): Promise<PlanverkError[]> {
  const errors: PlanverkError[] = [];
  for (const read of [() => readUserFile(path, { maxBytes, kind: 'docx' }), async () => readUserFileSync(path, { maxBytes, kind: 'docx' })]) {
    const err = await read().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PlanverkError);
    errors.push(err as PlanverkError);
  }
  return errors;
}

describe('readUserFile', () => {
  it('reads a regular file whole, and through a symlink to one', async () => {
    writeFileSync(tmp.file('ok.txt'), 'innhold');
    symlinkSync(tmp.file('ok.txt'), tmp.file('lenke.txt'));
    expect((await readUserFile(tmp.file('lenke.txt'), { maxBytes: 7 })).toString()).toBe('innhold');
    expect(readUserFileSync(tmp.file('ok.txt'), { maxBytes: 7 }).toString()).toBe('innhold');
  });

  it('refuses /dev/zero and a symlink to it as not a regular file (its stat size is 0)', async () => {
    symlinkSync('/dev/zero', tmp.file('logo.planverkprofil'));
    for (const path of ['/dev/zero', tmp.file('logo.planverkprofil')]) {
      for (const err of await refusal(path)) {
        expect(err.code).toBe('NOT_REGULAR_FILE');
        expect(err.message).toMatch(/^Word-dokumentet «(zero|logo\.planverkprofil)» er ikke en vanlig fil; ingenting er lest eller endret\.$/);
      }
    }
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    execFileSync('mkfifo', [tmp.file('rør.docx')]);
    for (const err of await refusal(tmp.file('rør.docx'))) expect(err.message).toBe('Word-dokumentet «rør.docx» er ikke en vanlig fil; ingenting er lest eller endret.');
  }, 10_000);

  it('refuses a directory as not a regular file', async () => {
    mkdirSync(tmp.file('mappe.xlsx'));
    for (const err of await refusal(tmp.file('mappe.xlsx'))) expect(err.code).toBe('NOT_REGULAR_FILE');
  });

  it('refuses a file over the limit with its size in the sentence', async () => {
    writeFileSync(tmp.file('stor.csv'), Buffer.alloc(2 * 1024 * 1024 + 1));
    for (const err of await refusal(tmp.file('stor.csv'), 2 * 1024 * 1024)) {
      expect(err.code).toBe('FILE_TOO_LARGE');
      expect(err.message).toBe('Word-dokumentet «stor.csv» er for stort (over 2 MB); ingenting er endret.');
    }
  });

  it('enforces the limit while reading, not by stat: a /proc file says size 0 but holds more', async () => {
    for (const err of await refusal('/proc/self/status', 64)) expect(err.code).toBe('FILE_TOO_LARGE');
  });

  it('says a missing file is missing', async () => {
    for (const err of await refusal(tmp.file('finnes-ikke.docx'))) expect(err.code).toBe('NOT_FOUND_FILE');
  });
});
