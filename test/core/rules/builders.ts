/**
 * Small builders of realistic sheets for the rule tests (layouts copied from the corpus:
 * 005/011/015 national project self-eval, 002 Sichuan, 001 indicator system, 023 basic data).
 * Every builder returns the Grid plus the A1 addresses a test asserts on.
 */
import type { Cell, CellValue } from "../../../src/core/grid/grid";
import { Grid } from "../../../src/core/grid/grid";
import { a1 } from "../../../src/core/grid/a1";
import { review, ReviewResult } from "../../../src/core/review";
import { Finding, ruleById } from "../../../src/core/rules";
import type { Profile } from "../../../src/core/rubric";

/** A cell given as a plain value or as {v, fmt} (numbers with percent formats). */
export type V = CellValue | { v: CellValue; fmt: string } | undefined;

export interface IndicatorSpec {
  /** 一级 label; rows with the same l1 as the row above are merged into one block */
  l1?: string;
  /** 二级 label; merged like l1 */
  l2?: string;
  name: string;
  /** operator column (Sichuan/Yunnan layout 指标性质) */
  op?: string;
  target?: V;
  /** unit column (Sichuan/Yunnan layout 度量单位) */
  unit?: string;
  actual?: V;
  weight?: V;
  score?: V;
  reason?: string;
}

export interface FundRow {
  label: string;
  initial?: V;
  adjusted?: V;
  executed?: V;
  weight?: V;
  rate?: V;
  score?: V;
  reason?: string;
}

export interface ProjectSheetSpec {
  layout?: "national" | "sichuan";
  title?: string;
  /** the budget block: the 年度资金总额 row first, then its 其中 rows */
  budget?: FundRow[];
  indicators: IndicatorSpec[];
  /** the 总分 row's weight (default 100) and score */
  totalWeight?: V;
  total?: V;
  /** a grade written in the 总分 row */
  grade?: string;
  /** a note row after the table ("注:1.一级指标分值统一设置为:…") */
  note?: string;
}

export interface Built {
  grid: Grid;
  /** A1 of a role in the n-th indicator row */
  ind(i: number, role: "name" | "op" | "target" | "unit" | "actual" | "weight" | "score" | "reason" | "rubric" | "l1" | "l2"): string;
  /** A1 of a role in the n-th fund row */
  fund(i: number, role: "label" | "initial" | "adjusted" | "executed" | "weight" | "rate" | "score" | "reason"): string;
  /** A1 of the 总分 row's weight / score / grade / label */
  total(role: "label" | "weight" | "score" | "grade"): string;
  note: string | null;
  indicatorHeaderRow: number;
}

function cellOf(v: V): Cell | null {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "object" && "fmt" in (v as object)) return { v: (v as { v: CellValue }).v, fmt: (v as { fmt: string }).fmt };
  return { v: v as CellValue };
}

class Sheet {
  rows: (Cell | null)[][] = [];
  merges: string[] = [];
  constructor(readonly width: number) {}
  add(values: V[]): number {
    const row: (Cell | null)[] = [];
    for (let c = 0; c < this.width; c++) row.push(cellOf(values[c]));
    this.rows.push(row);
    return this.rows.length;
  }
  merge(r1: number, c1: number, r2: number, c2: number) {
    if (r1 === r2 && c1 === c2) return;
    this.merges.push(`${a1(r1, c1)}:${a1(r2, c2)}`);
  }
  grid(name = "Sheet1"): Grid {
    return new Grid({ name, cells: this.rows, merges: this.merges });
  }
}

/** Merge runs of equal group labels in a column (rows first..last), leaving only the first label written. */
function groupRuns(sheet: Sheet, firstRow: number, col: number, labels: (string | undefined)[]) {
  let start = 0;
  for (let i = 1; i <= labels.length; i++) {
    if (i < labels.length && labels[i] === undefined) continue; // continues the block above
    if (labels[start] !== undefined) sheet.merge(firstRow + start, col, firstRow + i - 1, col);
    start = i;
  }
}

/**
 * A project self-evaluation sheet. National layout (CZ/005, TC/015):
 *   A 项目资金(万元) | B fund label | C 年初预算数 | D 全年预算数 | E 全年执行数 | F 分值 | G 执行率 | H 得分 | I 原因
 *   A 绩效指标 | B 一级指标 | C 二级指标 | D 三级指标 | E 年度指标值 | F 实际完成值 | G 分值 | H 得分 | I 偏差原因分析及改进措施
 *   总分 | … | G 100 | H total | I grade
 * Sichuan layout (QS/002): 预算执行情况(10分) block with 调整后预算数/预算执行率/权重/得分/原因, then
 *   绩效指标(90分) | 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析, 合计 row.
 * Group labels (l1/l2) are written on the first row of their block and merged down, as in the corpus.
 */
