// The time axis, on a scale that cuts long empty stretches (scale.js). Wide screens: events in lanes with
// labels that never overlap, zoom and pan, a chip for what does not fit. Narrow screens and small embeds:
// a compact strip of the whole timeline with the reader's place. Both: previous and next event.
import { h } from './dom.js';
import { MONTHS, DAY, yearTime } from './dates.js';
import { TimeScale } from './scale.js';

const STEPS = [['d', 1], ['d', 2], ['d', 7], ['m', 1], ['m', 3], ['m', 6], ['y', 1], ['y', 2], ['y', 5], ['y', 10],
  ['y', 25], ['y', 50], ['y', 100], ['y', 250], ['y', 500], ['y', 1000], ['y', 2500], ['y', 5000]];
const UNIT = { d: DAY, m: 30.44 * DAY, y: 365.25 * DAY };
const TICK_GAP = 90; // CSS px between tick labels at least
const FONT = '13px system-ui, sans-serif'; // the labels' font in viewer.css, to measure them
const SMALL_FONT = '12px system-ui, sans-serif';
const ROW = 22; // height of the tick row
const CHIPS = 30; // height of the chip row
const STRIP = 24; // height of the compact strip's events
const LIST_MAX = 30; // a chip lists up to this many events; more, and it zooms in on them

/** A year for readers: the astronomical year -489 is 490 BC. */
const yearLabel = (year) => (year > 0 ? String(year) : `${1 - year} BC`);

function ticks(t0, t1, perPx) {
  // Round dates between t0 and t1 at least TICK_GAP px apart, as [time, label].
  const [unit, n] = STEPS.find(([u, k]) => (UNIT[u] * k) / perPx >= TICK_GAP) || STEPS[STEPS.length - 1];
  const first = new Date(t0);
  const out = [];
  if (unit === 'y') {
    // Round years on both sides of the era: 2000, 1900 ... and 100 BC, 200 BC (astronomical 1 - 100 ...).
    const y0 = first.getUTCFullYear(), y1 = new Date(t1).getUTCFullYear() + 1;
    for (let b = Math.floor((1 - y0) / n) * n; b >= n && out.length < 200; b -= n) out.push(1 - b);
    for (let y = Math.max(n, Math.ceil(y0 / n) * n); y <= y1 && out.length < 400; y += n) out.push(y);
    return out.map((y) => [yearTime(y), yearLabel(y)]).filter(([t]) => t >= t0 && t <= t1);
  }
  let y = first.getUTCFullYear(), m = first.getUTCMonth(), d = unit === 'm' ? 1 : first.getUTCDate();
  if (unit === 'm') m = Math.floor(m / n) * n;
  for (let guard = 0; guard < 400; guard++) {
    const t = yearTime(y, m, d);
    if (t > t1) break;
    const date = new Date(t), month = MONTHS[date.getUTCMonth()].slice(0, 3);
    if (t >= t0) out.push([t, unit === 'm' ? `${month} ${yearLabel(date.getUTCFullYear())}` : `${month} ${date.getUTCDate()}`]);
    if (unit === 'm') m += n; else d += n;
  }
  return out;
}

/** "133 years" or "8 months": the length of a cut stretch. */
function span(ms) {
  const years = Math.round(ms / UNIT.y), months = Math.round(ms / UNIT.m);
  return years >= 2 ? `${years} years` : months >= 2 ? `${months} months` : `${Math.round(ms / DAY)} days`;
}

