/**
 * Generated WHOLE self-evaluation forms for generated-self-eval-forms.test.ts: head, fund block, goals, indicators,
 * total and grade together, in three templates —
 *  - national: 项目支出绩效自评表 (财预〔2020〕10号): 项目资金(万元) block 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
 *    执行率 | 得分 over 年度资金总额 / 其中:当年财政拨款 / 上年结转资金 / 其他资金, 年度总体目标, indicators, 总分;
 *  - transfer: 转移支付区域(项目)绩效目标自评表: 资金投入情况 全年预算数(A) | 全年执行数(B) | 执行率(B/A) over 中央/地方资金;
 *  - hunan: the 财政支出项目绩效评价自评报告 table: funds by government level (中央/省/市/县(市)/其它) as label | value
 *    pairs 计划安排 | 实际到位 | 实际支出 | 结余 (结余 = 到位 − 支出), and a 项目支出明细 list with 会计凭证号 and its 合计.
 * Shapes of filled-in forms drawn after those (points and amounts typed with their units, full-width digits, numbers
 * as text, spacer / 填报单位 / signature lines, a 偏差原因分析 block, no merges, fund lines by government level,
 * lettered fund heads, spaced labels, actual values in words, a 序号 column) keep the earlier seeds' forms.
 * A seeded PRNG picks the variations; the builder writes a consistent form and records the cells each injected error
 * lands on. The indicator tree and its numbers come from the indicator-table generator (generated-indicator-tables.ts).
 */
import { Converter } from "opencc-js/cn2t";
import { Grid } from "../../src/core/grid/grid";
import { a1, parseA1 } from "../../src/core/grid/a1";
import { mulberry32, sheetRows } from "../helpers";
import { buildTree, Cellv, codeOf, fillLeaves, GRADE_OF, LEAVES, Mutation as GeneratedMutation, Node, Numbering, round2, Spec as TableSpec, WRONG_GRADE } from "./generated-indicator-tables";

export type Template = "national" | "transfer" | "hunan";
export type RateFormat = "pct" | "pct1" | "fraction" | "plain";

export interface FormSpec {
  template: Template;
  /** national: 分值 before 执行率 (the 2020 order) or after it */
  rateBeforeWeight: boolean;
  /** a 备注 column at the right of the fund block and the indicators */
  remark: boolean;
  /** the weight column headed 权重(%) instead of 分值 */
  weightPercent: boolean;
  /** where the unit is: in the block's label ("项目资金(万元)"), in a cell under the title ("单位：万元"), or 元 amounts */
  unit: "label" | "cell" | "title" | "yuan";
  /** hunan: the expense list in 元 under funds in 万元 (its 合计 is 实际支出 × 10000) */
  detailYuan: boolean;
  /** national: more executed than budgeted (执行率 above 100%, the score capped at its 分值) */
  overRun: boolean;
  /** the grade written in one cell ("自评等级：优") instead of label | grade */
  gradeInCell: boolean;
  /** national: the fund lines' labels merged over two columns (the values one column further right) */
  wideFund: boolean;
  /** the indicator table's 分值 before 年度指标值 | 实际完成值 */
  weightFirst: boolean;
  /** the budget-score rule printed in the 得分 heading ("得分（执行率×分值）") instead of a note */
  ruleInHeader: boolean;
  /** amounts written as text with thousands separators ("1,449,300.00") */
  groupedAmounts: boolean;
  /** hunan: the funds as a table (资金来源 | 计划安排 | 实际到位 | 实际支出 | 结余, one line per level, 合计 first or last) */
  hunanTable: false | "first" | "last";
  /** the closing line's 分值 left blank (only its 得分 written) */
  totalScoreOnly: boolean;
  /** the closing line's label */
  totalWord: "总分" | "合计" | "总计";
  rate: RateFormat;
  /** a note under the form printing the budget-execution score rule (得分 = 执行率 × 分值) */
  printedRule: boolean;
  /** 其他资金 / 其它 lines left blank (else 0 written) */
  blankOther: boolean;
  /** cover lines (报告 title, 评价机构, 报告日期) above the form */
  cover: boolean;
  /** leaf numbering of the 三级指标 */
  numbering: Numbering;
  /** group labels merged down, repeated, or written once */
  fill: "merged" | "repeated" | "blank";
  /** a grade line under the total */
  grade: boolean;
  /** in traditional characters, Taiwan or Hong Kong forms (opencc-js, as the engine reads them) */
  traditional: false | "tw" | "hk";
  /** national: the indicator header on one line (no 绩效指标 line over the three levels) */
  oneLineHeader: boolean;
  /** a second form under the first (of the same template, or of another where the seed says so) */
  twoForms: boolean;
  // —— drawn after the ones above (earlier seeds keep their forms) ——
  /** the indicators' 分值 and 得分 (and the total's) written as text with 分: "10分", "9.5分" */
  pointUnits: boolean;
  /** the fund amounts written as text with their unit: "125.50万元", "1255000元" */
  amountUnits: boolean;
  /** the indicators' 年度指标值 and 实际完成值 typed with full-width digits: "≥９５％", "１２００人次" */
  fullWidth: boolean;
  /** blank spacer lines between the head, the fund block, the goals and the indicators */
  spacers: boolean;
  /** a 填报单位（盖章）：… | 填报日期：… line under the title */
  fillLine: boolean;
  /** a signature line under the form (单位负责人 / 财务负责人 / 填表人 / 联系电话) */
  signature: boolean;
  /** a 偏差原因分析及改进措施 block (and a 主要经验及做法 one) under the table: label | text across */
  deviationBlock: boolean;
  /** no merged cells at all (each merged value in its top-left cell, the others blank) */
  unmerged: boolean;
  /** national: the fund lines by government level (其中：中央财政资金 / 省级 / 市县 / 其他资金) */
  fundLevels: boolean;
  /** national: the fund heads lettered 全年预算数（A） | 全年执行数（B） | 执行率（B/A） */
  lettered: boolean;
  /** the closing label and the fund total's label typed with spaces inside (合　计, 总  分, 年度资金 总额) */
  spacedLabels: boolean;
  /** every number typed as text with two decimals ("9.00", "125.50") */
  numbersAsText: boolean;
  /** met targets' 实际完成值 written in words (已完成 / 达到目标 / 是) where the target is a count */
  actualWords: boolean;
  /** a 序号 column left of the indicator levels (1, 2, 3 … on the leaves) */
  serial: boolean;
  /** besides ≥ targets, met caps (投诉率 ≤5% | 2%), deadlines (2023年12月31日前 | 2023年11月20日) and qualitative
   *  targets (明显提升 | 明显提升) on some lines; a cap exceeded with full marks and no reason is then injected */
  targetKinds: boolean;
  /** ≥ targets in words as units write them: 不少于500人, 95%以上, >=95%, 不低于95%, 达到95% (by line) */
  targetWords: boolean;
  /** the title as units write it (index into TITLES; 0: the template's own), or no title line at all (-1) */
  title: number;
}

