// The viewer: controls, time axis (lanes on wide screens, a compact strip on narrow ones) and feed over one
// prepared timeline, with story navigation (previous and next by buttons, keys and swipes).
//
// For modules that add to it (the editor): the feed dispatches a bubbling `timeline:rendered` event with
// `detail.cards`, a list of `{card, event}` for each card it has just rendered; a card carries its event's
// id in `data-event-id`.
import { options as withDefaults } from './options.js';
import { prepare, select } from './model.js';
import { h } from './dom.js';
import { Controls } from './controls.js';
import { Axis } from './axis.js';
import { Feed } from './feed.js';
import { post } from './frame.js';

function targetId() {
  try { return decodeURIComponent(location.hash.slice(1)); } catch { return ''; }
}

/** The event to open at: a #event-id link, else ?start=<event id>, ?start=latest or ?start=first. */
function startId(events) {
  const start = new URLSearchParams(location.search).get('start') || '';
  const chosen = { latest: events[events.length - 1], first: events[0] }[start];
  return chosen ? chosen.id : `event-${start.replace(/^event-/, '')}`;
}

export class Viewer {
  constructor(root, data, overrides) {
    this.options = withDefaults(overrides);
    this.model = prepare(data);
    this.stop = new AbortController();
    const signal = this.stop.signal;
    const { events, undated, groups } = this.model;
    const body = root.querySelector('.tl-body');
    body.hidden = false;
    const heading = h('h2', { id: 'tl-events-h' }, 'Events');
    const step = (delta, from) => this.step(delta, from);
    this.feed = new Feed(heading, this.options, this.model, { onSelect: (id) => this.selected(id), onStep: step });
    this.controls = new Controls(groups, this.options, () => this.update());
    this.axis = events.length ? new Axis(this.options, events, { onSelect: (id) => this.show(id), onStep: step }) : null;
    this.undatedList = h('ul', { class: 'tl-undated-list' });
    body.replaceChildren(
      events.length > 1 ? this.controls.element : '', h('div', { class: 'tl-axis-slot' }, this.axis?.element || ''),
      h('section', { class: 'tl-events', 'aria-labelledby': 'tl-events-h' }, heading,
        events.length ? [this.feed.element, this.feed.more, this.feed.sentinel] : h('p', {}, 'No dated events were found.')),
      undated.length ? h('section', { class: 'tl-undated', 'aria-labelledby': 'tl-undated-h' },
        h('h2', { id: 'tl-undated-h' }, 'Undated'), this.undatedList) : '');
    const wide = matchMedia(this.options.wideQuery);
    // Narrow screens and embeds fold the sources and the group filter away, so that the title, the axis and
    // three events are in sight; a wide page shows them open.
    const disclosures = [root.querySelector('details.tl-sources'), this.controls.filter].filter(Boolean);
    const layout = () => {
      this.axis?.setCompact(!wide.matches);
      for (const details of disclosures) details.open = wide.matches && !root.hasAttribute('data-embed');
    };
    wide.addEventListener('change', layout, { signal });
    layout();
    this.update();
    addEventListener('hashchange', () => this.model.byId.has(targetId()) && this.show(targetId()), { signal });
    addEventListener('keydown', (event) => {
      if (event.target.closest('input,textarea,select,[contenteditable]')) return;
      if (event.key === '/') {
        event.preventDefault();
        this.controls.search.focus();
      } else if (event.target === document.body && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
        event.preventDefault();
        this.step(event.key === 'ArrowRight' ? 1 : -1);
      }
    }, { signal });
    addEventListener('scroll', () => this.track(), { passive: true, signal });
    addEventListener('scrollend', () => { this.settling = false; this.track(); }, { signal });
    this.swipes(this.feed.element, signal);
    const start = this.model.byId.has(targetId()) ? targetId() : startId(events);
    if (this.model.byId.has(start)) this.show(start);
    else this.track();
  }

  /** Apply the search and the group filter. */
  update() {
    const { events, undated } = this.model;
    this.shown = select(events, this.controls.query, this.controls.shown);
    const undatedShown = select(undated, this.controls.query, this.controls.shown);
    this.feed.show(this.shown, this.controls.query.trim().split(/\s+/).filter(Boolean));
    this.axis?.setEvents(this.shown);
    this.undatedList.replaceChildren(...undatedShown.map((event) => h('li', { id: event.id },
      h('h3', { dir: 'auto' }, event.headline), h('p', { dir: 'auto' }, event.text))));
    const filtered = this.shown.length !== events.length;
    this.controls.status.textContent = filtered ? `Showing ${this.shown.length} of ${events.length} events.` : `${events.length} events.`;
    this.steps();
  }

  /** Go to an event: in the feed, on the axis, in the address. */
  show(id) {
    if (!this.feed.reveal(id)) {
      // Hidden by the search or filter: clear them so that the link still leads somewhere.
      this.controls.search.value = '';
      this.controls.element.querySelectorAll('input[type=checkbox]').forEach((box) => { box.checked = true; });
      this.controls.shown = new Set(this.model.groups.map((group) => group.index));
      this.update();
      if (!this.feed.reveal(id)) return;
    }
    this.selected(id);
  }

  /** The previous (-1) or next (1) event from `from` (else the reader's event), as a story is told. */
  step(delta, from = this.current) {
    const index = this.shown.findIndex((event) => event.id === from);
    const next = this.shown[index < 0 ? (delta > 0 ? 0 : this.shown.length - 1) : index + delta];
    if (next) this.show(next.id);
  }

  selected(id) {
    this.settling = true; // the scroll to the event is not the reader's: the event stays theirs until it ends
    this.reading(id);
    history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
    post('event', { id });
  }

  /** Mark the reader's event on the axis and in the previous/next buttons. */
  reading(id) {
    this.current = id;
    this.axis?.select(this.model.byId.get(id));
    this.steps();
  }

  steps() {
    if (!this.axis) return;
    const index = this.shown.findIndex((event) => event.id === this.current);
    this.axis.prev.disabled = index === 0 || !this.shown.length;
    this.axis.next.disabled = index === this.shown.length - 1;
  }

  track() {
    // As the reader scrolls, their event stays theirs while in sight; then the one a third of the way down is.
    if (this.tracking || this.settling) return;
    this.tracking = requestAnimationFrame(() => {
      this.tracking = 0;
      const cards = this.feed.element.children, line = innerHeight / 3;
      const box = this.current && document.getElementById(this.current)?.getBoundingClientRect();
      if (box && box.top < innerHeight && box.bottom > innerHeight / 6) return;
      let lo = 0, hi = cards.length - 1;
      if (hi < 0) return;
      while (lo < hi) { // before the first event has reached the line, the reader is at the first
        const mid = (lo + hi) >> 1;
        if (cards[mid].getBoundingClientRect().bottom < line) lo = mid + 1; else hi = mid;
      }
      if (cards[lo].id !== this.current) this.reading(cards[lo].id);
    });
  }

  swipes(element, signal) {
    // A swipe sideways over the events goes to the next or previous one.
    let start = null;
    element.addEventListener('touchstart', (event) => { start = event.touches[0]; }, { passive: true, signal });
    element.addEventListener('touchend', (event) => {
      const end = event.changedTouches[0], dx = end.clientX - start?.clientX, dy = end.clientY - start?.clientY;
      if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) this.step(dx < 0 ? 1 : -1, event.target.closest('article')?.id);
    }, { passive: true, signal });
  }

  destroy() {
    this.stop.abort();
  }
}
