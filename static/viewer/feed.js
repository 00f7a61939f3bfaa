// The events as a WAI-ARIA feed: focusable articles, Page Up/Down, rendered a chunk at a time.
import { h, highlight } from './dom.js';
import { contextOf, centre } from './context.js';
import { bringIntoView } from './frame.js';

function dates(event) {
  return [h('time', { datetime: event.datetime || null }, event.when),
    event.until ? [' – ', h('time', { datetime: event.untilDatetime }, event.until)] : null];
}

function media(event) {
  // An event holds only an http(s) media_url, flagged when it names a picture (timeline/store/views.py).
  if (!event.media_url) return null;
  return h('p', { class: 'tl-media' }, h('a', { href: event.media_url, rel: 'noopener noreferrer' },
    event.media_is_image ? h('img', { src: event.media_url, alt: `Picture for: ${event.headline}`, loading: 'lazy', referrerpolicy: 'no-referrer' })
      : 'Media for this event'));
}

export class Feed {
  constructor(heading, options, model, { onSelect, onStep }) {
    this.options = options;
    this.model = model;
    this.onSelect = onSelect;
    this.onStep = onStep;
    this.list = [];
    this.words = [];
    this.rendered = 0;
    this.element = h('div', { role: 'feed', class: 'tl-feed', 'aria-labelledby': heading.id, 'aria-busy': 'false',
      onkeydown: (event) => this.keydown(event), onclick: (event) => this.click(event),
      onfocusin: (event) => this.focused(event) });
    this.sentinel = h('div', { class: 'tl-sentinel', 'aria-hidden': 'true' });
    this.more = h('button', { type: 'button', class: 'tl-more', hidden: true, onclick: () => this.renderMore() }, 'Show more events');
    new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && this.renderMore(),
      { rootMargin: '400px' }).observe(this.sentinel);
  }

  /** Show this (filtered) list of events from its start, the searched words marked. */
  show(list, words = []) {
    this.list = list;
    this.words = words;
    this.rendered = 0;
    this.element.replaceChildren();
    this.renderMore();
  }

  renderMore(upTo = 0) {
    const end = Math.min(this.list.length, Math.max(upTo + 1, this.rendered + this.options.chunk));
    if (end <= this.rendered) return;
    this.element.setAttribute('aria-busy', 'true');
    const articles = [];
    for (let i = this.rendered; i < end; i++) articles.push(this.article(this.list[i], i));
    this.element.append(...articles);
    // For modules that add to the cards (the editor): each new card with its event.
    this.element.dispatchEvent(new CustomEvent('timeline:rendered', { bubbles: true,
      detail: { cards: articles.map((card, i) => ({ card, event: this.list[this.rendered + i] })) } }));
    this.rendered = end;
    this.more.hidden = end >= this.list.length;
    this.element.setAttribute('aria-busy', 'false');
  }

  article(event, position) {
    const id = event.id;
    const parent = event.parent;  // a range contains what lies within all of it: "within 1971 – 1989"
    const within = parent ? h('span', { class: 'tl-within' }, ` · within ${parent.until ? `${parent.when} – ${parent.until}` : parent.when}`) : null;
    const source = event.article?.title;
    // The group is named when there are several; the source article on every event when there are several,
    // else once in the title card (and here on hover).
    const group = this.model.groups.length > 1 && event.group.name !== source ? h('span', { class: 'tl-group' }, event.group.name) : null;
    const from = this.model.several && source ? h('span', { class: 'tl-from', dir: 'auto' }, source) : null;
    // The sentence only when it tells more than the headline (or holds a searched word); else it is in the context.
    const sentence = event.tells || this.words.length ? h('p', { class: 'tl-sentence', dir: 'auto' }, highlight(event.text, this.words)) : null;
    return h('article', { id, 'data-event-id': event.key, class: `tl-event g${event.group.index % this.options.groupColours} tl-depth-${Math.min(event.depth, 3)}`,
      tabindex: 0, 'aria-posinset': position + 1, 'aria-setsize': this.list.length, 'aria-labelledby': `${id}-w ${id}-h`,
      title: !this.model.several && source ? `From ${source}` : null },
    h('p', { class: 'tl-when', id: `${id}-w` }, dates(event), within),
    h('h3', { id: `${id}-h`, dir: 'auto' }, highlight(event.headline, this.words)),
    sentence,
    media(event),
    h('p', { class: 'tl-meta' }, group, from,
      event.article?.text && Number.isInteger(event.start)
        ? h('button', { type: 'button', class: 'tl-read', 'aria-expanded': 'false', 'aria-controls': `${id}-c` }, 'Read in context') : null,
      h('a', { href: `#${encodeURIComponent(id)}`, class: 'tl-permalink', 'aria-label': `Link to ${event.headline}` }, 'Link')));
  }

  /** Render up to the event, focus it and scroll to it; false when it is not in the list. */
  reveal(id) {
    const index = this.list.findIndex((event) => event.id === id);
    if (index < 0) return false;
    this.renderMore(index);
    const article = document.getElementById(id);
    article.focus({ preventScroll: true }); // focusin marks it and tells the viewer
    bringIntoView(article);
    return true;
  }

  mark(article) {
    this.element.querySelector('[aria-current]')?.removeAttribute('aria-current');
    article?.setAttribute('aria-current', 'true');
  }

  articleOf(node) {
    return node.closest?.('article.tl-event');
  }

  focused(event) {
    const article = this.articleOf(event.target);
    if (article && !article.hasAttribute('aria-current')) {
      this.mark(article);
      this.onSelect(article.id);
    }
  }

  click(event) {
    const button = event.target.closest('.tl-read');
    if (button) this.toggleContext(button);
    else if (event.target.closest('.tl-permalink')) {
      event.preventDefault(); // the viewer keeps the hash without jumping the page
      this.onSelect(this.articleOf(event.target).id);
    }
  }

  toggleContext(button) {
    const article = this.articleOf(button);
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Hide context' : 'Read in context';
    if (open) {
      const panel = contextOf(this.list.find((candidate) => candidate.id === article.id), `${article.id}-c`);
      article.append(panel);
      centre(panel);
    } else document.getElementById(`${article.id}-c`)?.remove();
  }

  keydown(event) {
    const article = this.articleOf(event.target);
    if (!article) return;
    // Story navigation: Page Down and Up (the feed pattern), arrow keys on the card itself.
    const step = { PageDown: 1, PageUp: -1 }[event.key] || (event.target === article && { ArrowRight: 1, ArrowLeft: -1 }[event.key]);
    if (step) {
      event.preventDefault();
      this.onStep(step, article.id);
    } else if (event.key === 'Enter' && event.target === article && article.querySelector('.tl-read')) {
      event.preventDefault();
      this.toggleContext(article.querySelector('.tl-read'));
    } else if ((event.key === 'End' || event.key === 'Home') && event.ctrlKey) {
      // Feed pattern: leave the feed, to the content after (Ctrl+End) or before (Ctrl+Home) it.
      event.preventDefault();
      const focusables = [...document.querySelectorAll('a[href],button:not([hidden]),input,textarea,select,[tabindex="0"]')]
        .filter((node) => !this.element.contains(node) && node.offsetParent !== null);
      const after = event.key === 'End';
      const target = after ? focusables.find((node) => this.element.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)
        : focusables.reverse().find((node) => this.element.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING);
      target?.focus();
    }
  }
}
