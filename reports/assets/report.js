// seams report script: inlined into index.html; builds every view from the embedded JSON. Text
// only ever reaches the page through textContent or attribute setters, never innerHTML.
'use strict';
(function () {
  const data = JSON.parse(document.getElementById('seams-data').textContent);
  const services = data.services;
  const units = data.units; // [id, service (-1 shared, -2 none), lines, files]
  const edges = data.edges;
  const perf = (window.seamsPerf = { dsmFirstPaint: null });

  // ---- DOM helpers ------------------------------------------------------------------------
  function el(tag, props, ...kids) {
    const e = document.createElement(tag);
    if (props)
      for (const [k, v] of Object.entries(props)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    for (const kid of kids) {
      if (kid === undefined || kid === null || kid === false) continue;
      e.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
    }
    return e;
  }
  const $ = (sel, root) => (root || document).querySelector(sel);
  // "1 unit", "2 units": a count and the noun in the number it asks for (as plural() in C++).
  const count = (n, one, many) => n + ' ' + (n === 1 ? one : many);
  const fmt = (v, d) => (typeof v === 'number' ? Number(v.toFixed(d === undefined ? 2 : d)).toString() : String(v));
  const serviceName = (s) => (s >= 0 ? services[s].name : s === -1 ? 'shared library' : 'excluded');

  function encodePath(p) {
    return p.split('/').map(encodeURIComponent).join('/');
  }
  // A location, linked to the source when a --source-link template was given.
  function loc(file, line) {
    const text = line ? file + ':' + line : file;
    if (!data.source_link) return el('span', { class: 'loc', text });
    const href = data.source_link.split('{path}').join(encodePath(file)).split('{line}').join(String(line || 1));
    return el('a', { class: 'loc', href, target: '_blank', rel: 'noopener noreferrer', text });
  }
  function locs(list, max) {
    const span = el('span');
    const shown = list.slice(0, max || 5);
    shown.forEach((l, i) => {
      if (i) span.append(', ');
      span.append(loc(l[0], l[1]));
    });
    if (list.length > shown.length) span.append(' +' + (list.length - shown.length));
    return span;
  }
  function table(headers, rows, cls) {
    const t = el('table', { class: cls });
    const tr = el('tr');
    for (const h of headers) tr.append(el('th', { class: h.num ? 'num' : null, text: h.label || h }));
    t.append(el('thead', null, tr));
    const body = el('tbody');
    for (const r of rows) body.append(el('tr', null, ...r.map((c) => (c instanceof Node && c.tagName === 'TD' ? c : el('td', null, c)))));
    t.append(body);
    return t;
  }
  const numTd = (v) => el('td', { class: 'num', text: v });

  // ---- Overview -----------------------------------------------------------------------------
  function renderOverview() {
    const c = data.counts;
    const counts = $('#overview .counts');
    const add = (label, value, bad) => counts.append(el('div', { class: 'count' + (bad ? ' bad' : '') }, el('b', { text: value }), label));
    add('files', c.files);
    add('TUs parsed', c.tus);
    add('TUs with errors', c.tus_errors + c.tus_failed, c.tus_errors + c.tus_failed > 0);
    add('units (' + data.unit_kind + ')', c.units);
    add('services', c.services);
    add('shared library files', c.shared_files);
    add('service cycles', c.cycles, c.cycles > 0);
    add('hotspots', data.has_hotspots ? data.hotspots.length : 'n/a');
    if (data.change) add('independent change (' + data.change.single + ' of ' + data.change.commits + ' commits changed one service)', fmt(100 * data.change.share, 1) + '%', data.change.share < 0.5);
    const body = $('#overview table.metrics tbody');
    for (const m of data.metrics) body.append(el('tr', null, el('td', { text: m.label }), numTd(fmt(m.value, 3)), el('td', { class: 'hint', text: m.explain })));
    const cards = $('#overview .cards');
    services.forEach((s, i) => {
      const m = s.metrics;
      const dl = el('dl');
      const row = (k, v) => dl.append(el('dt', { text: k }), el('dd', { text: v }));
      row('size', count(m.units, 'unit', 'units') + ', ' + count(m.lines, 'line', 'lines'));
      row('cohesion', fmt(m.cohesion, 2));
      row('coupling in/out', fmt(m.afferent, 1) + ' / ' + fmt(m.efferent, 1));
      row('instability', fmt(m.instability, 2));
      if (s.change) row('changed alone', s.change.alone + ' of ' + (s.change.alone + s.change.with_others) + ' commits');
      if (s.why) row('why together', whySummary(s.why));
      if (s.contract && s.contract.blast) row('blast radius', s.contract.blast.services_after + ' of ' + count(s.contract.blast.services_today, 'service', 'services'));
      const card = el('div', { class: 'card', tabindex: 0, 'data-service': i, role: 'button', onclick: () => { selectService(i); $('#map').scrollIntoView(); }, onkeydown: (e) => { if (e.key === 'Enter') { selectService(i); $('#map').scrollIntoView(); } } },
        el('h4', null, s.name, s.pinned ? el('span', { class: 'badge', text: 'pinned' }) : null, s.cycle >= 0 ? el('span', { class: 'badge cycle', text: 'cycle ' + (s.cycle + 1) }) : null), dl);
      cards.append(card);
    });
  }

  // Why a service's units belong together, in one line: weight inside vs outside, co-change,
  // alike includes, terms, namespaces (only where namespace similarity was used).
  function whySummary(w) {
    const parts = ['weight ' + fmt(w.inside, 1) + ' inside vs ' + fmt(w.outside, 1) + ' outside'];
    if (w.cochange) parts.push(w.cochange.pairs + ' unit pairs changed together (' + w.cochange.support + ' commits)');
    if (w.includes && w.includes.pairs) parts.push(w.includes.pairs + ' unit pairs with alike includes');
    if (w.terms.length) parts.push('terms: ' + w.terms.map((t) => t[0]).join(', '));
    if (w.namespaces && w.namespaces.length) parts.push('namespaces: ' + w.namespaces.map((t) => t[0]).join(', '));
    return parts.join('; ');
  }

  // ---- Service map --------------------------------------------------------------------------
  // Edges: the service edges, then the shared-library edges (an end of -1); the SVG ids follow.
  let selectedEl = null;
  function markSelected(id) {
    if (selectedEl) selectedEl.classList.remove('selected');
    selectedEl = id ? document.getElementById(id) : null;
    if (selectedEl) selectedEl.classList.add('selected');
  }
  function detail() {
    const d = $('#map-detail');
    d.replaceChildren();
    return d;
  }
  const edgeName = (e) => serviceName(e.from) + ' \u2192 ' + serviceName(e.to);
  function edgeLink(k, label) {
    return el('button', { type: 'button', class: 'linklike', onclick: () => selectEdge(k), text: label });
  }
  function serviceLink(s) {
    return el('button', { type: 'button', class: 'linklike', onclick: () => (s >= 0 ? selectService(s) : selectShared()), text: serviceName(s) });
  }
  function edgeBadge(e) {
    return e.feedback ? el('span', { class: 'badge cycle', text: 'cut' }) : e.cycle ? el('span', { class: 'badge', text: 'cycle' }) : null;
  }
  function dependencies(d, node) {
    const out = [], inn = [];
    edges.forEach((e, k) => { if (e.from === node) out.push(k); if (e.to === node) inn.push(k); });
    const byWeight = (ks) => ks.sort((a, b) => edges[b].weight - edges[a].weight || a - b);
    const depList = (ks, other) => (ks.length ? el('ul', null, ...byWeight(ks).map((k) => el('li', null, serviceLink(edges[k][other]), ' ', edgeLink(k, 'weight ' + fmt(edges[k].weight, 1) + ', ' + count(edges[k].total, 'dependency', 'dependencies')), edgeBadge(edges[k])))) : el('p', { class: 'hint', text: 'None.' }));
    d.append(el('h4', { text: 'Depends on' }), depList(out, 'to'));
    d.append(el('h4', { text: 'Used by' }), depList(inn, 'from'));
  }
  function memberList(us) {
    const ul = el('ul', { class: 'members' });
    for (const u of us) ul.append(el('li', null, el('span', { class: 'mono unit', text: units[u][0] }), ' ', el('span', { class: 'hint', text: units[u][3].join(', ') })));
    return ul;
  }
  function selectService(i) {
    const s = services[i];
    markSelected('s' + i);
    const d = detail();
    d.setAttribute('data-service', s.name);
    d.append(el('h3', null, s.name, s.cycle >= 0 ? el('span', { class: 'badge cycle', text: 'cycle ' + (s.cycle + 1) }) : null));
    const m = s.metrics;
    d.append(el('p', { text: count(m.units, 'unit', 'units') + ', ' + count(m.files, 'file', 'files') + ', ' + count(m.lines, 'line', 'lines') + '; cohesion ' + fmt(m.cohesion, 2) + ', instability ' + fmt(m.instability, 2) + ', afferent ' + fmt(m.afferent, 1) + ', efferent ' + fmt(m.efferent, 1) + '.' }));
    const c = s.contract;
    if (c && c.blast) {
      const b = c.blast;
      d.append(el('p', { text: 'Blast radius: today ' + count(b.units_today, 'unit', 'units') + ' in ' + count(b.services_today, 'service', 'services') + '; after the cut ' + count(b.units_after, 'unit', 'units') + ' in ' + count(b.services_after, 'service', 'services') + (b.dependents.length ? ' (' + b.dependents.join(', ') + ')' : '') + '.' }));
    }
    if (s.change) {
      d.append(el('p', { text: 'History: changed alone in ' + s.change.alone + ' commits, with other services in ' + s.change.with_others + '.' }));
      d.append(el('h4', { text: 'Change partners' }));
      if (s.change.partners.length) d.append(el('ul', { class: 'partners' }, ...s.change.partners.map((p) => el('li', null, p[0] + ': ' + p[1] + ' commits together'))));
      else d.append(el('p', { class: 'hint', text: 'None: it always changed alone.' }));
    }
    if (s.why) {
      const w = s.why;
      d.append(el('h4', { text: 'Why together' }));
      const li = [el('li', { text: 'Static weight ' + fmt(w.inside, 1) + ' between its units, ' + fmt(w.outside, 1) + ' to and from other services.' })];
      for (const p of w.pairs) li.push(el('li', null, el('span', { class: 'mono', text: units[p[0]][0] }), ' \u2194 ', el('span', { class: 'mono', text: units[p[1]][0] }), ': weight ' + fmt(p[2], 1)));
      if (w.cochange) li.push(el('li', { text: w.cochange.pairs + ' unit pairs changed together, in ' + w.cochange.support + ' commits.' }));
      if (w.includes && w.includes.pairs) {
        const c = w.includes.closest;
        li.push(el('li', null, w.includes.pairs + ' unit pairs include, and are included by, alike units; most alike: ', el('span', { class: 'mono', text: units[c[0]][0] }), ' \u2194 ', el('span', { class: 'mono', text: units[c[1]][0] }), ' (cosine ' + fmt(c[2], 2) + ').'));
      }
      if (w.terms.length) li.push(el('li', null, 'Shared identifier terms: ', el('span', { class: 'mono', text: w.terms.map((t) => t[0] + ' (' + count(t[1], 'unit', 'units') + ')').join(', ') })));
      if (w.namespaces && w.namespaces.length) li.push(el('li', null, 'Shared namespaces: ', el('span', { class: 'mono', text: w.namespaces.map((t) => t[0] + ' (' + count(t[1], 'unit', 'units') + ')').join(', ') })));
      d.append(el('ul', { class: 'why' }, ...li));
    }
    d.append(el('h4', { text: 'Members' }), memberList(s.units));
    if (c) {
      d.append(el('h4', { text: 'API (used by other services)' }));
      if (c.api.length) d.append(table(['entity', 'kind', 'callers', { label: 'uses', num: true }], c.api.map((a) => [el('span', { class: 'mono', text: a[0] }), a[1] + (a[4] ? ' (event)' : ''), a[2].join(', '), numTd(a[3])])));
      else d.append(el('p', { class: 'hint', text: 'None.' }));
      d.append(el('h4', { text: 'Owned data' }));
      const owns = [['classes', c.owns_classes], ['globals', c.owns_globals], ['tables', c.owns_tables]].filter((x) => x[1].length);
      if (owns.length) d.append(el('ul', null, ...owns.map((o) => el('li', null, o[0] + ': ', el('span', { class: 'mono', text: o[1].join(', ') })))));
      else d.append(el('p', { class: 'hint', text: 'None.' }));
    } else {
      d.append(el('p', { class: 'hint', text: 'API and owned data appear when hotspots are computed.' }));
    }
    dependencies(d, i);
  }
  function selectShared() {
    markSelected('shared');
    const d = detail();
    d.setAttribute('data-service', 'shared library');
    d.append(el('h3', { text: 'shared library' }));
    d.append(el('p', { text: count(data.shared.units.length, 'unit', 'units') + ', ' + count(data.shared.files, 'file', 'files') + ' used by many services, set aside rather than given to one.' }));
    d.append(el('h4', { text: 'Members' }), memberList(data.shared.units));
    dependencies(d, -1);
  }
  function selectEdge(k) {
    const e = edges[k];
    const g = document.getElementById('e' + k);
    if (g && g.classList.contains('off')) { g.classList.remove('off'); countEdges(); }
    markSelected('e' + k);
    const d = detail();
    d.setAttribute('data-edge', k);
    d.append(el('h3', null, edgeName(e), edgeBadge(e)));
    if (e.feedback) d.append(el('p', { class: 'cut', text: 'Cut this dependency to break the cycle: it is in the lightest set of edges whose removal leaves the services acyclic.' }));
    d.append(el('p', { text: 'Weight ' + fmt(e.weight, 2) + ', ' + count(e.calls, 'call', 'calls') + ', ' + count(e.arcs, 'unit arc', 'unit arcs') + ', ' + count(e.total, 'symbol-level dependency', 'symbol-level dependencies') + (e.total > e.deps.length ? ' (the ' + e.deps.length + ' heaviest shown)' : '') + '.' }));
    if (e.cochange !== undefined) d.append(el('p', { class: 'cochange', text: 'Static weight ' + fmt(e.weight, 2) + ' beside co-change support ' + e.cochange + ': the two services changed together in ' + count(e.cochange, 'commit', 'commits') + '.' }));
    d.append(table(['from', 'kind', 'to', { label: 'count', num: true }, 'where'], e.deps.map((x) => [el('span', { class: 'mono', text: x[0] }), x[2], el('span', { class: 'mono', text: x[1] }), numTd(x[3]), locs(x[4], 3)]), 'deps'));
  }
  // Graphviz lays out only the edges drawn by default; the page draws the others, when asked
  // for, as dashed curves from node to node (no label: the weight is in the title and details).
  const SVG = 'http://www.w3.org/2000/svg';
  function svgEl(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  }
  function nodeShape(s) {
    const g = document.getElementById(s >= 0 ? 's' + s : 'shared');
    return g && g.querySelector('polygon, path');
  }
  function addLooseEdges() {
    const graph = $('#map-svg svg g.graph');
    if (!graph) return;
    const firstNode = graph.querySelector('g.node');
    // Pen widths as services.dot: relative to the heaviest service edge, or shared-library edge.
    const shared = (e) => e.from < 0 || e.to < 0;
    const maxWeight = (s) => Math.max(0, ...edges.filter((e) => shared(e) === s).map((e) => e.weight));
    const max = [maxWeight(false), maxWeight(true)];
    edges.forEach((e, k) => {
      if (document.getElementById('e' + k)) return;
      const a = nodeShape(e.from), b = nodeShape(e.to);
      if (!a || !b) return;
      const A = a.getBBox(), B = b.getBBox();
      const ax = A.x + A.width / 2, ay = A.y + A.height / 2, bx = B.x + B.width / 2, by = B.y + B.height / 2;
      const len = Math.hypot(bx - ax, by - ay) || 1;
      // Bend to the right of the direction of travel, so a -> b and b -> a do not coincide.
      const cx = (ax + bx) / 2 + ((by - ay) / len) * 0.18 * len, cy = (ay + by) / 2 - ((bx - ax) / len) * 0.18 * len;
      // Where the line from a point towards the control point leaves a box.
      const exit = (box, x, y) => {
        const dx = cx - x, dy = cy - y;
        const t = Math.min(dx ? box.width / 2 / Math.abs(dx) : Infinity, dy ? box.height / 2 / Math.abs(dy) : Infinity);
        return [x + dx * t, y + dy * t];
      };
      const [x0, y0] = exit(A, ax, ay), [x1, y1] = exit(B, bx, by);
      const color = e.feedback ? '#c0392b' : shared(e) ? '#8a8f98' : '#5b6b80';
      const m = max[shared(e) ? 1 : 0], width = 1 + 4 * (m > 0 ? e.weight / m : 0);
      const g = svgEl('g', { id: 'e' + k, class: 'edge loose' });
      g.append(svgEl('title', {}));
      g.append(svgEl('path', { d: 'M' + x0 + ',' + y0 + ' Q' + cx + ',' + cy + ' ' + x1 + ',' + y1, fill: 'none', stroke: color, 'stroke-width': width, 'stroke-dasharray': '5,3' }));
      // The arrowhead, along the curve's last tangent.
      const tl = Math.hypot(x1 - cx, y1 - cy) || 1, ux = (x1 - cx) / tl, uy = (y1 - cy) / tl, h = 7, w = 3.5;
      g.append(svgEl('polygon', { points: [[x1, y1], [x1 - ux * h - uy * w, y1 - uy * h + ux * w], [x1 - ux * h + uy * w, y1 - uy * h - ux * w]].map((p) => p.join(',')).join(' '), fill: color, stroke: color }));
      graph.insertBefore(g, firstNode);
    });
  }
  // Which edges are drawn: the `shown` first by rank (data.map.default_edges by default), and
  // every edge to cut when that box is ticked.
  const map = { shown: data.map.default_edges, scale: 1 };
  function countEdges() {
    const n = document.querySelectorAll('#map-svg .edge:not(.off)').length;
    $('#map-edges-count').textContent = n + ' of ' + edges.length + ' edges drawn';
  }
  function filterEdges() {
    const cuts = $('#map-cuts').checked;
    edges.forEach((e, k) => {
      const g = document.getElementById('e' + k);
      if (g) g.classList.toggle('off', !(e.rank < map.shown || (cuts && e.feedback)));
    });
    $('#map-edges').value = String(map.shown);
    countEdges();
  }
  // By default the scale (CSS px per SVG unit) fits the panel's width, but never so small that
  // the smallest label is below 12 px: then the map scrolls. "Whole map" fits it all.
  function zoomMap(scale) {
    const svg = $('#map-svg svg');
    if (!svg) return;
    const vb = svg.viewBox.baseVal;
    map.scale = scale;
    svg.style.width = vb.width * scale + 'px';
    svg.style.height = vb.height * scale + 'px';
  }
  function fitMap(whole) {
    const svg = $('#map-svg svg');
    if (!svg) return;
    let smallest = Infinity;
    for (const t of svg.querySelectorAll('text')) smallest = Math.min(smallest, parseFloat(t.getAttribute('font-size')) || 14);
    const readable = 12 / (smallest === Infinity ? 14 : smallest);
    const box = $('#map-svg'), vb = svg.viewBox.baseVal;
    const fit = (box.clientWidth - 14) / vb.width;
    if (whole) zoomMap(Math.min(fit, (box.clientHeight - 14) / vb.height));
    else zoomMap(Math.max(readable, Math.min(4 / 3, fit)));
  }
  function wireMap() {
    addLooseEdges();
    const setTitle = (id, text) => { const t = document.getElementById(id); if (t && t.querySelector('title')) t.querySelector('title').textContent = text; };
    services.forEach((s, i) => setTitle('s' + i, s.name + ': ' + count(s.metrics.units, 'unit', 'units') + ', ' + count(s.metrics.lines, 'line', 'lines')));
    setTitle('shared', 'shared library: ' + count(data.shared.units.length, 'unit', 'units') + ', ' + count(data.shared.files, 'file', 'files'));
    edges.forEach((e, k) => setTitle('e' + k, edgeName(e) + ': weight ' + fmt(e.weight, 1) + (e.feedback ? ', to cut' : '')));
    const activate = (g, label, fn) => {
      if (!g) return;
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', label);
      g.addEventListener('click', fn);
      g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); fn(); } });
    };
    services.forEach((s, i) => activate(document.getElementById('s' + i), 'service ' + s.name, () => selectService(i)));
    activate(document.getElementById('shared'), 'shared library', selectShared);
    edges.forEach((e, k) => activate(document.getElementById('e' + k), 'dependency ' + edgeName(e) + ', weight ' + fmt(e.weight, 1) + (e.feedback ? ', to cut' : ''), () => selectEdge(k)));
    const range = $('#map-edges');
    range.max = String(edges.length);
    range.addEventListener('input', () => { map.shown = Number(range.value); filterEdges(); });
    $('#map-cuts').addEventListener('change', filterEdges);
    const cutsLabel = $('#map-cuts-label');
    cutsLabel.hidden = !data.map.feedback_edges;
    cutsLabel.append(' (' + data.map.feedback_edges + ')');
    for (const b of document.querySelectorAll('[data-map]'))
      b.addEventListener('click', () => {
        const a = b.getAttribute('data-map');
        if (a === 'strongest' || a === 'all') { map.shown = a === 'all' ? edges.length : data.map.default_edges; filterEdges(); }
        if (a === 'zoom-in') zoomMap(map.scale * 1.25);
        if (a === 'zoom-out') zoomMap(map.scale / 1.25);
        if (a === 'whole' || a === 'readable') fitMap(a === 'whole');
      });
    filterEdges();
    fitMap(false);
  }

  // ---- Dependency matrix (canvas) -----------------------------------------------------------
  const dsm = { cell: 0, collapsed: [], rows: [], groupOf: [], cells: null, labelW: 180, headH: 8 };
  function dsmGroups() {
    const groups = services.map((s, i) => ({ name: s.name, service: i, units: s.units }));
    if (data.shared.units.length) groups.push({ name: 'shared library', service: -1, units: data.shared.units });
    return groups;
  }
  function dsmBuild() {
    const groups = dsm.groups;
    const rows = [];
    const rowOfUnit = new Int32Array(units.length).fill(-1);
    groups.forEach((g, gi) => {
      if (dsm.collapsed[gi]) {
        for (const u of g.units) rowOfUnit[u] = rows.length;
        rows.push({ group: gi, unit: -1 });
      } else {
        rows.push({ group: gi, unit: -2 }); // The group's header row.
        for (const u of g.units) { rowOfUnit[u] = rows.length; rows.push({ group: gi, unit: u }); }
      }
    });
    const cells = new Map();
    for (const a of data.arcs) {
      const r = rowOfUnit[a[0]], c = rowOfUnit[a[1]];
      if (r < 0 || c < 0 || r === c) continue;
      const key = r * rows.length + c;
      cells.set(key, (cells.get(key) || 0) + a[2]);
    }
    let max = 0;
    for (const v of cells.values()) max = Math.max(max, v);
    dsm.rows = rows;
    dsm.cells = cells;
    dsm.max = max;
    if (!dsm.cell) dsm.cell = Math.max(3, Math.min(18, Math.floor(900 / Math.max(1, rows.length))));
    const size = dsm.labelW + rows.length * dsm.cell + 20;
    const sizer = $('.dsm-sizer');
    sizer.style.width = size + 'px';
    sizer.style.height = dsm.headH + rows.length * dsm.cell + 20 + 'px';
    $('.dsm-info').textContent = rows.length + ' rows, ' + cells.size + ' non-empty cells';
  }
  function cssVar(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }
  function dsmDraw() {
    const scroll = $('.dsm-scroll');
    const canvas = $('#dsm-canvas');
    const w = scroll.clientWidth, h = scroll.clientHeight;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
      canvas.width = Math.round(w * ratio);
      canvas.height = Math.round(h * ratio);
      canvas.style.width = w + 'px';
      canvas.style.height = h + 'px';
    }
    const ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const colors = { bg: cssVar('--bg'), fg: cssVar('--fg'), muted: cssVar('--muted'), group: cssVar('--group'), cross: cssVar('--cross'), intra: cssVar('--intra'), shared: cssVar('--muted'), border: cssVar('--border') };
    ctx.fillStyle = colors.bg;
    ctx.fillRect(0, 0, w, h);
    const cs = dsm.cell, L = dsm.labelW, T = dsm.headH;
    const x0 = scroll.scrollLeft, y0 = scroll.scrollTop;
    const n = dsm.rows.length;
    const firstRow = Math.max(0, Math.floor(y0 / cs)), lastRow = Math.min(n - 1, Math.ceil((y0 + h) / cs));
    const firstCol = Math.max(0, Math.floor(x0 / cs)), lastCol = Math.min(n - 1, Math.ceil((x0 + w - L) / cs));
    // Diagonal blocks: one per group.
    ctx.fillStyle = colors.group;
    let start = 0;
    for (let r = 0; r <= n; r++) {
      if (r === n || (r > start && dsm.rows[r].group !== dsm.rows[start].group)) {
        const px = L + start * cs - x0, py = T + start * cs - y0, len = (r - start) * cs;
        if (px < w && py < h && px + len > L && py + len > T) ctx.fillRect(px, py, len, len);
        start = r;
      }
    }
    // Cells.
    for (const [key, v] of dsm.cells) {
      const r = Math.floor(key / n), c = key - r * n;
      if (r < firstRow || r > lastRow || c < firstCol || c > lastCol) continue;
      const gr = dsm.rows[r].group, gc = dsm.rows[c].group;
      const shared = dsm.groups[gr].service < 0 || dsm.groups[gc].service < 0;
      ctx.globalAlpha = 0.35 + 0.65 * Math.log1p(v) / Math.log1p(dsm.max || 1);
      ctx.fillStyle = gr === gc ? colors.intra : shared ? colors.shared : colors.cross;
      const inset = cs >= 6 ? 1 : 0;
      ctx.fillRect(L + c * cs - x0 + inset, T + r * cs - y0 + inset, cs - 2 * inset, cs - 2 * inset);
    }
    ctx.globalAlpha = 1;
    // Row labels (a fixed column on the left).
    ctx.fillStyle = colors.bg;
    ctx.fillRect(0, 0, L, h);
    ctx.strokeStyle = colors.border;
    ctx.beginPath();
    ctx.moveTo(L - 0.5, 0);
    ctx.lineTo(L - 0.5, h);
    ctx.stroke();
    if (cs >= 8) {
      ctx.font = Math.min(12, cs - 2) + 'px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      for (let r = firstRow; r <= lastRow; r++) {
        const row = dsm.rows[r];
        const g = dsm.groups[row.group];
        const header = row.unit < 0;
        const label = header ? (dsm.collapsed[row.group] ? '\u25b8 ' : '\u25be ') + g.name + ' (' + g.units.length + ')' : '  ' + units[row.unit][0];
        ctx.fillStyle = header ? colors.fg : colors.muted;
        ctx.fillText(fit(ctx, label, L - 6), 4, T + r * cs - y0 + cs / 2);
      }
    } else {
      for (let r = firstRow; r <= lastRow; r++) {
        if (dsm.rows[r].unit >= 0) continue;
        ctx.fillStyle = colors.muted;
        ctx.fillRect(2, T + r * cs - y0, L - 4, Math.max(1, cs));
      }
    }
    if (perf.dsmFirstPaint === null) perf.dsmFirstPaint = performance.now();
  }
  function fit(ctx, text, width) {
    if (ctx.measureText(text).width <= width) return text;
    let lo = 0, hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ctx.measureText('\u2026' + text.slice(text.length - mid)).width <= width) lo = mid; else hi = mid - 1;
    }
    return '\u2026' + text.slice(text.length - lo);
  }
  function dsmHit(ev) {
    const scroll = $('.dsm-scroll');
    const rect = scroll.getBoundingClientRect();
    const x = ev.clientX - rect.left + scroll.scrollLeft, y = ev.clientY - rect.top + scroll.scrollTop;
    const r = Math.floor((y - dsm.headH) / dsm.cell);
    const inLabels = ev.clientX - rect.left < dsm.labelW;
    const c = Math.floor((x - dsm.labelW) / dsm.cell);
    if (r < 0 || r >= dsm.rows.length) return null;
    return { r, c: inLabels ? -1 : c };
  }
  function rowName(row) {
    return row.unit >= 0 ? units[row.unit][0] : dsm.groups[row.group].name;
  }
  let dsmPending = false;
  function dsmRedraw() {
    if (dsmPending) return;
    dsmPending = true;
    requestAnimationFrame(() => { dsmPending = false; dsmDraw(); });
  }
  function initDsm() {
    dsm.groups = dsmGroups();
    // Large projects start collapsed to one row per service; small ones fully expanded.
    const collapse = units.length > 300;
    dsm.collapsed = dsm.groups.map(() => collapse);
    dsmBuild();
    const scroll = $('.dsm-scroll');
    scroll.addEventListener('scroll', dsmRedraw, { passive: true });
    window.addEventListener('resize', dsmRedraw);
    scroll.addEventListener('click', (ev) => {
      const hit = dsmHit(ev);
      if (!hit) return;
      const row = dsm.rows[hit.r];
      if (hit.c < 0) {
        if (row.unit < 0) { dsm.collapsed[row.group] = !dsm.collapsed[row.group]; dsmBuild(); dsmRedraw(); }
        return;
      }
      if (hit.c >= dsm.rows.length) return;
      const v = dsm.cells.get(hit.r * dsm.rows.length + hit.c);
      $('.dsm-info').textContent = rowName(row) + ' \u2192 ' + rowName(dsm.rows[hit.c]) + ': ' + (v ? 'weight ' + fmt(v, 2) : 'no dependency');
    });
    scroll.addEventListener('mousemove', (ev) => {
      const hit = dsmHit(ev);
      scroll.title = hit ? rowName(dsm.rows[hit.r]) + (hit.c >= 0 && hit.c < dsm.rows.length ? ' \u2192 ' + rowName(dsm.rows[hit.c]) : '') : '';
    });
    for (const b of document.querySelectorAll('[data-dsm]'))
      b.addEventListener('click', () => {
        const a = b.getAttribute('data-dsm');
        if (a === 'expand' || a === 'collapse') dsm.collapsed = dsm.groups.map(() => a === 'collapse');
        if (a === 'zoom-in') dsm.cell = Math.min(40, Math.ceil(dsm.cell * 1.5));
        if (a === 'zoom-out') dsm.cell = Math.max(1, Math.floor(dsm.cell / 1.5));
        dsmBuild();
        dsmRedraw();
      });
    dsmDraw();
  }

  // ---- Hotspots -----------------------------------------------------------------------------
  // The list is a triage list, ranked by benefit (score) over effort; it can also be sorted by
  // benefit alone (largest first) or effort alone (cheapest first).
  const hs = { key: 'rank', dir: 1, shown: 100 };
  const hsFirstDir = { score: -1, priority: -1, effort: 1 };
  function renderHotspots() {
    const body = $('#hotspots .hotspot-body');
    body.replaceChildren();
    if (!data.has_hotspots) {
      body.append(el('p', { class: 'hint', text: 'Hotspots were not computed for this run.' }));
      $('#hotspots .hotspot-controls').hidden = true;
      return;
    }
    const q = $('#hotspot-filter').value.trim().toLowerCase();
    const kind = $('#hotspot-kind').value;
    let list = data.hotspots.filter((h) => (!kind || h.kind === kind) && (!q || [h.kind, h.action, h.message, h.services.join(' '), h.entities.join(' '), h.at.map((l) => l[0] + ':' + l[1]).join(' ')].join('\n').toLowerCase().includes(q)));
    const key = hs.key, dir = hs.dir;
    const value = (h) => (key === 'entities' ? h.entities.join(', ') : key === 'at' ? (h.at[0] ? h.at[0][0] + ':' + String(h.at[0][1]).padStart(8, '0') : '') : h[key]);
    list = list.slice().sort((a, b) => { const x = value(a), y = value(b); return (x < y ? -1 : x > y ? 1 : 0) * dir; });
    $('#hotspots .hotspot-count').textContent = list.length + ' of ' + data.hotspots.length + (data.hotspots_omitted ? ' (' + data.hotspots_omitted + ' lower-ranked left out: at most 2 per unit)' : '');
    if (!data.hotspots.length) { body.append(el('p', { class: 'hint', text: 'No hotspots found.' })); return; }
    const cols = [['rank', '#', true], ['score', 'benefit', true], ['effort', 'effort', true], ['kind', 'kind'], ['entities', 'entities'], ['at', 'locations'], ['action', 'action'], ['message', 'message']];
    const tr = el('tr');
    for (const [k, label, num] of cols) {
      const th = el('th', { class: 'sortable' + (num ? ' num' : '') + (hs.key === k ? (hs.dir > 0 ? ' sorted-asc' : ' sorted-desc') : ''), text: label, onclick: () => { if (hs.key === k) hs.dir = -hs.dir; else { hs.key = k; hs.dir = hsFirstDir[k] || 1; } renderHotspots(); } });
      tr.append(th);
    }
    const tbody = el('tbody');
    for (const h of list.slice(0, hs.shown))
      tbody.append(el('tr', null, numTd(String(h.rank)), el('td', { class: 'num', title: 'coupling weight ' + fmt(h.weight, 2) + ' x severity; rank = benefit / effort = ' + fmt(h.priority, 2), text: fmt(h.score, 2) }),
        el('td', { class: 'num', title: 'effort ' + fmt(h.effort, 2) + ' = 1 + ln(1 + use sites) + ln(1 + files)', text: count(h.use_sites, 'site', 'sites') + ', ' + count(h.files_touched, 'file', 'files') }),
        el('td', { class: 'kind', text: h.kind }), el('td', { class: 'mono', title: h.entities.join('\n'), text: h.entities.slice(0, 4).join(', ') + (h.entities.length > 4 ? ' +' + (h.entities.length - 4) : '') }), el('td', null, locs(h.at, 4)), el('td', { text: h.action }),
        hotspotMessage(h)));
    body.append(el('table', { class: 'hotspots' }, el('thead', null, tr), tbody));
    if (list.length > hs.shown)
      body.append(el('button', { type: 'button', class: 'more', text: 'Show ' + Math.min(500, list.length - hs.shown) + ' more of ' + (list.length - hs.shown), onclick: () => { hs.shown += 500; renderHotspots(); } }));
  }
  // The message, and for a coupling between two services (cross-service, a cycle's cut) a link
  // to every symbol-level dependency behind that service edge, on the service map.
  function hotspotMessage(h) {
    const td = el('td', { title: count(h.edges, 'symbol edge', 'symbol edges') + '; decomposition.json lists the heaviest with their locations', text: h.message });
    if (h.service_edge >= 0)
      td.append(' ', el('button', { type: 'button', class: 'linklike hotspot-edges', text: 'dependencies \u2192', onclick: () => { selectEdge(h.service_edge); $('#map').scrollIntoView(); } }));
    return td;
  }
  function initHotspots() {
    const kinds = [...new Set(data.hotspots.map((h) => h.kind))].sort();
    const sel = $('#hotspot-kind');
    for (const k of kinds) sel.append(el('option', { value: k, text: k }));
    let t = 0;
    $('#hotspot-filter').addEventListener('input', () => { clearTimeout(t); t = setTimeout(() => { hs.shown = 100; renderHotspots(); }, 120); });
    sel.addEventListener('change', () => { hs.shown = 100; renderHotspots(); });
    renderHotspots();
  }

  // ---- Search -------------------------------------------------------------------------------
  let unitIndex = null, entityIndex = null;
  function search(q) {
    const section = $('#search-results');
    const out = $('.results', section);
    out.replaceChildren();
    q = q.trim().toLowerCase();
    section.hidden = !q;
    if (!q) return;
    if (!unitIndex) {
      unitIndex = units.map((u) => u[0].toLowerCase());
      entityIndex = data.entities.map((e) => e[0].toLowerCase());
    }
    const limit = 100;
    const hitsU = [], hitsE = [];
    for (let i = 0; i < unitIndex.length && hitsU.length < limit; i++) if (unitIndex[i].includes(q)) hitsU.push(i);
    for (let i = 0; i < entityIndex.length && hitsE.length < limit; i++) if (entityIndex[i].includes(q)) hitsE.push(i);
    const goService = (s) => () => { if (s >= 0) { selectService(s); $('#map').scrollIntoView(); } };
    out.append(el('div', null, el('h3', { text: 'Units (' + hitsU.length + (hitsU.length === limit ? '+' : '') + ')' }),
      el('ol', null, ...hitsU.map((i) => el('li', null, el('button', { type: 'button', class: 'linklike mono', onclick: goService(units[i][1]), text: units[i][0] }), ' ', el('span', { class: 'hint', text: serviceName(units[i][1]) }))))));
    out.append(el('div', null, el('h3', { text: 'Entities (' + hitsE.length + (hitsE.length === limit ? '+' : '') + ')' }),
      el('ol', null, ...hitsE.map((i) => {
        const e = data.entities[i];
        const s = e[4] >= 0 ? units[e[4]][1] : -2;
        return el('li', null, el('button', { type: 'button', class: 'linklike mono', onclick: goService(s), text: e[0] }), ' ', el('span', { class: 'hint', text: e[1] + ', ' + serviceName(s) + ', ' }), loc(e[2], e[3]));
      }))));
  }
  function initSearch() {
    let t = 0;
    const input = $('#search-input');
    input.addEventListener('input', () => { clearTimeout(t); t = setTimeout(() => search(input.value), 120); });
  }

  // ---- Diagnostics --------------------------------------------------------------------------
  function renderDiagnostics() {
    const body = $('#diagnostics .diag-body');
    if (!data.bad_tus.length) body.append(el('p', { text: 'Every translation unit parsed without errors (' + data.counts.tus + ' TUs).' }));
    else {
      body.append(el('h3', { text: 'Translation units with errors' }));
      body.append(table(['file', 'status', { label: 'errors', num: true }], data.bad_tus.map((t) => [loc(t[0], 0), t[1], numTd(t[2])])));
    }
    if (data.diagnostics.length) {
      body.append(el('h3', { text: 'Diagnostics' + (data.diagnostics_total > data.diagnostics.length ? ' (first ' + data.diagnostics.length + ' of ' + data.diagnostics_total + ')' : '') }));
      body.append(table(['where', 'severity', 'message'], data.diagnostics.map((d) => [loc(d[0], d[1]), d[2], el('span', { class: 'mono', text: d[3] })])));
    }
  }

  // Each step's end time (ms since navigation start), for bench/report_bench.sh.
  perf.steps = { parsed: performance.now() };
  const step = (name, fn) => { fn(); perf.steps[name] = performance.now(); };
  step('overview', renderOverview);
  step('map', wireMap);
  step('hotspots', initHotspots);
  step('search', initSearch);
  step('diagnostics', renderDiagnostics);
  step('matrix', initDsm);
})();