export function projectSheet(spec: ProjectSheetSpec): Built {
  const sc = spec.layout === "sichuan";
  const W = sc ? 11 : 9;
  const s = new Sheet(W);
  const title = spec.title ?? (sc ? "部门预算项目支出绩效自评表(2023年度)" : "项目支出绩效自评表");
  s.merge(s.add([title]), 1, 1, W);
  s.merge(s.add(["(2023年度)"]), 1, 2, W);
  s.add(["项目名称", "51000021R000000019951-工资性支出"]);
  s.add(["主管部门", "219-某某局", "", "", "实施单位", "219001-某某局"]);

  const fundRows: number[] = [];
  const FUND_COLS = { label: 2, initial: 3, adjusted: 4, executed: 5, weight: 7, rate: 6, score: 8, reason: 9 } as const;
  const NAT_FUND_COLS = { label: 2, initial: 3, adjusted: 4, executed: 5, weight: 6, rate: 7, score: 8, reason: 9 } as const;
  const fc = sc ? FUND_COLS : NAT_FUND_COLS;
  if (spec.budget) {
    const hdr = sc
      ? ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"]
      : ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "原因"];
    const h = s.add(hdr);
    for (const f of spec.budget) {
      const row: V[] = [];
      row[fc.label - 1] = f.label;
      row[fc.initial - 1] = f.initial;
      row[fc.adjusted - 1] = f.adjusted;
      row[fc.executed - 1] = f.executed;
      row[fc.weight - 1] = f.weight;
      row[fc.rate - 1] = f.rate;
      row[fc.score - 1] = f.score;
      row[fc.reason - 1] = f.reason;
      fundRows.push(s.add(row));
    }
    s.merge(h, 1, h + spec.budget.length, 1);
  }
  const goal = s.add(["年度总体目标", "预期目标", "", "", "", "实际完成情况"]);
  s.add(["", "完成年度工作任务。", "", "", "", "完成年度工作任务。"]);
  s.merge(goal, 1, goal + 1, 1);

  const COLS = sc
    ? { l1: 2, l2: 3, name: 4, op: 5, target: 6, unit: 7, actual: 8, weight: 9, score: 10, reason: 11 }
    : { l1: 2, l2: 3, name: 4, op: 0, target: 5, unit: 0, actual: 6, weight: 7, score: 8, reason: 9 };
  const head = sc
    ? ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"]
    : ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
  const hr = s.add(head);
  const first = hr + 1;
  const indRows: number[] = [];
  for (const ind of spec.indicators) {
    const row: V[] = [];
    row[COLS.l1 - 1] = ind.l1;
    row[COLS.l2 - 1] = ind.l2;
    row[COLS.name - 1] = ind.name;
    if (COLS.op) row[COLS.op - 1] = ind.op;
    row[COLS.target - 1] = ind.target;
    if (COLS.unit) row[COLS.unit - 1] = ind.unit;
    row[COLS.actual - 1] = ind.actual;
    row[COLS.weight - 1] = ind.weight;
    row[COLS.score - 1] = ind.score;
    row[COLS.reason - 1] = ind.reason;
    indRows.push(s.add(row));
  }
  s.merge(hr, 1, hr + spec.indicators.length, 1);
  groupRuns(s, first, COLS.l1, spec.indicators.map((i) => i.l1));
  groupRuns(s, first, COLS.l2, spec.indicators.map((i) => i.l2));

  const totalRow: V[] = [sc ? "合计" : "总分"];
  totalRow[COLS.weight - 1] = spec.totalWeight === undefined ? 100 : spec.totalWeight;
  totalRow[COLS.score - 1] = spec.total;
  totalRow[COLS.reason - 1] = spec.grade;
  const tr = s.add(totalRow);
  s.merge(tr, 1, tr, COLS.weight - 1);
  let noteCell: string | null = null;
  if (spec.note) {
    const nr = s.add([spec.note]);
    s.merge(nr, 1, nr, W);
    noteCell = a1(nr, 1);
  }
  return {
    grid: s.grid(),
    ind: (i, role) => {
      const col = role === "rubric" ? 0 : COLS[role];
      if (!col) throw new Error(`no ${role} column in this layout`);
      return a1(indRows[i], col);
    },
    fund: (i, role) => a1(fundRows[i], fc[role]),
    total: (role) => a1(tr, role === "label" ? 1 : role === "weight" ? COLS.weight : role === "score" ? COLS.score : COLS.reason),
    note: noteCell,
    indicatorHeaderRow: hr,
  };
}

