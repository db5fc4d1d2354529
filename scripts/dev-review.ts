import { readFileSync } from "fs";
import { readXlsx } from "../src/hosts/file/xlsx";
import { review } from "../src/core/review";

(async () => {
  for (const f of process.argv.slice(2)) {
    const { sheets } = await readXlsx(readFileSync(f));
    for (const g of sheets) {
      const r = review(g, process.env.PROFILE);
      console.log("==", f, r.model.family, "total", r.model.totals?.score?.value, "computed", r.scores.computedTotal, "grade", r.model.grade?.value, r.scores.computedGrade);
      for (const x of r.findings) console.log("  ", x.severity, x.rule, x.cell, (x.related ?? []).join(","), x.message);
    }
  }
})();
