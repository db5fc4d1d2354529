import { evaluateRelation } from "../relations";
import { relationMessage, relationMessages } from "../relations/messages";
import { brokenSumValues, ratioHoldsThroughBrokenTotal } from "../relations/root-cause";
import { EXEC_RATE_NAME } from "../recognise/vocabulary";
import { FindingDraft, Rule } from "./types";

export const ratioMismatch: Rule = {
  meta: {
    id: "ratio-mismatch",
    severity: "error",
    families: "all",
    title: { zh: "比率计算错误", en: "Stated ratio miscomputed" },
    rationale: {
      zh: "表中列出的比率（在职人员控制率 = 在职人数 ÷ 编制数、资金到位率 = 实际到位 ÷ 计划安排）须等于分子除以分母，按显示精度比较；分子或分母本身是与明细不符的合计、按明细合计即相符时，是同一处差错的重复，仅作提示。",
      en: "A stated ratio (在职人员控制率 = 在职人数 / 编制数, 到位率 = 实际到位 / 计划安排) must equal its numerator over its denominator at the shown precision. A ratio broken only through an operand that is itself a broken total (it holds with that total at its parts' sum) repeats that slip: info.",
    },
    source: "RULEBOOK §3.2 在职人员控制率 (SEED002 B31, WL4), B-V7",
    messages: relationMessages(["ratio"]),
  },
  check({ model }) {
    const out: FindingDraft[] = [];
    // the value each broken sum's parts give its total (looked up only once a ratio is broken)
    let fixedAt: Map<string, number> | null = null;
    // (an index, no iterator: this runs for every relation, also before the loop is optimised)
    for (let ri = 0, rels = model.relations; ri < rels.length; ri++) {
      const r = rels[ri];
      if (r.kind !== "ratio" || EXEC_RATE_NAME.test(r.name)) continue;
      const o = evaluateRelation(r);
      if (o.ok) continue;
      const msg = relationMessage(r, o);
      const repeats = ratioHoldsThroughBrokenTotal(r, (fixedAt ??= brokenSumValues(rels)));
      out.push({ cell: r.stated.cell, related: o.from.map((t) => t.cell), ...(repeats ? { severity: "info" as const } : {}), ...msg });
    }
    return out;
  },
};
