/**
 * Generated target forms (项目支出绩效目标申报表 / 绩效目标审批表 / 部门整体支出绩效目标表) for
 * generated-target-forms.test.ts: a seeded PRNG picks one combination of layout choices, the builder writes a
 * consistent form (every fund total right, 分值 adding to 100, dates inside the period) and records, for each injected
 * error, the rule that must find it and the cells it may be reported at.
 */
import { Grid } from "../../src/core/grid/grid";
import { a1 } from "../../src/core/grid/a1";
import type { CellValue } from "../../src/core/grid/grid";

export type FormKind = "project" | "approval" | "dept";

export interface TargetSpec {
  kind: FormKind;
  /** 1–3 projects on one sheet (project and approval forms) */
  projects: number;
  /** a head field's value in the next cell, or after a colon in the label's own cell */
  head: "next" | "colon";
  /** the fund block: lines (资金总额 over 其中 lines) or columns (资金总额 | 财政拨款 | 其他资金 over a values row) */
  funds: "rows" | "columns";
  /** 指标内容 / 评(扣)分标准 columns beside the indicators */
  extraCols: boolean;
  /** a 分值 column adding to 100 */
  weights: boolean;
  /** group labels merged down, or repeated on every row */
  merged: boolean;
  traditional: boolean;
  /** an empty column inserted at this column (0: none) */
  emptyCol: number;
  /** a cover block (title, 申报单位, 日期) above the form */
  cover: boolean;
  unit: "万元" | "元";
  numbering: "none" | "1." | "(1)" | "①";
  /** the period as 计划开始日期 | 计划完成日期, or one 项目起止时间 cell */
  period: "two" | "span";
  /** a closing line under the table (填报人 / 联系电话 / 填报日期) */
  footer: boolean;
  /**
   * (审批表) the national form's layout: 主管部门及代码 | 实施单位, 项目属性 | 项目期, 中期 and 年度 资金总额 side by side
   * with their 其中 lines, 中期目标 | 年度目标 labels over their texts, and a 绩效指标 label column left of the table
   */
  national: boolean;
  /** the target column's wording */
  targetWord: string;
  /** targets split over 指标性质 | 指标值 | 度量单位 (operator, number, unit) */
  split: boolean;
  // —— drawn by filledTargetDims from a PRNG of their own (the builder goes on drawing from the spec's: earlier seeds
  //    keep their forms) ——
  /** fund amounts typed with their unit ("300万元", "3000000元") */
  amountUnits: boolean;
  /** every number typed as text ("300", "20") */
  numbersAsText: boolean;
  /** every text's digits typed full-width ("２０２４年１月", "≥９５％") */
  fullWidth: boolean;
  /** no merged cells at all */
  unmerged: boolean;
  /** the title line left out (the form pasted from its year line down; a cover's own title kept) */
  noTitle: boolean;
}

export type TargetMutationKind = "blank-field" | "dropped-dimension" | "placeholder" | "period-inverted" | "time-outside" | "fund-rows" | "fund-columns" | "expense-copied" | "weight-sum";

export const TARGET_RULE_OF: Record<TargetMutationKind, string> = {
  "blank-field": "target-incomplete",
  "dropped-dimension": "target-incomplete",
  placeholder: "placeholder-value",
  "period-inverted": "target-period",
  "time-outside": "target-period",
  "fund-rows": "total-mismatch",
  "fund-columns": "total-mismatch",
  "expense-copied": "total-mismatch",
  "weight-sum": "weight-sum-mismatch",
};

export interface TargetMutation {
  kind: TargetMutationKind;
  /** the project (1–3) of the sheet the error is injected into */
  project: number;
  rule: string;
  grid: () => Grid;
  /** where the finding is expected (any of these cells; empty: any new finding of the rule) */
  cells: string[];
  what: string;
}

export interface BuiltForm {
  spec: TargetSpec;
  key: string;
  grid: () => Grid;
  mutations: TargetMutation[];
}

