import { allGroups } from "../recognise";
import { sum2 } from "../score/aggregate";
import { round } from "../text/numbers";
import type { GroupNode } from "../model/types";
import { compact } from "../text/normalize";
import { fmt, FindingDraft, Rule } from "./types";

/** Σ of a group's weighted children: level-2 groups count with their stated weight, else their leaves. */
function childWeightSum(g: GroupNode): { sum: number; n: number } {
  let sum = 0;
  let n = 0;
  for (const ind of g.indicators) {
    if (ind.weight !== null && ind.childOfRow === null && !ind.notApplicable) {
      sum += ind.weight;
      n++;
    }
  }
  for (const c of g.children) {
    if (c.weight !== null) {
      sum += c.weight;
      n++;
    } else {
      const s = childWeightSum(c);
      sum += s.sum;
      n += s.n;
    }
  }
  return { sum: round(sum), n };
}

/** Σ leaf weights under a group (all levels). */
function leafWeightSum(g: GroupNode): number {
  let s = 0;
  for (const i of g.indicators) if (i.weight !== null && i.childOfRow === null && !i.notApplicable) s += i.weight;
  for (const c of g.children) s += leafWeightSum(c);
  return round(s);
}

/**
 * Relative weights (评价表 templates: 一级 权重 out of the total, each group's 二级 分值 out of 100): every
 * weighted 一级 group's children add up to 100 while the groups' own weights do not.
 */
