/**
 * Generated 绩效运行监控表 (project and 部门整体, RULEBOOK §5) and 部门整体支出绩效自评表 whose funds are 收入/支出 blocks,
 * for generated-monitoring-forms.test.ts: a seeded PRNG picks one combination of layout choices, the builder writes a
 * consistent form (every total, rate and forecast right; a reason wherever a target is forecast to fall short) and
 * records the cells each injected error lands on.
 */
import { Converter } from "opencc-js/cn2t";
import { Grid } from "../../src/core/grid/grid";
import { a1 } from "../../src/core/grid/a1";
import { mulberry32 } from "../helpers";
import type { Mutation as GeneratedMutation } from "./generated-indicator-tables";

export type FormKind = "project-monitoring" | "dept-monitoring" | "dept-self-eval";
export type RateStyle = "percent-text" | "decimal" | "number-under-percent-header";

export interface Spec {
  kind: FormKind;
  /** the period so far: 1-7月, 1-6月, 1-8月, 截至8月底 … */
  period: string;
  /** the fund columns' order (initial/adjusted/executed/rate/forecast), a permutation keeping rate after executed */
  fundOrder: "template" | "adjusted-first" | "no-adjusted" | "forecast-before-rate";
  /** the fund label merged down over its lines (项目资金 | 年度资金总额 …) or repeated on the first line only */
  mergedHead: boolean;
  /** 万元 in the fund label, a "单位：万元" line, or 元 in the label */
  unit: "label-wan" | "line-wan" | "label-yuan";
  rates: RateStyle;
  traditional: boolean;
  /** cover lines above the title (附件, 填报单位（盖章）, 填报日期) */
  cover: boolean;
  /** a blank line then a 注 line under the table */
  note: boolean;
  /** the total line first (年度资金总额 then 其中) or last (lines, then 合计) — dept self-eval only */
  totalLast: boolean;
  /** the likelihood header lists its options: 完成目标可能性（确定能/有可能/完全不可能） */
  likelihoodOptions: boolean;
  /**
   * the template's ticked form (monitoring only): 偏差原因分析 over 经费保障 | 制度保障 | 人员保障 | 硬件条件保障 | 其他 and
   * 完成目标可能性 over 确定能 | 有可能 | 完全不可能, a √ in one column of each group
   */
  ticks: boolean;
  /**
   * the value so far only (monitoring, unticked; the pmkpi 监控 layout): 年度指标值 | 当前完成值 | 偏差原因分析 | 完成目标
   * 可能性, no 全年预计完成值 — a value short of the year's target so far needs no reason where the year is 确定能
   */
  soFarOnly: boolean;
  // —— drawn after the ones above (earlier seeds keep their forms) ——
  /** amounts typed as text with their unit ("125.5万元", "1255000元") */
  amountUnits: boolean;
  /** amounts typed as text with two decimals ("125.50") */
  numbersAsText: boolean;
  /** the indicators' values typed with full-width digits ("≥９５％", "１２００人次") */
  fullWidth: boolean;
  /** blank spacer lines between the head, the fund block(s), the goals and the indicators */
  spacers: boolean;
  /** a signature line under the form (单位负责人 / 填表人 / 联系电话 / 填报日期) */
  signature: boolean;
  /** no merged cells at all */
  unmerged: boolean;
  /** project monitoring: the fund lines by government level (中央 / 省级 / 市级 / 县级财政资金) */
  fundLevels: boolean;
  /** dept self-eval: 一级 and 二级 subtotal lines (label, 分值, 得分) above their indicators */
  subtotalLines: boolean;
  /** the title as units write it (index into TITLES_OF[kind]; 0: the template's own), or none (-1) */
  title: number;
}

/** Titles of filled-in forms, by kind (the first is the template's own) */
export const TITLES_OF: Record<FormKind, string[]> = {
  "project-monitoring": ["项目支出绩效运行监控表", "附件2：项目支出绩效运行监控表", "2026年项目绩效运行监控表", "项目绩效目标执行监控表", "项目支出绩效跟踪监控表", "重点项目绩效运行监控情况表"],
  "dept-monitoring": ["部门整体支出绩效运行监控表", "附件：部门整体支出绩效运行监控表", "部门整体绩效运行监控表", "部门预算绩效运行监控表", "部门（单位）整体支出绩效监控表", "2026年部门整体绩效目标执行监控表"],
  "dept-self-eval": ["部门整体支出绩效自评表", "附件3：部门整体支出绩效自评表", "部门（单位）整体支出绩效自评表", "2025年度部门整体绩效自评表", "部门整体绩效自评表", "某县水利局部门整体支出绩效自评表"],
};