/** The usual national budget block: 年度资金总额 plus its three 其中 rows (parts default to the total as 财政拨款). */
export function nationalBudget(t: Omit<FundRow, "label">, parts?: FundRow[]): FundRow[] {
  return [
    { label: "年度资金总额:", weight: 10, ...t },
    ...(parts ?? [
      { label: "其中:本年财政拨款", initial: t.initial, adjusted: t.adjusted, executed: t.executed, weight: "—", score: "—" },
      { label: "上年结转资金", weight: "—", score: "—" },
      { label: "其他资金", weight: "—", score: "—" },
    ]),
  ];
}

/** Nine full-score indicators in the CZ split 50/30/10 (weights 10×5 + 10×3 + 10), every target met. */
export function cleanIndicators(): IndicatorSpec[] {
  return [
    { l1: "产出指标(50分)", l2: "数量指标", name: "基建工程委托业务项目数量", target: "≥50个", actual: "50", weight: 10, score: 10 },
    { l2: "质量指标", name: "委托业务报告合格率", target: "≥100百分比", actual: "100", weight: 10, score: 10 },
    { name: "经费支出合规性", target: "严格执行相关制度规定", actual: "达成预期指标", weight: 10, score: 10 },
    { l2: "时效指标", name: "提交报告及时性", target: "在项目计划完成时间内完成", actual: "达成预期指标", weight: 10, score: 10 },
    { l2: "成本指标", name: "项目总成本", target: "≤90万元", actual: "89.97", weight: 10, score: 10 },
    { l1: "效益指标(30分)", l2: "社会效益指标", name: "对维护基建市场公平的影响程度", target: "效果明显", actual: "达成预期指标", weight: 10, score: 10 },
    { l2: "生态效益指标", name: "对控制基建项目成本影响程度", target: "效果明显", actual: "达成预期指标", weight: 10, score: 10 },
    { l2: "可持续影响指标", name: "对制度健全和落实的持续性影响", target: "效果明显", actual: "达成预期指标", weight: 10, score: 10 },
    { l1: "满意度指标(10分)", l2: "服务对象满意度指标", name: "服务对象满意度", target: "≥95%", actual: "98%", weight: 10, score: 10 },
  ];
}

/** A clean national sheet: budget 90/90 → 100% → 10, nine indicators at full score, 总分 100 优. */
export function cleanProject(over: Partial<ProjectSheetSpec> = {}): ProjectSheetSpec {
  return {
    budget: nationalBudget({ initial: 90, adjusted: 90, executed: 90, weight: 10, rate: "100.00%", score: 10 }),
    indicators: cleanIndicators(),
    total: 100,
    grade: "优",
    ...over,
  };
}

export interface SystemRow {
  l1?: string;
  l2?: string;
  name: string;
  score?: V;
  rubric?: string;
}

/**
 * A 3-level indicator system with weights in labels (seed 002 / corpus 001):
 *   一级指标 | 二级指标 | 三级指标 | 得分 | 指标解释 | 指标评分细则, closed by 合计 | | 100分 | total.
 */
export function indicatorSystem(rows: SystemRow[], total?: { weight?: string; score?: V }, title = "2020年部门整体支出绩效自评共性指标体系"): Built {
  const s = new Sheet(6);
  s.merge(s.add([title]), 1, 1, 6);
  const hr = s.add(["一级指标", "二级指标", "三级指标", "得分", "指标解释", "指标评分细则"]);
  const first = hr + 1;
  const rr: number[] = [];
  for (const r of rows) rr.push(s.add([r.l1, r.l2, r.name, r.score, "指标解释文字。", r.rubric]));
  groupRuns(s, first, 1, rows.map((r) => r.l1));
  groupRuns(s, first, 2, rows.map((r) => r.l2));
  const tr = s.add(["合计", "", total?.weight ?? "100分", total?.score]);
  const COLS = { l1: 1, l2: 2, name: 3, score: 4, reason: 5, rubric: 6 } as Record<string, number>;
  return {
    grid: s.grid(),
    ind: (i, role) => a1(rr[i], COLS[role === "weight" ? "name" : role] ?? 0),
    fund: () => {
      throw new Error("no budget block");
    },
    total: (role) => a1(tr, role === "label" ? 1 : role === "weight" ? 3 : 4),
    note: null,
    indicatorHeaderRow: hr,
  };
}

