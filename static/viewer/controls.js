// Search and group filter, with a live status of what is shown.
import { h } from './dom.js';

export class Controls {
  constructor(groups, options, onChange) {
    this.shown = new Set(groups.map((group) => group.index));
    let timer = 0;
    this.search = h('input', { type: 'search', id: 'tl-search', dir: 'auto', autocomplete: 'off', placeholder: 'Search events',
      oninput: () => { clearTimeout(timer); timer = setTimeout(onChange, options.searchDelay); },
      onkeydown: (event) => { if (event.key === 'Enter') { clearTimeout(timer); onChange(); } } });
    this.status = h('p', { class: 'tl-status', role: 'status' });
    // The filter folds behind a disclosure on narrow screens and in embeds (the viewer opens it on wide pages),
    // so that the title, the axis and three events fit.
    this.filter = groups.length > 1 ? h('details', { class: 'tl-filter' }, h('summary', {}, 'Filter'),
      h('fieldset', { class: 'tl-groups' }, h('legend', {}, 'Show'),
        groups.map((group) => h('label', { class: `g${group.index % options.groupColours}` },
          h('input', { type: 'checkbox', checked: true, value: group.index, onchange: (event) => {
            this.shown[event.target.checked ? 'add' : 'delete'](group.index);
            onChange();
          } }),
          h('span', { class: 'tl-swatch', 'aria-hidden': 'true' }), ` ${group.name} (${group.count})`)))) : null;
    this.element = h('div', { class: 'tl-controls' },
      h('div', { role: 'search', class: 'tl-search' }, h('label', { for: 'tl-search' }, 'Search events'), this.search,
        h('span', { class: 'tl-hint' }, 'Press / to search')),
      this.filter, this.status);
  }

  get query() {
    return this.search.value;
  }
}
