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
  // Before the common era: "BC0490" is 490 BC, "BC048" the 480s BC, "BC03" the 4th century BC.
  [/^BC(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(SP|SU|FA|WI))?$/,
    (y, m, d, s) => `${d ? `${MONTHS[m - 1]} ${+d}, ` : m ? `${MONTHS[m - 1]} ` : s ? `${SEASONS[s]} ` : ''}${+y} BC`],
  [/^BC(\d{3})$/, (d) => `${+d}0s BC`],
  [/^BC(\d{2})$/, (c) => `${ordinal(+c + 1)} century BC`],
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

/** Milliseconds since the epoch of the first day of a month of any year (astronomical: 1 BC is year 0). */
export function yearTime(year, month = 0, day = 1) {
  const date = new Date(Date.UTC(2000, month, day)); // then the real year: Date.UTC reads 0-99 as 1900-1999
  return date.setUTCFullYear(year + date.getUTCFullYear() - 2000);
}

const SEASON_START = { SP: 2, SU: 5, FA: 8, WI: 11 };

/** [earliest, latest) of a value before the common era, which the server's calendar cannot hold. */
function bcInterval(value) {
  let m = /^BC(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(SP|SU|FA|WI))?$/.exec(value);
  if (m) {
    const [, y, month, d, s] = m;
    const year = 1 - y, first = s ? SEASON_START[s] : month ? month - 1 : 0;
    const t0 = yearTime(year, first, d ? +d : 1);
    return [t0, d ? t0 + DAY : yearTime(year, first + (s ? 3 : month ? 1 : 12))];
  }
  if ((m = /^BC(\d{2,3})$/.exec(value))) {
    const size = m[1].length === 3 ? 10 : 100, n = +m[1] * size; // BC048: 489-480 BC; BC03: 400-301 BC
    return size === 10 ? [yearTime(1 - n - 9), yearTime(2 - n)] : [yearTime(1 - n - 100), yearTime(1 - n)];
  }
  return [NaN, NaN];
}

/** The [t0, t1) of a date: its earliest and latest, or its value's when it has none (before the common era). */
function bounds(date) {
  return date?.earliest ? [toTime(date.earliest), toTime(date.latest)] : bcInterval(date?.value || '');
}

/** The interval [t0, t1) an event covers, its end date included. */
export function interval(event) {
  const t0 = bounds(event.date)[0];
  const t1 = bounds(event.end_date || event.date)[1];
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