export class Axis {
  constructor(options, all, { onSelect, onStep }) {
    this.options = options;
    this.onSelect = onSelect;
    this.scale = new TimeScale(all);
    for (const event of all) { event.u0 = this.scale.u(event.t0); event.u1 = this.scale.u(event.t1); }
    this.events = [];
    this.selected = null;
    this.canvas = h('canvas', { 'aria-hidden': 'true' });
    this.marks = h('div', { class: 'tl-axis-marks' });
    this.labels = new Map();
    this.chips = new Map();
    this.list = h('div', { class: 'tl-chip-list', id: 'tl-chip-list', hidden: true, onkeydown: (event) => event.key === 'Escape' && this.closeList(true) });
    this.probe = h('span', { class: 'tl-probe', 'aria-hidden': 'true' });
    // Symbols get a name; words are their own name.
    const button = (label, text, action, cls) => h('button', { type: 'button', class: cls, 'aria-label': label === text ? null : label, title: label, onclick: action }, text);
    this.prev = button('Previous event', '‹', () => onStep(-1), 'tl-step tl-prev');
    this.next = button('Next event', '›', () => onStep(1), 'tl-step tl-next');
    const breaks = this.scale.breaks.map((piece) => `${yearLabel(new Date(piece.t0).getUTCFullYear())} to ${yearLabel(new Date(piece.t1).getUTCFullYear())}`);
    this.view = null;
    this.element = h('div', { class: 'tl-axis' },
      this.prev,
      h('div', { class: 'tl-axis-view', tabindex: 0, role: 'region', 'aria-label': 'Time axis', 'aria-describedby': 'tl-axis-help',
        onkeydown: (event) => this.keydown(event) }, this.canvas, this.marks),
      this.next,
      h('div', { class: 'tl-axis-tools' },
        button('Zoom in', '+', () => this.zoom(this.options.zoomStep)),
        button('Zoom out', '−', () => this.zoom(1 / this.options.zoomStep)),
        button('Show all', 'Show all', () => this.fit()),
        h('span', { class: 'tl-hint', id: 'tl-axis-help' }, 'Arrow keys pan (on an event: previous, next), + and − zoom, 0 shows all.',
          breaks.length ? ` Not to scale: no events from ${breaks.join(', ')}.` : '')),
      this.list, this.probe);
    this.bindPointer();
    new ResizeObserver(() => this.resize()).observe(this.element);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => { this.colours = null; this.draw(); });
  }

  /** Compact (a strip of the whole timeline, no zoom) or wide (lanes of labelled events). */
  setCompact(compact) {
    this.compact = compact;
    this.element.classList.toggle('tl-compact', compact);
    this.closeList();
    this.width = 0;
    this.resize();
  }

  /** Show these events (sorted by start, longer first, so that containers sit above what they contain). */
  setEvents(events) {
    this.events = [...events].sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1);
    this.fit();
  }

  fit() {
    this.refit = true; // the lanes the whole timeline needs are counted at the next drawing
    this.setView(-0.02, 1.02);
  }

  setView(v0, v1) {
    this.view = [v0, v1];
    this.closeList();
    this.draw();
  }

  /** Mark the reader's event and bring it into view. */
  select(event) {
    if (event === this.selected || !this.view) return;
    this.selected = event;
    const [v0, v1] = this.view;
    if (event && (event.u0 < v0 || event.u0 > v1)) this.pan((event.u0 - (v0 + v1) / 2) / (v1 - v0));
    else this.draw();
  }

  zoom(factor, at = (this.view[0] + this.view[1]) / 2) {
    const [v0, v1] = this.view;
    // No narrower than a day where the axis is densest, no wider than twice the whole.
    const least = this.options.minSpan * Math.max(...this.scale.kept.map((piece) => piece.rate));
    const width = Math.min(Math.max((v1 - v0) / factor, least), 2.04);
    const share = (at - v0) / (v1 - v0);
    this.setView(at - share * width, at + (1 - share) * width);
  }

  pan(share) {
    const shift = (this.view[1] - this.view[0]) * share;
    this.setView(this.view[0] + shift, this.view[1] + shift);
  }

  keydown(event) {
    const step = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
    if (event.target.closest('.tl-axis-marks')) {
      // On a label or chip the arrows tell the story: the previous or next event.
      if (step) { event.preventDefault(); (step < 0 ? this.prev : this.next).click(); }
      return;
    }
    const actions = this.compact ? {} : { '+': () => this.zoom(this.options.zoomStep), '=': () => this.zoom(this.options.zoomStep),
      '-': () => this.zoom(1 / this.options.zoomStep), '0': () => this.fit() };
    // The compact strip shows everything: its arrows move through the events.
    const action = step ? () => (this.compact ? (step < 0 ? this.prev : this.next).click() : this.pan(step * this.options.panStep)) : actions[event.key];
    if (action) { event.preventDefault(); action(); }
  }

  x(u) {
    return ((u - this.view[0]) / (this.view[1] - this.view[0])) * this.width;
  }

  uAt(x) {
    return this.view[0] + (x / this.width) * (this.view[1] - this.view[0]);
  }

  bindPointer() {
    let drag = null;
    const canvas = this.canvas;
    canvas.addEventListener('wheel', (event) => {
      if (this.compact) return;
      event.preventDefault();
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) this.pan(event.deltaX / this.width);
      // clientX less the canvas's left edge kept from the last resize: offsetX would lay the page out again.
      else this.zoom(Math.exp(-event.deltaY / 300), this.uAt(event.clientX - this.left));
    }, { passive: false });
    canvas.addEventListener('pointerdown', (event) => {
      drag = { x: event.clientX, view: [...this.view], moved: false };
      canvas.setPointerCapture(event.pointerId);
    });
    canvas.addEventListener('pointermove', (event) => {
      if (drag && !this.compact) {
        const dx = event.clientX - drag.x;
        if (Math.abs(dx) > 3) drag.moved = true;
        const shift = (dx / this.width) * (drag.view[1] - drag.view[0]);
        this.setView(drag.view[0] - shift, drag.view[1] - shift);
      } else if (!drag) {
        const hit = this.hitAt(event.offsetX, event.offsetY);
        canvas.title = hit ? `${hit.when}: ${hit.headline}` : '';
      }
    });
    canvas.addEventListener('pointerup', (event) => {
      const moved = drag?.moved;
      drag = null;
      const hit = !moved && this.hitAt(event.offsetX, event.offsetY);
      if (hit) this.onSelect(hit.id);
    });
  }

  hitAt(x, y) {
    if (this.compact) {
      // The strip is thin: the event nearest the finger.
      let best = null, distance = 24;
      for (const event of this.events) {
        const d = Math.abs(this.x((event.u0 + event.u1) / 2) - x);
        if (d < distance) { best = event; distance = d; }
      }
      return best;
    }
    return this.hits?.find((hit) => x >= hit.x0 - 3 && x <= hit.x1 + 3 && y >= hit.y0 && y <= hit.y1)?.event;
  }

  resize() {
    const width = this.canvas.parentElement.clientWidth;
    if (!width || width === this.width) return;
    const dpr = window.devicePixelRatio || 1;
    const { laneHeight, maxLanes } = this.options;
    this.width = width;
    this.left = this.canvas.getBoundingClientRect().left;
    this.height = this.compact ? STRIP + ROW : 8 + (this.lanes || maxLanes) * laneHeight + CHIPS + ROW;
    Object.assign(this.canvas, { width: Math.round(this.width * dpr), height: Math.round(this.height * dpr) });
    this.canvas.style.height = `${this.height}px`;
    this.ctx = this.canvas.getContext('2d');
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.draw(true);
  }

  readColours() {
    // Colours come from the stylesheet (theme, accent, group classes) through a hidden probe.
    const read = (name) => { this.probe.className = `tl-probe ${name}`; return getComputedStyle(this.probe).color; };
    this.colours = { fg: read('c-fg'), muted: read('c-muted'), grid: read('c-grid'), accent: read('c-accent'),
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
    ctx.clearRect(0, 0, width, height);
    ctx.textBaseline = 'middle';
    const marks = this.drawTicks(height - ROW);
    if (this.compact) this.drawStrip();
    else marks.push(...this.drawLanes());
    if (this.refit && !this.compact) {
      // As many lanes as the whole timeline fills, so that a short one leaves no empty band.
      this.refit = false;
      const lanes = Math.max(2, this.used);
      if (lanes !== this.lanes) { this.lanes = lanes; this.width = 0; return this.resize(); }
    }
    // Keep the marks that stay (a focused label keeps its focus), add the new ones, drop the rest.
    const kept = new Set(marks);
    for (const node of [...this.marks.children]) if (!kept.has(node)) node.remove();
    for (const node of marks) if (!node.isConnected) this.marks.append(node);
  }

  drawTicks(tickY) {
    // Ticks of each kept stretch, labels only where they fit whole; a break mark over each cut stretch.
    const { ctx, width, colours, scale } = this;
    const [v0, v1] = this.view;
    const perU = width / (v1 - v0);
    const marks = [];
    let free = 0; // where the next tick label may start
    ctx.font = SMALL_FONT;
    scale.pieces.forEach((piece, i) => {
      const u0 = i ? Math.max(v0, piece.u0) : v0, u1 = i < scale.pieces.length - 1 ? Math.min(v1, piece.u1) : v1;
      if (u1 <= u0) return;
      if (piece.cut) {
        piece.mark ??= h('span', { class: 'tl-axis-break', title: `${span(piece.t1 - piece.t0)} without events, not to scale` });
        Object.assign(piece.mark.style, { left: `${this.x(u0)}px`, width: `${this.x(u1) - this.x(u0)}px` });
        marks.push(piece.mark);
        return;
      }
      const labelled = free;
      const right = Math.min(this.x(u1), width) - 2; // a label stays within its stretch and the view
      for (const [t, label] of ticks(scale.t(u0), scale.t(u1), 1 / (piece.rate * perU))) {
        const tx = Math.round(this.x(scale.u(t)));
        ctx.fillStyle = colours.grid;
        ctx.fillRect(tx, 0, 1, tickY);
        const textWidth = ctx.measureText(label).width;
        if (tx + 4 < free || tx + 4 + textWidth > right) continue;
        ctx.fillStyle = colours.muted;
        ctx.fillText(label, tx + 4, tickY + ROW / 2);
        free = tx + 12 + textWidth;
      }
      // A stretch too short for a round date of its own is labelled with its first year.
      const first = yearLabel(new Date(piece.t0).getUTCFullYear()), fx = Math.max(this.x(piece.u0), 0) + 4;
      if (free === labelled && fx >= free && fx + ctx.measureText(first).width <= right) {
        ctx.fillStyle = colours.muted;
        ctx.fillText(first, fx, tickY + ROW / 2);
        free = fx + 8 + ctx.measureText(first).width;
      }
    });
    ctx.fillStyle = colours.grid;
    ctx.fillRect(0, tickY, width, 1);
    return marks;
  }

  drawStrip() {
    // Every event as a thin mark at its place, the reader's event as a bold accent line.
    const { ctx, colours, selected } = this;
    const groups = this.options.groupColours;
    ctx.globalAlpha = 0.6;
    for (const event of this.events) {
      const x0 = this.x(event.u0), x1 = Math.max(this.x(event.u1), x0 + 2);
      ctx.fillStyle = colours.groups[event.group.index % groups];
      ctx.fillRect(x0, 4 + (event.depth % 3) * 6, x1 - x0, 6);
    }
    ctx.globalAlpha = 1;
    if (selected) {
      const x = Math.round(this.x((selected.u0 + selected.u1) / 2));
      ctx.fillStyle = colours.accent;
      ctx.fillRect(x - 1.5, 0, 3, STRIP);
      ctx.beginPath();
      ctx.moveTo(x - 6, STRIP);
      ctx.lineTo(x + 6, STRIP);
      ctx.lineTo(x, STRIP - 7);
      ctx.fill();
    }
  }

  label(event) {
    // A label button per event, made once: the headline, shortened by CSS with an ellipsis, whole on hover and focus.
    let label = this.labels.get(event);
    if (!label) {
      label = h('button', { type: 'button', class: 'tl-axis-label', tabindex: -1, title: `${event.when}: ${event.headline}`,
        onclick: () => this.onSelect(event.id) }, h('span', { class: 'tl-vh' }, `${event.when}: `), event.headline);
      this.labels.set(event, label);
    }
    return label;
  }

  drawLanes() {
    const { ctx, width, colours, selected } = this;
    const { laneHeight, maxLanes, labelWidth, clusterWidth, groupColours } = this.options;
    const lanesNow = this.refit ? maxLanes : this.lanes || maxLanes;
    const laneEnds = new Array(lanesNow).fill(-Infinity);
    const clusters = new Map();
    const lanes = new Map();
    const marks = [];
    let spanning = 0;
    this.hits = [];
    this.used = 0;
    ctx.font = FONT;
    for (const event of this.events) {
      const x0 = this.x(event.u0), x1 = this.x(event.u1);
      if (x1 < 0 || x0 > width) continue;
      const colour = colours.groups[event.group.index % groupColours];
      if (x0 <= 0 && x1 >= width) {
        // Spans the whole view: context, drawn as a thin line above the lanes rather than taking one.
        if (spanning++ < 2) { ctx.fillStyle = colour; ctx.fillRect(0, 1 + spanning * 4, width, 2); }
        continue;
      }
      event.textWidth ??= ctx.measureText(event.headline).width + 2; // once per event
      const point = x1 - x0 < 10;
      let text = Math.min(event.textWidth, labelWidth);
      // The label goes inside a bar long enough (as long as the bar allows), else after the event, else (at the
      // right edge) before it; never past an edge.
      let lx = point ? x0 + 8 : x1 + 4;
      const bar = Math.min(x1, width) - Math.max(x0, 0) - 12;
      if (!point && bar >= Math.min(text, 80)) { lx = Math.max(x0, 0) + 6; text = Math.min(event.textWidth, bar); }
      else if (lx + text > width - 2) lx = Math.max(2, (point ? x0 - 8 : x0 - 4) - text);
      const shown = Math.min(text, width - 2 - lx);
      const start = Math.min(point ? x0 - 6 : x0, lx), end = Math.max(point ? x0 + 6 : x1, lx + shown);
      // What an event contains goes below it, so that containment reads at a glance.
      const below = event.parent ? (lanes.get(event.parent) ?? -1) + 1 : 0;
      const lane = laneEnds.findIndex((laneEnd, index) => index >= below && laneEnd < start);
      if (lane < 0) {
        const bucket = Math.floor(Math.max(0, x0) / clusterWidth);
        if (!clusters.has(bucket)) clusters.set(bucket, []);
        clusters.get(bucket).push(event);
        continue;
      }
      laneEnds[lane] = end + 8;
      lanes.set(event, lane);
      this.used = Math.max(this.used, lane + 1);
      const y = 8 + lane * laneHeight;
      ctx.fillStyle = colour;
      if (point) {
        ctx.beginPath();
        ctx.arc(x0, y + laneHeight / 2 - 2, 5, 0, 2 * Math.PI);
        ctx.fill();
      } else {
        const left = Math.max(x0, 0), right = Math.min(x1, width);
        ctx.globalAlpha = 0.25;
        ctx.fillRect(left, y, right - left, laneHeight - 4);
        ctx.globalAlpha = 1;
        ctx.fillRect(left, y, 3, laneHeight - 4);
        ctx.fillRect(left, y + laneHeight - 6, right - left, 2);
      }
      if (event === selected) {
        ctx.strokeStyle = colours.accent;
        ctx.lineWidth = 2;
        ctx.strokeRect(start - 2, y - 2, end - start + 4, laneHeight);
      }
      const label = this.label(event); // made only for the events that get a lane
      Object.assign(label.style, { left: `${lx}px`, top: `${y - 1}px`, maxWidth: `${shown}px` });
      label.classList.toggle('tl-current', event === selected);
      marks.push(label);
      this.hits.push({ x0: start, x1: end, y0: y, y1: y + laneHeight, event });
    }
    // The one label in the tab order: the reader's event's, else the first shown.
    const current = this.labels.get(selected);
    marks.forEach((mark) => { mark.tabIndex = -1; });
    if (marks.length) (marks.includes(current) ? current : marks[0]).tabIndex = 0;
    // What did not fit: a chip per bucket that opens to its events.
    const clusterY = 8 + lanesNow * laneHeight;
    const chips = new Map();
    for (const [bucket, events] of clusters) {
      const key = `${bucket} ${events.length} ${events[0].id}`; // the same chip while it holds the same events
      const count = events.length >= 1000 ? `${(events.length / 1000).toFixed(1)}k` : events.length;
      const chip = this.chips.get(key) || h('button', { type: 'button', class: 'tl-chip', 'aria-expanded': 'false', 'aria-label': `${events.length} more events`,
        title: events.length > LIST_MAX ? 'Zoom in on these events' : 'Show these events', onclick: () => this.openCluster(chip, events) }, `+${count}`);
      chips.set(key, chip);
      Object.assign(chip.style, { left: `${bucket * clusterWidth + 1}px`, top: `${clusterY}px`, width: `${clusterWidth - 2}px` });
      marks.push(chip);
    }
    this.chips = chips;
    return marks;
  }

  openCluster(chip, events) {
    if (events.length > LIST_MAX) {
      const u0 = Math.min(...events.map((e) => e.u0)), u1 = Math.max(...events.map((e) => e.u1));
      const pad = (u1 - u0) * 0.1 + 1e-9;
      this.setView(u0 - pad, u1 + pad);
      return;
    }
    const open = chip.getAttribute('aria-expanded') !== 'true';
    this.closeList();
    if (!open) return;
    chip.setAttribute('aria-expanded', 'true');
    chip.setAttribute('aria-controls', this.list.id);
    this.list.replaceChildren(h('ul', {}, events.map((event) => h('li', {}, h('button', { type: 'button', onclick: () => { this.closeList(); this.onSelect(event.id); } },
      h('span', { class: 'tl-when' }, event.when), ' ', event.headline)))));
    this.list.hidden = false;
    const box = this.element.getBoundingClientRect(), at = chip.getBoundingClientRect();
    this.list.style.left = `${Math.max(0, Math.min(at.left - box.left, box.width - this.list.offsetWidth))}px`;
    this.list.style.top = `${at.bottom - box.top + 4}px`;
    this.list.querySelector('button').focus();
    this.chip = chip;
  }

  closeList(refocus = false) {
    if (this.list.hidden) return;
    this.list.hidden = true;
    this.chip?.setAttribute('aria-expanded', 'false');
    if (refocus) this.chip?.focus();
  }
}
