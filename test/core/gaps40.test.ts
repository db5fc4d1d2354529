import { Grid } from "../../src/core/grid/grid";
import { parseRange } from "../../src/core/grid/a1";
import { review } from "../../src/core/review";

/**
 * Session 40 (gaps40): the metamorphic tests' open gaps that lose relations (and so the slips they find) when a sheet
 * arrives with its merges undone or filled — general fixes, by cause (test/fixtures/real/gaps40-diagnosis.md).
 */

const errors = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);
const sums = (g: Grid, cols: RegExp) =>
  review(g, "national")
    .model.relations.filter((x) => x.kind === "sum")
    .map((x) => (x.kind === "sum" ? `${x.total.cell}←${x.parts.map((p) => p.cell).join(",")}` : ""))
    .filter((x) => cols.test(x))
    .sort();

type Mode = "merged" | "undone" | "all undone" | "filled";
/**
 * The grid with its merges (merged), its merges down undone (undone: labels on their first line), every merge undone (a
 * CSV dump), or every merge undone and its value written in each cell it covered (filled: 取消合并并填充, an export).
 */
const grid = (rows: (string | number | null)[][], merges: string[], mode: Mode) => {
  if (mode !== "filled") return Grid.fromValues("Sheet1", rows, mode === "merged" ? merges : mode === "undone" ? merges.filter((m) => { const r = parseRange(m); return r.r1 === r.r2; }) : []);
  const out = rows.map((r) => r.slice());
  for (const m of merges) {
    const { r1, c1, r2, c2 } = parseRange(m);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out[r - 1][c - 1] = rows[r1 - 1][c1 - 1];
  }
  return Grid.fromValues("Sheet1", out, []);
};
const MODES: Mode[] = ["merged", "undone", "all undone"];

/**
 * 1. A head merged down over the header's lines, the merge undone: its word on the header's first line, blank under it
 * (合计 over a blank cell beside 一般预算's sub-heads). The header's last line reads the word above it for that column,
 * and the total's span runs down to it (blocks.ts headBox, spanUndone, wordHigherUp).
 */
describe("a head merged down over the header's lines, undone", () => {
  // 县区 | 合计 | 一般预算 (小计 | 常规分配 | 定向分配) | 彩票公益金: 合计 = 小计 + 彩票公益金 on each line
  // 利州 100 = 70 + 30, 昭化 80 = 50 + 30, 朝天 60 = 40 + 20
  const leading = (b4: number = 80, f: (number | null)[] = [30, 30, 20]) => [
    ["县区", "合计", "一般预算", null, null, "彩票公益金"],
    [null, null, "小计", "常规分配", "定向分配", null],
    ["利州区", 100, 70, 30, 40, f[0]],
    ["昭化区", b4, 50, 20, 30, f[1]],
    ["朝天区", 60, 40, 15, 25, f[2]],
  ];
  const LEADING = ["A1:A2", "B1:B2", "C1:E1", "F1:F2"];

  test.each(MODES)("merges %s: each line's 合计 is its 小计 and 彩票公益金 (B3 ← C3, F3 …)", (mode) => {
    expect(sums(grid(leading(), LEADING, mode), /^B\d/)).toEqual(["B3←C3,F3", "B4←C4,F4", "B5←C5,F5"]);
  });

  test.each(MODES)("merges %s: 昭化's 合计 90 against 50 + 30 = 80 is found (B4)", (mode) => {
    expect(errors(grid(leading(90), LEADING, mode))).toContain("total-mismatch@B4");
  });

  test.each(MODES)("counter-shape, merges %s: lines whose 合计 is no sum of the columns right of it (100 ≠ 70 + 5): no row sums, no finding", (mode) => {
    const g = grid(leading(80, [5, 6, 7]), LEADING, mode);
    expect(sums(g, /^B\d/)).toEqual([]);
    expect(errors(g).filter((x) => /@B\d/.test(x))).toEqual([]);
  });

  // a list whose 合计 line comes first under a header of two lines (科目 over 款 | 名称; 本次预算数 merged down over both)
  // 本次 600 = 100 + 200 + 300, 上年 500 = 200 + 100 + 200
  const list = (c3: number = 600, d1: string = "上年度预算数") => [
    ["科目", null, "本次预算数", d1],
    ["款", "名称", null, null],
    [null, "合计", c3, 500],
    [1, "甲支出", 100, 200],
    [2, "乙支出", 200, 100],
    [3, "丙支出", 300, 200],
  ];
  const LIST = ["A1:B1", "C1:C2", "D1:D2"];

  test.each(MODES)("merges %s: the leading 合计 line is the sum of the lines under it (C3 ← C4, C5, C6; D3 …)", (mode) => {
    expect(sums(grid(list(), LIST, mode), /^[CD]3/)).toEqual(["C3←C4,C5,C6", "D3←D4,D5,D6"]);
  });

  // (the list runs to the sheet's end, so it may go on past the page: its total is a bound, the lines adding up to it at
  // most — a 合计 below its lines is a slip either way)
  test.each(MODES)("merges %s: 合计 550 against 100 + 200 + 300 = 600 is found (C3)", (mode) => {
    expect(errors(grid(list(550), LIST, mode))).toContain("total-mismatch@C3");
  });

  test.each(MODES)("counter-shape, merges %s: a column whose word above is a rate (比上年增长(%)): the list is no sum, nothing read or found", (mode) => {
    const g = grid(list(550, "比上年增长(%)"), LIST, mode);
    expect(sums(g, /^[CD]3/)).toEqual([]);
    expect(errors(g)).toEqual([]);
  });
});