export type MutationKind = "exec-rate" | "fund-total" | "forecast-below-executed" | "missed-target" | "likelihood" | "subtotal";
export const RULE_OF: Record<MutationKind, string> = {
  "exec-rate": "exec-rate-mismatch",
  "fund-total": "total-mismatch",
  "forecast-below-executed": "forecast-below-executed",
  "missed-target": "missing-reason",
  likelihood: "likelihood-vocabulary",
  subtotal: "total-mismatch",
};

export type Mutation = GeneratedMutation<MutationKind>;

export interface Built {
  spec: Spec;
  key: string;
  family: string;
  grid: (edits?: Record<string, string | number | null>) => Grid;
  mutations: Mutation[];
}

const PERIODS = ["1-7月", "1-6月", "1-8月", "截至8月底", "1-9月", "1~7月", "截至6月底", "上半年", "1-10月"];

export function sampleSpec(rnd: () => number): Spec {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  return {
    kind: pick(["project-monitoring", "dept-monitoring", "dept-self-eval"] as const),
    period: pick(PERIODS),
    fundOrder: pick(["template", "adjusted-first", "no-adjusted", "forecast-before-rate"] as const),
    mergedHead: rnd() < 0.5,
    unit: pick(["label-wan", "line-wan", "label-yuan"] as const),
    rates: pick(["percent-text", "decimal", "number-under-percent-header"] as const),
    traditional: rnd() < 0.25,
    cover: rnd() < 0.3,
    note: rnd() < 0.4,
    totalLast: rnd() < 0.4,
    likelihoodOptions: rnd() < 0.5,
    ticks: rnd() < 0.35,
    soFarOnly: rnd() < 0.3,
    amountUnits: rnd() < 0.2,
    numbersAsText: rnd() < 0.2,
    fullWidth: rnd() < 0.15,
    spacers: rnd() < 0.3,
    signature: rnd() < 0.3,
    unmerged: rnd() < 0.15,
    fundLevels: rnd() < 0.3,
    subtotalLines: rnd() < 0.4,
    title: rnd() < 0.5 ? (rnd() < 0.15 ? -1 : 1 + Math.floor(rnd() * 5)) : 0,
  };
}

export function specKey(s: Spec): string {
  return [
    s.kind,
    s.period,
    s.fundOrder,
    s.mergedHead ? "merged" : "unmerged",
    s.unit,
    s.rates,
    s.traditional ? "trad" : "simp",
    s.cover ? "cover" : "nocover",
    s.note ? "note" : "nonote",
    s.totalLast ? "total-last" : "total-first",
    s.likelihoodOptions ? "opts" : "noopts",
    ...(s.ticks && s.kind !== "dept-self-eval" ? ["ticks"] : []),
    ...(s.soFarOnly && !s.ticks && s.kind !== "dept-self-eval" ? ["so-far-only"] : []),
    ...(s.amountUnits ? ["12.5万元"] : []),
    ...(s.numbersAsText ? ['"125.50"'] : []),
    ...(s.fullWidth ? ["全角"] : []),
    ...(s.spacers ? ["spacers"] : []),
    ...(s.signature ? ["signature"] : []),
    ...(s.unmerged ? ["unmerged"] : []),
    ...(s.fundLevels && s.kind === "project-monitoring" ? ["fund-levels"] : []),
    ...(s.subtotalLines && s.kind === "dept-self-eval" ? ["subtotal-lines"] : []),
    ...(s.title ? [`title:${s.title < 0 ? "none" : TITLES_OF[s.kind][s.title]}`] : []),
  ].join("|");
}

// ---------------------------------------------------------------------------------------------------------
// Indicators: name, 一级, 二级, op, target, unit, so-far share