/** Titles filled-in self-evaluations carry (the template's own is TITLE_OF) */
export const TITLES = [
  "",
  "2023年度项目支出绩效自评表",
  "某某县农业技术推广中心项目支出绩效自评表",
  "财政项目支出绩效自评表",
  "项目支出绩效自评结果表",
  "某某专项资金绩效自评表",
  "附表：项目支出绩效自评表",
  "项目绩效目标自评表",
];

export type MutationKind = "fund-total" | "exec-rate" | "exec-score" | "balance" | "detail-total" | "score-over" | "total" | "grade" | "missed-target" | "code" | "missed-cap" | "missed-full";
export const RULE_OF: Record<MutationKind, string> = {
  "fund-total": "total-mismatch",
  "exec-rate": "exec-rate-mismatch",
  "exec-score": "exec-score-mismatch",
  balance: "total-mismatch",
  "detail-total": "total-mismatch",
  "score-over": "score-exceeds-weight",
  total: "total-mismatch",
  grade: "grade-mismatch",
  "missed-target": "missing-reason",
  code: "code-sequence",
  "missed-cap": "missing-reason",
  "missed-full": "missing-reason",
};

export interface Mutation extends GeneratedMutation<MutationKind> {
  /** "info": the finding must be an info at one of the cells and no error of that rule anywhere */
  severity?: "info";
}

export interface BuiltForm {
  spec: FormSpec;
  key: string;
  grid: (edits?: Record<string, Cellv>) => Grid;
  mutations: Mutation[];
}


export function sampleFormSpec(rnd: () => number): FormSpec {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  return {
    template: pick(["national", "national", "transfer", "hunan"] as const),
    rateBeforeWeight: rnd() < 0.3,
    remark: rnd() < 0.3,
    weightPercent: rnd() < 0.2,
    unit: pick(["label", "label", "cell", "title", "yuan"] as const),
    detailYuan: rnd() < 0.5,
    overRun: rnd() < 0.2,
    gradeInCell: rnd() < 0.3,
    groupedAmounts: rnd() < 0.2,
    hunanTable: rnd() < 0.5 ? (rnd() < 0.5 ? "first" : "last") : false,
    totalScoreOnly: rnd() < 0.15,
    wideFund: rnd() < 0.35,
    weightFirst: rnd() < 0.25,
    ruleInHeader: rnd() < 0.3,
    totalWord: pick(["总分", "总分", "合计", "总计"] as const),
    rate: pick(["pct", "pct", "pct1", "fraction", "plain"] as const),
    printedRule: rnd() < 0.5,
    blankOther: rnd() < 0.5,
    cover: rnd() < 0.25,
    numbering: pick(["none", "none", "1.", "(一)", "一、"] as const),
    fill: pick(["merged", "merged", "repeated", "blank"] as const),
    grade: rnd() < 0.6,
    traditional: rnd() < 0.15 ? (rnd() < 0.5 ? "tw" : "hk") : false,
    oneLineHeader: rnd() < 0.3,
    twoForms: rnd() < 0.12,
    pointUnits: rnd() < 0.2,
    amountUnits: rnd() < 0.2,
    fullWidth: rnd() < 0.15,
    spacers: rnd() < 0.3,
    fillLine: rnd() < 0.3,
    signature: rnd() < 0.3,
    deviationBlock: rnd() < 0.25,
    unmerged: rnd() < 0.15,
    fundLevels: rnd() < 0.3,
    lettered: rnd() < 0.3,
    spacedLabels: rnd() < 0.25,
    numbersAsText: rnd() < 0.2,
    actualWords: rnd() < 0.2,
    serial: rnd() < 0.2,
    targetKinds: rnd() < 0.35,
    title: rnd() < 0.4 ? (rnd() < 0.2 ? -1 : 1 + Math.floor(rnd() * (TITLES.length - 1))) : 0,
    targetWords: rnd() < 0.35,
  };
}

