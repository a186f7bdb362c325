// What every browser test file shares: its command line (the last argument is the screenshot
// folder, created) and one Chromium for all its tests, launched before them and closed after.
import { before, after } from 'node:test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, watchedPage } from './chromium.mjs';

/// The first `count` arguments (exits with `usage` when one is missing) and open(path), which
/// loads a file in a new watched page (chromium.mjs).
export function browserSuite(usage, count) {
  const args = process.argv.slice(2, 2 + count);
  if (args.length < count || args.some((a) => !a)) {
    console.error('usage: ' + usage);
    process.exit(2);
  }
  mkdirSync(args[count - 1], { recursive: true });
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { if (browser) await browser.close(); });
  async function open(path) {
    const w = await watchedPage(browser.context);
    await w.page.goto(pathToFileURL(resolve(path)).href, { waitUntil: 'load' });
    return w;
  }
  return { args, open };
}
