// Test helper: a target file that cannot be replaced, the nearest Linux gets to a document Word holds open on Windows.
// The immutable attribute (chattr +i) makes rename over the file fail with EPERM even for root, but only on filesystems
// that support it (ext2/3/4, btrfs, xfs; not tmpfs or overlay), so a folder is probed before a test relies on it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATE_ROOTS = ['/var/tmp', tmpdir(), process.cwd()];

let probed: string | null | undefined;

/** A folder where chattr +i works, or null (no chattr, no permission, or no filesystem here that supports it). */
export function immutableCapableRoot(): string | null {
  if (probed !== undefined) return probed;
  probed = null;
  for (const root of CANDIDATE_ROOTS) {
    let dir: string | null = null;
    try {
      dir = mkdtempSync(join(root, 'planverk-chattr-probe-'));
      const file = join(dir, 'probe');
      writeFileSync(file, 'probe');
      setImmutable(file, true);
      setImmutable(file, false);
      probed = root;
      break;
    } catch {
      // Try the next root: this one's filesystem (or the sandbox) refuses the attribute.
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }
  return probed;
}

export function setImmutable(path: string, on: boolean): void {
  execFileSync('chattr', [on ? '+i' : '-i', path], { stdio: 'pipe' });
}

/** Clears the attribute and removes the folder; safe to call when a test failed half-way. */
export function removeWithImmutables(dir: string, immutables: Iterable<string>): void {
  for (const file of immutables) {
    try {
      setImmutable(file, false);
    } catch {
      // Already gone or never locked.
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
