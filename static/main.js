// Entry point of every page: enhance the server-rendered timeline.
import { Viewer } from './viewer/viewer.js';
import { enhancePaste } from './viewer/paste.js';
import { addCopyButtons } from './viewer/snippets.js';
import { reportSize } from './viewer/frame.js';

const root = document.getElementById('viewer');
const accent = document.documentElement.dataset.accent;
// Validated by the server (a hex colour); set through the CSSOM, which the page CSP allows.
if (accent) document.documentElement.style.setProperty('--accent', accent);

const data = document.getElementById('timeline-data');
const viewer = data ? new Viewer(root, JSON.parse(data.textContent)) : null;
enhancePaste(root, viewer);
addCopyButtons(document);
if (root.hasAttribute('data-embed')) reportSize();
// Editors signed in (the server then renders their bar with a CSRF token) get the editing tools; readers never load them.
if (document.querySelector('.tl-account[data-csrf]')) import('./viewer/editor.js').then(({ enableEditing }) => enableEditing(root));
document.documentElement.dataset.viewer = 'ready';
performance.mark('timeline:ready'); // bench/viewer.py reads it
