import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { handlingRateRelations, unitResultList } from "../../src/core/recognise/unit-results";
import { review } from "../../src/core/review";

/**
 * A scored handling list (盘锦 12345 热线 1-4月 诉求办理情况的通报: 序号 | 受理单位 | 交办总量 | 办结率 | 满意率 | 按时反馈率 |
 * 有效回访率 | 知识库更新总数目 | 评分): the units' handling figures, counts and rates, with a score per unit under a notice's
 * title — an evaluation summary, read by unit-results.ts on the measures' evidence (a rate column and a count column, every
 * rate within 0–100%, every count whole, every score within 0–100). Counter-shapes: the same list with no score column (a
 * handling list, family unknown), a rate above 100%, a count with decimals, no rate column, no count column, a 统计表 title
 * (no title at all reads), a budget list (预算数 | 执行数 | 执行率 | 得分), a score shown as a percentage, and 受理单位 | 评分 with no measures.
 * Then its rates against the counts printed beside them (below).
 */
type Row = (string | number)[];
const g = (rows: Row[]) => Grid.fromValues("Sheet1", rows);
const errors = (grid: Grid) => review(grid, "national").findings.filter((f) => f.severity === "error");

const TITLE = "关于某市12345政务服务便民热线平台1-4月份诉求办理情况的通报";
const HEAD: Row = ["序号", "受理单位", "交办总量", "办结率", "满意率", "按时反馈率", "知识库更新总数目", "评分"];
/** four units: counts whole, every rate within 0–100%, scores 99.3 … 97.4 */
const LINES: Row[] = [
  [1, "甲区", 4226, "98.06%", "99.00%", "100.00%", 10330, 99.3],
  [2, "乙县", 1922, "98.44%", "98.37%", "100.00%", 10884, 99.2],
  [3, "丙区", 6530, "97.95%", "98.44%", "100.00%", 16809, 99.1],
  [4, "丁区", 2584, "96.21%", "94.01%", "100.00%", 12814, 97.4],
];
const sheet = (lines: Row[] = LINES, head: Row = HEAD, title: string | null = TITLE) => g([...(title === null ? [] : [[title]]), head, ...lines]);
const cell = (lines: Row[], k: number, c: number, v: string | number): Row[] => lines.map((l, i) => (i === k ? l.map((x, j) => (j === c ? v : x)) : [...l]));
const dropCols = (rows: Row[], cols: number[]): Row[] => rows.map((l) => l.filter((_, j) => !cols.includes(j)));