interface Leaf {
  l1: string;
  l2: string;
  name: string;
  op: "≥" | "≤" | "=";
  target: number;
  unit: string;
}
const LEAVES: Leaf[] = [
  { l1: "产出指标", l2: "数量指标", name: "维修养护工程数量", op: "≥", target: 20, unit: "处" },
  { l1: "产出指标", l2: "数量指标", name: "培训人次", op: "≥", target: 1200, unit: "人次" },
  { l1: "产出指标", l2: "数量指标", name: "新建设施数量", op: "=", target: 12, unit: "个" },
  { l1: "产出指标", l2: "质量指标", name: "验收合格率", op: "≥", target: 95, unit: "%" },
  { l1: "产出指标", l2: "时效指标", name: "资金拨付及时率", op: "≥", target: 98, unit: "%" },
  { l1: "成本指标", l2: "经济成本指标", name: "单位维修成本", op: "≤", target: 3, unit: "万元/处" },
  { l1: "效益指标", l2: "社会效益指标", name: "受益人口", op: "≥", target: 5, unit: "万人" },
  { l1: "效益指标", l2: "可持续影响指标", name: "设施完好率", op: "≥", target: 90, unit: "%" },
  { l1: "满意度指标", l2: "服务对象满意度指标", name: "群众满意度", op: "≥", target: 90, unit: "%" },
];
const REASONS = ["经费保障：资金拨付滞后", "制度保障：管理办法尚在修订", "人员保障：专业技术人员不足", "硬件条件保障：设备采购未到位", "其他：受汛期影响工期推迟"];
const BAD_LIKELIHOOD = ["基本能", "可能", "不确定", "较大", "能"];

const fmt = (target: number, op: string, unit: string) => `${op}${target}${unit}`;

// ---------------------------------------------------------------------------------------------------------

interface Money {
  label: string;
  initial: number;
  adjusted: number;
  executed: number;
  forecast: number;
  kind: "total" | "part";
}

/** The converter to traditional characters, made once (its dictionaries take some 150 ms to load, and a form each). */
let traditionalConverter: ((s: string) => string) | null = null;
const toTraditional = () => (traditionalConverter ??= Converter({ from: "cn", to: "tw" }));

