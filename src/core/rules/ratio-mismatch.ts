import { agreesAt } from "../text/numbers";
import { FindingDraft, pct, Rule } from "./types";

export const ratioMismatch: Rule = {
  meta: {
    id: "ratio-mismatch",
    severity: "error",
    families: ["dept-basic-data", "dept-self-eval"],
    title: { zh: "比率计算错误", en: "Stated ratio miscomputed" },
    rationale: {
      zh: "表中列出的比率（在职人员控制率 = 在职人数 ÷ 编制数）须等于分子除以分母，按显示精度比较。",
      en: "A stated ratio (在职人员控制率 = 在职人数 / 编制数) must equal its numerator over its denominator at the shown precision.",
    },
    source: "RULEBOOK §3.2 在职人员控制率 (SEED002 B31, WL4), B-V7",
  },
  check({ model }) {
    const out: FindingDraft[] = [];
    for (const r of model.ratioChecks) {
      if (r.denominator.value === 0) continue;
      const ratio = r.numerator.value / r.denominator.value;
      const stated = r.stated.percent || r.stated.value <= 1.5 ? r.stated.value * 100 : r.stated.value;
      if (agreesAt(stated, ratio * 100, r.stated.decimals, 0.01)) continue;
      out.push({
        cell: r.stated.cell,
        related: [r.numerator.cell, r.denominator.cell],
        message: `${r.label}应为 ${r.numerator.value}/${r.denominator.value} = ${pct(ratio)}，表中为 ${pct(stated / 100)}`,
        messageEn: `${r.label} should be ${pct(ratio)}, the sheet shows ${pct(stated / 100)}`,
      });
    }
    return out;
  },
};
