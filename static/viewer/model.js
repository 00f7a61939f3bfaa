// The timeline as the viewer uses it: events with their interval, group and containment.
import { displayDate, interval, machineDate } from './dates.js';

function fold(text) {
  // Case- and accent-insensitive matching for search.
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether a sentence tells more than its headline: a few words of its own beyond the headline's. */
function adds(sentence, headline) {
  const known = new Set(fold(headline).match(/[\p{L}\p{N}]+/gu));
  const own = (fold(sentence).match(/[\p{L}\p{N}]{3,}/gu) || []).filter((word) => !known.has(word));
  return own.length >= 4;
}

function prepareEvent(event, index, articleOf, groupOf) {
  const article = articleOf(event.article);
  const [t0, t1] = interval(event);
  const when = displayDate(event.date?.value);
  const until = event.end_date ? displayDate(event.end_date.value) : '';
  const group = groupOf(event.group || article?.title || 'Events');
  // What a reader is shown: the API's ``text`` (the sentence, or an editor's text; see timeline/store/views.py).
  const text = event.text || '';
  const words = [event.headline, text, when, until, ...(event.participants || [])].join(' ');
  return { ...event, id: anchor(event.id), key: event.id, text, tells: adds(text, `${event.headline} ${when} ${until}`), index, t0, t1, when, until, group, article, datetime: machineDate(event.date),
    untilDatetime: event.end_date ? machineDate(event.end_date) : '', words: fold(words) };
}

/** The DOM id and deep-link fragment of an event (ids are numbers; a bare number is a poor anchor). */
export function anchor(id) {
  return `event-${id}`;
}

function nest(events) {
  // An event sits inside the nearest earlier event whose interval strictly contains it ("2023" ⊃ "January 2023").
  const open = [];
  for (const event of events) {
    while (open.length && !contains(open[open.length - 1], event)) open.pop();
    event.parent = open[open.length - 1] || null;
    event.depth = open.length;
    open.push(event);
  }
}

function contains(outer, inner) {
  return outer.t0 <= inner.t0 && inner.t1 <= outer.t1 && outer.t1 - outer.t0 > inner.t1 - inner.t0;
}

/** Prepare the page's timeline JSON for the viewer. */
export function prepare(data) {
  const articles = data.articles || [];
  const byId = new Map(articles.map((article) => [article.id, article]));
  // Extraction results carry no article id: they come from the one article pasted.
  const articleOf = (id) => (id === undefined && articles.length === 1 ? articles[0] : byId.get(id) || null);
  const groups = [];
  const groupOf = (name) => {
    let group = groups.find((candidate) => candidate.name === name);
    if (!group) groups.push(group = { name, index: groups.length, count: 0 });
    group.count += 1;
    return group;
  };
  // Dates before the common era have no calendar interval on the server, which lists them as undated; the viewer
  // can place them (dates.js), before every date of the common era.
  const bce = (event) => /^BC/.test(event.date?.value || '');
  const visible = (list) => (list || []).filter((event) => !event.hidden);
  const placed = visible(data.undated).filter(bce).map((event) => [event, interval(event)[0]]).sort((a, b) => a[1] - b[1]);
  const events = [...placed.map(([event]) => event), ...visible(data.events)]
    .map((event, index) => prepareEvent(event, index, articleOf, groupOf))
    .filter((event) => Number.isFinite(event.t0));
  nest(events);
  const undated = visible(data.undated).filter((event) => !bce(event))
    .map((event, index) => prepareEvent(event, index, articleOf, () => null));
  // Several articles: each event names its own; one: the title card names it, and each event on hover.
  const several = new Set(events.map((event) => event.article)).size > 1;
  return { ...data, events, undated, groups, several, byId: new Map([...events, ...undated].map((event) => [event.id, event])) };
}

/** The events that match a search query and a set of shown groups. */
export function select(events, query, shown) {
  const words = fold(query.trim()).split(/\s+/).filter(Boolean);
  return events.filter((event) => (!event.group || shown.has(event.group.index)) && words.every((word) => event.words.includes(word)));
}
