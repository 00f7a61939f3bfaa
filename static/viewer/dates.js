// Dates at their precision, as timeline/display.py renders them.
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const SEASONS = { SP: 'Spring', SU: 'Summer', FA: 'Fall', WI: 'Winter' };
const DAY = 864e5;

const PARTS_OF_DAY = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

const day = (y, m, d) => `${MONTHS[m - 1]} ${+d}, ${y}`;

/** 1st, 2nd, 3rd, 4th, 11th, 21st. */
function ordinal(n) {
  const suffix = n % 100 >= 10 && n % 100 <= 20 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' })[n % 10] || 'th';
  return `${n}${suffix}`;
}

/** Readers know weeks by their dates: the Monday (or, for a weekend, the Saturday) of an ISO week. */
function week(y, w, weekend = '') {
  const jan4 = new Date(Date.UTC(+y, 0, 4));  // January 4 is always in ISO week 1
  const monday = jan4.getTime() + ((1 - jan4.getUTCDay() - 7) % 7) * DAY + (w - 1) * 7 * DAY;
  // A week belongs to the year its Thursday is in: week 54, or week 53 of most years, does not exist.
  if (+w < 1 || new Date(monday + 3 * DAY).getUTCFullYear() !== +y) return `${y}-W${w}${weekend}`;
  const first = new Date(monday + (weekend ? 5 : 0) * DAY);
  return `${weekend ? 'Weekend' : 'Week'} of ${day(first.getUTCFullYear(), first.getUTCMonth() + 1, first.getUTCDate())}`;
}

const RULES = [
  [/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/, (y, m, d, hh, mm) => day(y, m, d) + (hh ? `, ${hh}:${mm}` : '')],
  [/^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI|DT)$/, (y, m, d, part) => `${day(y, m, d)}, ${PARTS_OF_DAY[part]}`],
  [/^(\d{4})-(\d{2})$/, (y, m) => `${MONTHS[m - 1]} ${y}`],
  [/^(\d{4})-Q([1-4])$/, (y, q) => `Q${q} ${y}`],
  [/^(\d{4})-H([12])$/, (y, h) => `${h === '1' ? 'First' : 'Second'} half of ${y}`],
  [/^(\d{4})-(SP|SU|FA|WI)$/, (y, s) => `${SEASONS[s]} ${y}`],
  [/^(\d{4})-W(\d{2})(-WE)?$/, (y, w, weekend) => week(y, w, weekend)],
  [/^(\d{3})$/, (d) => `${d}0s`],
  [/^(\d{2})$/, (c) => `${ordinal(+c + 1)} century`],
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

/** A valid HTML datetime for a date: the longest one its value starts with ("2023-W45" for the weekend
 * "2023-W45-WE", "2023-10-07" for "2023-10-07TMO", "2023" for "2023-Q3"), else the start of its interval.
 * The same as the server's ``machine_date``. */
export function machineDate(date) {
  const start = /^(?:\d{4}-W\d{2}|\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?)/.exec(date?.value || '');
  return start ? start[0] : (date?.earliest || '').slice(0, 10);
}

export { MONTHS, DAY };
