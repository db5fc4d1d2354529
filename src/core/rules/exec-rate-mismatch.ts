import { evaluateRelation } from "../relations";
import { relationMessage, relationMessages } from "../relations/messages";
import { EXEC_RATE_NAME } from "../recognise/vocabulary";
import { lostIntegerPart } from "../text/numbers";
import { FindingDraft, Rule } from "./types";

export const execRateMismatch: Rule = {
  meta: {
    id: "exec-rate-mismatch",
    severity: "error",
    families: "all",
    title: { zh: "执行率计算错误", en: "Execution rate miscomputed" },
    rationale: {
      zh: "执行率 = 执行数 ÷ 预算数（分母按规则方案取全年/调整后预算数或年初预算数；表头写明“(B/A)”时按其所写），按单元格显示的精度比较。",
      en: "执行率 = 执行数 / 预算数 (denominator per profile: 全年/调整后预算数 or 年初预算数; as the header's \"(B/A)\" says where it says), compared at the precision the cell shows.",
    },
    source: "RULEBOOK A-V12, V-EXEC-RATE (TC 执行率(B/A); QS 调整后预算数)",
    messages: relationMessages(["ratio"]),
  },
  check({ model, profile }) {
    const out: FindingDraft[] = [];
    // (an index, no iterator: this runs for every relation, also before the loop is optimised)
    for (let ri = 0, rels = model.relations; ri < rels.length; ri++) {
      const r = rels[ri];
      if (r.kind !== "ratio" || !EXEC_RATE_NAME.test(r.name)) continue;
      const o = evaluateRelation(r, { denominator: profile.budget.denominator === "initial" ? "initial" : "adjusted" });
      if (o.ok) continue;
      const msg = relationMessage(r, o);
      // an amount written without its integer part (".5", ".32": digits lost by the page's text layer) is no number
      // the rate can be proved wrong against: a reminder only
      const damaged = o.from.some((t) => lostIntegerPart(t.text));
      out.push({ cell: r.stated.cell, related: o.from.map((t) => t.cell), ...(damaged ? { severity: "info" as const } : {}), ...msg });
    }
    return out;
  },
};