export function build(spec: Spec, seed: number): Built {
  const rnd = mulberry32(seed * 7919 + 17);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const rows: (string | number | null)[][] = [];
  const merges: string[] = [];
  const mutations: Mutation[] = [];
  const add = (r: (string | number | null)[]) => {
    rows.push(r);
    return rows.length;
  };
  const yuan = spec.unit === "label-yuan";
  const scale = yuan ? 10000 : 1;
  const so = spec.period;
  const monitoring = spec.kind !== "dept-self-eval";

  // —— cover and title ——
  if (spec.cover) {
    add(["附件2"]);
    add([]);
  }
  const title = spec.kind === "project-monitoring" ? "项目支出绩效运行监控表" : spec.kind === "dept-monitoring" ? "部门整体支出绩效运行监控表" : "部门整体支出绩效自评表";
  add([spec.kind === "dept-self-eval" ? `（2025年度）` : `（2026年度）`]);
  if (spec.title >= 0) add([spec.title > 0 ? TITLES_OF[spec.kind][spec.title] : title]);
  if (spec.cover) add(["填报单位（盖章）：某县水利局", null, null, null, "填报日期：2026年8月10日"]);
  if (spec.unit === "line-wan") add([null, null, null, null, null, null, "单位：万元"]);
  if (spec.kind === "project-monitoring") {
    add(["项目名称", "农村饮水安全工程维修养护"]);
    add(["主管部门", "县水利局", null, null, null, "实施单位", "县农村供水站"]);
  } else add(["部门（单位）名称", "某县水利局"]);
  if (spec.spacers) add([]);

  // —— money ——
  const rateText = (x: number) =>
    spec.rates === "percent-text" ? `${(x * 100).toFixed(2)}%` : spec.rates === "decimal" ? +x.toFixed(4) : +(x * 100).toFixed(2);
  const rateHeader = (h: string) => (spec.rates === "number-under-percent-header" ? `${h}(%)` : h);
  const unitWord = yuan ? "元" : "万元";
  /** an amount as written: a number, or text with two decimals, or text with its unit */
  const amt = (x: number): string | number => {
    const v = Math.round(x * scale * 100) / 100;
    return spec.amountUnits ? `${v}${unitWord}` : spec.numbersAsText ? v.toFixed(2) : v;
  };
  const fw = (x: string): string => (spec.fullWidth ? x.replace(/[0-9.%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)) : x);

  const moneyBlock = (label: string, totalLabel: string, partLabels: string[], withForecast: boolean, soFar: boolean) => {
    // parts first, the total their sum
    const parts: Money[] = partLabels.map((l) => {
      const initial = int(20, 150);
      const adjusted = initial + int(0, 30);
      const executed = Math.round(adjusted * (0.35 + rnd() * 0.5) * 100) / 100;
      const forecast = Math.min(adjusted, Math.round((executed + adjusted) * 50) / 100 + int(0, 5));
      return { label: l, initial, adjusted, executed, forecast: Math.max(forecast, executed), kind: "part" as const };
    });
    const sum = (k: keyof Money) => Math.round(parts.reduce((s, p) => s + (p[k] as number), 0) * 100) / 100;
    const total: Money = { label: totalLabel, initial: sum("initial"), adjusted: sum("adjusted"), executed: sum("executed"), forecast: sum("forecast"), kind: "total" };
    const lines = spec.totalLast ? [...parts, total] : [total, ...parts];
    type Col = "initial" | "adjusted" | "executed" | "rate" | "forecast";
    let order: Col[] =
      spec.fundOrder === "template"
        ? ["initial", "adjusted", "executed", "rate", "forecast"]
        : spec.fundOrder === "adjusted-first"
          ? ["adjusted", "initial", "executed", "rate", "forecast"]
          : spec.fundOrder === "no-adjusted"
            ? ["initial", "executed", "rate", "forecast"]
            : ["initial", "adjusted", "executed", "forecast", "rate"];
    if (!withForecast) order = order.filter((c) => c !== "forecast");
    // a year's self-evaluation: 预算数 | 执行数 | 执行率, or 年初预算数 | 全年预算数 | 执行数 | 执行率
    if (!soFar) order = spec.fundOrder === "template" || spec.fundOrder === "no-adjusted" ? ["adjusted", "executed", "rate"] : ["initial", "adjusted", "executed", "rate"];
    // without a 全年预算数 the rate is over 年初预算数: initial = adjusted
    if (!order.includes("adjusted")) for (const m of lines) m.adjusted = m.initial;
    if (!order.includes("initial")) for (const m of lines) m.initial = m.adjusted;
    const head: Record<Col, string> = {
      initial: "年初预算数",
      adjusted: soFar || order.includes("initial") ? "全年预算数" : "预算数",
      executed: soFar ? `${so}执行数` : "执行数",
      rate: rateHeader(soFar ? `${so}执行率` : "执行率"),
      forecast: "全年预计执行数",
    };
    const fundLabel = spec.unit === "line-wan" ? label : `${label}（${unitWord}）`;
    const headerRow = add([fundLabel, null, ...order.map((c) => head[c])]);
    const cellOf: Record<string, Record<Col, string>> = {};
    const first = rows.length + 1;
    for (const m of lines) {
      const row = rows.length + 1;
      const v = (c: Col): string | number => (c === "rate" ? rateText(m.executed / (order.includes("adjusted") ? m.adjusted : m.initial)) : amt(m[c]));
      const labelCell = m.kind === "part" && !spec.totalLast ? `其中：${m.label}` : m.label;
      add([spec.mergedHead || row !== first ? null : fundLabel, labelCell, ...order.map(v)]);
      cellOf[m.label] = Object.fromEntries(order.map((c, k) => [c, a1(row, 3 + k)])) as Record<Col, string>;
    }
    if (spec.mergedHead) merges.push(`A${headerRow}:A${rows.length}`);
    else rows[headerRow - 1][0] = fundLabel;
    // mutations on this block
    const denom = order.includes("adjusted") ? "adjusted" : "initial";
    const p = parts[0];
    const bad = Math.min(0.99, p.executed / p[denom] + 0.1);
    mutations.push({ kind: "exec-rate", rule: RULE_OF["exec-rate"], edits: { [cellOf[p.label].rate]: rateText(bad) }, cells: [cellOf[p.label].rate] });
    mutations.push({
      kind: "fund-total",
      rule: RULE_OF["fund-total"],
      edits: { [cellOf[total.label][denom]]: amt(total[denom] + 10) },
      cells: [cellOf[total.label][denom], ...lines.map((m) => cellOf[m.label][denom])],
    });
    if (withForecast) {
      const low = Math.round((p.executed - int(3, 8)) * 100) / 100;
      mutations.push({
        kind: "forecast-below-executed",
        rule: RULE_OF["forecast-below-executed"],
        edits: { [cellOf[p.label].forecast]: amt(low) },
        cells: [cellOf[p.label].forecast],
      });
    }
    return cellOf;
  };

  if (monitoring) {
    const label = spec.kind === "project-monitoring" ? "项目资金" : "年度预算执行情况";
    const parts = spec.kind === "project-monitoring" ? (spec.fundLevels ? ["中央财政资金", "省级财政资金", "市级财政资金", "县级财政资金"] : ["财政资金", "其他资金"]) : ["基本支出", "项目支出"];
    const total = spec.totalLast ? "合计" : "年度资金总额";
    moneyBlock(label, total, parts, true, true);
  } else {
    moneyBlock("收入情况", spec.totalLast ? "合计" : "收入总计", ["财政拨款收入", "其他收入"], false, false);
    if (spec.spacers) add([]);
    moneyBlock("支出情况", spec.totalLast ? "合计" : "支出总计", ["基本支出", "项目支出"], false, false);
  }
  if (spec.spacers) add([]);

  // —— overall target ——
  {
    const r = add(["年度总体目标", monitoring ? "全年预期目标" : "预期目标", null, null, monitoring ? `${so}目标实际完成情况` : "实际完成情况"]);
    add([null, "完成维修养护工程20处，保障5万人饮水安全", null, null, monitoring ? "已完成维修养护工程12处" : "完成年度目标"]);
    merges.push(`A${r}:A${r + 1}`);
  }
  if (spec.spacers) add([]);

  // —— indicators ——
  const pool = LEAVES.slice();
  const leaves: Leaf[] = [];
  const n = int(4, 7);
  for (let k = 0; k < n && pool.length; k++) leaves.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]);
  const order1 = ["产出指标", "成本指标", "效益指标", "满意度指标"];
  leaves.sort((x, y) => order1.indexOf(x.l1) - order1.indexOf(y.l1) || x.l2.localeCompare(y.l2));

  const likelihoodHead = spec.likelihoodOptions ? "完成目标可能性（确定能/有可能/完全不可能）" : "完成目标可能性";
  const reasonHead = monitoring ? "偏差原因分析" : "偏差原因分析及改进措施";
  const head = monitoring
    ? ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", `${so}实际完成值`, "全年预计完成值", reasonHead, likelihoodHead, "备注"]
    : ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", reasonHead];
  const ticks = monitoring && spec.ticks;
  const REASON_KINDS = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"];
  const LIKELY = ["确定能", "有可能", "完全不可能"];
  let headerRow: number;
  if (ticks) {
    headerRow = add(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", `${so}实际完成值`, "全年预计完成值", "偏差原因分析", null, null, null, null, "完成目标可能性", null, null, "备注"]);
    add([null, null, null, null, null, null, null, ...REASON_KINDS, ...LIKELY, null]);
    merges.push(`H${headerRow}:L${headerRow}`, `M${headerRow}:O${headerRow}`, `P${headerRow}:P${headerRow + 1}`);
    for (const c of ["B", "C", "D", "E", "F", "G"]) merges.push(`${c}${headerRow}:${c}${headerRow + 1}`);
  } else if (monitoring && spec.soFarOnly) headerRow = add(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "当前完成值", reasonHead, likelihoodHead, "备注"]);
  else headerRow = add(head);
  const firstInd = rows.length + 1;
  // dept self-eval: 分值 split over the leaves (total 90 with 10 for the money)
  const weights = leaves.map(() => 0);
  for (let left = 90; left > 0; left--) weights[Math.floor(rnd() * weights.length)]++;
  const shortAt = int(0, leaves.length - 1);
  let candidate = -1;
  // dept self-eval with subtotal lines: each 一级 and 二级 group opens with a line of its label, 分值 and 得分
  const subtotals = spec.subtotalLines && !monitoring;
  const leafScore = (l: Leaf, k: number) => (k === shortAt && l.op === "≥" ? +(weights[k] * 0.9).toFixed(2) : weights[k]);
  const groupSums = (pred: (l: Leaf) => boolean) => {
    const ks = leaves.map((l, k) => (pred(l) ? k : -1)).filter((k) => k >= 0);
    return { w: ks.reduce((s, k) => s + weights[k], 0), s: +ks.reduce((s, k) => s + leafScore(leaves[k], k), 0).toFixed(2) };
  };
  /** the rows of the 一级 and 二级 subtotal lines over each leaf */
  const subtotalRows: { l1: number; l2: number }[] = [];
  let openL1 = 0;
  let openL2 = 0;
  leaves.forEach((l, k) => {
    if (subtotals) {
      if (k === 0 || leaves[k - 1].l1 !== l.l1) {
        const g = groupSums((x) => x.l1 === l.l1);
        openL1 = add([null, l.l1, null, null, null, null, g.w, g.s, null]);
      }
      if (k === 0 || leaves[k - 1].l1 !== l.l1 || leaves[k - 1].l2 !== l.l2) {
        const g = groupSums((x) => x.l1 === l.l1 && x.l2 === l.l2);
        openL2 = add([null, l.l1, l.l2, null, null, null, g.w, g.s, null]);
        if (!mutations.some((m) => m.kind === "subtotal")) mutations.push({ kind: "subtotal", rule: RULE_OF.subtotal, edits: { [a1(openL2, 8)]: +(g.s + 2).toFixed(2) }, cells: [a1(openL2, 8), a1(openL1, 8)] });
      }
      subtotalRows[k] = { l1: openL1, l2: openL2 };
    }
    const row = rows.length + 1;
    const target = fw(fmt(l.target, l.op, l.unit));
    const dec = (x: number) => +x.toFixed(2);
    const share = 0.4 + rnd() * 0.3;
    // (a self-evaluation's short row is a ≥ target scored pro rata: 90% of it → 90% of the weight)
    const short = k === shortAt && (monitoring ? l.op !== "=" : l.op === "≥");
    // what is forecast for the year: met, or (one row) short with its reason and 有可能
    const year = short ? (l.op === "≤" ? dec(l.target * 1.2) : dec(l.target * 0.9)) : l.target;
    const sofar = l.unit === "%" || l.op === "≤" ? dec(year) : dec(year * share);
    const val = (x: number) => fw(`${x}${l.unit}`);
    if (ticks) {
      // a √ under the reason's kind where the year falls short, and under the likelihood
      const reasonTicks = REASON_KINDS.map((_, q) => (short && q === k % REASON_KINDS.length ? "√" : null));
      add([null, l.l1, l.l2, l.name, target, val(sofar), val(year), ...reasonTicks, short ? null : "√", short ? "√" : null, null, null]);
      if (!short && l.op !== "=" && mutations.every((m) => m.kind !== "missed-target")) {
        const missed = l.op === "≤" ? dec(l.target * 1.5) : dec(l.target * 0.8);
        // the year forecast short, the tick moved to 有可能, no reason ticked: the reason is missing in H..L
        mutations.push({ kind: "missed-target", rule: RULE_OF["missed-target"], edits: { [a1(row, 7)]: val(missed), [a1(row, 13)]: null, [a1(row, 14)]: "√" }, cells: [8, 9, 10, 11, 12].map((c) => a1(row, c)) });
      }
    } else if (monitoring && spec.soFarOnly) {
      // so far: short of the year's target on counts (确定能, no reason); the short row shorter still, with its reason
      add([null, l.l1, l.l2, l.name, target, val(sofar), short ? REASONS[k % REASONS.length] : null, short ? "有可能" : "确定能", null]);
      if (!short && l.op !== "=" && mutations.every((m) => m.kind !== "missed-target")) {
        const missed = l.op === "≤" ? dec(l.target * 1.5) : dec(l.target * 0.5);
        mutations.push({ kind: "missed-target", rule: RULE_OF["missed-target"], edits: { [a1(row, 6)]: val(missed), [a1(row, 8)]: "有可能" }, cells: [a1(row, 7)] });
      }
      if (k === 1) mutations.push({ kind: "likelihood", rule: RULE_OF.likelihood, edits: { [a1(row, 8)]: BAD_LIKELIHOOD[seed % BAD_LIKELIHOOD.length] }, cells: [a1(row, 8)] });
    } else if (monitoring) {
      add([null, l.l1, l.l2, l.name, target, val(sofar), val(year), short ? REASONS[k % REASONS.length] : null, short ? "有可能" : "确定能", null]);
      if (!short && candidate < 0 && l.op !== "=") candidate = k;
      if (!short && l.op !== "=" && mutations.every((m) => m.kind !== "missed-target")) {
        const missed = l.op === "≤" ? dec(l.target * 1.5) : dec(l.target * 0.8);
        mutations.push({ kind: "missed-target", rule: RULE_OF["missed-target"], edits: { [a1(row, 7)]: val(missed), [a1(row, 9)]: "有可能" }, cells: [a1(row, 8)] });
      }
      if (k === 1) mutations.push({ kind: "likelihood", rule: RULE_OF.likelihood, edits: { [a1(row, 9)]: BAD_LIKELIHOOD[seed % BAD_LIKELIHOOD.length] }, cells: [a1(row, 9)] });
    } else {
      const w = weights[k];
      const score = short ? +(w * 0.9).toFixed(2) : w;
      add([null, l.l1, l.l2, l.name, target, val(year), w, score, short ? REASONS[k % REASONS.length] : null]);
      if (!short && l.op === "≥" && mutations.every((m) => m.kind !== "missed-target")) {
        const edits: Record<string, string | number | null> = { [a1(row, 6)]: val(dec(l.target * 0.8)), [a1(row, 8)]: +(w * 0.8).toFixed(2) };
        // (its subtotals lowered with it)
        if (subtotals) {
          const st = subtotalRows[k];
          const d = w - +(w * 0.8).toFixed(2);
          edits[a1(st.l2, 8)] = +(groupSums((x) => x.l1 === l.l1 && x.l2 === l.l2).s - d).toFixed(2);
          edits[a1(st.l1, 8)] = +(groupSums((x) => x.l1 === l.l1).s - d).toFixed(2);
        }
        mutations.push({ kind: "missed-target", rule: RULE_OF["missed-target"], edits, cells: [a1(row, 9)] });
      }
    }
  });
  void candidate;
  merges.push(`A${headerRow}:A${rows.length}`);
  // merge the 一级 and 二级 labels down over equal runs
  for (const col of [2, 3]) {
    let start = firstInd;
    for (let r = firstInd + 1; r <= rows.length + 1; r++) {
      const same = r <= rows.length && rows[r - 1][col - 1] === rows[start - 1][col - 1] && (col === 2 || rows[r - 1][1] === rows[start - 1][1]);
      if (same) continue;
      if (r - 1 > start) {
        merges.push(`${a1(start, col)}:${a1(r - 1, col)}`);
        for (let q = start + 1; q < r; q++) rows[q - 1][col - 1] = null;
      }
      start = r;
    }
  }
  if (spec.note) {
    add([]);
    add([monitoring ? "注：1.偏差原因分析从经费保障、制度保障、人员保障、硬件条件保障、其他等方面填写；2.完成目标可能性填写确定能、有可能、完全不可能。" : "注：偏差原因分析及改进措施须逐项说明。"]);
  }
  if (spec.signature) add(["单位负责人：张三", null, "填表人：李四", null, "联系电话：0731-88886666", null, "填报日期：2026年8月10日"]);
  if (spec.unmerged) merges.length = 0;

  const toTrad = spec.traditional ? toTraditional() : null;
  const conv = (v: string | number | null) => (toTrad && typeof v === "string" ? toTrad(v) : v);
  // (the rows converted once: each cell is converted alone, so an edit converted by itself reads as the edited cell would)
  let converted: (string | number | null)[][] | null = null;
  const grid = (edits: Record<string, string | number | null> = {}) => {
    const values = (converted ??= rows.map((r) => r.map(conv))).map((r) => r.slice());
    for (const [ref, v] of Object.entries(edits)) {
      const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
      const col = m[1].split("").reduce((s, ch) => s * 26 + ch.charCodeAt(0) - 64, 0);
      const r = +m[2];
      while (values.length < r) values.push([]);
      while (values[r - 1].length < col) values[r - 1].push(null);
      values[r - 1][col - 1] = conv(v);
    }
    return Grid.fromValues("S", values, merges);
  };
  return { spec, key: specKey(spec), family: monitoring ? "monitoring" : "dept-self-eval", grid, mutations };
}
