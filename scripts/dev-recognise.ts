import { readFileSync } from "fs";
import { readXlsx } from "../src/hosts/file/xlsx";
import { recognise } from "../src/core/recognise";

(async () => {
  for (const f of process.argv.slice(2)) {
    const { sheets } = await readXlsx(readFileSync(f));
    for (const g of sheets) {
      const m = recognise(g);
      console.log("==", f, m.family, m.confidence, "header", m.headerRow, JSON.stringify(m.columns), "trunc", m.truncated);
      console.log("  budget", m.budget && JSON.stringify({ h: m.budget.headerRow, cols: m.budget.columns, lw: m.budget.labelWeight, rule: m.budget.ruleCell, items: m.budget.items.map((i) => [i.row, i.kind, i.label, i.initial?.value, i.adjusted?.value, i.executed?.value, i.rate?.value, i.weight?.value, i.score?.value, i.scoreNA]) }));
      for (const i of m.indicators) console.log("  ind", i.row, i.path.join(">"), "w", i.weight, i.weightCell, "s", i.claimedScore, i.scoreCell, "t", i.target?.kind, i.target?.quantity?.op?.dir, i.target?.quantity?.value, "a", i.actual?.kind, i.actual?.quantity?.value, i.actualTier, "na", i.notApplicable);
      console.log("  groups", m.groups.map((g) => `${g.cell}:${g.name}(${g.weight})[${g.children.map((c) => `${c.cell}:${c.name}(${c.weight})`).join(",")}]`).join(" "));
      console.log("  totals", JSON.stringify(m.totals && { w: m.totals.weight?.cell + "=" + m.totals.weight?.value, s: m.totals.score?.cell + "=" + m.totals.score?.value }), "grade", m.grade?.cell, m.grade?.value, "block", JSON.stringify(m.indicatorBlockWeight), "noted", JSON.stringify(m.notedWeights), "placeholders", m.placeholderRows.join(","));
      console.log("  sums", JSON.stringify(m.sumChecks.map((s) => [s.label, s.columns.map((c) => [c.total.cell, c.total.value, c.parts.map((p) => p.value)])])), "ratios", m.ratioChecks.length);
    }
  }
})();