export function sampleTargetSpec(rnd: () => number): TargetSpec {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const kind = pick(["project", "project", "approval", "dept"] as const);
  return {
    kind,
    projects: kind === "dept" ? 1 : pick([1, 1, 1, 2, 3]),
    head: pick(["next", "next", "colon"] as const),
    funds: pick(["rows", "columns"] as const),
    extraCols: rnd() < 0.3,
    weights: rnd() < 0.4,
    merged: rnd() < 0.6,
    traditional: rnd() < 0.15,
    emptyCol: rnd() < 0.15 ? 2 + Math.floor(rnd() * 3) : 0,
    cover: rnd() < 0.15,
    unit: pick(["万元", "万元", "元"] as const),
    numbering: pick(["none", "none", "1.", "(1)", "①"] as const),
    period: pick(["two", "span"] as const),
    footer: rnd() < 0.5,
    national: kind === "approval" && rnd() < 0.7,
    targetWord: pick(["指标值", "指标值", "年度指标值", "目标值", "绩效指标值", "预期目标值", "指标目标值"] as const),
    split: rnd() < 0.25,
    amountUnits: false,
    numbersAsText: false,
    fullWidth: false,
    unmerged: false,
    noTitle: false,
  };
}

/** The filled-in forms' shapes, drawn from a PRNG of their own (see TargetSpec). */
export function filledTargetDims(rnd: () => number): Pick<TargetSpec, "amountUnits" | "numbersAsText" | "fullWidth" | "unmerged" | "noTitle"> {
  return {
    amountUnits: rnd() < 0.2,
    numbersAsText: rnd() < 0.2,
    fullWidth: rnd() < 0.15,
    unmerged: rnd() < 0.15,
    noTitle: rnd() < 0.15,
  };
}

export function targetSpecKey(s: TargetSpec): string {
  return [
    s.kind,
    `p${s.projects}`,
    `head:${s.head}`,
    `funds:${s.funds}`,
    s.extraCols ? "extra" : "noextra",
    s.weights ? "weights" : "noweights",
    s.merged ? "merged" : "repeated",
    s.traditional ? "trad" : "simp",
    `empty:${s.emptyCol}`,
    s.cover ? "cover" : "nocover",
    s.unit,
    `num:${s.numbering}`,
    `period:${s.period}`,
    s.footer ? "footer" : "nofooter",
    ...(s.national ? ["national"] : []),
    `tv:${s.targetWord}`,
    ...(s.split ? ["split"] : []),
    ...(s.amountUnits ? ["12.5万元"] : []),
    ...(s.numbersAsText ? ['"300"'] : []),
    ...(s.fullWidth ? ["全角"] : []),
    ...(s.unmerged ? ["unmerged"] : []),
    ...(s.noTitle ? ["notitle"] : []),
  ].join("|");
}

// ---------------------------------------------------------------------------------------------------------
// Traditional characters (the form's own vocabulary)

const S2T: Record<string, string> = {
  项: "項", 绩: "績", 标: "標", 门: "門", 单: "單", 称: "稱", 资: "資", 额: "額", 产: "產", 满: "滿", 质: "質", 时: "時",
  数: "數", 经: "經", 济: "濟", 会: "會", 务: "務", 对: "對", 实: "實", 计: "計", 划: "劃", 开: "開", 总: "總", 级: "級",
  财: "財", 拨: "撥", 万: "萬", 报: "報", 审: "審", 预: "預", 专: "專", 户: "戶", 职: "職", 责: "責", 体: "體", 内: "內",
  评: "評", 准: "準", 效: "效", 发: "發", 应: "應", 训: "訓", 盖: "蓋", 设: "設", 规: "規", 场: "場", 览: "覽", 护: "護",
};
const toTrad = (t: string) => t.replace(/[\u4e00-\u9fa5]/g, (ch) => S2T[ch] ?? ch);

// ---------------------------------------------------------------------------------------------------------
// The indicator lines

interface Leaf { l1: string; l2: string; name: string; target: string; time?: boolean }

const OUTPUT_QTY: [string, string][] = [["培训人数", "≥500人"], ["新建设施数量", "12个"], ["覆盖村数", "≥30个"], ["举办活动场次", "24场"], ["补助发放人次", "≥1200人次"]];
const OUTPUT_QUAL: [string, string][] = [["验收合格率", "≥95%"], ["设备完好率", "≥98%"], ["档案规范率", "100%"]];
const SOCIAL: [string, string][] = [["带动就业人数", "≥80人"], ["政策知晓率", "≥90%"], ["受益群众人数", "≥3000人"]];
const ECONOMIC: [string, string][] = [["带动农户增收", "≥500元/户"], ["节约运行费用", "≥5万元"]];
const SUSTAIN: [string, string][] = [["设施持续使用年限", "≥10年"], ["长效管护机制", "健全"]];
const SATISFY: [string, string][] = [["服务对象满意度", "≥90%"], ["受益群众满意度", "≥85%"]];