/**
 * 1b. A header of three lines, a head merged down over all three undone (总额 on the first, blank on the two under it,
 * beside 已经下达 over its blank and 其中: over 三区三州 | 其他): the header's last line reads the word two lines up.
 */
describe("a head merged down over a header of three lines, undone", () => {
  // 地方合计 B 100 = 30 + 30 + 40, C 90 = 28 + 26 + 36, D 6 = 1 + 3 + 2, E 4 = 1 + 1 + 2
  const table = (b6: number = 100, b3: string = "总额") => [
    ["2020年中央对地方补助分配表", null, null, null, null],
    ["单位:亿元", null, null, null, null],
    ["地区", b3, "补助总额明细", null, null],
    [null, null, "已经下达", "其中:", null],
    [null, null, null, "三区三州补助", "其他深度贫困地区补助"],
    ["地方合计", b6, 90, 6, 4],
    ["北京", 30, 28, 1, 1],
    ["河北", 30, 26, 3, 1],
    ["山西", 40, 36, 2, 2],
  ];
  const MERGES = ["A1:E1", "A2:E2", "A3:A5", "B3:B5", "C3:E3", "C4:C5", "D4:E4"];

  test.each(MODES)("merges %s: 地方合计 is the sum of the areas in every column (B6 ← B7, B8, B9; C6 …)", (mode) => {
    expect(sums(grid(table(), MERGES, mode), /^[B-E]6/)).toEqual(["B6←B7,B8,B9", "C6←C7,C8,C9", "D6←D7,D8,D9", "E6←E7,E8,E9"]);
  });

  test.each(MODES)("merges %s: 总额 110 against 30 + 30 + 40 = 100 is found (B6)", (mode) => {
    expect(errors(grid(table(110), MERGES, mode))).toContain("total-mismatch@B6");
  });

  test.each(MODES)("counter-shape, merges %s: the word two lines up a share (占比(%)): its column adds nothing, no B6 sum", (mode) => {
    const g = grid(table(110, "占比(%)"), MERGES, mode);
    expect(sums(g, /^B6/)).toEqual([]);
    expect(errors(g).filter((x) => x.endsWith("@B6"))).toEqual([]);
  });
});

/**
 * 1c. A whole beside the group that breaks it down (全市完成投资总额 | 分区县投资完成情况 over 市直 | 甲区 | 乙县), every merge
 * undone: the group's word on its first cell, blank cells right of it over sub-heads of their own — its span (spanUndone).
 */
