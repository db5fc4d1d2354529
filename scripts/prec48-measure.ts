/* prec48: measure the prose readers under copy damage (test/core/prec48-damage.ts). Usage: npx tsx scripts/prec48-measure.ts [only-damage] */
import { DAMAGE_NAMES, ROW_DAMAGES, damaged, extra, flags, proseSources, slipped } from "../test/core/prec48-damage";
const only = process.argv[2];
const srcs = proseSources();
const ruleOf = (x: string) => x.replace(/@.*/, "");
let prints = 0;
const falseBy: Record<string, number> = {};
const caught: Record<string, [number, number]> = {};
const lines: string[] = [];
for (const s of srcs) {
  const base = flags(s.grid, s.merges);
  const slips = (["part", "rate"] as const).map((k) => {
    const sl = slipped(s.grid, k);
    if (!sl) return null;
    const f = flags(sl.grid, s.merges);
    const add = extra(base, f);
    return add.length ? { kind: k, base: f, add } : null;
  });
  for (const d of DAMAGE_NAMES) {
    if (only && d !== only) continue;
    const g = damaged(s.grid, d);
    if (JSON.stringify(g) === JSON.stringify(s.grid)) continue;
    prints++;
    const f = flags(g, s.merges);
    const row = ROW_DAMAGES.includes(d);
    const add = row ? extra(base.map(ruleOf), f.map(ruleOf)) : extra(base, f);
    if (add.length) {
      falseBy[d] = (falseBy[d] ?? 0) + 1;
      lines.push(`FALSE ${d} ${s.id}: ${add.join(" ")}`);
    }
    for (const sl of slips) {
      if (!sl) continue;
      const sg = slipped(g, sl.kind);
      const key = `${sl.kind}/${d}`;
      caught[key] = caught[key] ?? [0, 0];
      caught[key][1]++;
      if (!sg) continue;
      const sf = flags(sg.grid, s.merges);
      const sadd = row ? extra(f.map(ruleOf), sf.map(ruleOf)) : extra(f, sf);
      if (sadd.some((x) => sl.add.map(ruleOf).includes(ruleOf(x)))) caught[key][0]++;
      else lines.push(`MISS ${key} ${s.id}: wanted ${sl.add.join(" ")}`);
    }
  }
}
console.log(lines.join("\n"));
console.log(`sources ${srcs.length}, damaged prints ${prints}`);
console.log("false flags (prints with a new error/warning) by damage:", JSON.stringify(falseBy));
const tot = Object.values(falseBy).reduce((a, b) => a + b, 0);
console.log(`clean prints flagging: ${tot}/${prints}`);
const c = Object.values(caught).reduce((a, b) => [a[0] + b[0], a[1] + b[1]], [0, 0]);
console.log(`slip prints still flagged: ${c[0]}/${c[1]}`, JSON.stringify(caught));