function leaves(rnd: () => number, year: number): Leaf[] {
  const take = (xs: [string, string][], n: number) => {
    const pool = xs.slice();
    const out: [string, string][] = [];
    for (let k = 0; k < n && pool.length; k++) out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]);
    return out;
  };
  const n12 = () => 1 + Math.floor(rnd() * 2);
  const out: Leaf[] = [];
  for (const [name, target] of take(OUTPUT_QTY, n12())) out.push({ l1: "产出指标", l2: "数量指标", name, target });
  for (const [name, target] of take(OUTPUT_QUAL, n12())) out.push({ l1: "产出指标", l2: "质量指标", name, target });
  out.push({ l1: "产出指标", l2: "时效指标", name: "项目完成时间", target: `${year}年${rnd() < 0.5 ? 12 : 11}月底前`, time: true });
  if (rnd() < 0.5) out.push({ l1: "效益指标", l2: "经济效益指标", ...pair(take(ECONOMIC, 1)[0]) });
  for (const [name, target] of take(SOCIAL, n12())) out.push({ l1: "效益指标", l2: "社会效益指标", name, target });
  if (rnd() < 0.3) out.push({ l1: "效益指标", l2: "可持续影响指标", ...pair(take(SUSTAIN, 1)[0]) });
  for (const [name, target] of take(SATISFY, 1)) out.push({ l1: "满意度指标", l2: "服务对象满意度指标", name, target });
  return out;
}
const pair = ([name, target]: [string, string]) => ({ name, target });

/** integer weights ≥ 2 adding to 100, one per line */
function split100(rnd: () => number, n: number): number[] {
  const w = Array(n).fill(2);
  for (let left = 100 - 2 * n; left > 0; left--) w[Math.floor(rnd() * n)]++;
  return w;
}

const numbered = (style: TargetSpec["numbering"], k: number, name: string) =>
  style === "1." ? `${k + 1}.${name}` : style === "(1)" ? `(${k + 1})${name}` : style === "①" ? String.fromCharCode(0x2460 + k) + name : name;

// ---------------------------------------------------------------------------------------------------------
// The sheet writer: rows of values, merges as A1 ranges, cells addressed by (row, col) 1-based

class Sheet {
  rows: CellValue[][] = [];
  merges: [number, number, number, number][] = [];
  width = 8;
  get next(): number {
    return this.rows.length + 1;
  }
  put(r: number, c: number, v: CellValue): void {
    while (this.rows.length < r) this.rows.push([]);
    const row = this.rows[r - 1];
    while (row.length < c) row.push(null);
    row[c - 1] = v;
  }
  line(cells: (CellValue | undefined)[]): number {
    const r = this.next;
    this.rows.push([]);
    cells.forEach((v, k) => v !== undefined && this.put(r, k + 1, v));
    return r;
  }
  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.merges.push([r1, c1, r2, c2]);
  }
}

/** A built sheet before its rendering: the values, the merges and the cells of what may be mutated. */
interface Draft {
  sheet: Sheet;
  /** cell → value edits of a mutation, in draft coordinates */
  edits: { kind: TargetMutationKind; edits: [number, number, CellValue][]; cells: [number, number][]; what: string; drop?: number[]; project?: number }[];
}

function renderGrid(spec: TargetSpec, sheet: Sheet, edits: [number, number, CellValue][] = [], drop: number[] = []): Grid {
  const rows = sheet.rows.map((r) => r.slice());
  for (const [r, c, v] of edits) {
    while (rows[r - 1].length < c) rows[r - 1].push(null);
    rows[r - 1][c - 1] = v;
  }
  let merges = sheet.merges.slice();
  // dropped rows (a dimension's lines taken out): rows and merges shift up
  const dropSet = new Set(drop);
  const rowMap = (r: number) => r - drop.filter((d) => d < r).length;
  let kept = rows.filter((_, k) => !dropSet.has(k + 1));
  merges = merges
    .map(([r1, c1, r2, c2]) => {
      let a = r1;
      let b = r2;
      while (a <= b && dropSet.has(a)) a++;
      while (b >= a && dropSet.has(b)) b--;
      return a > b ? null : ([rowMap(a), c1, rowMap(b), c2] as [number, number, number, number]);
    })
    .filter((m): m is [number, number, number, number] => !!m);
  // an inserted empty column
  const ec = spec.emptyCol;
  if (ec) {
    kept = kept.map((r) => (r.length >= ec ? [...r.slice(0, ec - 1), null, ...r.slice(ec - 1)] : r));
    merges = merges.map(([r1, c1, r2, c2]) => [r1, c1 >= ec ? c1 + 1 : c1, r2, c2 >= ec ? c2 + 1 : c2] as [number, number, number, number]);
  }
  if (spec.traditional) kept = kept.map((r) => r.map((v) => (typeof v === "string" ? toTrad(v) : v)));
  if (spec.numbersAsText) kept = kept.map((r) => r.map((v) => (typeof v === "number" ? String(v) : v)));
  if (spec.fullWidth) kept = kept.map((r) => r.map((v) => (typeof v === "string" ? v.replace(/[0-9.%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)) : v)));
  if (spec.unmerged) merges = [];
  return Grid.fromValues(
    "Sheet1",
    kept,
    merges.filter(([r1, c1, r2, c2]) => r1 !== r2 || c1 !== c2).map(([r1, c1, r2, c2]) => `${a1(r1, c1)}:${a1(r2, c2)}`),
  );
}

