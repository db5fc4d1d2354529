import { pointsAtRuleHead } from "../recognise/rule-points";
import { fullAward, rateFormulaPoints, rubricAwards, soleAward, targetAward } from "../text/labels";
import { sum2 } from "../score/aggregate";
import { fmt, FindingDraft, Rule } from "./types";

export const rubricPointsMismatch: Rule = {
  meta: {
    id: "rubric-points-mismatch",
    // a hint: the 评分细则 is the template's text, not a number the unit filled in, and a reviewer notes it without
    // counting it against the sheet (the corpus truths list seed 002's A11, 1.5 of 2, as an observation)
    severity: "info",
    families: ["indicator-system", "dept-self-eval", "project-self-eval"],
    title: { zh: "评分细则分值与指标分值不符", en: "Rubric points do not add up to the weight" },
    rationale: {
      zh: "逐项给分的评分细则（①…得0.25分；②…得0.5分）各项分值之和须等于指标分值；含扣分、区间或择一给分的细则不相加。细则是模板文字而非填报数据，因此仅作提示。细则开头写明满分、只给一次分、其余扣分（满分15分.…得10分，…扣0.1分）时，或唯一的得分以完成本项任务为条件、其余只扣分或加分（达到年度任务书要求的,得40分;…扣5分）时，完成所得即满分；与指标分值不同是同一格内自相矛盾，作为警告。按比例计分（比例×50计分）时乘数即满分，与分值不同时提示。",
      en: "An itemised 评分细则 (①…得0.25分；②…得0.5分) must award exactly the indicator's weight. Rubrics with deductions, ranges or alternatives are not summed. The rubric is the template's text, not filled-in data, so a hint. A rule that opens with its full points and awards once, otherwise deducting (满分15分.…得10分，…扣0.1分), awards its full points on completion, and so does a rule whose one award is conditioned on the task's own target, the rest deducting or adding a bonus (达到年度任务书要求的,得40分;…扣5分); where that differs from the weight the sheet contradicts itself: a warning. A rate formula's multiplier (比例×50计分) is the full points: a hint where it differs.",
    },
    source: "RULEBOOK B-V3, V-RUBRIC (seed 002 A11: 1.5 of 2)",
    messages: {
      fullAward: {
        zh: "{{name}}评分标准写明满分 {{weight}} 分，全部完成却得 {{award}} 分，二者不符",
        en: "{{name}}: the rule states {{weight}} points in full, yet full completion earns {{award}}",
      },
      rateFormula: {
        zh: "{{name}}评分细则按比例×{{points}}计分，满分即 {{points}} 分，与指标分值 {{weight}} 分不符",
        en: "{{name}}: the rule scores the rate × {{points}}, so {{points}} in full, yet the weight is {{weight}}",
      },
      soleAward: {
        zh: "{{name}}评分标准只给一次分（得 {{award}} 分），达不到指标分值 {{weight}} 分",
        en: "{{name}}: the rule awards {{award}} once and nothing else, short of the weight {{weight}}",
      },
      sum: {
        zh: "{{name}}评分细则各项合计 {{points}} = {{sum}} 分，与指标分值 {{weight}} 分不符",
        en: "{{name}}: the rubric awards {{points}} = {{sum}} points in total, the weight is {{weight}}",
      },
    },
  },
  check({ model }) {
    const out: FindingDraft[] = [];
    // (an index, no iterator: this runs for every row, also before the loop is optimised)
    for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
      const i = inds[ii];
      if (!i.rubric || !i.rubricCell || i.weight === null) continue;
      const awards = rubricAwards(i.rubric);
      if (!awards) {
        // a rule that opens with the item's points and awards once, otherwise deducting (满分15分.…得10分，…扣…): that one
        // award is what full completion earns, and the sheet contradicts itself in one cell where they differ (a
        // warning); without the points at its head, "得2分" may be per item or per clause, and nothing is said
        // the same where the one award's condition is the task's own target (达到年度任务书要求的,得40分;…扣…), and a
        // weight written as a fraction of 1 (0.4 for 40) is not compared
        const head = pointsAtRuleHead(i.rubric);
        const award = head === i.weight ? fullAward(i.rubric) : head === null ? targetAward(i.rubric) : null;
        if (award === null || Math.abs(award - i.weight) <= 0.005) {
          // a rate formula's multiplier is the full points (按完成率×50计分: a 100% rate earns 50), a hint where it differs
          const rate = head === null && award === null ? rateFormulaPoints(i.rubric) : null;
          if (rate !== null && Math.abs(rate - i.weight) > 0.005 && Math.abs(rate - i.weight * 100) > 0.005) {
            out.push({
              cell: i.rubricCell,
              related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
              messageId: "rateFormula",
              data: { name: i.name || "该指标", points: rate, weight: i.weight },
            });
            continue;
          }
          // a rule that awards once and nothing else (列入预算且有凭证的得1分): its award is the most the item can score,
          // and an item whose 分值 is above it can never be met in full (the weight and its own rule contradict: a warning)
          const sole = head === null && award === null && rate === null ? soleAward(i.rubric) : null;
          if (sole !== null && sole < i.weight - 0.005) {
            out.push({
              cell: i.rubricCell,
              related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
              severity: "warning",
              messageId: "soleAward",
              data: { name: i.name || "该指标", award: sole, weight: i.weight },
            });
          }
          continue;
        }
        if (head === null && Math.abs(award - i.weight * 100) <= 0.005) continue;
        out.push({
          cell: i.rubricCell,
          related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
          severity: "warning",
          messageId: "fullAward",
          data: { name: i.name || "该指标", award, weight: i.weight },
        });
        continue;
      }
      const sum = sum2(awards.points);
      if (Math.abs(sum - i.weight) <= 0.005) continue;
      out.push({
        cell: i.rubricCell,
        related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
        messageId: "sum",
        data: { name: i.name || "该指标", points: awards.points.map(fmt).join("+"), sum, weight: i.weight },
      });
    }
    return out;
  },
};