describe("a whole beside its breakdown group, the group's merge undone", () => {
  // 文旅局 280 = 100 + 80 + 100, 教育局 150 = 50 + 50 + 50
  const table = (c4: number = 150, group: string = "分区县投资完成情况") => [
    ["责任部门", "计划投资", "全市完成投资总额", group, null, null, "备注"],
    [null, null, null, "市直", "甲区", "乙县", null],
    ["市文旅局", 300, 280, 100, 80, 100, null],
    ["市教育局", 160, c4, 50, 50, 50, null],
  ];
  const MERGES = ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:G2"];

  test.each(MODES)("merges %s: each line's 全市 whole is its districts' sum (C3 ← D3, E3, F3; C4 …)", (mode) => {
    expect(sums(grid(table(), MERGES, mode), /^C\d/)).toEqual(["C3←D3,E3,F3", "C4←D4,E4,F4"]);
  });

  test.each(MODES)("merges %s: 教育局's 160 against 50 + 50 + 50 = 150 is found (C4)", (mode) => {
    expect(errors(grid(table(160), MERGES, mode))).toContain("total-mismatch@C4");
  });

  test.each(MODES)("counter-shape, merges %s: a group that names no breakdown (投资完成情况, no 分…): no sums, no finding", (mode) => {
    const g = grid(table(160, "投资完成情况"), MERGES, mode);
    expect(sums(g, /^C\d/)).toEqual([]);
    expect(errors(g).filter((x) => /@C\d/.test(x))).toEqual([]);
  });
});

/**
 * 1d. A 合计 over parts that are each a 小计 beside its classification code (自然保护地体系建设 over 小计 | 2110406), under
 * a code line whose label is merged over the 合计 column (政府收支分类功能科目代码 over A:B): every merge undone, the part's
 * span is its head over 小计 and the blank cell right of it over the code (subtotalSpan); filled across, the code line's
 * label written again over the 合计 column names no code column there (code-columns.ts: a head copied from the left is
 * the left column's).
 */
describe("a 合计 over 小计 | code parts, the merges undone or filled", () => {
  // 南江县林业局 333 = 199 + 134; 市林草局 100 = 60 + 40
  const table = (b3: number = 333) => [
    ["预算单位", "合计", "自然保护地体系建设", null, "天然林保护", null, "备注"],
    ["政府收支分类功能科目代码", null, "小计", 2110406, "小计", 2130209, null],
    ["南江县林业局", b3, 199, "省级自然保护区补助", 134, "非国有省级公益林生态效益补偿", null],
  ];
  const MERGES = ["C1:D1", "E1:F1", "A2:B2", "G1:G2"];
  const ALL: Mode[] = ["merged", "all undone", "filled"];

  test.each(ALL)("merges %s: the 合计 is the sum of the two 小计 (B3 ← C3, E3)", (mode) => {
    expect(sums(grid(table(), MERGES, mode), /^B3/)).toEqual(["B3←C3,E3"]);
  });

  test.each(ALL)("merges %s: 合计 343 against 199 + 134 = 333 is found (B3)", (mode) => {
    expect(errors(grid(table(343), MERGES, mode))).toContain("total-mismatch@B3");
  });

  test("counter-shape, every merge undone: parts with no 小计 under them (their codes only) are no 小计 parts: no B3 sum", () => {
    const rows = table(343);
    rows[1][2] = 2110405;
    rows[1][4] = 2130208;
    const g = grid(rows, MERGES, "all undone");
    expect(sums(g, /^B3/)).toEqual([]);
    expect(errors(g)).toEqual([]);
  });
});

/**
 * 2. A group's label (with its points) or its number merged down over its lines, the merge undone: stated on the group's
 * first line, blank on the lines under it (RELATIONS.TOTAL of metamorphic-real). The group spans its lines down to the
 * next label in its column or left of it.
 */
