/* prec61: the prose comparisons of the real sheets (real/, extra/) written again under the rewrites a reviewer reads the
 * same (test/core/metamorphic-compare61.ts): per rewrite, the false flags as written and the slips found when the change or
 * the rate is one digit off. Usage: npx tsx scripts/compare61-variants.ts [--rewrite <name>] [--list] [--missed] */
import { comparisons, measure } from "../test/core/metamorphic-compare61";
const arg = (k: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : undefined; };
const t0 = Date.now();
const cs = comparisons();
if (process.argv.includes("--list")) for (const c of cs) console.log(`CMP\t${c.sheet}\t${c.cell}\t${c.subject}${c.amount}${c.unit} 比${c.base}${c.baseWords}${c.baseStated ? c.baseAmount : "(" + c.baseAmount + ")"} ${c.change ?? "-"} ${c.rate ?? "-"}%`);
const stats = measure(cs, arg("--rewrite"));
for (const [name, s] of Object.entries(stats)) {
  for (const f of s.falseFlags) console.log(`FALSE\t${name}\t${f.flags.join(" ")}\t${f.sentence}`);
  if (process.argv.includes("--missed")) for (const m of s.missed) console.log(`MISSED\t${name}\t${m.which}\t${m.sentence}`);
}
console.log(`${cs.length} comparisons (real/, extra/)`);
console.log("rewrite\twritten\tfalse flags\tchange slips found\trate slips found");
for (const [name, s] of Object.entries(stats)) console.log(`${name}\t${s.written}\t${s.falseFlags.length}\t${s.changeFound}/${s.changeBroken}\t${s.rateFound}/${s.rateBroken}`);
console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s`);