/**
 * A draft cell's addresses in the rendered grid (rows dropped above it, an empty column inserted left of it): where
 * the empty column was inserted right before the cell, that empty cell is the first one right of its label too.
 */
function addrs(spec: TargetSpec, r: number, c: number, drop: number[] = []): string[] {
  const rr = r - drop.filter((d) => d < r).length;
  const cc = spec.emptyCol && c >= spec.emptyCol ? c + 1 : c;
  return spec.emptyCol === c ? [a1(rr, cc), a1(rr, c)] : [a1(rr, cc)];
}

const PROJECT_NAMES = ["农村饮水安全巩固提升工程", "基层医疗卫生机构能力建设", "高标准农田建设项目", "城乡公益性岗位补贴", "文化惠民演出活动", "困难残疾人生活补贴"];
const DEPTS = ["县农业农村局", "区卫生健康委员会", "市文化和旅游局", "县水利局", "区残疾人联合会"];

const fmtMoney = (spec: TargetSpec, wan: number): CellValue => {
  const v = spec.unit === "元" ? wan * 10000 : wan;
  return spec.amountUnits ? `${v}${spec.unit}` : v;
};

/** The head fields of one project (项目名称, 主管部门, 实施单位, the period), the fund block, the goals. */
function projectHead(spec: TargetSpec, rnd: () => number, s: Sheet, d: Draft, p: number, year: number): void {
  const W = s.width;
  const name = PROJECT_NAMES[(p + Math.floor(rnd() * PROJECT_NAMES.length)) % PROJECT_NAMES.length];
  const dept = DEPTS[Math.floor(rnd() * DEPTS.length)];
  // a field pair: label | value (value merged to the pair's end), or "label：value" in one cell
  const fieldLine = (pairs: [string, string, boolean][]): void => {
    const r = s.next;
    s.rows.push([]);
    const span = Math.floor(W / pairs.length);
    pairs.forEach(([label, value, required], k) => {
      const c0 = 1 + k * span;
      const c1 = k === pairs.length - 1 ? W : c0 + span - 1;
      if (spec.head === "colon") {
        s.put(r, c0, `${label}：${value}`);
        s.merge(r, c0, r, c1);
        if (required) d.edits.push({ kind: "blank-field", edits: [[r, c0, `${label}：`]], cells: [[r, c0], [r, c0 + 1]], what: label });
      } else {
        s.put(r, c0, label);
        s.put(r, c0 + 1, value);
        s.merge(r, c0 + 1, r, c1);
        if (required) d.edits.push({ kind: "blank-field", edits: [[r, c0 + 1, null]], cells: [[r, c0 + 1]], what: label });
      }
    });
  };
  fieldLine([["项目名称", name, true]]);
  fieldLine([["主管部门", dept, true], ["实施单位", dept.replace(/局|委员会|联合会/, "") + "事务中心", false]]);
  // the period
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  if (spec.period === "two") {
    const r = s.next;
    fieldLine([["计划开始日期", start, false], ["计划完成日期", end, false]]);
    const half = Math.floor(W / 2);
    if (spec.head === "colon") d.edits.push({ kind: "period-inverted", edits: [[r, 1, `计划开始日期：${year + 1}-03-01`]], cells: [[r, 1 + half], [r, 1]], what: "start after end" });
    else d.edits.push({ kind: "period-inverted", edits: [[r, 2, `${year + 1}-03-01`]], cells: [[r, 1 + half + 1], [r, 1 + half]], what: "start after end" });
  } else {
    const r = s.next;
    fieldLine([["项目起止时间", `${year}年1月1日至${year}年12月31日`, false]]);
    const c = spec.head === "colon" ? 1 : 2;
    const text = `${year + 1}年3月1日至${year}年12月31日`;
    d.edits.push({ kind: "period-inverted", edits: [[r, c, spec.head === "colon" ? `项目起止时间：${text}` : text]], cells: [[r, c]], what: "start after end" });
  }
  // the fund block
  const total = 40 + Math.floor(rnd() * 160) + (rnd() < 0.5 ? 0.5 : 0);
  const fiscal = Math.round(total * (0.5 + rnd() * 0.4));
  const other = total - fiscal;
  const u = `项目资金(${spec.unit})`;
  if (spec.funds === "rows") {
    const r0 = s.next;
    s.line([u, "资金总额", fmtMoney(spec, total)]);
    s.line([null, "其中：财政拨款", fmtMoney(spec, fiscal)]);
    s.line([null, "其他资金", fmtMoney(spec, other)]);
    s.merge(r0, 1, r0 + 2, 1);
    for (let k = 0; k < 3; k++) s.merge(r0 + k, 3, r0 + k, W);
    d.edits.push({ kind: "fund-rows", edits: [[r0 + 1, 3, fmtMoney(spec, fiscal + 10)]], cells: [[r0, 3], [r0 + 1, 3], [r0 + 2, 3]], what: "a fund part changed" });
  } else {
    const r0 = s.next;
    s.line([u, "资金总额", "财政拨款", "其他资金"]);
    s.line([null, fmtMoney(spec, total), fmtMoney(spec, fiscal), fmtMoney(spec, other)]);
    s.merge(r0, 1, r0 + 1, 1);
    s.merge(r0, 4, r0, W);
    s.merge(r0 + 1, 4, r0 + 1, W);
    d.edits.push({ kind: "fund-columns", edits: [[r0 + 1, 3, fmtMoney(spec, fiscal + 10)]], cells: [[r0 + 1, 2], [r0 + 1, 3], [r0 + 1, 4]], what: "a fund part changed" });
  }
  // the goals
  const rg = s.next;
  s.line(["年度目标", `${year}年完成${name}建设任务，惠及群众3000人以上，服务对象满意度达到90%以上。`]);
  s.merge(rg, 2, rg, W);
  d.edits.push({ kind: "blank-field", edits: [[rg, 2, null]], cells: [[rg, 2]], what: "年度目标" });
}

