// Editing in the page for a signed-in editor (the server renders .tl-account with the session's CSRF token):
// save a pasted article; edit an event's headline and date, hide it, add one. Writes send the page's version
// (If-Match): a change someone saved in between answers 412, shown with their version. Each write reloads the page.
import { h } from './dom.js';

const FLASH = 'timeline:edited'; // what to announce and focus once the page has reloaded
const EDITABLE = 'article.tl-event, .tl-undated li';

/** Add the editing tools to the page, when an editor is signed in. */
export function enableEditing(root) {
  const bar = document.querySelector('.tl-account[data-csrf]');
  const body = root.querySelector('.tl-body');
  if (!bar || !body) return;
  const api = client(bar.dataset);
  const status = h('p', { class: 'tl-edit-status', role: 'status' });
  const tools = h('div', { class: 'tl-edit-tools' }, status);
  body.before(tools);
  if (api.timeline) editEvents(root, api, tools, status);
  else offerSave(root.querySelector('form.tl-paste'), body, api, tools, status);
  const flash = JSON.parse(sessionStorage.getItem(FLASH));
  sessionStorage.removeItem(FLASH);
  // Set after a moment: a live region announces changes, not what it held when it appeared.
  if (flash) setTimeout(() => { status.textContent = flash.message; }, 300);
  if (flash) setTimeout(() => status.textContent === flash.message && (status.textContent = ''), 8000);
  if (flash?.undo) undo(api, tools, status, flash.undo);
}

function client({ csrf, timeline, version, status }) {
  const api = { timeline, version, status };
  api.send = async (method, path, body, versioned = true) => {
    const headers = { Accept: 'application/json', 'X-CSRF-Token': csrf };
    if (body) headers['Content-Type'] = 'application/json';
    if (versioned) headers['If-Match'] = `"t${timeline}v${api.version}"`;
    const response = await fetch(`/api/v1/${path}`, { method, headers, body: JSON.stringify(body), cache: 'no-store' });
    const data = response.status === 204 ? {} : await response.json().catch(() => ({}));
    if (response.ok) return data;
    const fields = data.error?.details?.json || {};
    const said = Object.entries(fields).map(([field, words]) => `${field[0].toUpperCase()}${field.slice(1)}: ${[words].flat().join(' ')}`).join(' ');
    throw Object.assign(new Error(response.status === 412 ? 'Someone else changed this timeline first: reload the page.'
      : said || data.error?.message || `The service answered ${response.status}.`), { status: response.status, fields: Object.keys(fields) });
  };
  return api;
}

/** Reload (or go to ``url``), then announce ``message`` and focus ``focus`` (an element id). */
function reloadWith(flash, url) {
  sessionStorage.setItem(FLASH, JSON.stringify(flash));
  if (url) return location.assign(url);
  history.replaceState(history.state, '', flash.focus ? `#${flash.focus}` : location.pathname + location.search);
  location.reload();
}

function button(label, onclick, attributes) {
  return h('button', { type: 'button', onclick, ...attributes }, label);
}

/** A button that makes one change, then reloads the page (or says what went wrong in ``status``). */
function action(label, status, change, flash) {
  return button(label, () => change().then(() => reloadWith(flash), (failure) => { status.textContent = failure.message; }));
}

function undo(api, tools, status, event) {
  const undoing = action(`Undo: show “${event.headline}” again`, status,
    () => api.send('PATCH', `timelines/${api.timeline}/events/${event.id}`, { hidden: false }),
    { message: `Shown again: ${event.headline}`, focus: `event-${event.id}` });
  tools.prepend(undoing);
  undoing.focus();
}