export function formKey(s: FormSpec): string {
  return [
    s.template,
    s.rateBeforeWeight ? "rate<weight" : "weight<rate",
    s.remark ? "remark" : "",
    s.weightPercent ? "权重%" : "",
    `unit:${s.unit}`,
    `rate:${s.rate}`,
    s.template === "hunan" && s.detailYuan ? "detail元" : "",
    s.template === "national" && s.overRun ? "overrun" : "",
    s.gradeInCell ? "grade1cell" : "",
    s.groupedAmounts ? "1,000.00" : "",
    s.template === "hunan" && s.hunanTable ? `fundtable-${s.hunanTable}` : "",
    s.totalScoreOnly ? "total-score-only" : "",
    s.template === "national" && s.wideFund ? "widefund" : "",
    s.weightFirst ? "weightfirst" : "",
    s.template === "national" && s.printedRule && s.ruleInHeader ? "rule@head" : "",
    s.totalWord,
    s.printedRule ? "rule" : "norule",
    s.blankOther ? "blankother" : "0other",
    s.cover ? "cover" : "",
    `num:${s.numbering}`,
    s.fill,
    s.grade ? "grade" : "",
    s.traditional ? `trad-${s.traditional}` : "",
    s.template === "national" && s.oneLineHeader ? "hdr1line" : "",
    s.twoForms ? "two" : "",
    s.pointUnits ? "9分" : "",
    s.amountUnits ? "12.5万元" : "",
    s.fullWidth ? "全角" : "",
    s.spacers ? "spacers" : "",
    s.fillLine ? "fill-line" : "",
    s.signature ? "signature" : "",
    s.deviationBlock ? "deviation-block" : "",
    s.unmerged ? "unmerged" : "",
    s.template === "national" && s.fundLevels ? "fund-levels" : "",
    s.template === "national" && s.lettered ? "(A)(B)" : "",
    s.spacedLabels ? "合　计" : "",
    s.numbersAsText ? "\"9.00\"" : "",
    s.actualWords ? "已完成" : "",
    s.serial ? "序号" : "",
    s.targetKinds ? "≤|前|明显" : "",
    s.title ? `title:${s.title < 0 ? "none" : TITLES[s.title]}` : "",
    s.targetWords ? "不少于" : "",
  ]
    .filter(Boolean)
    .join("|");
}

/** amounts with two decimals (万元) or whole yuan */
function money(rnd: () => number, lo: number, hi: number): number {
  return round2(lo + rnd() * (hi - lo));
}

function rateText(f: RateFormat, rate: number): Cellv {
  // rate: a fraction; shown with two decimals in percent
  const p = round2(rate * 100);
  if (f === "pct") return `${p.toFixed(2)}%`;
  if (f === "pct1") return `${(rate * 100).toFixed(1)}%`;
  if (f === "fraction") return Math.round(rate * 10000) / 10000;
  return p.toFixed(2);
}