/**
 * The national 绩效目标申报/审批表's head: 项目名称, 主管部门及代码 | 实施单位, 项目属性 | 项目期, the 中期 and 年度 fund
 * columns side by side (资金总额 / 其中:财政拨款 / 其他资金), 总体目标 over 中期目标 | 年度目标 and their texts.
 */
function nationalHead(spec: TargetSpec, rnd: () => number, s: Sheet, d: Draft, p: number, year: number): void {
  const name = PROJECT_NAMES[(p + Math.floor(rnd() * PROJECT_NAMES.length)) % PROJECT_NAMES.length];
  const dept = DEPTS[Math.floor(rnd() * DEPTS.length)];
  const r1 = s.line(["项目名称", name]);
  s.merge(r1, 2, r1, 8);
  d.edits.push({ kind: "blank-field", edits: [[r1, 2, null]], cells: [[r1, 2]], what: "项目名称" });
  const r2 = s.line(["主管部门及代码", `[${101 + p}]${dept}`, null, null, "实施单位", dept.replace(/局|委员会|联合会/, "") + "事务中心"]);
  s.merge(r2, 2, r2, 4);
  s.merge(r2, 6, r2, 8);
  d.edits.push({ kind: "blank-field", edits: [[r2, 2, null]], cells: [[r2, 2]], what: "主管部门及代码" });
  const r3 = s.line(["项目属性", "延续项目", null, null, "项目期", "3年"]);
  s.merge(r3, 2, r3, 4);
  s.merge(r3, 6, r3, 8);
  // 中期 (three years) and 年度 amounts
  const annual = 40 + Math.floor(rnd() * 160);
  const fiscal = Math.round(annual * (0.5 + rnd() * 0.4));
  const mid = annual * 3;
  const midFiscal = fiscal * 3;
  const m = (x: number) => fmtMoney(spec, x);
  const f0 = s.line([`项目资金(${spec.unit})`, null, "中期资金总额", m(mid), null, "年度资金总额", m(annual)]);
  s.line([null, null, "其中：财政拨款", m(midFiscal), null, "其中：财政拨款", m(fiscal)]);
  s.line([null, null, "其他资金", m(mid - midFiscal), null, "其他资金", m(annual - fiscal)]);
  s.merge(f0, 1, f0 + 2, 2);
  for (let k = 0; k < 3; k++) {
    s.merge(f0 + k, 4, f0 + k, 5);
    s.merge(f0 + k, 7, f0 + k, 8);
  }
  d.edits.push({ kind: "fund-rows", edits: [[f0 + 1, 7, m(fiscal + 10)]], cells: [[f0, 7], [f0 + 1, 7], [f0 + 2, 7]], what: "a 年度 fund part changed" });
  const g0 = s.line(["总体目标", `中期目标(${year}年—${year + 2}年)`, null, null, null, "年度目标"]);
  s.line([null, `到${year + 2}年完成${name}全部建设任务。`, null, null, null, `${year}年完成${name}年度建设任务，惠及群众3000人以上。`]);
  s.merge(g0, 1, g0 + 1, 1);
  s.merge(g0, 2, g0, 5);
  s.merge(g0, 6, g0, 8);
  s.merge(g0 + 1, 2, g0 + 1, 5);
  s.merge(g0 + 1, 6, g0 + 1, 8);
  d.edits.push({ kind: "blank-field", edits: [[g0 + 1, 6, null]], cells: [[g0 + 1, 6], [g0, 6]], what: "年度目标" });
}

