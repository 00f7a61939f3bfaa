// Copy buttons for the embed snippets the page renders.
import { h } from './dom.js';

/** Add a Copy button after every snippet textarea. */
export function addCopyButtons(root) {
  for (const snippet of root.querySelectorAll('textarea.tl-snippet')) {
    const said = h('span', { role: 'status', class: 'tl-hint' });
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(snippet.value);
      } catch {
        snippet.select(); // no clipboard permission (e.g. in a frame): leave it selected to copy by hand
        document.execCommand?.('copy');
      }
      said.textContent = 'Copied.';
    };
    const label = root.querySelector(`label[for="${snippet.id}"]`)?.textContent || 'snippet';
    snippet.after(h('p', {}, h('button', { type: 'button', onclick: copy, 'aria-label': `Copy: ${label}` }, 'Copy'), ' ', said));
  }
}
