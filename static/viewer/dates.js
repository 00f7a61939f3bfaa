// Dates at their precision, as timeline/display.py renders them.
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const SEASONS = { SP: 'Spring', SU: 'Summer', FA: 'Fall', WI: 'Winter' };
const DAY = 864e5;

const RULES = [
  [/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/, (y, m, d, hh, mm) => `${MONTHS[m - 1]} ${+d}, ${y}` + (hh ? `, ${hh}:${mm}` : '')],
  [/^(\d{4})-(\d{2})$/, (y, m) => `${MONTHS[m - 1]} ${y}`],
  [/^(\d{4})-Q([1-4])$/, (y, q) => `Q${q} ${y}`],
  [/^(\d{4})-H([12])$/, (y, h) => `${h === '1' ? 'First' : 'Second'} half of ${y}`],
  [/^(\d{4})-(SP|SU|FA|WI)$/, (y, s) => `${SEASONS[s]} ${y}`],
  [/^(\d{4})-W(\d{2})$/, (y, w) => `Week ${+w} of ${y}`],
  [/^(\d{3})$/, (d) => `${d}0s`],
  [/^(\d{2})$/, (c) => `${+c + 1}th century`],
];

/** A TIMEX3 value for a reader; unknown forms as they are. */
export function displayDate(value = '') {
  for (const [pattern, render] of RULES) {
    const match = pattern.exec(value);
    if (match) return render(...match.slice(1));
  }
  return value;
}

/** Milliseconds since the epoch of an ISO date or datetime, read as UTC. */
export function toTime(iso) {
  if (!iso) return NaN;
  return Date.parse(iso.length <= 10 ? `${iso}T00:00Z` : `${iso}Z`);
}

/** The interval [t0, t1) an event covers, its end date included. */
export function interval(event) {
  const t0 = toTime(event.date?.earliest);
  const t1 = toTime((event.end_date || event.date)?.latest);
  return [t0, t1 > t0 ? t1 : t0 + DAY];
}

/** A valid HTML datetime for a date (the value when it is one, else its year or start). */
export function machineDate(date) {
  const value = date?.value || '';
  if (/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$|^\d{4}-W\d{2}$/.test(value)) return value;
  if (/^\d{4}/.test(value)) return value.slice(0, 4);
  return (date?.earliest || '').slice(0, 10);
}

export { MONTHS, DAY };