function editEvents(root, api, tools, status) {
  const data = JSON.parse(document.getElementById('timeline-data')?.textContent || '{}');
  const events = new Map([...(data.events || []), ...(data.undated || [])].map((event) => [`event-${event.id}`, event]));
  const dialog = new EventDialog(api);
  tools.prepend(button('Add an event', () => dialog.open(null)));
  if (api.status === 'draft') {
    tools.prepend(h('p', {}, 'A draft: only signed-in editors see it.'), action('Publish', status,
      () => api.send('PATCH', `timelines/${api.timeline}`, { status: 'published' }), { message: 'Published: readers can see this timeline.' }));
  }
  const decorate = (card) => {
    const event = events.get(card.id);
    if (!event || card.querySelector('.tl-edit')) return;
    (card.querySelector('.tl-meta') || card).append(button('Edit', (click) => dialog.open(event, click.currentTarget),
      { class: 'tl-edit', 'aria-label': `Edit “${event.headline}”` }));
  };
  root.querySelectorAll(EDITABLE).forEach(decorate);
  // The feed renders its cards a chunk at a time (and anew after a search): give each new one its button.
  new MutationObserver((changes) => changes.forEach((change) => change.addedNodes.forEach((node) => {
    if (node.nodeType !== 1) return;
    if (node.matches(EDITABLE)) decorate(node);
    node.querySelectorAll(EDITABLE).forEach(decorate);
  }))).observe(root, { childList: true, subtree: true });
}

/** The form that edits one event (or adds one), in a modal dialog. */
class EventDialog {
  constructor(api) {
    this.api = api;
    const field = (name, label, attributes, hint, tag = 'input') => h('p', {}, h('label', { for: `tl-edit-${name}` }, label), ' ', hint,
      this[name] = h(tag, { id: `tl-edit-${name}`, name, required: true, dir: 'auto', 'aria-errormessage': 'tl-edit-problem', ...attributes }));
    this.heading = h('h2', { id: 'tl-edit-h' });
    this.problem = h('div', { class: 'tl-edit-problem', role: 'alert', id: 'tl-edit-problem' });
    this.hide = button('Hide from readers', () => this.save({ hidden: true }));
    this.element = h('dialog', { class: 'tl-editor', 'aria-labelledby': 'tl-edit-h', onclose: () => this.opener?.focus() },
      this.form = h('form', { onsubmit: (submit) => { submit.preventDefault(); this.submit(); } }, this.heading,
        // Two lines show a whole headline; Enter saves, as in the date's field.
        field('headline', 'Headline', { maxlength: 500, rows: 2, onkeydown: (key) => key.key === 'Enter' && (key.preventDefault(), this.form.requestSubmit()) }, null, 'textarea'),
        field('date', 'Date', { spellcheck: 'false', 'aria-describedby': 'tl-edit-date-hint' },
          h('span', { class: 'tl-hint', id: 'tl-edit-date-hint' }, 'a year, month or day: 2021, 2021-03 or 2021-03-14')),
        this.problem,
        h('p', { class: 'tl-edit-actions' }, h('button', { type: 'submit' }, 'Save'), ' ', this.hide, ' ',
          button('Cancel', () => this.element.close()))));
    document.body.append(this.element);
  }

  open(event, opener = document.activeElement) {
    this.event = event;
    this.opener = opener;
    this.heading.textContent = event ? 'Edit event' : 'Add an event';
    this.headline.value = event?.headline || '';
    this.date.value = event?.date?.value || '';
    this.hide.hidden = !event;
    this.show([]);
    this.element.showModal();
    this.headline.focus();
  }

  show(nodes, invalid = []) {
    this.problem.replaceChildren(...nodes);
    for (const input of [this.headline, this.date]) input[invalid.includes(input.name) ? 'setAttribute' : 'removeAttribute']('aria-invalid', 'true');
    this[invalid[0]]?.focus();
  }

  submit() {
    const fields = { headline: this.headline.value.trim(), date: this.date.value.trim() };
    // Only what changed: an extracted date kept as it was ("2023-W45") need not be a form the API takes.
    for (const name of Object.keys(fields)) {
      if (this.event && fields[name] === (name === 'date' ? this.event.date?.value : this.event.headline)) delete fields[name];
    }
    if (Object.keys(fields).length) this.save(fields);
    else this.element.close();
  }