/** 部门整体支出绩效评价基础数据表 (corpus 023): 编制数 | 实际在职人数 | 控制率 on the row below. */
export function basicDataSheet(staff: { quota: V; actual: V; rate: V }): { grid: Grid; rateCell: string; quotaCell: string; actualCell: string } {
  const s = new Sheet(8);
  s.merge(s.add(["2023年度部门整体支出绩效评价基础数据表"]), 1, 1, 8);
  s.add(["财政供养人员情况(人)", "编制数", "2023 年实际在职人数", "控制率"]);
  s.add(["", staff.quota, staff.actual, staff.rate]);
  s.merges.push("A2:A3");
  s.add(["经费控制情况(万元)", "2022 年决算数", "2023 年预算数", "2023 年决算数"]);
  s.add(["三公经费:", "0", "0", "0"]);
  s.add(["1、公务用车购置和维护经费", "0", "0", "0"]);
  s.add(["2、出国经费", "0", "0", "0"]);
  s.add(["3、公务接待", "0", "0", "0"]);
  s.add(["公用经费", "118.31", "85.76", "193.42"]);
  return { grid: s.grid(), rateCell: "D3", quotaCell: "B3", actualCell: "C3" };
}

/** Findings of one rule only. */
export function findingsOf(result: ReviewResult, rule: string): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

export interface Expected {
  cell: string;
  /** fragments (or patterns) the Chinese message must contain */
  message?: (string | RegExp)[];
  severity?: "error" | "warning" | "info";
  /** the message template's id (meta.messages) and the data it names */
  messageId?: string;
  data?: Record<string, unknown>;
}

export interface RuleCase {
  name: string;
  build: () => { grid: Grid; expect?: Expected | Expected[] };
  profile?: string | Profile;
}

/**
 * The table-driven tester (ESLint's RuleTester, DESIGN §7): every VALID case yields no finding of the rule;
 * every INVALID case yields exactly the expected findings (by cell) whose messages contain every expected
 * fragment, with the rule's severity unless the case says otherwise.
 */
export function ruleTester(rule: string, cases: { valid: RuleCase[]; invalid: RuleCase[] }) {
  const meta = ruleById(rule)?.meta;
  describe(rule, () => {
    test("has meta (id, severity, families, zh/en title, rationale, RULEBOOK source)", () => {
      expect(meta).toBeDefined();
      expect(meta!.id).toBe(rule);
      expect(["error", "warning", "info"]).toContain(meta!.severity);
      expect(meta!.title.zh).toMatch(/[\u4e00-\u9fa5]/);
      expect(meta!.title.en.length).toBeGreaterThan(0);
      expect(meta!.rationale.zh).toMatch(/[\u4e00-\u9fa5]/);
      expect(meta!.rationale.en.length).toBeGreaterThan(0);
      expect(meta!.source).toMatch(/RULEBOOK/);
    });
    describe("valid", () => {
      test.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_n, c) => {
        const { grid } = c.build();
        const r = review(grid, c.profile ?? "national");
        expect(r.model.family).not.toBe("unknown");
        expect(findingsOf(r, rule).map((f) => `${f.cell}: ${f.message}`)).toEqual([]);
      });
    });
    describe("invalid", () => {
      test.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_n, c) => {
        const built = c.build();
        const exp = Array.isArray(built.expect) ? built.expect : [built.expect!];
        const r = review(built.grid, c.profile ?? "national");
        const got = findingsOf(r, rule);
        const byCell = (a: { cell: string }, b: { cell: string }) => a.cell.localeCompare(b.cell);
        // the message is shown on failure: which finding appeared where
        expect(got.map((f) => ({ cell: f.cell, message: f.message })).sort(byCell)).toEqual(
          exp.map((e) => ({ cell: e.cell, message: expect.any(String) })).sort(byCell),
        );
        // rules with message templates report by id, with every placeholder filled in both languages
        if (meta!.messages) {
          for (const f of got) {
            expect(Object.keys(meta!.messages)).toContain(f.messageId);
            expect(`${f.message} ${f.messageEn}`).not.toMatch(/\{\{/);
          }
        }
        for (const e of exp) {
          const f = got.find((x) => x.cell === e.cell)!;
          expect(f.severity).toBe(e.severity ?? meta!.severity);
          if (e.messageId) expect(f.messageId).toBe(e.messageId);
          if (e.data) expect(f.data).toEqual(expect.objectContaining(e.data));
          for (const m of e.message ?? []) {
            if (typeof m === "string") expect(f.message).toContain(m);
            else expect(f.message).toMatch(m);
          }
        }
      });
    });
  });
}

/** Replace indicator i of a list with a patched copy. */
export function patch(list: IndicatorSpec[], i: number, p: Partial<IndicatorSpec>): IndicatorSpec[] {
  return list.map((x, j) => (j === i ? { ...x, ...p } : x));
}
