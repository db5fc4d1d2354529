import { quantitativeCeiling, tierCeiling } from "../score/indicator";
import { hasCell } from "../model/indicator-row";
import { basisWords, FindingDraft, profileAssumed, Rule } from "./types";

const FORMULA_ZH: Record<string, string> = {
  positive: "正向指标 B/A×分值",
  "reverse-pmkpi": "反向指标 (1−(B−A)/A)×分值",
  "reverse-ratio": "反向指标 A/B×分值",
  equal: "等于指标 B/A×分值",
  qualitative: "定性指标",
  coefficient: "得分系数×权重",
};
const FORMULA_EN: Record<string, string> = {
  positive: "positive B/A×w",
  "reverse-pmkpi": "reverse (1−(B−A)/A)×w",
  "reverse-ratio": "reverse A/B×w",
  equal: "equal B/A×w",
  qualitative: "qualitative",
  coefficient: "coefficient × weight",
};

export const indicatorScoreMismatch: Rule = {
  meta: {
    id: "indicator-score-mismatch",
    severity: "warning",
    families: ["project-self-eval", "dept-self-eval"],
    title: { zh: "指标得分与计分公式不符", en: "Indicator score differs from the formula" },
    rationale: {
      zh: "按正向、反向、等于指标的计分公式重新计算并与填报得分比较（容差 0.01）；自评扣分低于公式值很常见，因此为警告；公式因地区而异，未选择或识别出地区口径时仅作提示（info）；未完成目标却得满分、或高于完成率所在档次（80%–100%、60%–80%、60%以下）的上限时仍为警告；表格设有指标性质栏而该行未填写（指标值本身也无 ≥/≤/=）时，指标方向是假定的，仅作提示。",
      en: "Recompute positive/reverse/equal scores and compare with the entered 得分 (tolerance 0.01). A warning: self-deduction below the formula value is common (LJ); formulas differ by region, so without a chosen or detected profile it is info; full marks for a missed target, or a score above the top of its completion's tier (80–100%, 60–80%, below 60%), stays a warning. Where the sheet has a direction column (指标性质) left blank on the row and the target text names no operator, the direction is assumed: info.",
    },
    source: "RULEBOOK A-V5, V-SCORE-RECALC (PK-SCORE; LJ self-deduction), §10",
    messages: {
      formula: {
        zh: "{{name}}：{{rules}}的{{formula}}{{comparison}}应得 {{expected}} 分，填报 {{stated}} 分",
        en: "{{name}}: the {{formulaEn}} formula {{rulesEn}} gives {{expected}}, the sheet shows {{stated}}",
      },
      aboveAnyFormula: {
        zh: "{{name}}{{comparison}}：已知各种计分公式最高得 {{ceiling}} 分，填报 {{stated}} 分（{{rules}}的{{formula}}应得 {{expected}} 分）",
        en: "{{name}}: no known formula gives more than {{ceiling}}, the sheet shows {{stated}} ({{rulesEn}}, {{formulaEn}}: {{expected}})",
      },
      directionUnstated: {
        zh: "{{name}}{{comparison}}：指标性质栏未填写，按{{formula}}（假定的指标方向）应得 {{expected}} 分，填报 {{stated}} 分（方向不同，结论可能不同）",
        en: "{{name}}: the direction column is blank; read as {{formulaEn}} (an assumed direction) it gives {{expected}}, the sheet shows {{stated}} (another direction may change the verdict)",
      },
    },
  },
  check(ctx) {
    const { model, scores } = ctx;
    const out: FindingDraft[] = [];
    // (an index, no iterator: this runs for every row, also before the loop is optimised)
    for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
      const i = inds[ii];
      const o = scores.indicators.get(i.row);
      if (!o?.ok || o.formula === "qualitative" || i.claimedScore === null || !hasCell(i, "scoreCell")) continue;
      // (kept: the tolerance of a score recomputed by formula, 0.01 as the rule's description states — no sum of cells)
      if (Math.abs(i.claimedScore - o.score) <= 0.01 + 1e-9) continue;
      const c = o.comparison;
      // the evidence behind the formula: 得分系数 (Chongqing's source states it); the quantitative formulas
      // (S-POS, S-NEG, S-EQ) are stated by no regional source, so only a chosen profile backs them
      const field = o.formula === "coefficient" ? "scoreCoefficient" : "reverseFormula";
      const basis = basisWords(ctx, field);
      const assumed = profileAssumed(ctx, field);
      // above what every known formula gives: an over-claim under any variant. Without a stated formula it is a
      // warning where the sheet contradicts itself (full marks for a missed target) or the score is above the top
      // of the completion's tier (分档: 80–100%, 60–80%, below 60%); a deduction smaller than proportional but
      // inside the tier is the judgement many regions allow, so a hint.
      const w = i.weight ?? 0;
      const ceiling = c && o.formula !== "coefficient" ? quantitativeCeiling(c.op?.dir ?? "eq", c.target, c.actual, w) : null;
      const beyond = assumed && ceiling !== null && i.claimedScore > ceiling + 0.01;
      const overClaim =
        beyond && w > 0 && (i.claimedScore >= w - 0.01 || i.claimedScore > tierCeiling(ceiling! / w, w, ctx.profile) + 0.01);
      // the sheet gives each target its direction in a column of its own (指标性质: ≥ | ≤ | =) and leaves it blank on
      // this row, the target text naming none either: whether the target is a floor, a cap or a point is not stated,
      // so a miss (and the score it costs) rests on an assumed direction — a hint naming it, whatever the formula
      const directionUnstated =
        !!model.columns.targetOp && !i.opText?.trim() && !(i.target?.kind === "number" && i.target.quantity?.op) && o.formula !== "coefficient";
      const n = (x: number) => String(+x.toFixed(2));
      out.push({
        cell: i.scoreCell!,
        related: [i.targetCell, i.actualCell, i.weightCell].filter((x): x is string => !!x),
        severity: directionUnstated || (assumed && !overClaim) ? "info" : "warning",
        messageId: directionUnstated ? "directionUnstated" : beyond ? "aboveAnyFormula" : "formula",
        data: {
          name: i.name || "该指标",
          formula: FORMULA_ZH[o.formula],
          formulaEn: FORMULA_EN[o.formula],
          comparison: c ? `（目标 ${n(c.target)}${c.unit}，实际 ${n(c.actual)}${c.unit}）` : "",
          expected: o.score,
          stated: i.claimedScore,
          ceiling: ceiling ?? o.score,
          rules: basis.zh,
          rulesEn: basis.en,
        },
      });
    }
    return out;
  },
};
