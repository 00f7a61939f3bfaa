// The home page form: send the article to the API and show its timeline without leaving the page.
import { Viewer } from './viewer.js';
import { prepareWarnings, showWarnings } from './dctprompt.js';

/** Take over the paste form, if the page has one. */
export function enhancePaste(root, start) {
  const form = root.querySelector('form.tl-paste');
  if (!form) return;
  const error = form.querySelector('#paste-error');
  const button = form.querySelector('button[type=submit]');
  let viewer = start;
  prepareWarnings(form);
  form.addEventListener('submit', async (submit) => {
    submit.preventDefault();
    const text = form.elements.text.value;
    const dct = form.elements.dct.value || undefined;
    error.textContent = '';
    showWarnings(form);
    button.disabled = true;
    root.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(form.dataset.api || '/api/v1/extract', {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ text, dct }),
      });
      const result = await response.json();
      if (!response.ok) throw new Error(result.error?.message || `The service answered ${response.status}.`);
      viewer?.destroy();
      const article = { id: null, title: 'Your article', text, dct: result.dct };
      viewer = new Viewer(root, { title: 'Your article', articles: [article], ...result });
      showWarnings(form, result.warnings);
      root.querySelector('.tl-body h2')?.scrollIntoView({ block: 'start' });
    } catch (failure) {
      error.textContent = failure.message;
    } finally {
      button.disabled = false;
      root.removeAttribute('aria-busy');
    }
  });
}