/** The indicator table: header, lines; records the placeholder, time, dimension and weight mutations. */
function indicatorTable(spec: TargetSpec, rnd: () => number, s: Sheet, d: Draft, year: number, periodEnd: boolean, off = 0): void {
  const W = s.width;
  const ls = leaves(rnd, year);
  const cols: (string | null)[] = [...(off ? ["绩效指标"] : []), "一级指标", "二级指标", "三级指标"];
  if (spec.extraCols) cols.push("指标内容");
  if (spec.split) cols.push("指标性质");
  cols.push(spec.targetWord);
  if (spec.split) cols.push("度量单位");
  if (spec.extraCols) cols.push("评(扣)分标准");
  if (spec.weights) cols.push("分值");
  const hr = s.line(cols);
  // the last header cell merged to the sheet's width
  if (cols.length < W) s.merge(hr, cols.length, hr, W);
  const tc = cols.indexOf(spec.targetWord) + 1;
  const wc = spec.weights ? cols.indexOf("分值") + 1 : 0;
  const weights = split100(rnd, ls.length);
  const first = s.next;
  ls.forEach((l, k) => {
    const row: CellValue[] = [...(off ? [null] : []), l.l1, l.l2, numbered(spec.numbering, k, l.name)];
    if (spec.extraCols) row.push(`${l.name}指标内容说明`);
    if (spec.split) {
      // "≥500人" → ≥ | 500 | 人; a text target (健全, a date) in the value column alone
      const m = /^(≥|≤|>|<|=)?(\d+(?:\.\d+)?)(.*)$/.exec(l.target);
      if (m && !l.time) row.push(m[1] ?? "=", Number(m[2]), m[3]);
      else row.push(null, l.target, null);
    } else row.push(l.target);
    if (spec.extraCols) row.push("完成得满分，未完成按比例扣分");
    if (spec.weights) row.push(weights[k]);
    s.line(row);
    if (row.length < W) s.merge(first + k, row.length, first + k, W);
  });
  if (spec.merged) {
    // group labels merged down, blanked below their first row
    for (const c of [1 + off, 2 + off]) {
      let k = 0;
      while (k < ls.length) {
        let j = k;
        const key = (x: Leaf) => (c === 1 + off ? x.l1 : x.l1 + x.l2);
        while (j + 1 < ls.length && key(ls[j + 1]) === key(ls[k])) j++;
        for (let m = k + 1; m <= j; m++) s.put(first + m, c, null);
        s.merge(first + k, c, first + j, c);
        k = j + 1;
      }
    }
  }
  // the 绩效指标 label merged down the header and the lines
  if (off) s.merge(hr, 1, first + ls.length - 1, 1);
  // a placeholder target on a quantity line
  const q = ls.findIndex((l) => l.l2 === "数量指标");
  // (a bare placeholder, one with its operator and unit, or the target left blank: the line is still an indicator)
  const placeholder = ["≥**人", "*", "**", null][Math.floor(rnd() * 4)];
  d.edits.push({ kind: "placeholder", edits: [[first + q, tc, placeholder]], cells: [[first + q, tc]], what: `placeholder ${placeholder}` });
  // a 时效 target after the period's end
  const t = ls.findIndex((l) => l.time);
  if (periodEnd) d.edits.push({ kind: "time-outside", edits: [[first + t, tc, `${year + 1}年6月底前`]], cells: [[first + t, tc]], what: "time target after the end" });
  // the last dimension dropped (满意度: its lines taken out)
  const sat = ls.map((l, k) => (l.l1 === "满意度指标" ? first + k : 0)).filter((r) => r);
  d.edits.push({ kind: "dropped-dimension", edits: [], cells: [[hr, 1 + off]], what: "满意度 dropped", drop: sat });
  // a weight changed: the 分值 sum is 105
  if (spec.weights) d.edits.push({ kind: "weight-sum", edits: [[first, wc, weights[0] + 5]], cells: [[hr, wc]], what: "分值 sum 105" });
}

