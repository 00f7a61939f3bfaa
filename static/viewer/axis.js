// The time axis (wide screens): intervals as bars, points as dots, zoom and pan, clusters when crowded.
import { h } from './dom.js';
import { MONTHS, DAY } from './dates.js';

const STEPS = [['d', 1], ['d', 2], ['d', 7], ['m', 1], ['m', 3], ['m', 6], ['y', 1], ['y', 2], ['y', 5], ['y', 10],
  ['y', 25], ['y', 50], ['y', 100], ['y', 250], ['y', 500], ['y', 1000]];
const UNIT = { d: DAY, m: 30.44 * DAY, y: 365.25 * DAY };
const TICK_GAP = 90; // CSS px between tick labels at least
const FONT = '13px system-ui, sans-serif';
const SMALL_FONT = '11px system-ui, sans-serif';
const ROW = 22; // height of the cluster row and of the tick row

function ticks(v0, v1, width) {
  const perPx = (v1 - v0) / width;
  const [unit, n] = STEPS.find(([u, k]) => (UNIT[u] * k) / perPx >= TICK_GAP) || STEPS[STEPS.length - 1];
  const start = new Date(v0);
  let y = start.getUTCFullYear(), m = start.getUTCMonth(), d = start.getUTCDate();
  if (unit === 'y') { y = Math.floor(y / n) * n; m = 0; d = 1; }
  if (unit === 'm') { m = Math.floor(m / n) * n; d = 1; }
  const out = [];
  for (let guard = 0; guard < 400; guard++) {
    const date = new Date(Date.UTC(2000, m, d)); // 2000 then the real year: Date.UTC reads 0-99 as 1900-1999
    date.setUTCFullYear(date.getUTCFullYear() - 2000 + y);
    const t = date.getTime();
    if (t > v1) break;
    const month = MONTHS[date.getUTCMonth()].slice(0, 3);
    const label = unit === 'y' ? String(date.getUTCFullYear()) : unit === 'm' ? `${month} ${date.getUTCFullYear()}` : `${month} ${date.getUTCDate()}`;
    if (t >= v0) out.push([t, label]);
    if (unit === 'y') y += n; else if (unit === 'm') m += n; else d += n;
  }
  return out;
}

