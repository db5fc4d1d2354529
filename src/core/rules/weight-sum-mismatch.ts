import type { GroupNode, Relation } from "../model/types";
import { evaluateRelation, RelationOutcome } from "../relations";
import { relationMessage, relationMessages } from "../relations/messages";
import { brokenThroughParts } from "../relations/root-cause";
import { compact } from "../text/normalize";
import { FindingDraft, Rule } from "./types";

/** A noted category ("产出指标50分") matches a group label by its core word (产出 / 效益 / 满意度). */
function notedMatches(noted: string, group: GroupNode): boolean {
  const core = (s: string) => compact(s).replace(/(指标|类|的)$/g, "").replace(/^(服务对象|社会公众或服务对象)/, "");
  const a = core(noted);
  const b = core(group.name);
  return !!a && !!b && (a === b || b.includes(a) || a.includes(b));
}

export const weightSumMismatch: Rule = {
  meta: {
    id: "weight-sum-mismatch",
    severity: "error",
    families: "all",
    title: { zh: "分值合计不符", en: "Weights do not add up" },
    rationale: {
      zh: "下级指标分值之和须等于上级（一级/二级、分块标注、表内注明及总分栏）的分值。",
      en: "Child weights must add up to the parent/category weight stated in its label, the block label, the table's own notes and the 总分 row.",
    },
    source: "RULEBOOK V-W-LEVEL, V-W-TOTAL, A-V1, A-V2, B-V1 (PK-JS weightCheckNew; seed 002)",
    messages: {
      ...relationMessages(["weightGroup", "weightGroupRelative", "weightBlock", "weightSubItem", "weightSubtotal", "weightBudgetLabel", "weightTotal"]),
      notedCategory: {
        zh: "{{name}}分值为 {{weight}}，但表内注明{{noted}}统一设置为 {{notedWeight}} 分",
        en: "{{name}} is weighted {{weight}} although the table's note fixes {{noted}} at {{notedWeight}}",
      },
      notedBudget: {
        zh: "预算执行率分值为 {{weight}}，但表内注明统一设置为 {{notedWeight}} 分",
        en: "Budget execution is weighted {{weight}} although the note fixes it at {{notedWeight}}",
      },
    },
  },
  check({ model, scores }) {
    const out: FindingDraft[] = [];
    // the weight rollups of the tree (三级 → 二级 → 一级 → 总分, sub-items, 小计, block labels, the budget label)
    const broken: { r: Relation & { kind: "rollup" }; o: RelationOutcome }[] = [];
    for (const r of model.relations) {
      if (r.kind !== "rollup" || r.measure !== "weight") continue;
      const o = evaluateRelation(r);
      if (!o.ok) broken.push({ r, o });
    }
    // one slip, one finding: a 一级 broken only through a broken 二级 among its parts is reported at the 二级 alone
    const through = brokenThroughParts(broken);
    for (const { r, o } of broken) {
      if (through.has(r)) continue;
      const msg = relationMessage(r, o);
      const cell = r.reportAt ?? r.total.cell;
      const related = r.level === "budget-label" ? [r.total.cell] : r.parts.map((p) => p.cell);
      out.push({ cell, related: [...new Set(related)].filter((c) => c !== cell), ...msg });
    }
    // the sheet's own notes fix category weights ("注:1.一级指标分值统一设置为:产出指标50分…")
    for (const nw of model.notedWeights) {
      // top-level groups only: a note fixes the 一级 categories
      const g = model.groups.find((x) => notedMatches(nw.name, x));
      if (g) {
        const w = g.weight ?? leafSum(g);
        if (Math.abs(w - nw.weight) > 0.005) {
          out.push({
            cell: g.cell,
            related: [nw.cell],
            messageId: "notedCategory",
            data: { name: g.name || g.label, weight: w, noted: nw.name, notedWeight: nw.weight },
          });
        }
      } else if (/执行率|预算执行|资金执行/.test(nw.name) && scores.budgetMain?.item.weight) {
        const w = scores.budgetMain.item.weight;
        if (Math.abs(w.value - nw.weight) > 0.005) {
          out.push({
            cell: w.cell,
            related: [nw.cell],
            messageId: "notedBudget",
            data: { weight: w.value, notedWeight: nw.weight },
          });
        }
      }
    }
    return out;
  },
};

/** Σ of a group's weighted children (level-2 groups with their own weight count with it). */
function leafSum(g: GroupNode): number {
  let s = 0;
  for (const i of g.indicators) if (i.weight !== null && i.childOfRow === null && !i.notApplicable) s += i.weight;
  for (const c of g.children) s += c.weight ?? leafSum(c);
  return Math.round(s * 100) / 100;
}