function relativeWeights(level1: GroupNode[]): boolean {
  const weighted = level1.filter((g) => g.weight !== null && childWeightSum(g).n > 0);
  return weighted.length >= 2 && weighted.every((g) => Math.abs(childWeightSum(g).sum - 100) <= 0.005) && weighted.some((g) => g.weight !== 100);
}

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
    families: ["project-self-eval", "dept-self-eval", "indicator-system", "assessment"],
    title: { zh: "分值合计不符", en: "Weights do not add up" },
    rationale: {
      zh: "下级指标分值之和须等于上级（一级/二级、分块标注、表内注明及总分栏）的分值。",
      en: "Child weights must add up to the parent/category weight stated in its label, the block label, the table's own notes and the 总分 row.",
    },
    source: "RULEBOOK V-W-LEVEL, V-W-TOTAL, A-V1, A-V2, B-V1 (PK-JS weightCheckNew; seed 002)",
  },
  check({ model, scores }) {
    const out: FindingDraft[] = [];
    const lastGroup = model.groups[model.groups.length - 1];
    const isLast = (g: GroupNode) => g === lastGroup || (lastGroup?.children.includes(g) && g === lastGroup.children[lastGroup.children.length - 1]);
    const level1 = model.groups.filter((g) => g.level === 1);
    const relative = relativeWeights(level1);
    for (const g of allGroups(model.groups)) {
      if (g.weight === null) continue;
      const { sum, n } = childWeightSum(g);
      if (n === 0) continue;
      if (Math.abs(sum - g.weight) <= 0.005) continue;
      if (relative && g.level === 1 && Math.abs(sum - 100) <= 0.005) continue;
      // a table cut off at the bottom: its last group may simply be incomplete
      if (model.truncated && isLast(g) && sum < g.weight) continue;
      out.push({
        cell: g.weightCell ?? g.cell,
        related: [...g.indicators.map((i) => i.weightCell).filter((c): c is string => !!c)],
        message: `${g.name || g.label}明细分值合计 ${fmt(sum)}，与标注的 ${fmt(g.weight)} 分不符`,
        messageEn: `${g.name || g.label}: child weights add up to ${fmt(sum)}, not the stated ${fmt(g.weight)}`,
      });
    }
    // the sheet's own notes fix category weights ("注:1.一级指标分值统一设置为:产出指标50分…")
    for (const nw of model.notedWeights) {
      const g = model.groups.find((x) => notedMatches(nw.name, x));
      if (g) {
        const w = g.weight ?? childWeightSum(g).sum;
        if (Math.abs(w - nw.weight) > 0.005) {
          out.push({
            cell: g.cell,
            related: [nw.cell],
            message: `${g.name || g.label}分值为 ${fmt(w)}，但表内注明${nw.name}统一设置为 ${fmt(nw.weight)} 分`,
            messageEn: `${g.name || g.label} is weighted ${fmt(w)} although the table's note fixes ${nw.name} at ${fmt(nw.weight)}`,
          });
        }
      } else if (/执行率|预算执行|资金执行/.test(nw.name) && scores.budgetMain?.item.weight) {
        const w = scores.budgetMain.item.weight;
        if (Math.abs(w.value - nw.weight) > 0.005) {
          out.push({
            cell: w.cell,
            related: [nw.cell],
            message: `预算执行率分值为 ${fmt(w.value)}，但表内注明统一设置为 ${fmt(nw.weight)} 分`,
            messageEn: `Budget execution is weighted ${fmt(w.value)} although the note fixes it at ${fmt(nw.weight)}`,
          });
        }
      }
    }
    // block labels: "绩效指标(90分)" over the indicators, "年度绩效目标1(40分)" per goal
    const leafWeights = model.indicators.filter((i) => i.weight !== null && i.childOfRow === null && !i.notApplicable);
    model.weightBlocks.forEach((b, k) => {
      const inside = leafWeights.filter((i) => i.row >= b.firstRow && i.row <= b.lastRow);
      if (!inside.length) return;
      const sum = sum2(inside.map((i) => i.weight!));
      if (Math.abs(sum - b.weight) <= 0.005) return;
      if (model.truncated && k === model.weightBlocks.length - 1 && sum < b.weight) return;
      const name = b.label.replace(/[(（].*$/, "").trim() || "绩效指标";
      out.push({
        cell: b.cell,
        related: inside.map((i) => i.weightCell!).filter(Boolean),
        message: `${name}分值合计 ${fmt(sum)}，与标注的 ${fmt(b.weight)} 分不符`,
        messageEn: `${name}: weights add up to ${fmt(sum)}, not the stated ${fmt(b.weight)}`,
      });
    });
    // sub-items against the indicator they roll up into
    for (const parent of model.indicators) {
      const subs = model.indicators.filter((i) => i.childOfRow === parent.row && i.weight !== null && i.weightCell !== parent.weightCell);
      if (!subs.length || parent.weight === null || !parent.weightCell) continue;
      const sum = sum2(subs.map((i) => i.weight!));
      if (Math.abs(sum - parent.weight) > 0.005) {
        out.push({
          cell: parent.weightCell,
          related: subs.map((i) => i.weightCell!),
          message: `${parent.name}的分项分值合计 ${fmt(sum)}，与其分值 ${fmt(parent.weight)} 不符`,
          messageEn: `${parent.name}: its sub-items are weighted ${fmt(sum)}, not ${fmt(parent.weight)}`,
        });
      }
    }
    // 小计 rows
    for (const st of model.subtotals) {
      if (!st.weight) continue;
      const rows = leafWeights.filter((i) => st.rows.includes(i.row));
      if (!rows.length) continue;
      const sum = sum2(rows.map((i) => i.weight!));
      if (Math.abs(sum - st.weight.value) > 0.005) {
        out.push({
          cell: st.weight.cell,
          related: rows.map((i) => i.weightCell!).filter(Boolean),
          message: `小计分值 ${fmt(st.weight.value)}，与明细分值合计 ${fmt(sum)} 不符`,
          messageEn: `Subtotal weight ${fmt(st.weight.value)} differs from its rows' ${fmt(sum)}`,
        });
      }
    }
    const bw = scores.budgetMain?.item.weight;
    if (model.budget?.labelWeight != null && model.budget.labelCell && bw && Math.abs(bw.value - model.budget.labelWeight) > 0.005) {
      out.push({
        cell: bw.cell,
        related: [model.budget.labelCell],
        message: `预算执行分值 ${fmt(bw.value)}，与标注的 ${fmt(model.budget.labelWeight)} 分不符`,
        messageEn: `Budget execution weight ${fmt(bw.value)} differs from the stated ${fmt(model.budget.labelWeight)}`,
      });
    }
    // the 总分 row's weight against Σ leaf weights + budget weight
    const tw = model.totals?.weight;
    // with relative weights the total is the sum of the 一级 weights; otherwise of the leaves (+ budget)
    const total = relative ? round(level1.reduce((a, g) => a + (g.weight ?? 0), 0) + (bw?.value ?? 0)) : scores.weightSum;
    const partOf = (g: GroupNode) => (relative ? (g.weight ?? 0) : leafWeightSum(g));
    // a sheet cut above its header may hide the budget item's share of the total: only "more than stated" is sure
    const hidden = model.cutAbove && tw && total !== null && total < tw.value;
    if (tw && total !== null && !model.truncated && !hidden && Math.abs(tw.value - total) > 0.005) {
      const parts = [bw ? `预算执行 ${fmt(bw.value)}` : null, ...model.groups.map((g) => `${g.name || g.label} ${fmt(partOf(g))}`)]
        .filter(Boolean)
        .join(" + ");
      out.push({
        cell: tw.cell,
        related: [...(bw ? [bw.cell] : []), ...leafWeights.map((i) => i.weightCell!).filter(Boolean)],
        message: `各项分值合计 ${fmt(total)}${parts && model.groups.length ? `（${parts}）` : ""}，与总分栏的 ${fmt(tw.value)} 不符`,
        messageEn: `Weights add up to ${fmt(total)}, but the total row states ${fmt(tw.value)}`,
      });
    }
    return out;
  },
};
