// A plan given on the command line (first or second instance) is found; other arguments are ignored.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { isPlanFilePath, planFileFromArgv } = await import('../../electron/shell/fileArgs');

const dir = mkdtempSync(join(tmpdir(), 'planverk-argv-'));
writeFileSync(join(dir, 'Helse og omsorg.planverk'), 'x');
writeFileSync(join(dir, 'STOR.PLANVERK'), 'x');
mkdirSync(join(dir, 'mappe.planverk'));

describe('planFileFromArgv', () => {
  it('finds a relative plan path after the executable, resolved against the working folder', () => {
    expect(planFileFromArgv(['/opt/Planverk/planverk', '--no-sandbox', 'Helse og omsorg.planverk'], dir)).toBe(join(dir, 'Helse og omsorg.planverk'));
  });

  it('skips the app folder in development and Chromium switches', () => {
    expect(planFileFromArgv(['electron', '.', '--inspect', join(dir, 'STOR.PLANVERK')], '/')).toBe(join(dir, 'STOR.PLANVERK'));
  });

  it('ignores missing files, folders, other types and the executable itself', () => {
    expect(planFileFromArgv([join(dir, 'Helse og omsorg.planverk')], dir)).toBeNull();
    expect(planFileFromArgv(['planverk', 'finnes-ikke.planverk', 'mappe.planverk', 'notat.txt'], dir)).toBeNull();
    expect(planFileFromArgv(['planverk', '--file=Helse og omsorg.planverk'], dir)).toBeNull();
  });
});

describe('isPlanFilePath', () => {
  it('accepts only absolute paths to existing .planverk files', () => {
    expect(isPlanFilePath(join(dir, 'Helse og omsorg.planverk'))).toBe(true);
    expect(isPlanFilePath('Helse og omsorg.planverk')).toBe(false);
    expect(isPlanFilePath(join(dir, 'mappe.planverk'))).toBe(false);
    expect(isPlanFilePath(`${join(dir, 'Helse og omsorg.planverk')}\0`)).toBe(false);
    expect(isPlanFilePath(42)).toBe(false);
  });
});
