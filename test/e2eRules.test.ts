// The E2E suite stays independent and waits on conditions (issue 13, «A test suite that does not flake»): each file
// makes its own plans in its own folder (test/e2e/fixtures.ts) instead of opening one the global setup or another file
// made, and no file sleeps: no waitForTimeout, no promise around setTimeout, no fixed small time limit. This reads the
// E2E sources, so a new file or a quick fix that slips back fails here, in the fast suite, before CI runs Chromium.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const E2E_DIR = join(import.meta.dirname, 'e2e');
const sources = readdirSync(E2E_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(E2E_DIR, name), 'utf8') }));
const testFiles = sources.filter((f) => f.name.endsWith('.test.ts'));

/** Lines of `text` matching `pattern`, as "file:line: text" for a readable failure. */
function linesMatching(files: { name: string; text: string }[], pattern: RegExp): string[] {
  return files.flatMap(({ name, text }) =>
    text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${name}:${i + 1}: ${line.trim()}`] : [])),
  );
}

/** The scenarios whose subject is time itself (a user's pause before the process dies), the only users of userPause. */
const TIME_SCENARIOS = ['nothingLost.test.ts'];

describe('E2E files are independent of each other and wait on conditions', () => {
  it('finds the E2E test files', () => {
    expect(testFiles.length).toBeGreaterThan(20);
  });

  it('no E2E source sleeps with waitForTimeout', () => {
    expect(linesMatching(sources, /waitForTimeout\s*\(/)).toEqual([]);
  });

  it('no E2E test file sleeps with a promise around setTimeout', () => {
    expect(linesMatching(testFiles, /setTimeout\(\s*(r|res|resolve)\s*[,)]|setTimeout\(\s*\(\)\s*=>\s*(r|res|resolve)\(\s*\)/)).toEqual([]);
  });

  it('userPause, a wait on time itself, appears only in the scenarios that are about time', () => {
    const users = testFiles.filter((f) => /\buserPause\(/.test(f.text)).map((f) => f.name);
    expect(users.filter((name) => !TIME_SCENARIOS.includes(name))).toEqual([]);
  });

  it('no E2E test file sets a fixed time limit under 10 s (a condition waits as long as the machine needs)', () => {
    const limits = testFiles.flatMap(({ name, text }) =>
      [...text.matchAll(/\btimeout:\s*([\d_]+)/g)].map((m) => ({ name, ms: Number(m[1]!.replace(/_/g, '')) })),
    );
    expect(limits.filter((l) => l.ms < 10_000)).toEqual([]);
  });

  it('every E2E test file makes the plans it opens in its own folder, or runs its own bridge', () => {
    const sharing = testFiles.filter((f) => !/\bopenFreshPlan\(|\btestFolder\(\)|\bstartBridgeProcess\(/.test(f.text)).map((f) => f.name);
    expect(sharing).toEqual([]);
  });

  it('no E2E test file reaches for the suite root, a plan of the global setup, or opens a file it did not make', () => {
    expect(linesMatching(testFiles, /\benv\.(root|dir|samplePath|hostilePath|refusedPath|userDataDir)\b/)).toEqual([]);
    // Plans are opened through openFreshPlan (made here, then opened); ensureOpen only switches back to one of them.
    expect(linesMatching(testFiles, /'file\.open'/)).toEqual([]);
  });
});
