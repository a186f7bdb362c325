// Launches Debian's headless Chromium through playwright-core (never a downloaded browser) with
// a fresh profile, and records console errors and network requests of every page.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  let playwright;
  try {
    playwright = await import('playwright-core');
  } catch (e) {
    throw new Error('playwright-core is not installed: run `npm ci` in tests/browser ' +
                    '(scripts/test.sh does): ' + e.message);
  }
  if (!existsSync(CHROMIUM))
    throw new Error(CHROMIUM + ' not found: install Debian\'s chromium (scripts/install-deps.sh)');
  const profile = mkdtempSync(join(tmpdir(), 'seams-chromium-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1366, height: 860 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/// A new page that records console errors, page errors and every non-file request.
export async function watchedPage(context) {
  const page = await context.newPage();
  const problems = { console: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.console.push(m.type() + ': ' + m.text()); });
  page.on('pageerror', (e) => problems.console.push('pageerror: ' + e.message));
  page.on('request', (r) => { if (!r.url().startsWith('file://')) problems.requests.push(r.url()); });
  return { page, problems };
}
