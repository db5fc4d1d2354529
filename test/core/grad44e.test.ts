import { Grid } from "../../src/core/grid/grid";
import type { CellValue } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { SumRelation } from "../../src/core/model/types";

/**
 * grad44e (session 44): allocation tables with nested 小计 / 合计 lines (grad44e-diagnosis.md). 衛福部 前瞻 第4期 分配表
 * wrote its agencies under a sub-plan, the sub-plan's 小計 in the agency column, an area's 城鄉建設小計 over two sub-plans
 * in the plan column, two areas with no 小計 of their own, and the 合計 at the foot: the closing total read every 小计 line
 * above it as its parts (a 小計 over the 小計s of the groups before its own; the 合計 over all four 小計s, two of them
 * counted twice, and neither loose line). A total covers the lines up to the last total of its level or above, not past the
 * line opening its group (a label in a column left of its word, written once over the group down to it); its parts are
 * its 小计s and its loose lines (nested-subtotals.ts). The tables below are other publishers' prints of that class; the
 * numbers are the lines' own and add up by hand.
 */

type Row = CellValue[];
const grid = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
/** every sum in rows of an amount table, "total ← parts" (cells), sorted; of the column `col` only where given */
const sums = (g: Grid, col?: string) =>
  review(g)
    .model.relations.filter((r): r is SumRelation => r.kind === "sum" && r.orientation === "rows" && (!col || r.total.cell.startsWith(col)))
    .map((r) => `${r.total.cell} ← ${r.parts.map((p) => p.cell).join("+")}`)
    .sort();
const errors = (g: Grid) =>
  review(g)
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();

/**
 * The 衛福部 shape in simplified characters, one amount column: area | plan | agency | amount, 小计 under each plan's
 * agencies (column C), the area's 城乡建设小计 in the plan column (B14:C14), two areas with no 小计, 合计 at the foot.
 */
const MOHW_ROWS: Row[] = [
  ["前瞻第4期特别预算卫福部主管编列情形表", "", "", "", "", ""],
  ["计划类别", "", "编列机关", "112年度", "113年度", "合计"],
  ["数位建设", "推广数位公益服务", "卫福部", 300, 200, 500],
  ["", "", "健保署", 40, 60, 100],
  ["", "", "小计", 340, 260, 600],
  ["城乡建设", "公共服务据点整备", "卫福部", 600, 500, 1100],
  ["", "", "国健署", 280, 120, 400],
  ["", "", "社家署", 270, 30, 300],
  ["", "", "小计", 1150, 650, 1800],
  ["", "加速推动地方创生", "卫福部", 60, 40, 100],
  ["", "", "社家署", 40, 60, 100],
  ["", "", "小计", 100, 100, 200],
  ["", "城乡建设小计", "", 1250, 750, 2000],
  ["食品安全建设", "", "食药署", 1440, 560, 2000],
  ["因应少子化友善育儿空间建设", "", "社家署", 1390, 610, 2000],
  ["合计", "", "", 4420, 2180, 6600],
];
const MOHW_MERGES = ["A1:F1", "A2:B2", "A3:A5", "B3:B5", "A6:A13", "B6:B9", "B10:B12", "B13:C13", "A14:B14", "A15:B15", "A16:C16"];
const MOHW_SUMS = ["D12 ← D10+D11", "D13 ← D9+D12", "D16 ← D5+D13+D14+D15", "D5 ← D3+D4", "D9 ← D6+D7+D8"];

