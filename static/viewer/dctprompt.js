// When an article comes back without a publication date, say so and ask for the date.
// Relative dates ("yesterday", "on Monday") cannot be placed without it; the date given here re-runs extraction.
import { h } from './dom.js';

// The warnings after which the reader is asked for the date (timeline.model.WARNING_CODES).
const ASK_FOR_DATE = new Set(['no_dct', 'dct_without_year']);

/** The form's warnings region (a live region the server page may already hold). */
function region(form) {
  let box = form.querySelector('.tl-warnings');
  if (!box) {
    box = h('div', { class: 'tl-warnings', role: 'status' });
    form.append(box);
  }
  return box;
}

/** Make sure the region exists before any result, so that screen readers announce what appears in it. */
export function prepareWarnings(form) {
  region(form);
}

/** Show a result's warnings; when its date is missing, an input that re-runs extraction with the date given. */
export function showWarnings(form, warnings = []) {
  const box = region(form);
  box.replaceChildren(...warnings.map((warning) => h('p', { class: 'tl-warning', 'data-code': warning.code }, warning.message)));
  if (!warnings.some((warning) => ASK_FOR_DATE.has(warning.code))) return;
  const input = h('input', { id: 'dct-again', type: 'date', required: true });
  const rerun = () => {
    if (!input.value) {
      input.reportValidity();
      return;
    }
    form.elements.dct.value = input.value;
    form.requestSubmit();
  };
  const button = h('button', { type: 'button', onclick: rerun }, 'Show the timeline with this date');
  input.addEventListener('keydown', (key) => {
    if (key.key === 'Enter') {
      key.preventDefault(); // not the form's own submit, which would send the old date
      rerun();
    }
  });
  box.append(h('p', { class: 'tl-ask-date' }, h('label', { for: 'dct-again' }, 'Publication date'), ' ', input, ' ', button));
}
