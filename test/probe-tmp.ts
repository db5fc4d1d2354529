import { review } from "../src/core/review";
import { jsonGrid } from "./helpers";
for (const id of process.argv.slice(2)) {
  const r = review(jsonGrid(`/work/wt/corpus5a/test/fixtures/real/${id}.json`), "national");
  const m: any = r.model;
  console.log(id, m.family, m.confidence, "header", m.headerRow, "truncated", m.truncated, "cols", JSON.stringify(m.columns), "groups", JSON.stringify((m.groups||[]).map((g:any)=>[g.level,g.label])).slice(0,300), "budget", JSON.stringify(m.budget)?.slice(0,300));
  if (m.familyScores) console.log(JSON.stringify(m.familyScores));
}
