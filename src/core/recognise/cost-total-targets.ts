import type { Grid } from "../grid/grid";
import type { AmountUnit, EvaluationModel, Indicator, Relation, RelationTerm, SumRelation } from "../model/types";
import { parseA1 } from "../grid/a1";
import { yuanOf } from "../relations/tolerance";
import { compact } from "../text/normalize";

/**
 * (tab58, session 58) **A target form's whole-cost line against its fund total.** A 绩效目标表 (or a 自评表's 年度指标值
 * column) states the project's money twice: once in its fund block (资金总额 | 1125万元, 年度资金总额 6070.00) and once as
 * the 成本指标 that caps the whole project's cost (项目总成本 | ≤1125万元, 项目总投入(≥**万元) | 6070, 年度预算总成本 | 3 万元).
 * The cap is the budget the form asks for: the two are one figure, read as a sum of one part (the cost line's stated value
 * against the fund total), flagged by total-mismatch where they differ.
 *
 * Read: a line under a 成本 heading (一级 or 二级: 成本指标, 经济成本指标) whose name is the whole project's cost — 总成本,
 * 总投入 or 总投资, with nothing before it but the project's or the year's words (项目, 年度, 预算, 计划: 项目总成本,
 * 年度预算总成本, 项目计划总投资) and nothing after it but a bracket ((≤**万元)); its target a number in money, no floor
 * (no ≥: a floor is no cap) and no percent, its unit stated (its text's 万元 / 元, the unit column, or the name's bracket).
 * The fund total: the fund block's total (a labelled 资金总额 over its 其中 lines, the budget block's total line) — one figure
 * (every such total of the sheet the same amount; two different ones leave the line unread) above 0, on a form of one
 * period (a form stating its 实施期 money beside its year's, 实施期资金总额 | 年度资金总额, may cap either: not read).
 * Refused (counter-shapes): a kind's own cost (出差总成本, 劳务人员总成本, 办公费总成本: a part of the whole, a word before
 * 总成本), a unit cost (单位成本, 人均成本, …元/人), a rate (项目成本控制率 100%), an actual (a self-evaluation's 实际完成值
 * may be the money spent, 89.97 of 90), a line with no money unit (6070 against 6070万元 with no unit said is not read).
 */

/** the whole project's cost: 总成本 / 总投入 / 总投资, the project's or year's words before it, a bracket at most after */
const WHOLE_COST = /^(?:项目|年度|本年度?|预算|计划|资金)*总(?:成本|投入|投资)(?:额|金额)?(?:\([^)]*\))?$/;
/** a line's code or mark before its name (指标1:, 1., ★), in compact text */
const LEAD = /^(?:指标\d+:|\(?\d+[).、]?|★|\*)+/;
/** the heading of cost lines */
const COST_HEAD = /成本/;
/** a form's money for its whole 实施期 (beside its year's): two totals a cost line may cap */
const TWO_PERIODS = /实施期(?:资金|总额|预算)/;
/** a fund total's label */
const FUND_TOTAL = /总额|总计|合计|总金额|预算金额|预算数/;

const amountUnit = (s: string | null | undefined): AmountUnit | null => {
  if (!s) return null;
  if (s.indexOf("亿") >= 0) return null;
  if (s.indexOf("万元") >= 0 || /^万$/.test(s.trim())) return "万元";
  if (/^元$|[(（]元[)）]/.test(s.trim())) return "元";
  return null;
};

/** the money unit a cost line states: its value's own, else its unit column's, else its name's bracket */
function costUnit(i: Indicator, valueUnit: string): AmountUnit | null {
  const own = valueUnit ? compact(valueUnit) : "";
  if (own) return own === "万元" || own === "万" ? "万元" : own === "元" ? "元" : null;
  const col = amountUnit(i.unit ? compact(i.unit) : null);
  if (col) return col;
  const br = /\(([^)]*)\)$/.exec(compact(i.name));
  return br ? amountUnit(br[1]) : null;
}

/** the sheet's one fund total (its value above 0, every fund total of the sheet the same amount), or null */
function fundTotal(model: EvaluationModel, found: readonly Relation[]): RelationTerm | null {
  const totals: RelationTerm[] = [];
  for (let k = 0; k < found.length; k++) {
    const r = found[k];
    if (r.kind !== "sum" || r.measure !== "amount" || (r.block !== "labelled-funds" && r.block !== "budget")) continue;
    // (its unit where the block says it; where not, the one tolerance policy tells a 万元/元 slip from a sum off)
    if (r.total.value > 0 && FUND_TOTAL.test(compact(r.label))) totals.push(r.total);
  }
  const b = model.budget;
  if (b) {
    for (const it of b.items) {
      if (it.kind !== "total") continue;
      for (const n of [it.initial, it.adjusted]) if (n && n.value > 0) totals.push({ ...n, label: it.label, unit: b.unit });
    }
  }
  if (!totals.length) return null;
  // (one amount: in 元 where both say their unit, as written where one does not)
  const same = (a: RelationTerm, b: RelationTerm) => (a.unit && b.unit ? Math.abs(yuanOf(a) - yuanOf(b)) <= 0.005 : a.value === b.value);
  for (let k = 1; k < totals.length; k++) if (!same(totals[0], totals[k])) return null;
  return totals[0];
}

export function costTotalTargets(grid: Grid, model: EvaluationModel, found: readonly Relation[]): SumRelation[] {
  // (a declaration's only: a self-evaluation's 成本指标 is a planned figure beside a budget block that may have been adjusted
  // since — '项目总成本 ≤90万元' on a form whose 年度资金总额 is 880 — so there the two need not agree)
  if (model.family !== "target-declaration") return [];
  let fund: RelationTerm | null | undefined;
  const out: SumRelation[] = [];
  for (let k = 0; k < model.indicators.length; k++) {
    const i = model.indicators[k];
    // (the gate: a 总 in the name, as written or in traditional characters, a number in the target cell; then the names
    // compared in their compact form: simplified, no spaces)
    if ((i.name.indexOf("总") < 0 && i.name.indexOf("總") < 0) || !i.targetCell || !i.target || i.target.kind !== "number") continue;
    const q = i.target.quantity;
    if (!q || q.percent || (q.op && q.op.dir === "ge")) continue;
    if (!WHOLE_COST.test(compact(i.name).replace(LEAD, ""))) continue;
    if (!i.path.some((p, d) => d < 2 && !!p && COST_HEAD.test(compact(p)))) continue;
    const unit = costUnit(i, q.unit);
    if (!unit) continue;
    if (fund === undefined) fund = grid.hasText(TWO_PERIODS) ? null : fundTotal(model, found);
    if (!fund) return out;
    const at = parseA1(i.targetCell);
    const cost: RelationTerm = { cell: i.targetCell, row: at.row, col: at.col, value: q.value, text: i.target.raw, decimals: q.decimals, percent: false, label: i.name, unit };
    out.push({ kind: "sum", id: `sum:amount:${i.targetCell}:cost-total`, measure: "amount", block: "labelled-funds", orientation: "rows", label: i.name, total: cost, parts: [fund], bound: "equal" });
  }
  return out;
}