describe("a group's label or number merged down over its lines, undone", () => {
  // 2a. two labels with points side by side on the group's first line (城镇建设(100分) | 镇容环境(70分)), left of the
  // table's columns: each runs down to the next label in its column or left of it (table-closing.ts findWeightBlocks)
  // 100 = 20 + 30 + 20 + 10 + 20; 70 = 20 + 30 + 20; 30 = 10 + 20
  const blocks = (f3: number = 30) => [
    ["序号", "项目", "分项", "考核内容", "评分标准及考核办法", "分值", "得分"],
    [1, "城镇建设(100分)", "镇容环境(70分)", "环境卫生", "有环卫管理机构和清扫保洁队伍", 20, null],
    [null, null, null, "公共厕所", "中心镇镇区公共厕所按规定配置", f3, null],
    [null, null, null, "垃圾处理", "垃圾箱布局合理,垃圾日产日清", 20, null],
    [2, null, "镇区道路(30分)", "道路硬化", "主干道全部硬化", 10, null],
    [null, null, null, "路灯", "主干道路灯完好", 20, null],
  ];
  const BLOCKS = ["A2:A4", "B2:B6", "C2:C4", "A5:A6", "C5:C6"];
  const rollups = (g: Grid) =>
    review(g, "national")
      .model.relations.filter((x) => x.kind === "rollup")
      .map((x) => (x.kind === "rollup" ? `${x.total.cell}←${x.parts.map((p) => p.cell).join(",")}` : ""))
      .sort();

  test.each(MODES)("merges %s: 城镇建设(100分) over all five lines, 镇容环境(70分) over three, 镇区道路(30分) over two", (mode) => {
    expect(rollups(grid(blocks(), BLOCKS, mode)).filter((x) => /^[BC]/.test(x))).toEqual(["B2←F2,F3,F4,F5,F6", "C2←F2,F3,F4", "C5←F5,F6"]);
  });

  test.each(MODES)("merges %s: 公共厕所 35 makes 镇容环境 75 against its 70 and 城镇建设 105 against its 100 (C2, B2)", (mode) => {
    expect(errors(grid(blocks(35), BLOCKS, mode))).toEqual(expect.arrayContaining(["weight-sum-mismatch@B2", "weight-sum-mismatch@C2"]));
  });

  // 2b. a group label with its points in the name column over criteria whose 分值 is merged down over their clauses'
  // lines (经济发展 6 over two lines), every merge undone: a clause's line of no indicator of its own, blank in the name
  // column, left of it and in the 分值 column, goes on with the label (label-blocks.ts continuesLineAbove)
  // 村级班子强10分 = 6 + 4; 文化底蕴深15分 = 9 + 6
  const labels = (e4: number = 4) => [
    ["指标名称", null, "测评内容", "测评方法", "分值", "得分"],
    ["村级班子强10分", "经济发展", "制定经济和社会发展规划", "听取汇报,审核材料", 6, 5],
    [null, null, "集体经济不断发展壮大", "听取汇报,审核材料", null, null],
    [null, "班子团结", "村两委班子团结", "访问调查", e4, 4],
    ["文化底蕴深15分", "文化遗产", "文化遗产有较高的价值", "实地察看", 9, 8],
    [null, "文化保护", "文化遗产的保护措施落实", "实地察看", 6, 6],
  ];
  const LABELS = ["A1:B1", "A2:A4", "B2:B3", "E2:E3", "F2:F3", "A5:A6"];

  test.each(MODES)("merges %s: 村级班子强10分 over its two criteria (A2 ← E2, E4), the first's clause line between them", (mode) => {
    expect(rollups(grid(labels(), LABELS, mode)).filter((x) => x.startsWith("A2"))).toEqual(["A2←E2,E4"]);
  });

  test.each(MODES)("merges %s: 班子团结 5 makes 村级班子强 11 against its 10 (A2)", (mode) => {
    expect(errors(grid(labels(5), LABELS, mode))).toContain("weight-sum-mismatch@A2");
  });

  test("counter-shape, every merge undone: the clause line adds no weighted line — 村级班子强10分 over one criterion (6) and its clause, the next label below: no block (a label over one line may be its own name), no A2 rollup, no finding", () => {
    const rows = labels(5);
    rows[3][0] = "班子建设5分";
    const g = grid(rows, LABELS, "all undone");
    expect(rollups(g).filter((x) => x.startsWith("A2"))).toEqual([]);
    expect(errors(g).filter((x) => x.endsWith("@A2"))).toEqual([]);
  });
});

/**
 * 3. A number merged down beside its group's lines — a county's 合计 over its towns, a 二级 得分 over its 三级 lines — on a
 * sheet with no merge down left (every one undone, or never made): its span is the lines under it blank up to its column
 * while they go on right of it (relations/merged.ts undoneSpans), read as its merge where the sheet's numbers vouch —
 * two groups of the column at least agreeing, two thirds of them.
 */