/** 部门整体支出绩效目标表: 部门名称, the 收入 and 支出 blocks, 职责/任务 with amounts, 整体绩效目标, indicators. */
function deptForm(spec: TargetSpec, rnd: () => number, s: Sheet, d: Draft, year: number): void {
  const W = s.width;
  const dept = DEPTS[Math.floor(rnd() * DEPTS.length)];
  const r1 = s.next;
  if (spec.head === "colon") {
    s.line([`部门名称：${dept}`]);
    s.merge(r1, 1, r1, W);
    d.edits.push({ kind: "blank-field", edits: [[r1, 1, "部门名称："]], cells: [[r1, 1]], what: "部门名称" });
  } else {
    s.line(["部门名称", dept]);
    s.merge(r1, 2, r1, W);
    d.edits.push({ kind: "blank-field", edits: [[r1, 2, null]], cells: [[r1, 2]], what: "部门名称" });
  }
  // 收入 and 支出 (whole 万元 in tenths)
  const parts = [60 + Math.floor(rnd() * 400), Math.floor(rnd() * 50), Math.floor(rnd() * 30), Math.floor(rnd() * 20)];
  const income = parts.reduce((a, b) => a + b, 0);
  const basic = Math.round(income * (0.4 + rnd() * 0.3));
  const project = income - basic;
  const staff = Math.round(basic * 0.7);
  const public_ = basic - staff;
  const u = `(${spec.unit})`;
  const m = (x: number) => fmtMoney(spec, x);
  const incomeLabels = ["一般公共预算", "政府性基金", "财政专户", "其他收入"];
  let incomeTotal: [number, number];
  let expenseTotal: [number, number];
  if (spec.funds === "rows") {
    const r0 = s.next;
    s.line([`年度收入${u}`, "收入合计", m(income)]);
    incomeLabels.forEach((l, k) => s.line([null, l, m(parts[k])]));
    s.merge(r0, 1, r0 + 4, 1);
    for (let k = 0; k <= 4; k++) s.merge(r0 + k, 3, r0 + k, W);
    incomeTotal = [r0, 3];
    const e0 = s.next;
    s.line([`年度支出${u}`, "支出合计", m(income)]);
    s.line([null, "基本支出", m(basic)]);
    s.line([null, "其中：人员经费", m(staff)]);
    s.line([null, "公用经费", m(public_)]);
    s.line([null, "项目支出", m(project)]);
    s.merge(e0, 1, e0 + 4, 1);
    for (let k = 0; k <= 4; k++) s.merge(e0 + k, 3, e0 + k, W);
    expenseTotal = [e0, 3];
    d.edits.push({ kind: "fund-rows", edits: [[r0 + 1, 3, m(parts[0] + 10)]], cells: [[r0, 3], [r0 + 1, 3]], what: "an income line changed" });
    // the 支出 block's lines add to something else while its 合计 repeats the 收入 合计
    d.edits.push({ kind: "expense-copied", edits: [[e0 + 4, 3, m(project + 7)], [e0 + 1, 3, m(basic)]], cells: [[e0, 3], [e0 + 4, 3]], what: "支出 lines add to 合计+7" });
  } else {
    const r0 = s.next;
    s.line([`年度收入${u}`, "收入合计", ...incomeLabels]);
    s.line([null, m(income), ...parts.map(m)]);
    s.merge(r0, 1, r0 + 1, 1);
    incomeTotal = [r0 + 1, 2];
    const e0 = s.next;
    s.line([`年度支出${u}`, "支出合计", "基本支出", "项目支出"]);
    s.line([null, m(income), m(basic), m(project)]);
    s.merge(e0, 1, e0 + 1, 1);
    expenseTotal = [e0 + 1, 2];
    d.edits.push({ kind: "fund-columns", edits: [[r0 + 1, 3, m(parts[0] + 10)]], cells: [[r0 + 1, 2], [r0 + 1, 3]], what: "an income column changed" });
    d.edits.push({ kind: "expense-copied", edits: [[e0 + 1, 4, m(project + 7)]], cells: [[e0 + 1, 2], [e0 + 1, 4]], what: "支出 columns add to 合计+7" });
  }
  void incomeTotal;
  void expenseTotal;
  // 职责/任务 with their amounts: the 项目支出 split over 2–3 tasks
  const tasks = ["履行行业监管职责", "开展专项业务工作", "保障机关正常运转"].slice(0, 2 + Math.floor(rnd() * 2));
  const share = split100(rnd, tasks.length);
  const amounts = share.map((x) => Math.round((project * x) / 100));
  amounts[amounts.length - 1] = project - amounts.slice(0, -1).reduce((a, b) => a + b, 0);
  const t0 = s.next;
  s.line(["部门职责", "任务名称", "主要内容", `资金${u}`]);
  tasks.forEach((t, k) => s.line([null, t, `${t}相关工作`, m(amounts[k])]));
  s.merge(t0, 1, t0 + tasks.length, 1);
  const rg = s.next;
  s.line(["整体绩效目标", `${year}年围绕部门职责完成各项工作任务，保障重点项目按期实施。`]);
  s.merge(rg, 2, rg, W);
  d.edits.push({ kind: "blank-field", edits: [[rg, 2, null]], cells: [[rg, 2]], what: "整体绩效目标" });
}

