// Load-time benchmark of an HTML report in headless Chromium: DOMContentLoaded, first paint of
// the dependency matrix, load, and the matrix fully expanded. Prints the median of RUNS loads
// and exits 1 when DOMContentLoaded or the first matrix paint exceeds LIMIT_MS.
// Usage: node report_bench.mjs INDEX_HTML [RUNS=5] [LIMIT_MS=2000]   (bench/report_bench.sh)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { statSync } from 'node:fs';
import { launch, watchedPage } from './chromium.mjs';

const [html, runsArg, limitArg] = process.argv.slice(2);
if (!html) {
  console.error('usage: node report_bench.mjs INDEX_HTML [RUNS] [LIMIT_MS]');
  process.exit(2);
}
const runs = Number(runsArg || 5), limit = Number(limitArg || 2000);
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await launch();
const samples = [];
try {
  for (let i = 0; i < runs; i++) {
    const { page, problems } = await watchedPage(browser.context);
    await page.goto(pathToFileURL(resolve(html)).href, { waitUntil: 'load' });
    const s = await page.evaluate(async () => {
      const nav = performance.getEntriesByType('navigation')[0];
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const info = () => document.querySelector('.dsm-info').textContent;
      const t0 = performance.now();
      document.querySelector('[data-dsm=expand]').click();
      await frame();
      const expand = performance.now() - t0;
      const expanded = info();
      const scroller = document.querySelector('.dsm-scroll');
      const t1 = performance.now();
      scroller.scrollTop = scroller.scrollHeight / 2;
      scroller.scrollLeft = scroller.scrollWidth / 2;
      scroller.dispatchEvent(new Event('scroll'));
      await frame();
      const scroll = performance.now() - t1;
      const steps = window.seamsPerf.steps;
      return { steps, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
               dsm: window.seamsPerf.dsmFirstPaint, expand, scroll, expanded,
               units: JSON.parse(document.getElementById('seams-data').textContent).units.length };
    });
    if (problems.console.length || problems.requests.length)
      throw new Error('page problems: ' + JSON.stringify(problems));
    samples.push(s);
    await page.close();
  }
} finally {
  await browser.close();
}
const m = (k) => Math.round(median(samples.map((s) => s[k])));
const size = (statSync(html).size / 1048576).toFixed(1);
console.log(`report: ${samples[0].units} units, index.html ${size} MiB, median of ${runs} loads`);
console.log(`  DOMContentLoaded      ${m('dcl')} ms`);
console.log(`  first matrix paint    ${m('dsm')} ms`);
console.log(`  load                  ${m('load')} ms`);
console.log(`  expand all (${samples[0].expanded}) ${m('expand')} ms`);
console.log(`  scroll redraw         ${m('scroll')} ms`);
const steps = samples[Math.floor(samples.length / 2)].steps;
console.log('  script steps (end, ms): ' + Object.entries(steps).map(([k, v]) => k + ' ' + Math.round(v)).join(', '));
const worst = Math.max(m('dcl'), m('dsm'));
if (worst > limit) {
  console.error(`FAIL: ${worst} ms > ${limit} ms`);
  process.exit(1);
}
console.log(`OK: under ${limit} ms`);
