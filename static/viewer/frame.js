// Life inside an iframe: tell the embedding page our height and where to scroll.
import { reducedMotion } from './dom.js';

export const framed = window.parent !== window;

/** Send a message to the embedding page (static/embed.js listens). */
export function post(type, detail = {}) {
  if (framed) window.parent.postMessage({ timeline: type, ...detail }, '*');
}

/** Keep the embedding page told of the content height, so that the iframe can fit it. */
export function reportSize() {
  if (!framed) return;
  const send = () => post('resize', { height: Math.ceil(document.documentElement.getBoundingClientRect().height) });
  new ResizeObserver(send).observe(document.body);
  send();
}

/** Scroll an element into view without scrolling any other page than ours (then ask the parent). */
export function bringIntoView(element) {
  const rect = element.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > innerHeight) {
    window.scrollBy({ top: rect.top - innerHeight / 3, behavior: reducedMotion() ? 'auto' : 'smooth' });
  }
  const after = element.getBoundingClientRect(); // in our viewport, which is where the frame sits in the page
  post('scroll', { top: after.top, bottom: after.bottom });
}