describe("a total covers its own group's lines: its 小计s and its loose lines (nested-subtotals.ts)", () => {
  test("merged as printed: each 小计 over its agencies, 城乡建设小计 over the two sub-plans' 小计, 合计 over 小计 + 城乡建设小计 + the two loose lines; nothing flagged", () => {
    const g = grid(MOHW_ROWS, MOHW_MERGES);
    expect(sums(g, "D")).toEqual(MOHW_SUMS);
    expect(sums(g, "F")).toEqual(MOHW_SUMS.map((x) => x.replace(/D/g, "F")));
    expect(errors(g)).toEqual([]);
    // (the years' columns add up across, line by line, to the 合计 column: 112年度 + 113年度)
    const across = review(g).model.relations.filter((r): r is SumRelation => r.kind === "sum" && r.orientation === "columns").map((r) => `${r.total.cell} ← ${r.parts.map((p) => p.cell).join("+")}`);
    expect(across).toContain("F3 ← D3+E3");
    expect(across).toContain("F16 ← D16+E16");
  });

  test("its merges undone (each label on its first line, blanks under it), no title: the same totals", () => {
    const g = grid(MOHW_ROWS.slice(1), []);
    // (one line up: the title dropped)
    expect(sums(g, "D")).toEqual(["D11 ← D9+D10", "D12 ← D8+D11", "D15 ← D4+D12+D13+D14", "D4 ← D2+D3", "D8 ← D5+D6+D7"]);
    expect(errors(g)).toEqual([]);
  });

  test("its merges filled (every label written again on each line and across), traditional characters, amounts as text with separators: the same totals", () => {
    const rows: Row[] = [
      ["計畫類別", "計畫類別", "編列機關", "112年度", "113年度", "合 計"],
      ["數位建設", "推廣數位公益服務", "衛福部", "300", "200", "500"],
      ["數位建設", "推廣數位公益服務", "健保署", "40", "60", "100"],
      ["數位建設", "推廣數位公益服務", "小 計", "340", "260", "600"],
      ["城鄉建設", "公共服務據點整備", "衛福部", "600", "500", "1,100"],
      ["城鄉建設", "公共服務據點整備", "國健署", "280", "120", "400"],
      ["城鄉建設", "公共服務據點整備", "社家署", "270", "30", "300"],
      ["城鄉建設", "公共服務據點整備", "小計", "1,150", "650", "1,800"],
      ["城鄉建設", "加速推動地方創生", "衛福部", "60", "40", "100"],
      ["城鄉建設", "加速推動地方創生", "社家署", "40", "60", "100"],
      ["城鄉建設", "加速推動地方創生", "小計", "100", "100", "200"],
      ["城鄉建設", "城鄉建設小計", "城鄉建設小計", "1,250", "750", "2,000"],
      ["食品安全建設", "食品安全建設", "食藥署", "1,440", "560", "2,000"],
      ["因應少子化友善育兒空間建設", "因應少子化友善育兒空間建設", "社家署", "1,390", "610", "2,000"],
      ["合 計", "合 計", "合 計", "4,420", "2,180", "6,600"],
    ];
    const g = grid(rows);
    expect(sums(g, "E")).toEqual(["E11 ← E9+E10", "E12 ← E8+E11", "E15 ← E4+E12+E13+E14", "E4 ← E2+E3", "E8 ← E5+E6+E7"]);
    expect(errors(g)).toEqual([]);
  });

  test("moved down 4 lines and right 2 columns: the same totals at the moved cells (the closing label read in the table's first four columns, not the sheet's)", () => {
    const rows: Row[] = [...Array(4).fill(["", "", "", "", "", "", "", ""]), ...MOHW_ROWS.map((r) => ["", "", ...r])];
    const merges = MOHW_MERGES.map((m) => m.replace(/([A-Z])(\d+)/g, (_x, c: string, n: string) => `${String.fromCharCode(c.charCodeAt(0) + 2)}${+n + 4}`));
    const g = grid(rows, merges);
    expect(sums(g, "F")).toEqual(["F16 ← F14+F15", "F17 ← F13+F16", "F20 ← F9+F17+F18+F19", "F9 ← F7+F8", "F13 ← F10+F11+F12"].sort());
    expect(errors(g)).toEqual([]);
  });

  /** Two counties' lines under 小 计 each, one loose line named `loose` after them, 总计 at the foot (单位:万元, two years). */
  const counties = (loose: string): Row[] => [
    ["单位:万元", "", "", "", ""],
    ["地区", "单位", "2023年度", "2024年度", "合计"],
    ["甲县", "教育局", 10, 20, 30],
    ["", "卫健局", 5, 5, 10],
    ["", "小 计", 15, 25, 40],
    ["乙县", "教育局", 8, 2, 10],
    ["", "农业农村局", 2, 8, 10],
    ["", "小 计", 10, 10, 20],
    [loose, "", 7, 3, 10],
    ["总计", "", 32, 38, 70],
  ];

  test("another publisher's print: 地区 | 单位 | 2023年度 | 2024年度 | 合计, 小 计 per county, loose lines after the last county, 总计 at the foot — both years summed, and the 合计 column across them", () => {
    const rows = counties("直属单位");
    const g = grid(rows, ["A3:A5", "A6:A8", "A9:B9", "A10:B10"]);
    expect(sums(g)).toEqual(["C10 ← C5+C8+C9", "C5 ← C3+C4", "C8 ← C6+C7", "D10 ← D5+D8+D9", "D5 ← D3+D4", "D8 ← D6+D7", "E10 ← E5+E8+E9", "E5 ← E3+E4", "E8 ← E6+E7"]);
    expect(errors(g)).toEqual([]);
    // (a year's amounts named by the year add up across to the 合计 column: 2023年度 + 2024年度, line by line)
    const across = review(g).model.relations.filter((r): r is SumRelation => r.kind === "sum" && r.orientation === "columns").map((r) => `${r.total.cell} ← ${r.parts.map((p) => p.cell).join("+")}`);
    expect(across).toContain("E3 ← C3+D3");
    expect(across).toContain("E10 ← C10+D10");
  });

  test("the loose line after the counties' 小计s named as a level of government (市本级 | 7 | 3 | 10): the 总计 over the 小计s and it, no fund total over 市本级 alone (budget.ts labelledFundSum: the list goes on above a 小计 line)", () => {
    const rows = counties("市本级");
    const g = grid(rows, ["A3:A5", "A6:A8", "A9:B9", "A10:B10"]);
    expect(sums(g, "C")).toEqual(["C10 ← C5+C8+C9", "C5 ← C3+C4", "C8 ← C6+C7"]);
    expect(errors(g)).toEqual([]);
  });

  test("the area's 城乡建设小计 written in the agency column beside the bare 小计s: its name finds its group (城乡建设, column A), it totals the group's 小计s", () => {
    const rows = MOHW_ROWS.map((r) => [...r]);
    rows[12] = ["", "", "城乡建设小计", 1250, 750, 2000];
    const g = grid(rows, MOHW_MERGES.filter((m) => m !== "B13:C13"));
    expect(sums(g, "D")).toEqual(MOHW_SUMS);
    expect(errors(g)).toEqual([]);
  });

  test("a slip in one sub-plan's 小计 (100 written 110) is flagged there, and only the totals that hold it are read over it", () => {
    const rows = MOHW_ROWS.map((r) => [...r]);
    rows[11][3] = 110;
    rows[11][5] = 210;
    const g = grid(rows, MOHW_MERGES);
    expect(errors(g)).toContain("total-mismatch@D12");
    expect(errors(g)).not.toContain("total-mismatch@D9");
    expect(errors(g)).not.toContain("total-mismatch@D5");
    const f = review(g).findings.find((x) => x.rule === "total-mismatch" && x.cell === "D12")!;
    expect(f.message).toContain("110");
    expect(f.message).toContain("100");
  });
});

