// The service map of a 25-service project in a real browser: the default view draws at most 3
// edges per service (and leaves no service without one), labels are at least 12 px and never
// overlap, only the edges to cut (the cycle hotspots' cuts) are red, the shared library is a grey node, and the slider,
// buttons and keyboard work. Saves screenshots. Usage: node service_map_test.mjs INDEX_HTML OUT_DIR
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { browserSuite } from './suite.mjs';

const { args, open } = browserSuite('node service_map_test.mjs INDEX_HTML OUT_DIR', 2);
const [html, outDir] = args;

// What the map draws now: per visible edge its index, stroke and ends; per visible label its box
// and its font size on screen (font-size in SVG units times the SVG's scale).
function drawn() {
  const visible = (e) => e.getClientRects().length > 0;
  const edges = [...document.querySelectorAll('#map-svg g.edge')].filter(visible).map((g) => ({
    k: Number(g.id.slice(1)),
    stroke: g.querySelector('path').getAttribute('stroke'),
  }));
  const labels = [...document.querySelectorAll('#map-svg text')].filter(visible).map((t) => {
    const r = t.getBoundingClientRect();
    return { text: t.textContent, px: parseFloat(t.getAttribute('font-size')) * t.getScreenCTM().a,
             box: [r.left, r.top, r.right, r.bottom] };
  });
  return { edges, labels };
}

function overlaps(labels) {
  const out = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i].box, labels[j].box];
      const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]), h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
      if (w > 0.5 && h > 0.5) out.push(labels[i].text + ' / ' + labels[j].text);
    }
  return out;
}

// The map section at the top of a taller window (the sticky header would cover its heading).
async function shoot(page, name) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: size.width, height: 1300 });
  await page.evaluate(() => window.scrollTo(0, document.getElementById('map').offsetTop - document.querySelector('header.top').offsetHeight));
  await page.screenshot({ path: join(outDir, name) });
  await page.setViewportSize(size);
}

test('25 services: a readable default view, the rest behind the slider', async () => {
  const { page, problems } = await open(html);
  const data = await page.evaluate(() => JSON.parse(document.getElementById('seams-data').textContent));
  const n = data.services.length;
  assert.equal(n, 25, 'services');
  // The project is dense, like the one users reported: filtering has to happen.
  assert.ok(data.edges.length > 3 * n, data.edges.length + ' edges');
  assert.ok(data.map.feedback_edges > 0, 'edges to cut');
  assert.ok(data.shared.units.length > 0, 'a shared library');
  // The red edges are the cuts the cycle hotspots name in decomposition.json.
  const decomposition = JSON.parse(readFileSync(join(dirname(html), 'decomposition.json'), 'utf8'));
  const hotspotCuts = decomposition.hotspots.filter((h) => h.kind === 'cycle').flatMap((h) => h.cut.map((c) => c.from + ' -> ' + c.to));
  const name = (s) => data.services[s].name;
  assert.deepEqual(data.edges.filter((e) => e.feedback).map((e) => name(e.from) + ' -> ' + name(e.to)).sort(), hotspotCuts.sort());

  const d = await page.evaluate(drawn);
  assert.equal(d.edges.length, data.map.default_edges);
  assert.ok(d.edges.length <= 3 * n, d.edges.length + ' edges drawn for ' + n + ' services');
  assert.equal(await page.locator('#map-edges-count').textContent(), d.edges.length + ' of ' + data.edges.length + ' edges drawn');
  // No node that has edges is drawn without one.
  const touched = new Set();
  for (const e of d.edges) touched.add(data.edges[e.k].from).add(data.edges[e.k].to);
  for (let s = -1; s < n; s++)
    if (data.edges.some((e) => e.from === s || e.to === s)) assert.ok(touched.has(s), 'node ' + s + ' is isolated');
  // Red is for the edges to cut only; other edges of the cycle keep the normal colour; the
  // shared library's edges are grey.
  const red = '#c0392b', grey = '#8a8f98';
  for (const e of d.edges) {
    const x = data.edges[e.k];
    assert.equal(e.stroke === red, x.feedback, 'edge ' + e.k + ' stroke ' + e.stroke);
    if (x.from < 0 || x.to < 0) assert.equal(e.stroke, grey);
  }
  assert.ok(d.edges.some((e) => data.edges[e.k].cycle && !data.edges[e.k].feedback), 'a cycle edge in the normal colour');
  assert.equal(await page.locator('#shared polygon, #shared path').first().getAttribute('fill'), '#eceef1');
  // Labels: at least 12 px on screen, no two overlapping.
  const small = d.labels.filter((l) => l.px < 11.99);
  assert.deepEqual(small.map((l) => l.text + ' ' + l.px.toFixed(1) + 'px'), []);
  assert.deepEqual(overlaps(d.labels), []);
  await shoot(page, 'service-map-25.png');

  // The slider draws more, "Strongest" goes back; ticking the box draws every edge to cut.
  await page.locator('#map-edges').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal((await page.evaluate(drawn)).edges.length, data.map.default_edges + 1);
  await page.locator('[data-map=all]').click();
  assert.equal((await page.evaluate(drawn)).edges.length, data.edges.length);
  await page.locator('[data-map=strongest]').click();
  await page.locator('#map-cuts').check();
  const cuts = (await page.evaluate(drawn)).edges;
  assert.equal(cuts.filter((e) => data.edges[e.k].feedback).length, data.map.feedback_edges);
  await page.locator('#map-cuts').uncheck();
  assert.equal((await page.evaluate(drawn)).edges.length, data.map.default_edges);

  // Keyboard: Tab reaches the services; Enter opens one, and the shared library.
  await page.locator('#s3').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#map-detail').getAttribute('data-service'), data.services[3].name);
  await page.locator('#shared').focus();
  await page.keyboard.press('Enter');
  assert.equal((await page.locator('#map-detail h3').textContent()).trim(), 'shared library');
  await page.locator('#map-detail ul.members li').first().waitFor();
  await page.locator('[data-map=whole]').click();
  await shoot(page, 'service-map-25-whole.png');
  assert.deepEqual(problems.console, [], 'console errors or warnings');
  assert.deepEqual(problems.requests, [], 'network requests');
});