  async save(fields) {
    const { api, event } = this;
    const path = `timelines/${api.timeline}/events`;
    try {
      const saved = await (event ? api.send('PATCH', `${path}/${event.id}`, fields) : api.send('POST', path, fields));
      if (fields.hidden) reloadWith({ message: `Hidden from readers: ${event.headline}`, undo: { id: event.id, headline: event.headline } });
      else reloadWith({ message: event ? 'Event saved.' : 'Event added.', focus: `event-${saved.id}` });
    } catch (failure) {
      if (failure.status === 412) await this.conflict(fields);
      else this.show([h('p', { class: 'tl-error' }, failure.message)], failure.fields);
    }
  }

  /** Someone saved first: show their version of the event (the timeline as it is now), to reload or to save over. */
  async conflict(fields) {
    const now = await this.api.send('GET', `timelines/${this.api.timeline}`, undefined, false);
    this.api.version = now.version; // "Save mine anyway" writes over this version
    const theirs = this.event && [...now.events, ...now.undated].find((candidate) => candidate.id === this.event.id);
    const gone = this.event && !theirs;
    const version = !this.event ? [] : gone ? [h('p', {}, 'They deleted this event.')]
      : [h('dl', {}, h('dt', {}, 'Headline'), h('dd', { dir: 'auto' }, theirs.headline), h('dt', {}, 'Date'), h('dd', {}, theirs.date?.value || 'none'),
        theirs.hidden ? [h('dt', {}, 'Shown'), h('dd', {}, 'no, hidden from readers')] : null)];
    this.show([h('div', { class: 'tl-conflict' },
      h('h3', {}, 'Someone else changed this timeline first'),
      h('p', {}, this.event ? 'Their version of this event, saved after you opened the page:' : 'They saved a change after you opened the page.'),
      version,
      h('p', {}, button('Reload with their changes', () => location.reload()), ' ', gone ? null : button('Save mine anyway', () => this.save(fields))))]);
    this.problem.querySelector('button').focus();
  }
}

function offerSave(paste, body, api, tools, status) {
  if (!paste) return;
  // The article as it was when its timeline was shown (the text may be edited since).
  let article = { text: paste.elements.text.value, dct: paste.elements.dct.value };
  paste.addEventListener('submit', () => { article = { text: paste.elements.text.value, dct: paste.elements.dct.value }; });
  const title = h('input', { id: 'tl-save-title', required: true, maxlength: 300, dir: 'auto' });
  const publish = h('input', { id: 'tl-save-publish', type: 'checkbox', checked: true });
  const save = h('form', { class: 'tl-save', 'aria-labelledby': 'tl-save-h', onsubmit: async (submit) => {
    submit.preventDefault();
    try {
      const saved = await api.send('POST', 'timelines', { title: title.value.trim(), text: article.text, dct: article.dct || undefined,
        status: publish.checked ? 'published' : 'draft' }, false);
      reloadWith({ message: `Saved as a timeline: ${saved.title}` }, `/timelines/${saved.id}`);
    } catch (failure) {
      status.textContent = failure.message;
    }
  } },
  h('h2', { id: 'tl-save-h' }, 'Save this timeline'),
  h('p', {}, h('label', { for: 'tl-save-title' }, 'Title'), ' ', title),
  h('p', {}, publish, ' ', h('label', { for: 'tl-save-publish' }, 'Publish now (otherwise a draft that only editors see)')),
  h('p', {}, h('button', { type: 'submit' }, 'Save as a timeline')));
  tools.prepend(save);
  const reveal = () => { tools.hidden = body.hidden; };
  new MutationObserver(reveal).observe(body, { attributes: true, attributeFilter: ['hidden'] });
  reveal();
}