/** One form written from row `top` (1-based) of a sheet `width` wide; returns its rows, merges and mutations. */
function buildOne(spec: FormSpec, seed: number, top: number): { rows: Cellv[][]; merges: string[]; mutations: Mutation[]; width: number } {
  const rnd = mulberry32(seed * 104729 + 3);
  const mutations: Mutation[] = [];
  const remarkCols = spec.remark ? 1 : 0;
  const wide = spec.template === "national" && spec.wideFund ? 1 : 0;
  const width = 8 + remarkCols + wide;
  const R = () => top + rows.length; // the sheet row of the next line
  const { rows, merges, add, merge } = sheetRows(width, top);
  const yuan = spec.unit === "yuan";
  const unitWord = yuan ? "元" : "万元";
  const grouped = (x: number, decimals: number) => x.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  /** a number, or (numbersAsText) its text with two decimals */
  const num = (x: number): Cellv => (spec.numbersAsText ? x.toFixed(2) : x);
  const bare = (x: number): Cellv => (spec.groupedAmounts ? grouped(yuan ? Math.round(x * 10000) : round2(x), 2) : num(yuan ? Math.round(x * 10000) : round2(x)));
  const amount = (x: number): Cellv => (spec.amountUnits ? `${bare(x)}${unitWord}` : bare(x));
  /** points: a number, or text with 分 */
  const pts = (x: number): Cellv => (spec.pointUnits ? `${round2(x)}分` : num(x));
  /** a label typed with a space inside (合　计) */
  const spaced = (w: string): string => (spec.spacedLabels && w.length === 2 ? `${w[0]}${w === "总计" ? "  " : "　"}${w[1]}` : w);
  /** a target or an actual value, with full-width digits where the spec says so */
  const fw = (x: Cellv): Cellv => (spec.fullWidth && typeof x === "string" ? x.replace(/[0-9.%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)) : x);

  // cover
  if (spec.cover) {
    const t = add([spec.template === "hunan" ? "财政支出项目绩效评价自评报告" : "项目支出绩效自评报告"]);
    merge(t, 1, t, width);
    add(["评价类型：项目完成结果评价"]);
    add(["评价机构：部门（单位）评价组"]);
    add(["报告日期：2024年3月15日"]);
    add([]);
  }

  // title and head
  const title = spec.title > 0 ? TITLES[spec.title] : spec.template === "national" ? "项目支出绩效自评表" : spec.template === "transfer" ? "转移支付区域（项目）绩效目标自评表" : "项目绩效自评表";
  const tr = spec.title < 0 ? add([spec.unit === "title" ? `单位：${unitWord}` : "（2023年度）"]) : add([spec.unit === "title" ? `${title}（单位：${unitWord}）` : spec.unit === "label" && spec.template !== "hunan" ? title : `${title}（2023年度）`]);
  merge(tr, 1, tr, width);
  if (spec.unit === "cell" || spec.unit === "yuan") add([null, null, null, null, null, null, `单位：${unitWord}`]);
  if (spec.fillLine) add(["填报单位（盖章）：某某县农业技术推广中心", null, null, null, null, "填报日期：2024年3月10日"]);
  const headPair = (l1: string, v1: string, l2?: string, v2?: string) => {
    const r = add(l2 ? [l1, v1, null, null, l2, v2 ?? null] : [l1, v1]);
    if (l2) {
      merge(r, 2, r, 4);
      merge(r, 6, r, width);
    } else merge(r, 2, r, width);
  };
  if (spec.template === "transfer") {
    headPair("转移支付（项目）名称", "某某专项转移支付");
    headPair("中央主管部门", "某部", "地方主管部门", "某某县农业农村局");
    headPair("资金使用单位", "某某县农业技术推广中心");
  } else {
    if (spec.template === "hunan") {
      const s1 = add(["一、项目基本概况"]);
      merge(s1, 1, s1, width);
    }
    headPair("项目名称", "某某项目");
    headPair("主管部门", "某某县农业农村局", spec.template === "hunan" ? "项目单位" : "实施单位", "某某县农业技术推广中心");
  }

  if (spec.spacers) add([]);
  let budgetScore = 0;
  let budgetWeight = 0;
  const ruleNote = "注：预算执行率得分＝执行率×分值，最高不超过分值。";

  if (spec.template === "national") {
    budgetWeight = 10;
    // 全年预算数 and its parts; 全年执行数 ≤ 全年预算数
    const parts = spec.fundLevels ? [money(rnd, 40, 300), money(rnd, 0, 60), money(rnd, 0, 40), spec.blankOther ? 0 : money(rnd, 0, 20)] : [money(rnd, 40, 300), money(rnd, 0, 60), spec.blankOther ? 0 : money(rnd, 0, 20)];
    const initial = parts.map((p) => round2(p * (0.8 + rnd() * 0.2)));
    const done = parts.map((p) => round2(p * (spec.overRun ? 1.01 + rnd() * 0.05 : 0.75 + rnd() * 0.25)));
    const plan = round2(parts.reduce((s, x) => s + x, 0));
    const init = round2(initial.reduce((s, x) => s + x, 0));
    const exec = round2(done.reduce((s, x) => s + x, 0));
    const rate = exec / plan;
    budgetScore = Math.min(budgetWeight, round2(budgetWeight * round2(rate * 100) / 100));
    const label = spec.unit === "label" ? "项目资金（万元）" : "项目资金";
    // value columns 3..8: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (or 执行率 before 分值)
    const order = spec.rateBeforeWeight ? ["init", "plan", "exec", "rate", "weight", "score"] : ["init", "plan", "exec", "weight", "rate", "score"];
    const ruleHead = spec.printedRule && spec.ruleInHeader;
    const heads: Record<string, string> = { init: "年初预算数", plan: spec.lettered ? "全年预算数（A）" : "全年预算数", exec: spec.lettered ? "全年执行数（B）" : "全年执行数", weight: spec.weightPercent ? "权重(%)" : "分值", rate: spec.lettered ? "执行率（B/A）" : "执行率", score: ruleHead ? "得分（执行率×分值）" : "得分" };
    const colOf = (k: string) => order.indexOf(k) + 3 + wide;
    const line = (lbl: string, vals: Record<string, Cellv>): number => {
      const cells: Cellv[] = [null, lbl];
      for (const k of order) cells[colOf(k) - 1] = vals[k] ?? null;
      const r = add(cells);
      if (wide) merge(r, 2, r, 3);
      return r;
    };
    const h = line("", heads);
    rows[h - top][0] = label;
    const tot = line("年度资金总额", { init: amount(init), plan: amount(plan), exec: amount(exec), weight: pts(budgetWeight), rate: rateText(spec.rate, rate), score: pts(budgetScore) });
    const names = spec.fundLevels ? ["其中：中央财政资金", "省级财政资金", "市县财政资金", "其他资金"] : ["其中：当年财政拨款", "上年结转资金", "其他资金"];
    const partRows = names.map((n, i) =>
      i === names.length - 1 && spec.blankOther ? line(n, { rate: "—", weight: "—", score: "—" }) : line(n, { init: amount(initial[i]), plan: amount(parts[i]), exec: amount(done[i]), weight: "—", rate: rateText(spec.rate, parts[i] ? done[i] / parts[i] : 0), score: "—" }),
    );
    if (spec.remark) rows[h - top][width - 1] = "备注";
    merge(h, 1, partRows[partRows.length - 1], 1);
    // fund-total: the first part's 年初预算数 raised by 5 (the total's 年初预算数 no longer its parts' sum)
    mutations.push({ kind: "fund-total", rule: RULE_OF["fund-total"], edits: { [a1(partRows[0], colOf("init"))]: amount(initial[0] + 5) }, cells: [a1(tot, colOf("init")), a1(partRows[0], colOf("init"))] });
    // exec-rate: the total's rate ten points off
    mutations.push({ kind: "exec-rate", rule: RULE_OF["exec-rate"], edits: { [a1(tot, colOf("rate"))]: rateText(spec.rate, rate - 0.1) }, cells: [a1(tot, colOf("rate"))] });
    // exec-score: the score two points under the rule (an error where the rule is printed, else info)
    mutations.push({ kind: "exec-score", rule: RULE_OF["exec-score"], edits: { [a1(tot, colOf("score"))]: pts(round2(budgetScore - 2)) }, cells: [a1(tot, colOf("score"))], severity: spec.printedRule || rate >= 1 ? undefined : "info" });
  } else if (spec.template === "transfer") {
    const parts = [money(rnd, 100, 800), money(rnd, 10, 200), spec.blankOther ? 0 : money(rnd, 0, 30)];
    const done = parts.map((p) => round2(p * (0.75 + rnd() * 0.25)));
    const plan = round2(parts.reduce((s, x) => s + x, 0));
    const exec = round2(done.reduce((s, x) => s + x, 0));
    const label = spec.unit === "label" ? "资金投入情况（万元）" : "资金投入情况";
    const h = add([label, null, "全年预算数（A）", null, "全年执行数（B）", null, "执行率（B/A）", null]);
    merge(h, 1, h, 2);
    const line = (lbl: string, p: Cellv, d: Cellv, r: Cellv): number => {
      const x = add([lbl, null, p, null, d, null, r, null]);
      merge(x, 1, x, 2);
      merge(x, 3, x, 4);
      merge(x, 5, x, 6);
      merge(x, 7, x, 8);
      return x;
    };
    merge(h, 3, h, 4);
    merge(h, 5, h, 6);
    merge(h, 7, h, 8);
    const tot = line("年度资金总额", amount(plan), amount(exec), rateText(spec.rate, exec / plan));
    const names = ["其中：中央补助", "地方资金", "其他资金"];
    const partRows = names.map((n, i) => (i === 2 && spec.blankOther ? line(n, null, null, null) : line(n, amount(parts[i]), amount(done[i]), rateText(spec.rate, done[i] / parts[i]))));
    mutations.push({ kind: "fund-total", rule: RULE_OF["fund-total"], edits: { [a1(partRows[1], 3)]: amount(parts[1] + 5), [a1(partRows[1], 7)]: rateText(spec.rate, done[1] / (parts[1] + 5)) }, cells: [a1(tot, 3), a1(partRows[1], 3)] });
    mutations.push({ kind: "exec-rate", rule: RULE_OF["exec-rate"], edits: { [a1(tot, 7)]: rateText(spec.rate, exec / plan - 0.1) }, cells: [a1(tot, 7)] });
  } else {
    // hunan: label | value pairs 计划安排 | 实际到位 | 实际支出 | 结余 over government levels
    const levels = ["其中：中央财政", "省财政", "市财政", "县（市）财政", "其它"];
    const plan = levels.map((_, i) => (i === 4 && spec.blankOther ? 0 : i === 3 || rnd() < 0.5 ? money(rnd, 5, 120) : 0));
    const got = plan.map((p) => round2(p * (rnd() < 0.6 ? 1 : 0.9)));
    const spent = got.map((g) => round2(g * (0.8 + rnd() * 0.2)));
    const sum = (xs: number[]) => round2(xs.reduce((s, x) => s + x, 0));
    const u = spec.unit === "label" ? `\n（${unitWord}）` : "";
    const bal = (i: number) => round2(got[i] - spent[i]);
    const v = (x: number) => (x === 0 && spec.blankOther ? null : amount(x));
    let tot: number;
    let lineRows: number[];
    // the columns of the total's and the lines' amounts: 计划 | 到位 | 支出 | 结余
    let cols: number[];
    if (spec.hunanTable) {
      const h = add(["资金来源", null, "计划安排资金" + u, null, "实际到位资金" + u, "实际支出" + u, "结余" + u]);
      merge(h, 1, h, 2);
      const totLine = () => {
        const r = add([spaced("合计"), null, amount(sum(plan)), null, amount(sum(got)), amount(sum(spent)), amount(round2(sum(got) - sum(spent)))]);
        merge(r, 1, r, 2);
        merge(r, 3, r, 4);
        return r;
      };
      if (spec.hunanTable === "first") tot = totLine();
      lineRows = levels.map((l, i) => {
        const r = add([l.replace("其中：", ""), null, v(plan[i]), null, v(got[i]), v(spent[i]), v(bal(i))]);
        merge(r, 1, r, 2);
        merge(r, 3, r, 4);
        return r;
      });
      if (spec.hunanTable === "last") tot = totLine();
      merge(h, 3, h, 4);
      cols = [3, 5, 6, 7];
    } else {
      tot = add(["计划安排资金" + u, amount(sum(plan)), "实际到位资金" + u, amount(sum(got)), "实际支出" + u, amount(sum(spent)), "结余" + u, amount(round2(sum(got) - sum(spent)))]);
      lineRows = levels.map((l, i) => add([l, v(plan[i]), l, v(got[i]), l, v(spent[i]), l, v(bal(i))]));
      cols = [2, 4, 6, 8];
    }
    tot = tot!;
    // 结余 wrong on the total line
    mutations.push({ kind: "balance", rule: RULE_OF.balance, edits: { [a1(tot, cols[3])]: amount(round2(sum(got) - sum(spent) + 3)) }, cells: [a1(tot, cols[3])] });
    mutations.push({ kind: "fund-total", rule: RULE_OF["fund-total"], edits: { [a1(lineRows[3], cols[0])]: amount(plan[3] + 5) }, cells: [a1(tot, cols[0]), a1(lineRows[3], cols[0])] });
    // the expense list: items adding to 实际支出
    const s = add(["二、项目支出明细情况"]);
    merge(s, 1, s, width);
    const dy = spec.detailYuan && !yuan;
    const damount = (x: number): Cellv => (dy ? (spec.amountUnits ? `${Math.round(x * 10000)}元` : num(Math.round(x * 10000))) : amount(x));
    const lh = add(["支出内容", null, `实际支出数（${dy ? "元" : unitWord}）`, null, "会计凭证号", null, "备注", null]);
    for (const c of [1, 3, 5, 7]) merge(lh, c, lh, c + 1);
    const total = sum(spent);
    const n = 3 + Math.floor(rnd() * 4);
    const items: number[] = [];
    let left = total;
    for (let k = 0; k < n - 1; k++) {
      const x = round2(left * (0.2 + rnd() * 0.3));
      items.push(x);
      left = round2(left - x);
    }
    items.push(left);
    const WHAT = ["设备购置", "劳务费", "培训费", "印刷费", "差旅费", "材料费", "维修费"];
    items.forEach((x, k) => {
      const r = add([WHAT[k % WHAT.length], null, damount(x), null, `2023年${k + 2}月${String(10 + k * 7).padStart(4, "0")}号`, null, null, null]);
      for (const c of [1, 3, 5, 7]) merge(r, c, r, c + 1);
    });
    const lt = add(["支出合计", null, damount(total), null, null, null, null, null]);
    for (const c of [1, 3, 5, 7]) merge(lt, c, lt, c + 1);
    mutations.push({ kind: "detail-total", rule: RULE_OF["detail-total"], edits: { [a1(lt, 3)]: damount(round2(total + 2)) }, cells: [a1(lt, 3)] });
    const s3 = add(["三、项目绩效自评情况"]);
    merge(s3, 1, s3, width);
  }

  // 年度总体目标
  if (spec.spacers) add([]);
  {
    const g = add(["年度总体目标", "预期目标", null, null, null, spec.template === "transfer" ? "目标实际完成情况" : "实际完成情况"]);
    const t = add([null, "完成项目建设任务，提升服务水平，群众满意度达到90%以上。", null, null, null, "已按计划完成建设任务，服务水平提升，群众满意度92%。"]);
    merge(g, 1, t, 1);
    merge(g, 2, g, 5);
    merge(t, 2, t, 5);
    merge(g, 6, g, width);
    merge(t, 6, t, width);
  }
  if (spec.spacers) add([]);

  // indicators: 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 (| 备注)
  const tspec = { family: "project", levels: 3, budget: budgetWeight > 0 } as unknown as TableSpec;
  const tree: Node[] = buildTree(tspec, rnd);
  fillLeaves(tspec, tree, rnd);
  // other kinds of target on full-marks lines (not the one a missed target is injected on: the first of weight ≥ 3)
  const OTHER_TARGETS: [string, string, string][] = [
    ["群众投诉率", "≤5%", "2%"],
    ["项目完成时间", "2023年12月31日前", "2023年11月20日"],
    ["社会效益", "明显提升", "明显提升"],
    ["单位建设成本", "≤3万元/处", "2.8万元/处"],
    ["生态环境", "有效改善", "有效改善"],
  ];
  let capLeaf: Node | null = null;
  if (spec.targetWords) {
    let j = 0;
    const say = [(v: string) => `不少于${v}`, (v: string) => `${v}以上`, (v: string) => `>=${v}`, (v: string) => `不低于${v}`, (v: string) => `达到${v}`];
    const visit = (n: Node) => {
      if (n.children.length) return n.children.forEach(visit);
      if (n.target?.startsWith("≥")) n.target = say[j++ % say.length](n.target.slice(1));
    };
    tree.forEach(visit);
  }
  if (spec.targetKinds) {
    const all: Node[] = [];
    const collect = (n: Node) => (n.children.length ? n.children.forEach(collect) : all.push(n));
    tree.forEach(collect);
    const kept = all.find((n) => n.full && n.weight >= 3);
    let j = 0;
    for (const n of all) {
      if (!n.full || n === kept) continue;
      const [name, target, actual] = OTHER_TARGETS[j++ % OTHER_TARGETS.length];
      n.name = name + (j > OTHER_TARGETS.length ? String(j) : "");
      n.target = target;
      n.actual = actual;
      if (target.startsWith("≤") && !capLeaf) capLeaf = n;
    }
  }
  const C = spec.weightFirst ? { l1: 1, l2: 2, l3: 3, weight: 4, target: 5, actual: 6, score: 7, reason: 8 } : { l1: 1, l2: 2, l3: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 };
  const headCells: Cellv[] = [];
  headCells[C.l1 - 1] = "一级指标";
  headCells[C.l2 - 1] = "二级指标";
  headCells[C.l3 - 1] = "三级指标";
  headCells[C.target - 1] = spec.template === "transfer" ? "指标值" : "年度指标值";
  headCells[C.actual - 1] = spec.template === "transfer" ? "全年实际值" : "实际完成值";
  headCells[C.weight - 1] = spec.weightPercent ? "权重(%)" : "分值";
  headCells[C.score - 1] = "得分";
  headCells[C.reason - 1] = spec.template === "transfer" ? "未完成原因分析" : "偏差原因分析及改进措施";
  if (spec.remark) headCells[8] = "备注";
  const hdr = add(headCells);
  const twoLine = spec.template === "national" && !spec.oneLineHeader;
  if (twoLine) {
    // the national form heads the table with 绩效指标 over the three levels on a line above
    rows.splice(hdr - top, 0, []);
    const above = rows[hdr - top];
    for (let c = 0; c < width; c++) above.push(null);
    above[0] = "绩效指标";
    // the header moved down one line
  }
  const headerRow = twoLine ? hdr + 1 : hdr;
  if (twoLine) {
    merge(hdr, 1, hdr, 3);
    for (let c = 4; c <= width; c++) {
      rows[hdr - top][c - 1] = rows[headerRow - top][c - 1];
      rows[headerRow - top][c - 1] = null;
      merge(hdr, c, headerRow, c);
    }
  }
  const leafRows: { node: Node; row: number; k: number; parents: Node[] }[] = [];
  const spans: { node: Node; from: number; to: number }[] = [];
  const labelOf = (n: Node, k: number) => (n.level === 2 ? codeOf(spec.numbering, k) : "") + n.name;
  const walk = (n: Node, k: number, path: { node: Node; row: number }[]) => {
    if (!n.children.length) {
      const line: Cellv[] = [];
      for (const p of path) line[p.node.level] = p.row === R() || spec.fill === "repeated" ? labelOf(p.node, 0) : null;
      line[C.l3 - 1] = labelOf(n, k);
      line[C.target - 1] = fw(n.target ?? null);
      // (a count met: its actual value in words where the spec says so)
      const met = !!n.target && !!n.actual && n.target === `≥${n.actual}` && !n.actual.endsWith("%");
      line[C.actual - 1] = spec.actualWords && met ? ["已完成", "达到目标", "完成"][k % 3] : fw(n.actual ?? null);
      line[C.weight - 1] = pts(n.weight);
      line[C.score - 1] = pts(n.score);
      line[C.reason - 1] = n.reason ?? null;
      const r = add(line);
      leafRows.push({ node: n, row: r, k, parents: path.map((p) => p.node) });
      return;
    }
    const from = R();
    n.children.forEach((c, i) => walk(c, i + 1, [...path, { node: n, row: from }]));
    spans.push({ node: n, from, to: R() - 1 });
  };
  tree.forEach((n, i) => walk(n, i + 1, []));
  if (spec.fill === "merged") for (const s of spans) merge(s.from, s.node.level + 1, s.to, s.node.level + 1);

  const indicatorScore = round2(tree.reduce((s, n) => s + n.score, 0));
  const totalScore = round2(indicatorScore + budgetScore);
  const totalCells: Cellv[] = [spaced(spec.totalWord)];
  totalCells[C.weight - 1] = spec.totalScoreOnly ? null : pts(100);
  totalCells[C.score - 1] = pts(totalScore);
  const tl = add(totalCells);
  merge(tl, 1, tl, Math.min(C.weight, C.target) - 1);
  mutations.push({ kind: "total", rule: RULE_OF.total, edits: { [a1(tl, C.score)]: pts(round2(totalScore - 5)) }, cells: [a1(tl, C.score)] });
  let gradeRow = 0;
  const gradeCell = () => a1(gradeRow, spec.gradeInCell ? 1 : 2);
  const gradeText = (g: string) => (spec.gradeInCell ? `自评等级：${g}` : g);
  if (spec.grade) {
    gradeRow = spec.gradeInCell ? add([`自评等级：${GRADE_OF(totalScore)}`]) : add(["自评等级", GRADE_OF(totalScore)]);
    if (spec.gradeInCell) merge(gradeRow, 1, gradeRow, width);
    else merge(gradeRow, 2, gradeRow, width);
    mutations.push({ kind: "grade", rule: RULE_OF.grade, edits: { [gradeCell()]: gradeText(WRONG_GRADE[GRADE_OF(totalScore)]) }, cells: [gradeCell()] });
  }
  if (spec.printedRule && !(spec.template === "national" && spec.ruleInHeader)) add([ruleNote]);
  if (spec.deviationBlock) {
    const d1 = add(["偏差原因分析及改进措施", "个别指标未完全达到年度目标，主要原因是项目实施进度滞后；下一步将加强项目管理，确保按期完成。"]);
    merge(d1, 2, d1, width);
    const d2 = add(["主要经验及做法", "建立健全项目管理制度，加强资金监管，按季度开展绩效运行监控。"]);
    merge(d2, 2, d2, width);
  }
  if (spec.signature) add(["单位负责人：张三", null, "财务负责人：李四", null, "填表人：王五", null, "联系电话：0731-88886666"]);

  const at = (k: number) => leafRows[Math.min(leafRows.length - 1, Math.floor(leafRows.length * k))];
  {
    const x = at(0.5);
    mutations.push({ kind: "score-over", rule: RULE_OF["score-over"], edits: { [a1(x.row, C.score)]: pts(x.node.weight + Math.max(1, Math.round(x.node.weight * 0.2))) }, cells: [a1(x.row, C.score)] });
  }
  if (spec.numbering !== "none") {
    const third = leafRows.find((l) => l.k === 3);
    if (third) mutations.push({ kind: "code", rule: RULE_OF.code, edits: { [a1(third.row, C.l3)]: labelOf(third.node, 4) }, cells: [a1(third.row, C.l3)] });
  }
  {
    const x = leafRows.find((l) => l.node.full && l.node.weight >= 3);
    if (x) {
      const entry = LEAVES.find((e) => e[0] === x.node.name) ?? ["", 10, "个"];
      const gotv = Math.round(entry[1] * 0.8);
      const ns = round2((x.node.weight * gotv) / entry[1]);
      const d = round2(x.node.weight - ns);
      const edits: Record<string, Cellv> = { [a1(x.row, C.actual)]: fw(entry[2] === "%" ? `${gotv}%` : `${gotv}${entry[2]}`), [a1(x.row, C.score)]: pts(ns), [a1(tl, C.score)]: pts(round2(totalScore - d)) };
      if (gradeRow && GRADE_OF(totalScore - d) !== GRADE_OF(totalScore)) edits[gradeCell()] = gradeText(GRADE_OF(totalScore - d));
      mutations.push({ kind: "missed-target", rule: RULE_OF["missed-target"], edits, cells: [a1(x.row, C.reason)] });
      // the same shortfall left at full marks with no reason: the target (≥, or in words) is read as missed
      mutations.push({ kind: "missed-full", rule: RULE_OF["missed-full"], edits: { [a1(x.row, C.actual)]: edits[a1(x.row, C.actual)] }, cells: [a1(x.row, C.reason)] });
    }
  }
  // a cap exceeded (投诉率 8% against ≤5%) with full marks and no reason: the missed target asks for its reason
  const cap = capLeaf as Node | null;
  if (cap) {
    const x = leafRows.find((l) => l.node === cap)!;
    mutations.push({ kind: "missed-cap", rule: RULE_OF["missed-cap"], edits: { [a1(x.row, C.actual)]: fw(cap.target!.startsWith("≤5%") ? "8%" : "3.6万元/处") }, cells: [a1(x.row, C.reason)] });
  }
  if (spec.serial) return withSerial(rows, merges, mutations, width, top, hdr, tl, leafRows.map((l) => l.row));
  return { rows, merges, mutations, width };
}