describe("near shapes: the flat reading stays where the nesting does not hold", () => {
  test("a leading 小计 printed above its lines (基本支出小计 over its items) under a 合计: the 合计 over the 小计s, nothing flagged", () => {
    const rows: Row[] = [
      ["单位:万元", "", ""],
      ["科目", "2023年度", "2024年度"],
      ["基本支出小计", 150, 160],
      ["人员经费", 100, 110],
      ["公用经费", 50, 50],
      ["项目支出小计", 50, 40],
      ["设备购置", 30, 20],
      ["维修改造", 20, 20],
      ["合计", 200, 200],
    ];
    const g = grid(rows);
    expect(sums(g)).toEqual(["B9 ← B3+B6", "C9 ← C3+C6"]);
    expect(errors(g)).toEqual([]);
  });

  test("serial numbers left of the 小计's column are no groups' labels: each 小计 covers its lines since the last 小计", () => {
    const rows: Row[] = [
      ["序号", "项目", "金额(万元)"],
      [1, "道路硬化", 10],
      [2, "路灯安装", 20],
      ["", "小计", 30],
      [3, "河道清淤", 5],
      [4, "堤防加固", 15],
      ["", "小计", 20],
      ["合计", "", 50],
    ];
    const g = grid(rows, ["A8:B8"]);
    expect(sums(g)).toEqual(["C4 ← C2+C3", "C7 ← C5+C6", "C8 ← C4+C7"]);
    expect(errors(g)).toEqual([]);
  });

  test("one level, every 小计 in the label column and nothing loose: the 合计 over the 小计s, as before", () => {
    const rows: Row[] = [
      ["项目", "金额(万元)"],
      ["人员经费", 100],
      ["公用经费", 50],
      ["小计", 150],
      ["设备购置", 30],
      ["维修改造", 20],
      ["小计", 50],
      ["合计", 200],
    ];
    const g = grid(rows);
    expect(sums(g)).toEqual(["B4 ← B2+B3", "B7 ← B5+B6", "B8 ← B4+B7"]);
    expect(errors(g)).toEqual([]);
  });

  test("a column of years (年度) beside the amounts is no amount: no sum read down it", () => {
    const rows: Row[] = [
      ["序号", "年度", "金额(万元)"],
      [1, 2021, 100],
      [2, 2022, 200],
      ["合计", 4043, 300],
    ];
    const g = grid(rows);
    expect(sums(g).filter((s) => s.startsWith("B"))).toEqual([]);
    expect(errors(g)).toEqual([]);
  });
});

