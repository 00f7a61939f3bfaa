// The viewer: controls, axis (wide screens) and feed over one prepared timeline.
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

export class Viewer {
  constructor(root, data, overrides) {
    this.options = withDefaults(overrides);
    this.model = prepare(data);
    this.stop = new AbortController();
    const { events, undated, groups } = this.model;
    const body = root.querySelector('.tl-body');
    body.hidden = false;
    const heading = h('h2', { id: 'tl-events-h' }, 'Events');
    this.feed = new Feed(heading, this.options, { onSelect: (id) => this.selected(id) });
    this.controls = new Controls(groups, this.options, () => this.update());
    this.axisSlot = h('div', { class: 'tl-axis-slot' });
    this.undatedList = h('ul', { class: 'tl-undated-list' });
    body.replaceChildren(
      events.length > 1 ? this.controls.element : '', this.axisSlot,
      h('section', { class: 'tl-events', 'aria-labelledby': 'tl-events-h' }, heading,
        events.length ? [this.feed.element, this.feed.more, this.feed.sentinel] : h('p', {}, 'No dated events were found.')),
      undated.length ? h('section', { class: 'tl-undated', 'aria-labelledby': 'tl-undated-h' },
        h('h2', { id: 'tl-undated-h' }, 'Undated'), this.undatedList) : '');
    const wide = matchMedia(this.options.wideQuery);
    const layout = () => this.layout(wide.matches);
    wide.addEventListener('change', layout, { signal: this.stop.signal });
    this.layout(wide.matches);
    this.update();
    addEventListener('hashchange', () => this.model.byId.has(targetId()) && this.show(targetId()), { signal: this.stop.signal });
    addEventListener('keydown', (event) => {
      if (event.key === '/' && !event.target.closest('input,textarea,select,[contenteditable]')) {
        event.preventDefault();
        this.controls.search.focus();
      }
    }, { signal: this.stop.signal });
    if (this.model.byId.has(targetId())) this.show(targetId());
  }

  layout(wide) {
    if (wide && !this.axis && this.model.events.length) {
      this.axis = new Axis(this.options, { onSelect: (id) => this.show(id) });
      this.axis.setEvents(this.shown || []);
    }
    if (this.axis) {
      this.axisSlot.replaceChildren(wide ? this.axis.element : '');
    }
  }

  /** Apply the search and the group filter. */
  update() {
    const { events, undated } = this.model;
    this.shown = select(events, this.controls.query, this.controls.shown);
    const undatedShown = select(undated, this.controls.query, this.controls.shown);
    this.feed.show(this.shown, this.controls.query.trim().split(/\s+/).filter(Boolean));
    this.axis?.setEvents(this.shown);
    this.undatedList.replaceChildren(...undatedShown.map((event) => h('li', { id: event.id },
      h('h3', { dir: 'auto' }, event.headline), h('p', { dir: 'auto' }, event.sentence))));
    const filtered = this.shown.length !== events.length;
    this.controls.status.textContent = filtered ? `Showing ${this.shown.length} of ${events.length} events.` : `${events.length} events.`;
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

  selected(id) {
    this.axis?.select(this.model.byId.get(id));
    history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
    post('event', { id });
  }

  destroy() {
    this.stop.abort();
  }
}
