// Embed a timeline in any page:
//   <a class="timeline-embed" href="https://host/timelines/ID" data-theme="dark" data-accent="#c2410c" data-start="latest">Title</a>
//   <script async src="https://host/static/embed.js"></script>
// data-start opens the timeline at an event: "latest", "first" or an event id (the link's own ?start= works too).
// Each link becomes an iframe sized to the timeline (capped by data-max-height, default 800 px);
// the page's #event-id deep link is handed to the frame, and the reader's place is kept in the page address.
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = new URL(script.src, location.href).origin;
  var frames = window.__timelineFrames = window.__timelineFrames || [];

  function mount(link) {
    var match = /\/(?:timelines|embed)\/([^/?#]+)/.exec(new URL(link.href, location.href).pathname);
    if (!match) return;
    var src = new URL('/embed/' + match[1], origin);
    if (link.dataset.theme) src.searchParams.set('theme', link.dataset.theme);
    if (link.dataset.accent) src.searchParams.set('accent', link.dataset.accent);
    var start = link.dataset.start || new URL(link.href, location.href).searchParams.get('start');
    if (start) src.searchParams.set('start', start);
    if (location.hash.length > 1) src.hash = location.hash;
    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = link.textContent.trim() || 'Timeline';
    frame.className = 'timeline-embed-frame';
    frame.setAttribute('loading', 'lazy');
    frame.style.cssText = 'display:block;width:100%;border:0;height:' + (parseInt(link.dataset.height, 10) || 400) + 'px';
    frame.maxHeight = parseInt(link.dataset.maxHeight, 10) || 800;
    link.replaceWith(frame);
    frames.push(frame);
  }

  function receive(message) {
    var data = message.data;
    if (message.origin !== origin || !data || typeof data.timeline !== 'string') return;
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== message.source) continue;
      if (data.timeline === 'resize' && data.height > 0) {
        frame.style.height = Math.min(Math.ceil(data.height), frame.maxHeight) + 'px';
      } else if (data.timeline === 'event' && typeof data.id === 'string') {
        history.replaceState(history.state, '', '#' + encodeURIComponent(data.id));
      } else if (data.timeline === 'scroll') {
        var rect = frame.getBoundingClientRect();
        var top = rect.top + Math.min(data.top, frame.clientHeight), bottom = rect.top + Math.min(data.bottom, frame.clientHeight);
        if (top < 0 || bottom > innerHeight) window.scrollBy(0, top - innerHeight / 3);
      }
    }
  }

  if (!window.__timelineListening) {
    window.__timelineListening = true;
    window.addEventListener('message', receive);
  }
  var links = document.querySelectorAll('a.timeline-embed[href]');
  for (var j = 0; j < links.length; j++) mount(links[j]);
})();
