// An event in its article: the sentence highlighted in the article text, with the source link.
import { h } from './dom.js';

function safeUrl(url) {
  return /^https?:\/\//i.test(url || '') ? url : null;
}

function highlighted(text, event) {
  const spans = [[event.start, event.end, 'tl-hit'], ...(event.evidence || []).map((s) => [s.start, s.end, 'tl-evidence'])]
    .filter(([start, end]) => Number.isInteger(start) && end > start && end <= text.length)
    .sort((a, b) => a[0] - b[0]);
  const parts = [];
  let at = 0;
  for (const [start, end, kind] of spans) {
    if (start < at) continue; // overlapping evidence: the first span wins
    parts.push(text.slice(at, start), h('mark', { class: kind }, text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** The context panel of an event, to be shown under it. */
export function contextOf(event, id) {
  const article = event.article;
  const url = safeUrl(article?.url);
  const source = url ? h('p', { class: 'tl-source' }, 'Source: ', h('a', { href: url, dir: 'auto', target: '_blank', rel: 'noopener' }, article.title || url),
    article.dct ? ` (${article.dct})` : '') : null;
  if (!article?.text) return h('div', { class: 'tl-context', id }, source || h('p', {}, 'The article text is not available.'));
  const body = h('div', { class: 'tl-article', dir: 'auto', tabindex: 0, role: 'region', 'aria-label': `Article text${article.title ? `: ${article.title}` : ''}` },
    ...highlighted(article.text, event));
  return h('div', { class: 'tl-context', id }, source, body);
}

/** Scroll the article text so that the highlighted sentence is in sight (never the page). */
export function centre(panel) {
  const body = panel.querySelector('.tl-article');
  const mark = body?.querySelector('.tl-hit');
  if (mark) body.scrollTop = mark.offsetTop - body.clientHeight / 3; // .tl-article is the offsetParent (position: relative)
}