describe("序号 | 受理单位 | 交办总量 | 办结率 | … | 评分 under a 通报: a scored handling list", () => {
  test("read as a results list headed at row 2, units in B, scores in H, lines 3–6; an evaluation summary, no error", () => {
    const grid = sheet();
    expect(unitResultList(grid)).toMatchObject({ headerRow: 2, unitCol: 2, scoreCol: 8, noteCol: null, deductCol: null, baseCol: null, base: 100, rows: [3, 4, 5, 6] });
    const m = recognise(grid);
    expect([m.family, m.headerRow]).toEqual(["evaluation-summary", 2]);
    expect(errors(grid)).toEqual([]);
  });

  test("the same in traditional script with a mirror's pinyin glosses (受理單位, 評(píng)分, 通報(bào)): read the same", () => {
    const head: Row = ["序號(hào)", "受理單位", "交辦總量", "辦結(jié)率", "滿意率", "按時(shí) 反饋率", "知識(shí)庫(kù)更新總數(shù)目", "評(píng)分"];
    const grid = sheet(LINES, head, "關(guān)于某市12345政務(wù)服務(wù)便民熱線平臺(tái)1-4月份訴求辦理情況的通報(bào)");
    expect(unitResultList(grid)).toMatchObject({ headerRow: 2, unitCol: 2, scoreCol: 8, rows: [3, 4, 5, 6] });
    expect(recognise(grid).family).toBe("evaluation-summary");
  });

  test("rates written without their sign under 办结率(%) (98.06): within 0–100, read", () => {
    const lines = LINES.map((l) => l.map((x) => (typeof x === "string" && x.endsWith("%") ? Number(x.slice(0, -1)) : x)));
    const head = HEAD.map((h) => (h === "办结率" ? "办结率(%)" : h));
    expect(unitResultList(sheet(lines, head))).toMatchObject({ headerRow: 2, scoreCol: 8, rows: [3, 4, 5, 6] });
  });

  test("an assessment's title (…考核结果通报), or no title at all, over the same list: read (the measures and the scores say what it is)", () => {
    expect(unitResultList(sheet(LINES, HEAD, "某市12345热线承办单位考核结果通报"))?.rows).toEqual([3, 4, 5, 6]);
    expect(unitResultList(sheet(LINES, HEAD, null))).toMatchObject({ headerRow: 1, rows: [2, 3, 4, 5] });
  });

  test("a 信息报送 通报's heads (报送信息(篇) | 采用率% | 得分), a unit with nothing sent and its rate '/': read, its line too", () => {
    const head: Row = ["序号", "单位", "报送信息(篇)", "采用率%", "得分"];
    const lines: Row[] = [
      [1, "甲局", 40, "50.00%", 96],
      [2, "乙局", 25, "40.00%", 92],
      [3, "丙局", 0, "/", 80],
    ];
    expect(unitResultList(sheet(lines, head, "某市2023年政务信息报送情况通报"))).toMatchObject({ headerRow: 2, unitCol: 2, scoreCol: 5, rows: [3, 4, 5] });
    // (the near case: a rate in words, 较好, is no rate — no list)
    expect(unitResultList(sheet(cell(lines, 2, 3, "较好"), head, "某市2023年政务信息报送情况通报"))).toBeNull();
  });

  test.each<[string, Grid]>([
    ["no score column (a handling list: counts and rates only)", sheet(dropCols(LINES, [7]), HEAD.slice(0, 7))],
    ["a rate above 100% (乙县 满意率 102.37%)", sheet(cell(LINES, 1, 4, "102.37%"))],
    ["a rate above 100 under a head without its sign (丙区 办结率 197.95)", sheet(cell(LINES, 2, 3, 197.95))],
    ["a count with decimals (甲区 交办总量 4226.5)", sheet(cell(LINES, 0, 2, 4226.5))],
    ["no rate column (交办总量 | 知识库更新总数目 | 评分)", sheet(dropCols(LINES, [3, 4, 5]), dropCols([HEAD], [3, 4, 5])[0])],
    ["no count column (办结率 | 满意率 | 按时反馈率 | 评分)", sheet(dropCols(LINES, [2, 6]), dropCols([HEAD], [2, 6])[0])],
    ["a score above 100 (丁区 评分 197.4)", sheet(cell(LINES, 3, 7, 197.4))],
    ["a title naming another list (…办理情况统计表)", sheet(LINES, HEAD, "某市12345热线诉求办理情况统计表")],
  ])("%s: no results list, not an evaluation summary", (_, grid) => {
    expect(unitResultList(grid)).toBeNull();
    expect(recognise(grid).family).not.toBe("evaluation-summary");
  });

  test("a score shown as a percentage (评分 99.30%): no score, no results list", () => {
    expect(unitResultList(sheet(cell(LINES, 0, 7, "99.30%")))).toBeNull();
  });

  test("a budget list by unit (单位 | 预算数 | 执行数 | 执行率 | 得分): its amounts are no counts, no results list (an assessment's title, so only the heads keep it out)", () => {
    const head: Row = ["序号", "单位", "预算数", "执行数", "执行率", "得分"];
    const lines: Row[] = [
      [1, "甲局", 120, 110, "91.67%", 95],
      [2, "乙局", 80, 80, "100.00%", 100],
      [3, "丙局", 200, 150, "75.00%", 85],
    ];
    expect(unitResultList(sheet(lines, head, "某县2023年度部门资金使用情况考核通报"))).toBeNull();
  });

  test("受理单位 | 评分 with no measures, under an assessment's title: those heads are read only with the measures, no list", () => {
    const lines: Row[] = [
      [1, "甲区", 99.3],
      [2, "乙县", 99.2],
      [3, "丙区", 99.1],
    ];
    expect(unitResultList(sheet(lines, ["序号", "受理单位", "评分"], "某市热线承办单位考核情况"))).toBeNull();
    // (the near case: the heads a results list is read with, 单位 | 得分, under the same title: read)
    expect(unitResultList(sheet(lines, ["序号", "单位", "得分"], "某市热线承办单位考核情况"))?.rows).toEqual([3, 4, 5]);
  });
});

