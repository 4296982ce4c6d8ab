// Finds Debian's Chromium for the E2E suite and PDF export; as root on Debian it installs it when missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = [process.env.PLANVERK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  return CANDIDATES.find((p) => p && existsSync(p)) ?? null;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return { ok: true, path: found };
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log('Chromium mangler: installerer Debians chromium og poppler-utils …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'poppler-utils'], { stdio: 'inherit', env });
    const now = findChromium();
    if (now) return { ok: true, path: now };
  }
  return { ok: false, message: 'Chromium is missing: install it (Debian/Ubuntu: apt-get install chromium) or set PLANVERK_CHROMIUM to its path.' };
}
