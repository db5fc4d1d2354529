/*
 * tab58: two scans over every fixture with a grid (real, scan, extra, peer, corpus), for cost-total-targets.ts and
 * indicator-parts.ts. Usage: npx tsx scripts/tab58-scan.ts cost|parts
 *   cost   each 成本 line named as a whole (总成本, 总投入, …) with its figures and the sheet's fund totals
 *   parts  each indicator line over a line opening with 其中, and the four lines after it (name=target|actual|unit)
 */
import * as fs from "fs";
import { review } from "../src/core/review";
import { jsonGrid } from "../test/helpers";
import type { EvaluationModel, Indicator } from "../src/core/model/types";

const TOTAL = /总(?:成本|投入|投资|预算|金额|费用|经费|支出)|成本总额|预算成本|预算总额|资金总额|项目(?:成本|资金)|预算(?:金额|资金)/;

function cost(id: string, m: EvaluationModel): void {
  const funds: string[] = [];
  for (const rel of m.relations) if (rel.kind === "sum" && rel.measure === "amount" && (rel.block === "labelled-funds" || rel.block === "budget")) funds.push(`${rel.total.cell}=${rel.total.value}${rel.total.unit ?? ""}`);
  for (const it of m.budget?.items ?? []) if (it.kind === "total") funds.push(`B:${(it.adjusted ?? it.initial)?.cell}=${(it.adjusted ?? it.initial)?.value}`);
  for (const i of m.indicators) {
    if (!i.path.some((p) => /成本/.test(p ?? "")) || !TOTAL.test(i.name)) continue;
    for (const [v, cell] of [[i.target, i.targetCell], [i.actual, i.actualCell]] as const) {
      if (typeof v?.quantity?.value === "number") console.log(`${id}\t${m.family}\t${cell} ${JSON.stringify(v.raw)} u=${i.unit}\t${i.name.slice(0, 24)}\tfunds ${[...new Set(funds)].join(" ")}`);
    }
  }
}

function parts(id: string, m: EvaluationModel): void {
  const inds = m.indicators;
  const show = (i: Indicator) => `${i.name.slice(0, 12)}=${i.target?.raw ?? ""}|${i.actual?.raw ?? ""}|${i.unit ?? ""}`;
  for (let k = 1; k < inds.length; k++) {
    if (!/^其中/.test(inds[k].name) || /^其中/.test(inds[k - 1].name)) continue;
    console.log(`${id}\t${m.family}\tr${inds[k - 1].row} ${show(inds[k - 1])}  >>  ${inds.slice(k, k + 4).map(show).join("  ;  ")}`);
  }
}

const scan = process.argv[2] === "parts" ? parts : cost;
for (const d of ["real", "scan", "extra", "peer", "corpus/cases"]) {
  const dir = `test/fixtures/${d}`;
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith(".json") || f.includes(".truth") || f.includes(".expect") || f === "index.json") continue;
    const j = JSON.parse(fs.readFileSync(`${dir}/${f}`, "utf8"));
    if (j.grid) scan(`${d}/${f.replace(".json", "")}`, review(jsonGrid(`${dir}/${f}`), "national").model);
  }
}
