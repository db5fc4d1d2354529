import { agreesAt } from "../text/numbers";
import { FindingDraft, pct, Rule } from "./types";

export const execRateMismatch: Rule = {
  meta: {
    id: "exec-rate-mismatch",
    severity: "error",
    families: ["project-self-eval", "dept-self-eval", "monitoring"],
    title: { zh: "执行率计算错误", en: "Execution rate miscomputed" },
    rationale: {
      zh: "执行率 = 执行数 ÷ 预算数（分母按规则方案取全年/调整后预算数或年初预算数），按单元格显示的精度比较。",
      en: "执行率 = 执行数 / 预算数 (denominator per profile: 全年/调整后预算数 or 年初预算数), compared at the precision the cell shows.",
    },
    source: "RULEBOOK A-V12, V-EXEC-RATE (TC 执行率(B/A); QS 调整后预算数)",
  },
  check({ scores }) {
    const out: FindingDraft[] = [];
    for (const b of scores.budget) {
      const stated = b.item.rate;
      if (!stated || b.rate === null || !b.denominator || !b.item.executed) continue;
      // a rate typed as "98.05" (no percent format) means 98.05%; compare in percentage points at the shown decimals
      const asPoints = stated.percent || stated.value <= 1.5 ? stated.value * 100 : stated.value;
      const d = stated.percent || stated.value > 1.5 ? stated.decimals : stated.decimals === null ? null : Math.max(0, stated.decimals - 2);
      if (agreesAt(asPoints, b.rate * 100, d, 0.01)) continue;
      out.push({
        cell: stated.cell,
        related: [b.item.executed.cell, b.denominator.cell],
        message: `执行率应为 ${b.item.executed.value}/${b.denominator.value} = ${pct(b.rate)}，表中为 ${pct(asPoints / 100)}`,
        messageEn: `Execution rate should be ${b.item.executed.value}/${b.denominator.value} = ${pct(b.rate)}, the sheet shows ${pct(asPoints / 100)}`,
      });
    }
    return out;
  },
};
