// Every option of the viewer, with its default, in one place.
export const DEFAULTS = {
  chunk: 100,            // feed articles rendered at a time (more as the reader scrolls)
  wideQuery: '(min-width: 60em)', // the time axis shows from this width; a plain list below it
  groupColours: 8,       // distinct group colours (classes g0..g7 in viewer.css)
  laneHeight: 28,        // axis lane height, CSS px
  maxLanes: 6,           // axis lanes before events are counted in clusters
  labelWidth: 150,       // longest axis label, CSS px
  clusterWidth: 36,      // width of one axis cluster bucket, CSS px
  zoomStep: 1.6,         // zoom factor of one key press or button
  panStep: 0.25,         // share of the visible span one arrow key pans
  minSpan: 864e5,        // narrowest axis span: one day, in ms
  searchDelay: 120,      // ms of quiet typing before the search runs
};

export function options(overrides = {}) {
  return { ...DEFAULTS, ...overrides };
}