describe("a number merged down beside its group's lines, on a sheet with no merge down", () => {
  // 泉港 100 = 50 + 50, 惠安 150 = 50 + 50 + 50, 晋江 100 = 50 + 50
  const towns = (b4: number = 150, b7: number = 100) => [
    ["县(市、区)", "合计", "镇(乡)", "补助资金(万元)"],
    ["泉港区", 100, "前黄镇", 50],
    [null, null, "峰尾镇", 50],
    ["惠安县", b4, "辋川镇", 50],
    [null, null, "山霞镇", 50],
    [null, null, "紫山镇", 50],
    ["晋江市", b7, "内坑镇", 50],
    [null, null, "西滨镇", 50],
  ];
  const TOWNS = ["A2:A3", "B2:B3", "A4:A6", "B4:B6", "A7:A8", "B7:B8"];

  test.each(MODES)("merges %s: each county's 合计 is its towns' sum (B2 ← D2, D3; B4 ← D4, D5, D6; B7 ← D7, D8)", (mode) => {
    expect(sums(grid(towns(), TOWNS, mode), /^B\d/)).toEqual(["B2←D2,D3", "B4←D4,D5,D6", "B7←D7,D8"]);
  });

  test.each(MODES)("merges %s: 惠安's 160 against 50 + 50 + 50 = 150 is found (B4)", (mode) => {
    expect(errors(grid(towns(160), TOWNS, mode))).toContain("total-mismatch@B4");
  });

  test("counter-shape, merges undone: one county's 合计 alone its towns' sum (160 and 120 beside 100): nothing tells a merge, no sums, no finding", () => {
    const g = grid(towns(160, 120), TOWNS, "undone");
    expect(sums(g, /^B\d/)).toEqual([]);
    expect(errors(g)).toEqual([]);
  });

  // a 得分 at every level (部门整体支出绩效评价指标表): 二级 得分 16 over 8 + 8, 24 over 8 + 8 + 8
  // (the form's own 得分 column last, the 得分 columns of the levels read as their points; its 总分 line closing it)
  const levels = (d2: number = 16) => [
    ["一级指标", "得分", "二级指标", "得分", "三级指标", "得分", "评价标准", "指标说明", "得分"],
    ["投入", 16, "预算配置", d2, "在职人员控制率", 8, "≤100%计8分", "95.1%", 8],
    [null, null, null, null, "三公经费变动率", 8, "≤0计8分", "98%", 8],
    ["过程", 24, "预算执行", 24, "预算完成率", 8, "100%计满分", "99%", 7],
    [null, null, null, null, "预算控制率", 8, "0计8分", "40%", 6],
    [null, null, null, null, "结转结余率", 8, "0计8分", "1%", 6],
    ["总分", null, null, null, null, 40, null, null, 35],
  ];
  const LEVELS = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "A4:A6", "B4:B6", "C4:C6", "D4:D6"];
  const rollups = (g: Grid) =>
    review(g, "national")
      .model.relations.filter((x) => x.kind === "rollup" && x.level === "group" && x.measure === "score")
      .map((x) => (x.kind === "rollup" ? `${x.total.cell}←${x.parts.map((p) => p.cell).join(",")}` : ""))
      .sort();

  test.each(MODES)("merges %s: each 二级 得分 is its 三级 lines' as scores (D2 ← F2, F3; D4 ← F4, F5, F6)", (mode) => {
    expect(rollups(grid(levels(), LEVELS, mode)).filter((x) => x.startsWith("D"))).toEqual(["D2←F2,F3", "D4←F4,F5,F6"]);
  });

  test("counter-shape, every merge undone: neither 二级 得分 its lines' sum (15, 23): nothing tells a merge, no score rollups", () => {
    const rows = levels(15);
    rows[3][3] = 23;
    expect(rollups(grid(rows, LEVELS, "all undone"))).toEqual([]);
  });
});

/**
 * 4. A block's label merged down over its lines and its unlabelled subtotal line (仙游县 over its relics, then | | | 12),
 * the merges undone: the label's run is the lines under it blank up to its column, down to the first line of amounts
 * alone (block-subtotals.ts undoneLabels) — on a sheet with no merge down left.
 */
