// The HTML report in a real browser: opens index.html from disk (file://) in headless Chromium,
// checks it makes no network request and logs no error, clicks through the service map, and
// saves screenshots. Usage: node report_test.mjs SHOP_INDEX_HTML HOSTILE_INDEX_HTML
// SHOP_INCLUDES_INDEX_HTML OUT_DIR (the third: the shop with include similarity forced on)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { browserSuite } from './suite.mjs';

const { args, open } = browserSuite('node report_test.mjs SHOP_INDEX_HTML HOSTILE_INDEX_HTML SHOP_INCLUDES_INDEX_HTML OUT_DIR', 4);
const [shopHtml, hostileHtml, includesHtml, outDir] = args;

function assertClean(problems) {
  assert.deepEqual(problems.console, [], 'console errors or warnings');
  assert.deepEqual(problems.requests, [], 'network requests');
}

test('shop report: overview, service map, edge details, matrix, hotspots, search', async () => {
  const { page, problems } = await open(shopHtml);
  const data = await page.evaluate(() => JSON.parse(document.getElementById('seams-data').textContent));
  assert.ok(data.services.length >= 2, 'services');
  assert.equal(await page.locator('#overview .card').count(), data.services.length);
  assert.equal(await page.locator('#overview table.metrics tbody tr').count(), data.metrics.length);

  // Click a service on the map: its members appear.
  await page.locator('#s0').click();
  await page.locator('#map-detail h3').waitFor();
  assert.equal((await page.locator('#map-detail h3').textContent()).trim().startsWith(data.services[0].name), true);
  const members = await page.locator('#map-detail ul.members li .unit').allTextContents();
  assert.deepEqual(members, data.services[0].units.map((u) => data.units[u][0]));

  // Click an edge: the symbol-level dependencies behind it, with file:line.
  const edge = data.edges.findIndex((e) => e.deps.length > 0);
  assert.ok(edge >= 0, 'an edge with dependencies');
  await page.locator('#e' + edge + ' text').first().click();
  await page.locator('#map-detail table.deps').waitFor();
  const where = await page.locator('#map-detail table.deps td .loc').first().textContent();
  assert.match(where, /^[^:]+\.(cpp|h|hpp|cc):\d+$/);
  assert.equal(await page.locator('#map-detail table.deps tbody tr').count(), data.edges[edge].deps.length);

  // The matrix painted; expanding and collapsing a group works.
  assert.notEqual(await page.evaluate(() => window.seamsPerf.dsmFirstPaint), null);
  assert.match(await page.locator('.dsm-info').textContent(), /rows/);
  await page.locator('[data-dsm=collapse]').click();
  assert.match(await page.locator('.dsm-info').textContent(), new RegExp('^' + (data.services.length + (data.shared.units.length ? 1 : 0)) + ' rows'));
  await page.locator('[data-dsm=expand]').click();

  // Hotspots: a row per hotspot (the first 100, then "Show more"), filterable and sortable.
  const rows = page.locator('#hotspots table.hotspots tbody tr');
  assert.equal(await rows.count(), Math.min(100, data.hotspots.length));
  if (data.hotspots.length > 100) {
    await page.locator('#hotspots button.more').click();
    assert.equal(await rows.count(), Math.min(600, data.hotspots.length));
  }
  const kind = data.hotspots[0].kind;
  await page.locator('#hotspot-kind').selectOption(kind);
  assert.equal(await rows.count(), Math.min(100, data.hotspots.filter((h) => h.kind === kind).length));
  await page.locator('#hotspot-kind').selectOption('');
  await page.locator('#hotspot-filter').fill(data.hotspots[0].entities[0]);
  await page.waitForFunction(() => document.querySelectorAll('#hotspots table.hotspots tbody tr').length < 100);
  assert.ok(await rows.count() >= 1);
  await page.locator('#hotspot-filter').fill('');
  // A coupling between two services opens the dependencies behind its service edge on the map.
  await page.waitForFunction((n) => document.querySelectorAll('#hotspots table.hotspots tbody tr').length === n, Math.min(100, data.hotspots.length));
  const linked = data.hotspots.findIndex((h) => h.service_edge >= 0);
  assert.ok(linked >= 0 && linked < 100);
  await rows.nth(linked).locator('button.hotspot-edges').click();
  assert.equal(await page.locator('#map-detail').getAttribute('data-edge'), String(data.hotspots[linked].service_edge));
  assert.equal(await page.locator('#map-detail table tbody tr').count() > 0, true);
  // Ranked by benefit over effort; sortable by benefit (largest first) and effort (cheapest first).
  assert.equal(await page.locator('#hotspots th.sorted-asc').textContent(), '#');
  assert.equal(await rows.first().locator('td').first().textContent(), '1');
  await page.locator('#hotspots th', { hasText: 'kind' }).click();
  assert.equal(await page.locator('#hotspots th.sorted-asc').textContent(), 'kind');
  await page.locator('#hotspots th', { hasText: 'benefit' }).click();
  assert.equal(await page.locator('#hotspots th.sorted-desc').textContent(), 'benefit');
  const best = Math.max(...data.hotspots.map((h) => h.score));
  assert.equal(Number(await rows.first().locator('td').nth(1).textContent()), Number(best.toFixed(2)));
  await page.locator('#hotspots th', { hasText: 'effort' }).click();
  assert.equal(await page.locator('#hotspots th.sorted-asc').textContent(), 'effort');
  const cheapest = data.hotspots.reduce((a, h) => (h.effort < a.effort ? h : a));
  // The shop's cheapest hotspot has one site in one file: the count agrees with its noun.
  assert.deepEqual([cheapest.use_sites, cheapest.files_touched], [1, 1]);
  assert.equal(await rows.first().locator('td').nth(2).textContent(), '1 site, 1 file');

  // Search over units and entities.
  await page.locator('#search-input').fill('ledger');
  await page.locator('#search-results:not([hidden]) li').first().waitFor();
  assert.ok(await page.locator('#search-results li').count() > 0);
  await page.locator('#search-input').fill('');

  await page.locator('#s0').click();
  await page.screenshot({ path: join(outDir, 'report-shop.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(outDir, 'report-shop-dark.png') });
  assertClean(problems);
});

test('hostile names render as text, never as markup or script', async () => {
  const { page, problems } = await open(hostileHtml);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'injected script ran');
  assert.equal(await page.locator('img').count(), 0, 'injected <img>');
  assert.equal(await page.locator('script').count(), 2);
  const data = await page.evaluate(() => JSON.parse(document.getElementById('seams-data').textContent));
  assert.equal(await page.locator('#project-name').textContent(), data.project);
  assert.match(data.project, /<\/script>/);
  const titles = await page.locator('#overview .card h4').allTextContents();
  for (const s of data.services) assert.ok(titles.some((t) => t.startsWith(s.name)), s.name);
  assert.ok(data.services.some((s) => /[<&"]/.test(s.name)), 'a hostile service name');
  // The map's SVG text shows the names literally.
  const svgText = await page.locator('#map-svg svg').textContent();
  for (const s of data.services) assert.ok(svgText.includes(s.name), 'SVG shows ' + s.name);
  await page.locator('#s0').click();
  await page.locator('#map-detail h3').waitFor();
  for (let k = 0; k < data.edges.length; k++) {
    await page.locator('#e' + k + ' text').first().click();
    await page.locator('#map-detail table.deps').waitFor();
  }
  await page.locator('#search-input').fill('operator<');
  await page.locator('#search-results:not([hidden]) li').first().waitFor();
  const found = await page.locator('#search-results li button').allTextContents();
  assert.ok(found.includes('evil::operator<'), found.join(' | '));
  assert.ok(found.includes('evil::operator<<'), found.join(' | '));
  const diag = await page.locator('#diagnostics').textContent();
  assert.ok(diag.includes('<script>window.__pwned=4</script>'), 'diagnostic shown as text');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'injected script ran');
  await page.screenshot({ path: join(outDir, 'report-hostile.png'), fullPage: true });
  assertClean(problems);
});

test('alike includes: a service card says which of its units include alike', async () => {
  const { page, problems } = await open(includesHtml);
  const data = await page.evaluate(() => JSON.parse(document.getElementById('seams-data').textContent));
  const s = data.services.findIndex((x) => x.why && x.why.includes && x.why.includes.pairs > 0);
  assert.ok(s >= 0, 'a service with alike includes');
  const why = data.services[s].why.includes;
  const card = page.locator('#overview .card').nth(s);
  assert.match(await card.textContent(), new RegExp(why.pairs + ' unit pairs with alike includes'));
  await page.locator('#s' + s).click();
  await page.locator('#map-detail ul.why').waitFor();
  const text = await page.locator('#map-detail ul.why').textContent();
  assert.ok(text.includes(why.pairs + ' unit pairs include, and are included by, alike units'), text);
  assert.ok(text.includes(data.units[why.closest[0]][0]) && text.includes(data.units[why.closest[1]][0]), text);
  // The shop's own report keeps the signal off (its includes cross its domains): no such line.
  const shop = await open(shopHtml);
  assert.equal(await shop.page.locator('text=alike includes').count(), 0);
  assertClean(problems);
  assertClean(shop.problems);
});

test('shared namespaces: a service card names the namespaces its units share', async () => {
  const { page, problems } = await open(includesHtml);
  const data = await page.evaluate(() => JSON.parse(document.getElementById('seams-data').textContent));
  const s = data.services.findIndex((x) => x.why && x.why.namespaces && x.why.namespaces.length > 0);
  assert.ok(s >= 0, 'a service with shared namespaces');
  const names = data.services[s].why.namespaces;
  const card = page.locator('#overview .card').nth(s);
  assert.ok((await card.textContent()).includes('namespaces: ' + names.map((n) => n[0]).join(', ')));
  await page.locator('#s' + s).click();
  await page.locator('#map-detail ul.why').waitFor();
  const text = await page.locator('#map-detail ul.why').textContent();
  assert.ok(text.includes('Shared namespaces: ' + names[0][0] + ' (' + names[0][1] + (names[0][1] === 1 ? ' unit)' : ' units)')), text);
  // The hostile names are in no namespace: the signal is on, but no service shares one, and no
  // card says so.
  const hostile = await open(hostileHtml);
  const hostileData = await hostile.page.evaluate(() => JSON.parse(document.getElementById('seams-data').textContent));
  assert.ok(hostileData.services.every((x) => x.why && x.why.namespaces && x.why.namespaces.length === 0));
  assert.equal(await hostile.page.locator('#overview .card', { hasText: 'namespaces:' }).count(), 0);
  assertClean(problems);
  assertClean(hostile.problems);
});