/**
 * Its rates against the counts it prints beside them: 办结率 = 办结数 ÷ 交办总量 on each unit line, where the sheet prints the
 * outcome's count and one intake column. Hand-computed: 196/200 = 98.00%, 90/100 = 90.00% (乙县 prints 95.00%: the slip),
 * 49/50 = 98.00%, 40/40 = 100.00%.
 */
const RATE_HEAD: Row = ["序号", "受理单位", "交办总量", "办结数(件)", "办结率", "评分"];
const RATE_LINES: Row[] = [
  [1, "甲区", 200, 196, "98.00%", 99.3],
  [2, "乙县", 100, 90, "90.00%", 97.2],
  [3, "丙区", 50, 49, "98.00%", 99.1],
  [4, "丁区", 40, 40, "100.00%", 100],
];
const ratioFindings = (grid: Grid) => review(grid, "national").findings.filter((f) => f.rule === "ratio-mismatch");

describe("交办总量 | 办结数 | 办结率 | 评分: the rate against the counts printed beside it", () => {
  test("four ratios, E3:E6 = D ÷ C; all agree, no finding", () => {
    const grid = sheet(RATE_LINES, RATE_HEAD);
    const rel = handlingRateRelations(grid);
    expect(rel.map((x) => [x.stated.cell, x.numerator.cell, x.denominator.cell])).toEqual([
      ["E3", "D3", "C3"],
      ["E4", "D4", "C4"],
      ["E5", "D5", "C5"],
      ["E6", "D6", "C6"],
    ]);
    expect(ratioFindings(grid)).toEqual([]);
  });

  test("乙县 prints 95.00% for 90/100 = 90.00%: a ratio-mismatch error at E4, the only one", () => {
    const grid = sheet(cell(RATE_LINES, 1, 4, "95.00%"), RATE_HEAD);
    expect(ratioFindings(grid).map((f) => [f.cell, f.severity])).toEqual([["E4", "error"]]);
  });

  test("the rate in points under 办结率(%) (95 for 90/100): flagged at E4 the same; 90 is not", () => {
    const head = RATE_HEAD.map((h) => (h === "办结率" ? "办结率(%)" : h));
    const points = RATE_LINES.map((l) => l.map((x) => (typeof x === "string" && x.endsWith("%") ? Number(x.slice(0, -1)) : x)));
    expect(ratioFindings(sheet(points, head))).toEqual([]);
    expect(ratioFindings(sheet(cell(points, 1, 4, 95), head)).map((f) => f.cell)).toEqual(["E4"]);
  });

  test("报送数 | 采用数 | 采用率% | 得分, rates in points: 9/20 = 45% printed 54 flagged at E4 alone; 8/40 = 20 and 3/10 = 30 agree", () => {
    const head: Row = ["序号", "单位", "报送数", "采用数", "采用率%", "得分"];
    const lines: Row[] = [
      [1, "甲局", 40, 8, 20, 90],
      [2, "乙局", 20, 9, 54, 95],
      [3, "丙局", 10, 3, 30, 88],
    ];
    const grid = sheet(lines, head, "某市2023年政务信息报送情况通报");
    expect(handlingRateRelations(grid).map((x) => x.stated.cell)).toEqual(["E3", "E4", "E5"]);
    expect(ratioFindings(grid).map((f) => f.cell)).toEqual(["E4"]);
  });

  test.each<[string, Row, Row[]]>([
    ["no count of the outcome (盘锦's form: 交办总量 | 办结率 only)", HEAD, LINES],
    ["满意率 beside 满意数: a rate of no outcome of the intake (its base is the revisits), not read", ["序号", "受理单位", "交办总量", "满意数", "满意率", "评分"], RATE_LINES],
    ["two intake columns (受理数 | 交办数): which one the rate is of is not said", ["序号", "受理单位", "受理数", "交办数", "办结率", "评分"], RATE_LINES],
  ])("%s: no ratio", (_, head, lines) => {
    const grid = sheet(cell(lines, 1, 4, "95.00%"), head);
    expect(unitResultList(grid)).not.toBeNull();
    expect(handlingRateRelations(grid)).toEqual([]);
  });

  test("the same counts and rates with no score column: no scored list, no ratio from it", () => {
    const grid = sheet(dropCols(cell(RATE_LINES, 1, 4, "95.00%"), [5]), RATE_HEAD.slice(0, 5));
    expect(unitResultList(grid)).toBeNull();
    expect(handlingRateRelations(grid)).toEqual([]);
  });
});