export class Axis {
  constructor(options, { onSelect }) {
    this.options = options;
    this.onSelect = onSelect;
    this.events = [];
    this.selected = null;
    this.canvas = h('canvas', { 'aria-hidden': 'true' });
    this.probe = h('span', { class: 'tl-probe', 'aria-hidden': 'true' });
    // Symbols get a name; words are their own name.
    const button = (label, text, action) => h('button', { type: 'button', 'aria-label': label === text ? null : label, title: label, onclick: action }, text);
    this.element = h('div', { class: 'tl-axis' },
      h('div', { class: 'tl-axis-tools' },
        button('Zoom in', '+', () => this.zoom(this.options.zoomStep)),
        button('Zoom out', '−', () => this.zoom(1 / this.options.zoomStep)),
        button('Show all', 'Show all', () => this.fit()),
        h('span', { class: 'tl-hint', id: 'tl-axis-help' }, 'Axis: arrow keys pan, + and − zoom, 0 shows all. Click an event to read it.')),
      h('div', { class: 'tl-axis-view', tabindex: 0, role: 'region', 'aria-label': 'Time axis', 'aria-describedby': 'tl-axis-help',
        onkeydown: (event) => this.keydown(event) }, this.canvas),
      this.probe);
    this.bindPointer();
    new ResizeObserver(() => this.resize()).observe(this.element);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => { this.colours = null; this.draw(); });
  }

  /** Show these events (sorted by start, longer first, so that containers sit above what they contain). */
  setEvents(events) {
    this.events = [...events].sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1);
    this.fit();
  }

  fit() {
    if (!this.events.length) { this.view = [0, DAY]; this.draw(); return; }
    const t0 = Math.min(...this.events.map((e) => e.t0)), t1 = Math.max(...this.events.map((e) => e.t1));
    const pad = Math.max((t1 - t0) * 0.04, DAY);
    // Room on the right for the label of the last event.
    const labels = ((t1 - t0 + 2 * pad) * this.options.labelWidth) / Math.max((this.width || 1000) - this.options.labelWidth, 1);
    this.domain = [t0 - pad, t1 + pad + labels];
    this.view = [...this.domain];
    this.draw();
  }

  select(event) {
    this.selected = event;
    if (!event || !this.view) return this.draw();
    const [v0, v1] = this.view;
    if (event.t0 < v0 || event.t0 > v1) this.panTo(event.t0);
    else this.draw();
  }

  panTo(t) {
    const half = (this.view[1] - this.view[0]) / 2;
    this.view = [t - half, t + half];
    this.draw();
  }

  zoom(factor, at = (this.view[0] + this.view[1]) / 2) {
    const [v0, v1] = this.view;
    const span = Math.min(Math.max((v1 - v0) / factor, this.options.minSpan), (this.domain[1] - this.domain[0]) * 2);
    const share = (at - v0) / (v1 - v0);
    this.view = [at - share * span, at + (1 - share) * span];
    this.draw();
  }

  pan(share) {
    const shift = (this.view[1] - this.view[0]) * share;
    this.view = [this.view[0] + shift, this.view[1] + shift];
    this.draw();
  }

  keydown(event) {
    const actions = { ArrowLeft: () => this.pan(-this.options.panStep), ArrowRight: () => this.pan(this.options.panStep),
      '+': () => this.zoom(this.options.zoomStep), '=': () => this.zoom(this.options.zoomStep),
      '-': () => this.zoom(1 / this.options.zoomStep), '0': () => this.fit() };
    const action = actions[event.key];
    if (action) { event.preventDefault(); action(); }
  }

  timeAt(x) {
    return this.view[0] + (x / this.width) * (this.view[1] - this.view[0]);
  }

  bindPointer() {
    let drag = null;
    const canvas = this.canvas;
    canvas.addEventListener('wheel', (event) => {
      event.preventDefault();
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) this.pan(event.deltaX / this.width);
      else this.zoom(Math.exp(-event.deltaY / 300), this.timeAt(event.offsetX));
    }, { passive: false });
    canvas.addEventListener('pointerdown', (event) => {
      drag = { x: event.clientX, view: [...this.view], moved: false };
      canvas.setPointerCapture(event.pointerId);
    });
    canvas.addEventListener('pointermove', (event) => {
      if (drag) {
        const dx = event.clientX - drag.x;
        if (Math.abs(dx) > 3) drag.moved = true;
        const shift = (dx / this.width) * (drag.view[1] - drag.view[0]);
        this.view = [drag.view[0] - shift, drag.view[1] - shift];
        this.draw();
      } else {
        const hit = this.hitAt(event.offsetX, event.offsetY);
        canvas.style.cursor = hit ? 'pointer' : 'grab';
        canvas.title = hit?.event ? `${hit.event.when}: ${hit.event.headline}` : hit ? `${hit.count} more events: click to zoom in` : '';
      }
    });
    canvas.addEventListener('pointerup', (event) => {
      const moved = drag?.moved;
      drag = null;
      if (moved) return;
      const hit = this.hitAt(event.offsetX, event.offsetY);
      if (hit?.event) this.onSelect(hit.event.id);
      else if (hit) this.zoom(this.options.zoomStep * 2, hit.t);
    });
  }

  hitAt(x, y) {
    return this.hits?.find((hit) => x >= hit.x0 - 3 && x <= hit.x1 + 3 && y >= hit.y0 && y <= hit.y1);
  }

  resize() {
    const dpr = window.devicePixelRatio || 1;
    const { laneHeight, maxLanes } = this.options;
    const first = !this.width;
    this.width = this.canvas.parentElement.clientWidth;
    this.height = 8 + maxLanes * laneHeight + ROW * 2;
    Object.assign(this.canvas, { width: Math.round(this.width * dpr), height: Math.round(this.height * dpr) });
    this.canvas.style.height = `${this.height}px`;
    this.ctx = this.canvas.getContext('2d');
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    if (first && this.width) this.fit(); // the label room depends on the width
    this.draw(true);
  }

  measure(event) {
    // The headline, shortened with an ellipsis to the label width; measured once per event.
    let label = event.headline;
    for (let n = label.length; n > 1 && this.ctx.measureText(label).width > this.options.labelWidth; n = Math.floor(n * 0.9)) {
      label = `${event.headline.slice(0, n - 1).trimEnd()}…`;
    }
    event.label = label;
    event.labelWidth = this.ctx.measureText(label).width;
  }

  readColours() {
    // Colours come from the stylesheet (theme, accent, group classes) through a hidden probe.
    const read = (name) => { this.probe.className = `tl-probe ${name}`; return getComputedStyle(this.probe).color; };
    this.colours = { fg: read('c-fg'), muted: read('c-muted'), grid: read('c-grid'), bg: read('c-bg'), accent: read('c-accent'),
      groups: Array.from({ length: this.options.groupColours }, (_, i) => read(`g${i}`)) };
  }

  draw(now = false) {
    if (now !== true) {
      if (!this.pending) this.pending = requestAnimationFrame(() => { this.pending = 0; this.draw(true); });
      return;
    }
    if (!this.ctx || !this.width || !this.view) return;
    if (!this.colours) this.readColours();
    const { ctx, width, height, colours } = this;
    const { laneHeight, maxLanes, labelWidth, clusterWidth, groupColours } = this.options;
    const [v0, v1] = this.view;
    const scale = width / (v1 - v0);
    const x = (t) => (t - v0) * scale;
    ctx.clearRect(0, 0, width, height);
    ctx.font = FONT;
    ctx.textBaseline = 'middle';
    const tickY = height - ROW;
    for (const [t, label] of ticks(v0, v1, width)) {
      ctx.fillStyle = colours.grid;
      ctx.fillRect(Math.round(x(t)), 0, 1, tickY);
      ctx.fillStyle = colours.muted;
      ctx.fillText(label, x(t) + 4, tickY + ROW / 2);
    }
    ctx.fillStyle = colours.grid;
    ctx.fillRect(0, tickY, width, 1);
    const laneEnds = new Array(maxLanes).fill(-Infinity);
    const clusters = new Map();
    const lanes = new Map();
    let spanning = 0;
    this.hits = [];
    for (const event of this.events) {
      if (event.t1 < v0 || event.t0 > v1) continue;
      const x0 = x(event.t0), x1 = x(event.t1);
      if (x0 <= 0 && x1 >= width) {
        // Spans the whole view: context, drawn as a thin line above the lanes rather than taking one.
        if (spanning < 2) {
          ctx.fillStyle = colours.groups[event.group.index % groupColours];
          ctx.fillRect(0, 1 + spanning * 4, width, 2);
        }
        spanning += 1;
        continue;
      }
      const point = x1 - x0 < 10;
      if (event.label === undefined) this.measure(event);
      // A label that does not fit in its bar goes after it.
      const inside = !point && x1 - x0 >= event.labelWidth + 12;
      const start = point ? x0 - 6 : x0;
      const end = inside ? x1 : (point ? x0 : x1) + 10 + event.labelWidth;
      // What an event contains goes below it, so that containment reads at a glance.
      const below = event.parent ? (lanes.get(event.parent) ?? -1) + 1 : 0;
      const lane = laneEnds.findIndex((laneEnd, index) => index >= below && laneEnd < start);
      if (lane < 0) {
        const bucket = Math.floor(Math.max(0, x0) / clusterWidth);
        const cluster = clusters.get(bucket) || { count: 0, t: event.t0 };
        cluster.count += 1;
        clusters.set(bucket, cluster);
        continue;
      }
      laneEnds[lane] = end + 6;
      lanes.set(event, lane);
      const y = 8 + lane * laneHeight;
      const colour = colours.groups[event.group.index % groupColours];
      const selected = this.selected?.id === event.id;
      ctx.fillStyle = colour;
      if (point) {
        ctx.beginPath();
        ctx.arc(x0, y + laneHeight / 2 - 2, 5, 0, Math.PI * 2);
        ctx.fill();
      } else {
        const left = Math.max(x0, -2), right = Math.min(x1, width + 2);
        ctx.globalAlpha = 0.22;
        ctx.fillRect(left, y, right - left, laneHeight - 4);
        ctx.globalAlpha = 1;
        ctx.fillRect(left, y, 3, laneHeight - 4);
        ctx.fillRect(left, y + laneHeight - 6, right - left, 2);
      }
      const textX = inside ? Math.max(x0, 0) + 7 : (point ? x0 : x1) + 9;
      if (selected) {
        ctx.strokeStyle = colours.accent;
        ctx.lineWidth = 2;
        ctx.strokeRect(start - 2, y - 2, end - start + 4, laneHeight);
      }
      ctx.fillStyle = colours.fg;
      ctx.save();
      ctx.beginPath();
      ctx.rect(textX, y, inside ? Math.max(0, Math.min(x1, width) - textX - 2) : labelWidth, laneHeight);
      ctx.clip();
      ctx.fillText(inside ? event.headline : event.label, textX, y + laneHeight / 2 - 2); // inside: clipped to the bar
      ctx.restore();
      this.hits.push({ x0: start, x1: end, y0: y, y1: y + laneHeight, event });
    }
    // Crowded events: a count per bucket, shaded by density (counts of thousands shortened).
    const clusterY = 8 + maxLanes * laneHeight;
    const most = Math.max(1, ...[...clusters.values()].map((cluster) => cluster.count));
    ctx.font = SMALL_FONT;
    for (const [bucket, cluster] of clusters) {
      const cx = bucket * clusterWidth;
      ctx.fillStyle = colours.grid;
      ctx.globalAlpha = 0.35 + (0.65 * cluster.count) / most;
      ctx.fillRect(cx + 1, clusterY, clusterWidth - 2, ROW - 4);
      ctx.globalAlpha = 1;
      ctx.fillStyle = colours.fg;
      const text = cluster.count >= 1000 ? `${(cluster.count / 1000).toFixed(1)}k` : `+${cluster.count}`;
      ctx.fillText(text, cx + 3, clusterY + (ROW - 4) / 2, clusterWidth - 6);
      this.hits.push({ x0: cx, x1: cx + clusterWidth, y0: clusterY, y1: clusterY + ROW, count: cluster.count, t: cluster.t });
    }
  }
}
