#!/usr/bin/env node
"use strict";
/**
 * What the young-generation collector copies per row of a review, on bench-scale's generated sheet (scripts/bench-scale.js:
 * fresh labels for every review) at 4,000 and 40,000 indicator rows. Uses the compiled lib/ (npm run build:lib); LIB=dir
 * reads another build (a base worktree's lib/). For each size, in a process of its own (after a warm-up as bench-scale's),
 * per review, from V8's --trace-gc-nvp lines of the timed reviews: scavenges, mark-compacts, bytes the scavenges found
 * alive (new_space_survived) and moved to the old generation (promoted), and bytes allocated between them.
 * (The heap a review leaves over its grid is no steady figure here: the text caches keep a small sheet's labels from one
 * review to the next, and clear a large one's at its end; a heap snapshot inside the review reads it, see the speed42
 * report.)
 * A review's garbage that dies young costs the scavenger little; what lives across a scavenge is copied (twice before
 * it is promoted), so the survived + promoted bytes per row are the figure to cut. No timing: these counts do not move
 * with the machine's load. `node scripts/retained-per-row.js [rows…]` (default 4000 40000).
 */
const { join } = require("path");
const { spawnSync } = require("child_process");
const lib = process.env.LIB || join(__dirname, "..", "lib");

/** bench-scale's sheet (scale-sheet.js; a run number in every label, so that no label is cached from an earlier review) */
function generator() {
  const { Grid } = require(join(lib, "core/grid/grid.js"));
  const { scaleSheet } = require("./scale-sheet");
  let run = 0;
  return (rows) => scaleSheet(Grid, rows, `-${++run}`);
}

const MODE = process.env.RETAINED_CHILD;
if (MODE) {
  const rows = Number(process.env.RETAINED_ROWS);
  const gen = generator();
  const { review } = require(join(lib, "core/review.js"));
  for (let done = 0, n = 0; done < 120000 || n < 10; done += rows, n++) review(gen(rows));
  const reps = rows >= 20000 ? 3 : 20;
  const grids = [];
  for (let k = 0; k < reps; k++) grids.push(gen(rows));
  console.log("=== START");
  for (let k = 0; k < reps; k++) {
    review(grids[k]);
    grids[k] = null;
  }
  console.log(`=== END ${reps}`);
} else {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const rows of sizes.length ? sizes : [4000, 40000]) {
    const env = { ...process.env, RETAINED_ROWS: String(rows) };
    const t = spawnSync(process.execPath, ["--trace-gc-nvp", __filename], { env: { ...env, RETAINED_CHILD: "1" }, encoding: "utf8", maxBuffer: 1 << 28 });
    if (t.status !== 0) throw new Error(t.stderr.slice(0, 400));
    let on = false;
    let reps = 1;
    const s = { scavenges: 0, markCompacts: 0, survived: 0, promoted: 0, allocated: 0 };
    for (const l of t.stdout.split("\n")) {
      if (l.startsWith("=== START")) on = true;
      else if (l.startsWith("=== END")) {
        on = false;
        reps = Number(l.slice(8));
      } else if (on && / gc=/.test(l)) {
        const field = (name) => Number((new RegExp(` ${name}=([0-9.]+)`).exec(l) || [0, 0])[1]);
        if (/ gc=s /.test(l)) {
          s.scavenges++;
          s.survived += field("new_space_survived");
          s.promoted += field("promoted");
          s.allocated += field("allocated");
        } else if (/ gc=(mc|mmc|ms)/.test(l)) s.markCompacts++;
      }
    }
    const mb = (x) => (x / reps / 1e6).toFixed(2);
    const perRow = (x) => (x / reps / rows).toFixed(0);
    console.log(
      `${rows.toLocaleString("en-US").padStart(6)} rows, per review: ${(s.scavenges / reps).toFixed(2)} scavenges, ${(s.markCompacts / reps).toFixed(2)} mark-compacts, ` +
        `survived ${mb(s.survived)} MB + promoted ${mb(s.promoted)} MB (${perRow(s.survived + s.promoted)} B per row) of ${mb(s.allocated)} MB allocated between scavenges`,
    );
  }
}
