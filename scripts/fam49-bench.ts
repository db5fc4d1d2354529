/** fam49: the time executionNotice and progressBulletin take over every real sheet (grids built first). */
import { executionNotice, progressBulletin } from "../src/core/recognise/families/progress-bulletin";
import { realGrid, realTruths } from "../test/core/title-variants";
const grids = realTruths().map((t) => realGrid(t.id));
for (const g of grids) g.hasText(/x/);
let t0 = process.hrtime.bigint();
let n = 0;
for (const g of grids) if (executionNotice(g)) n++;
const a = Number(process.hrtime.bigint() - t0) / 1e6;
t0 = process.hrtime.bigint();
let m = 0;
for (const g of grids) if (progressBulletin(g)) m++;
const b = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(`${grids.length} sheets: executionNotice ${a.toFixed(1)} ms (${n} true), progressBulletin ${b.toFixed(1)} ms (${m} true)`);