/**
 * A 序号 column inserted left of the form: 序号 over the indicator header, 1, 2, 3 … on the leaves; every other line's
 * first cell widened over it (its merge, or a new one), every cell and edit one column further right.
 */
function withSerial(rows: Cellv[][], merges: string[], mutations: Mutation[], width: number, top: number, hdr: number, tl: number, leaves: number[]) {
  // (a first cell outside the table stays in column A)
  const shift = (ref: string) => {
    const p = parseA1(ref);
    return p.col === 1 && !(p.row >= hdr && p.row < tl) ? ref : a1(p.row, p.col + 1);
  };
  const out: string[] = [];
  const covered = new Set<number>();
  for (const m of merges) {
    const [x, y] = m.split(":").map(parseA1);
    const inTable = x.row >= hdr && x.row < tl;
    if (x.col === 1 && !inTable) {
      out.push(`${a1(x.row, 1)}:${a1(y.row, y.col + 1)}`);
      for (let r = x.row; r <= y.row; r++) covered.add(r);
    } else out.push(`${a1(x.row, x.col + 1)}:${a1(y.row, y.col + 1)}`);
  }
  const newRows = rows.map((r, i) => {
    const row = top + i;
    const inTable = row >= hdr && row < tl;
    const k = leaves.indexOf(row);
    const first: Cellv = row === hdr ? "序号" : k >= 0 ? k + 1 : null;
    if (!inTable && r[0] !== null && r[0] !== undefined && !covered.has(row)) out.push(`${a1(row, 1)}:${a1(row, 2)}`);
    return inTable ? [first, ...r] : [r[0] ?? null, null, ...r.slice(1)];
  });
  // the header over two lines: 序号 merged over both
  if (rows[hdr - top + 1] && hdr + 1 < tl && leaves.indexOf(hdr + 1) < 0) out.push(`${a1(hdr, 1)}:${a1(hdr + 1, 1)}`);
  // lines outside the table: their first cell stays in column A (now merged over A:B); every other cell moves right
  const shifted = mutations.map((m) => ({ ...m, edits: Object.fromEntries(Object.entries(m.edits).map(([c, v]) => [shift(c), v])), cells: m.cells.map(shift) }));
  void width;
  return { rows: newRows, merges: out, mutations: shifted, width: width + 1 };
}

