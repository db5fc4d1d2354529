/**
 * (mon50) The reach of plan-shares.ts on the real sheets: every text cell of every real fixture's grid read by planShares,
 * each share printed with its verdict (agrees as printed / within rounding / a slip) and whether the truth lists a slip there.
 * Run: npx tsx scripts/mon50-measure.ts
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { planShares } from "../src/core/recognise/plan-shares";
import { proseText } from "../src/core/recognise/prose-rates";
import { ratioAgrees } from "../src/core/relations/tolerance";

const dir = join(__dirname, "..", "test", "fixtures", "real");
let cells = 0;
let read = 0;
let flagged = 0;
let flaggedTrue = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith(".json") && !x.endsWith(".truth.json"))) {
  const j = JSON.parse(readFileSync(join(dir, f), "utf8"));
  if (!Array.isArray(j.grid)) continue;
  let truth: { inconsistencies?: { cell: string }[] } = {};
  try {
    truth = JSON.parse(readFileSync(join(dir, f.replace(/\.json$/, ".truth.json")), "utf8"));
  } catch {
    /* no truth */
  }
  const slips = new Set((truth.inconsistencies ?? []).map((x) => x.cell));
  j.grid.forEach((row: unknown[], r: number) =>
    (row ?? []).forEach((v, c) => {
      if (typeof v !== "string" || v.length < 12) return;
      cells++;
      for (const x of planShares(proseText(v))) {
        read++;
        const cell = String.fromCharCode(65 + c) + (r + 1);
        const [n, d] = x.done.unit !== x.plan.unit && x.done.kind === "money" ? [x.done.value * (x.done.unit === "万元" ? 1e4 : 1), x.plan.value * (x.plan.unit === "万元" ? 1e4 : 1)] : [x.done.value, x.plan.value];
        const printed = ratioAgrees({ value: x.rate.value, decimals: x.rate.decimals, percent: false } as never, n, d, true).ok;
        const verdict = printed ? "agrees" : x.roundedOk ? "rounding" : "SLIP";
        if (verdict === "SLIP") {
          flagged++;
          if (slips.has(cell)) flaggedTrue++;
        }
        console.log(`${f.replace(/\.json$/, "")}\t${cell}\t${verdict}${slips.has(cell) ? " (truth: slip)" : ""}\t${x.done.words}${x.done.text} / ${x.plan.words}${x.plan.text} = ${((n / d) * 100).toFixed(2)}% vs ${x.rate.text} (${x.base})`);
      }
    }),
  );
}
console.log(`cells ${cells}, shares read ${read}, flagged ${flagged} (of which at a truth's slip ${flaggedTrue})`);