export function buildTargetForm(spec: TargetSpec, seed: number, rnd: () => number): BuiltForm {
  const s = new Sheet();
  const d: Draft = { sheet: s, edits: [] };
  const year = 2022 + (seed % 4);
  const title = spec.kind === "dept" ? `${year}年度部门整体支出绩效目标表` : spec.kind === "approval" ? `${year}年项目支出绩效目标审批表` : `${year}年项目支出绩效目标申报表`;
  if (spec.cover) {
    s.line([title]);
    s.merge(1, 1, 1, s.width);
    s.line(["申报单位(盖章)：", null, DEPTS[seed % DEPTS.length]]);
    s.line(["填报日期：", null, `${year - 1}年10月`]);
    s.line([]);
  }
  if (!spec.noTitle) {
    const tr = s.line([title]);
    s.merge(tr, 1, tr, s.width);
  }
  const ur = s.line([`(${year}年度)`, null, null, null, null, null, `单位：${spec.unit}`]);
  s.merge(ur, 1, ur, 6);
  s.merge(ur, 7, ur, 8);
  if (spec.kind === "dept") {
    deptForm(spec, rnd, s, d, year);
    indicatorTable(spec, rnd, s, d, year, false);
  } else {
    for (let p = 0; p < spec.projects; p++) {
      if (p > 0) s.line([]);
      // every project's mutations are recorded, each at its own cells (a later project starts at its 项目名称 line)
      const before = d.edits.length;
      if (spec.national) {
        nationalHead(spec, rnd, s, d, p, year);
        indicatorTable(spec, rnd, s, d, year, false, 1);
      } else {
        projectHead(spec, rnd, s, d, p, year);
        indicatorTable(spec, rnd, s, d, year, true);
      }
      for (const e of d.edits.slice(before)) e.project = p + 1;
    }
  }
  if (spec.footer) {
    s.line([]);
    s.line(["填报人：", null, "联系电话：", null, `填报日期：${year - 1}年10月`]);
  }
  const grid = () => renderGrid(spec, s);
  const mutations: TargetMutation[] = d.edits.map((e) => ({
    kind: e.kind,
    project: e.project ?? 1,
    rule: TARGET_RULE_OF[e.kind],
    what: e.what,
    grid: () => renderGrid(spec, s, e.edits, e.drop ?? []),
    // (merges undone, a blank field's value cell is no longer merged into its label's line: the empty cell right of
    // the label, or of the blanked text, is where it is read as blank)
    cells: e.cells.flatMap(([r, c]) => (spec.unmerged && e.kind === "blank-field" ? [...addrs(spec, r, c, e.drop ?? []), ...addrs(spec, r, c + 1, e.drop ?? [])] : addrs(spec, r, c, e.drop ?? []))),
  }));
  return { spec, key: targetSpecKey(spec), grid, mutations };
}