describe("a block label merged down over its lines and their unlabelled subtotal, undone", () => {
  // (the blocks read from blanks where their numbers vouch: two thirds of them adding up, one at least)
  // 仙游 12 = 3 + 5 + 4, 荔城 9 = 5 + 4, 城厢 8 = 2 + 6
  const relics = (d5: number = 12, d8: number = 9) => [
    ["县区", "文物名称", "级别", "金额(万元)"],
    ["仙游县", "城内林氏宗祠", "省级", 3],
    [null, "辉煌吴氏民居", null, 5],
    [null, "象星岳王庙", null, 4],
    [null, null, null, d5],
    ["荔城区", "东阳明清民居", "市级", 5],
    [null, "东阳通礼祠", null, 4],
    [null, null, null, d8],
    ["城厢区", "凤山寺", "县级", 2],
    [null, "广化寺", null, 6],
    [null, null, null, 8],
    ["合计", null, null, 29],
  ];
  const RELICS = ["A2:A5", "A6:A8", "A9:A11"];

  test.each(MODES)("merges %s: each block's last line is its subtotal (D5 ← D2, D3, D4; D8 ← D6, D7; D11 ← D9, D10)", (mode) => {
    expect(sums(grid(relics(), RELICS, mode), /^D(5|8|11)←/)).toEqual(["D11←D9,D10", "D5←D2,D3,D4", "D8←D6,D7"]);
  });

  test.each(MODES)("merges %s: 仙游's 13 against 3 + 5 + 4 = 12 is found (D5)", (mode) => {
    expect(errors(grid(relics(13), RELICS, mode))).toContain("total-mismatch@D5");
  });

  test("counter-shape, every merge undone: a line of amounts alone under the list's last lines that is the whole list's total (荔城区's lines, then 21 = 12 + 9), no block's: no block subtotal, no finding", () => {
    const rows = relics().slice(0, 7);
    rows[4] = [null, "莆禧古城", null, 0];
    rows.push([null, null, null, 21]);
    const g = grid(rows, [], "all undone");
    expect(sums(g, /^D8←D6,D7$/)).toEqual([]);
    expect(errors(g)).toEqual([]);
  });
});

/**
 * 5. A 合计 label merged across the label columns (序号 | 单位 | 项目) over the blocks' 小计 lines, the merge undone: 合计
 * in its first cell, the cells right of it blank before the line's number — its span (blocks.ts blankSpanEnd), within
 * which its 小计 lines are read (RELATIONS.LINE, 龙岩 2023).
 */
describe("a 合计 merged across the label columns over 小计 lines, undone", () => {
  // 上杭 18 = 10 + 8, 漳平 11 = 5 + 6, 合计 29 = 18 + 11
  const list = (d7: number = 11) => [
    ["序号", "单位", "项目", "金额(万元)"],
    [1, "上杭县", "人饮工程二期", 10],
    [null, null, "文化长廊", 8],
    [null, null, "小计", 18],
    [2, "漳平市", "茶山道路硬化", 5],
    [null, null, "村口绿化", 6],
    [null, null, "小计", d7],
    ["合计", null, null, 29],
  ];
  const LIST = ["A2:A4", "B2:B4", "A5:A7", "B5:B7", "A8:C8"];

  test.each(MODES)("merges %s: each 小计 is its block's lines, the 合计 the 小计 (D4 ← D2, D3; D7 ← D5, D6; D8 ← D4, D7)", (mode) => {
    expect(sums(grid(list(), LIST, mode), /^D[478]←/)).toEqual(["D4←D2,D3", "D7←D5,D6", "D8←D4,D7"]);
  });

  test.each(MODES)("merges %s: 漳平's 小计 12 against 5 + 6 = 11 is found (D7)", (mode) => {
    expect(errors(grid(list(12), LIST, mode))).toContain("total-mismatch@D7");
  });

  test.each(MODES)("counter-shape, merges %s: the blocks and the 合计 adding up: nothing flagged", (mode) => {
    expect(errors(grid(list(), LIST, mode))).toEqual([]);
  });
});

/**
 * 6. A closing remark merged across the table under its total line ("综合评定,…总得分为85分,…。" over A:D), the merge
 * undone: a sentence alone in the first cell, no line of the table cut there (cut-row.ts remarkLine) — the weights'
 * total is still checked (RELATIONS.LINE, 武城).
 */