/**
 * A review form's table (review-form.ts): 鹤山 事前绩效评审 专家组综合评价报告表 printed 评价内容 | 评价说明 | 专家组综合评价意见
 * over its items (立项建议, 核定绩效目标 …), no points and no amounts; the sheet is of no family, its table still a table with
 * its head. Other reviewers print it 审核内容 | 审核要点 | 审核意见, 评审项目 | 评审意见, 序号 | 评估内容 | 专家意见 | 备注.
 */
describe("a review form's head over the items reviewed and the reviewers' opinions (review-form.ts)", () => {
  const head = (rows: Row[], merges: string[] = []) => {
    const m = review(grid(rows, merges)).model;
    return [m.family, m.headerRow];
  };
  const HESHAN: Row[] = [
    ["财政预算项目事前绩效评审专家组综合评价报告表", "", "", ""],
    ["(2020预算年度)", "", "", ""],
    ["评价项目:计划生育家庭特别扶助金", "", "项目单位:鹤山市卫生健康局", ""],
    ["申报金额:93万元", "建议金额:93万元", "评价指标得分(平均):80", "评价方式■材料评审;■联席会修正"],
    ["评价内容", "评价说明", "专家组综合评价意见", ""],
    ["立项建议", "申报项目的总体定性评价。包括:审核项目立项依据、项目不可替代性等。", "该项目属延续性民生项目,具有不可替代性。经评审,专家组建议该项目立项。", ""],
    ["核定绩效目标", "核定项目总体绩效目标和具体量化绩效指标。", "绩效目标明确,指标量化。", ""],
  ];

  test("as printed (its title, the project's fields, the opinion merged over two columns): header row 5, no family", () => {
    expect(head(HESHAN, ["A1:D1", "A2:D2", "A3:B3", "C3:D3", "C5:D5", "C6:D6", "C7:D7"])).toEqual(["unknown", 5]);
  });

  test("no title, traditional characters, 評審項目 | 評審要點 | 評審意見: the first line", () => {
    const rows: Row[] = [
      ["評審項目", "評審要點", "評審意見"],
      ["立項必要性", "項目是否符合政策方向", "符合,同意立項"],
      ["預算合理性", "預算測算依據是否充分", "測算依據基本充分"],
    ];
    expect(head(rows)).toEqual(["unknown", 1]);
  });

  test("another order, a serial column first and a remark last, 序号 | 评估内容 | 专家意见 | 备注, under a title: its line", () => {
    const rows: Row[] = [
      ["某县2024年项目事前绩效评估意见表", "", "", ""],
      ["序号", "评估内容", "专家意见", "备注"],
      [1, "立项依据", "依据充分", ""],
      [2, "实施方案", "方案可行", ""],
    ];
    expect(head(rows, ["A1:D1"])).toEqual(["unknown", 2]);
  });

  test("a blank form to fill (the opinions not yet written), cut after its first item: its line", () => {
    const rows: Row[] = [
      ["财政支出项目事前评审表", "", ""],
      ["审核内容", "审核要点", "审核意见"],
      ["立项必要性", "是否符合部门职能", ""],
    ];
    expect(head(rows, ["A1:C1"])).toEqual(["unknown", 2]);
  });

  test("near shape: a sign-off line under a form (主管部门审核意见 | (盖章) 年 月 日) heads nothing", () => {
    const rows: Row[] = [
      ["项目名称", "某县道路维修"],
      ["实施单位", "某县交通运输局"],
      ["主管部门审核意见", "(盖章)年月日"],
      ["财政部门审核意见", "(盖章)年月日"],
    ];
    expect(head(rows)[1]).toBeNull();
  });

  test("near shape: an item's word and an opinion's over numbers (评价内容 | 意见 over 1, 2): no item named, no head", () => {
    const rows: Row[] = [
      ["事前评审结果", "", ""],
      ["评价内容", "评价说明", "专家组综合评价意见"],
      [1, 2, 3],
    ];
    expect(head(rows, ["A1:C1"])[1]).toBeNull();
  });
});