const TO_TRADITIONAL = { tw: Converter({ from: "cn", to: "tw" }), hk: Converter({ from: "cn", to: "hk" }) };

export function buildForm(spec: FormSpec, seed: number): BuiltForm {
  const first = buildOne(spec, seed, 1);
  let rows = first.rows;
  let merges = first.merges;
  let mutations = first.mutations;
  if (spec.twoForms) {
    const gap = rows.length + 3;
    // the second form of the same template, or (one sheet in three) of another
    const templates: Template[] = ["national", "transfer", "hunan"];
    const other = seed % 3 === 0 ? templates[(templates.indexOf(spec.template) + 1 + (seed % 2)) % 3] : spec.template;
    const second = buildOne({ ...spec, template: other, cover: false }, seed + 5003, gap);
    rows = [...rows, [], [], ...second.rows];
    merges = [...merges, ...second.merges];
    mutations = [...mutations, ...second.mutations];
  }
  const width = Math.max(...rows.map((r) => r.length));
  if (spec.unmerged) merges = [];
  const grid = (edits: Record<string, Cellv> = {}) => {
    const copy = rows.map((r) => {
      const x = r.slice();
      while (x.length < width) x.push(null);
      return x;
    });
    for (const [cell, v] of Object.entries(edits)) {
      const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
      let c = 0;
      for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
      copy[Number(m[2]) - 1][c - 1] = v;
    }
    const convert = spec.traditional ? TO_TRADITIONAL[spec.traditional] : null;
    const values = convert ? copy.map((r) => r.map((v) => (typeof v === "string" ? convert(v) : v))) : copy;
    return Grid.fromValues("Sheet1", values, merges);
  };
  return { spec, key: formKey(spec), grid, mutations };
}
