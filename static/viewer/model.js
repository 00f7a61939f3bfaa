// The timeline as the viewer uses it: events with their interval, group and containment.
import { displayDate, interval, machineDate } from './dates.js';

function fold(text) {
  // Case- and accent-insensitive matching for search.
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function prepareEvent(event, index, articleOf, groupOf) {
  const article = articleOf(event.article);
  const [t0, t1] = interval(event);
  const when = displayDate(event.date?.value);
  const until = event.end_date ? displayDate(event.end_date.value) : '';
  const group = groupOf(event.group || article?.title || 'Events');
  const sentence = event.sentence || event.text || '';
  const words = [event.headline, sentence, when, until, ...(event.participants || [])].join(' ');
  return { ...event, id: anchor(event.id), sentence, index, t0, t1, when, until, group, article, datetime: machineDate(event.date),
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
  const events = (data.events || []).filter((event) => !event.hidden)
    .map((event, index) => prepareEvent(event, index, articleOf, groupOf))
    .filter((event) => Number.isFinite(event.t0));
  nest(events);
  const undated = (data.undated || []).filter((event) => !event.hidden)
    .map((event, index) => prepareEvent(event, index, articleOf, () => null));
  return { ...data, events, undated, groups, byId: new Map([...events, ...undated].map((event) => [event.id, event])) };
}

/** The events that match a search query and a set of shown groups. */
export function select(events, query, shown) {
  const words = fold(query.trim()).split(/\s+/).filter(Boolean);
  return events.filter((event) => (!event.group || shown.has(event.group.index)) && words.every((word) => event.words.includes(word)));
}
