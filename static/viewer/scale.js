// Where a time sits along the axis, from 0 (the first event) to 1 (the end of the last): in proportion,
// except that a long empty stretch is cut short (an axis break), so that one distant event (a bridge built
// in 1887 in a story of 2021-2024) does not squeeze every other event against an edge.

const BREAK = 0.05;   // share of the axis a cut stretch keeps
const LEAST = 0.1;    // least share a stretch of events keeps when the axis has breaks (a lone event too)

export class TimeScale {
  /** The scale of these events ({t0, t1} in ms). */
  constructor(events) {
    const runs = []; // stretches that events cover, overlapping ones merged
    for (const [t0, t1] of events.map((event) => [event.t0, event.t1]).sort((a, b) => a[0] - b[0])) {
      const last = runs[runs.length - 1];
      if (last && t0 <= last[1]) last[1] = Math.max(last[1], t1);
      else runs.push([t0, t1]);
    }
    if (!runs.length) runs.push([0, 864e5]);
    // A gap is cut when it is longer than all the rest of the timeline: longest first, each against what remains.
    const gaps = runs.slice(1).map((run, i) => ({ i, length: run[0] - runs[i][1] })).sort((a, b) => b.length - a.length);
    let rest = runs[runs.length - 1][1] - runs[0][0];
    const cut = new Set();
    for (const gap of gaps) {
      if (gap.length <= rest - gap.length) break;
      cut.add(gap.i);
      rest -= gap.length;
    }
    // Pieces in time order: kept stretches (with their small gaps) and cut ones, each given a share of the axis.
    this.pieces = [];
    let start = runs[0][0];
    runs.forEach(([, end], i) => {
      if (i < runs.length - 1 && !cut.has(i)) return;
      this.pieces.push({ t0: start, t1: end, cut: false });
      if (i < runs.length - 1) this.pieces.push({ t0: end, t1: runs[i + 1][0], cut: true });
      start = runs[i + 1]?.[0];
    });
    // With breaks, each kept stretch gets a share by its number of events (time is no longer to scale between them).
    const count = (piece) => events.filter((event) => event.t0 >= piece.t0 && event.t0 < piece.t1).length;
    const share = (piece) => (piece.cut ? BREAK : cut.size ? Math.max(LEAST, count(piece) / events.length) : 1);
    const total = this.pieces.reduce((sum, piece) => sum + share(piece), 0);
    let u = 0;
    for (const piece of this.pieces) {
      piece.u0 = u;
      u += share(piece) / total;
      piece.u1 = u;
      piece.rate = (piece.u1 - piece.u0) / (piece.t1 - piece.t0); // axis share per ms
    }
    this.breaks = this.pieces.filter((piece) => piece.cut);
    this.kept = this.pieces.filter((piece) => !piece.cut);
  }

  piece(key, value) {
    // The piece holding a time (key 't0') or a position (key 'u0'); the first and last extend beyond the ends.
    const pieces = this.pieces;
    let i = pieces.length - 1;
    while (i > 0 && pieces[i][key] > value) i--;
    return pieces[i];
  }

  /** The axis position (0 to 1) of a time. */
  u(t) {
    const piece = this.piece('t0', t);
    return piece.u0 + (t - piece.t0) * piece.rate;
  }

  /** The time at an axis position. */
  t(u) {
    const piece = this.piece('u0', u);
    return piece.t0 + (u - piece.u0) / piece.rate;
  }
}