describe("a closing remark merged across the table under its total line, undone", () => {
  const table = (b5: number = 100, last: string = "综合评定,某项目总得分为85分,评估等级为“建议予以支持”。") => [
    ["一级指标", "分值", "得分", "得分率"],
    ["A立项必要性", 20, 20, 1],
    ["B投入经济性", 30, 25, 0.8333],
    ["C绩效目标合理性", 50, 40, 0.8],
    ["小计", b5, 85, 0.85],
    [last, null, null, null],
  ];
  const TABLE = ["A6:D6"];

  test.each(MODES)("merges %s: the 小计's 分值 is its lines' (B5 ← B2, B3, B4), the table not cut", (mode) => {
    const r = review(grid(table(), TABLE, mode), "national");
    expect(r.model.truncated).toBe(false);
    expect(r.model.relations.filter((x) => x.kind === "rollup" && x.measure === "weight").map((x) => (x.kind === "rollup" ? `${x.total.cell}←${x.parts.map((p) => p.cell).join(",")}` : ""))).toEqual(["B5←B2,B3,B4"]);
  });

  test.each(MODES)("merges %s: 分值 小计 90 against 20 + 30 + 50 = 100 is found (B5)", (mode) => {
    expect(errors(grid(table(90), TABLE, mode)).filter((x) => x.endsWith("@B5"))).not.toEqual([]);
  });

  test("counter-shape: no total line, the sheet ending in a name alone (D实施方案有效性): cut there, its weights' sum a bound", () => {
    const rows = table().slice(0, 4);
    rows.push(["D实施方案有效性", null, null, null]);
    expect(review(grid(rows, [], "all undone"), "national").model.truncated).toBe(true);
  });
});

/**
 * 7. A group's 标准分 merged down over its lines beside its label merged down, both filled down (森林防火 责任制落实 | … |
 * 5分 on each of three lines whose rules award 2 + 2 + 1): read as the merged pair where one run of the column at least
 * is awarded once by its lines' rules (filled-down.ts ruledPointsRuns).
 */
describe("a group's points merged down beside its label, filled down, its lines' rules awarding them once", () => {
  const rules = (first: string = "有文件和人员分工表得2分") => [
    ["项目", "考核内容", "标准分", "评分方法", "自评分"],
    ["责任制落实", "组织机构健全、人员分工明确", "5分", first, null],
    [null, "责任状签订", null, "层层签订得2分,少一个单位扣1分", null],
    [null, "划定责任区、落实责任人", null, "有责任区和责任人划分表得1分", null],
    ["野外用火管理", "严格野外用火管理", "15分", "辖区内无擅自野外用火现象得3分", null],
    [null, "对火灾隐患做到了及时整改", null, "有记录和材料可查得2分", null],
    [null, "全年无森林火灾", null, "全年无火灾得10分", null],
  ];
  const RULES = ["A2:A4", "C2:C4", "A5:A7", "C5:C7"];
  const rows = (g: Grid) => review(g, "national").model.indicators.map((i) => [i.row, i.weight]);

  test("filled down: the lines read as the merged sheet's (the same rows, the same weights, the same relations)", () => {
    const rel = (g: Grid) => review(g, "national").model.relations.map((x) => x.id).sort();
    expect(rows(grid(rules(), RULES, "filled"))).toEqual(rows(grid(rules(), RULES, "merged")));
    expect(rel(grid(rules(), RULES, "filled"))).toEqual(rel(grid(rules(), RULES, "merged")));
  });

  test("counter-shape, filled down: each line's rule awarding the whole 5分 (得5分 three times): no run awarded once, each line its own 5", () => {
    const own = rules("有文件和人员分工表得5分");
    own[2][3] = "层层签订得5分";
    own[3][3] = "有责任区和责任人划分表得5分";
    own[4][3] = "辖区内无擅自野外用火现象得15分";
    own[5][3] = "有记录和材料可查得15分";
    own[6][3] = "全年无火灾得15分";
    const g = grid(own, RULES, "filled");
    expect(rows(g)).toEqual([[2, 5], [3, 5], [4, 5], [5, 15], [6, 15], [7, 15]]);
  });
});
