import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { recognise } from "../../src/core/recognise";
import { sideBlocksHead } from "../../src/core/recognise/side-blocks";
import { proseLine } from "../../src/core/recognise/prose-lines";

/**
 * res46 (session 46): result lists printed plainly in three shapes the readers missed —
 * - a ranking under (or over) lines of prose standing alone in one cell, their merges undone (济宁 2015 一季度 观摩 评比);
 * - several results tables on one sheet, a ranking under a two-line head above a plainer list (娄星 2017-04 考评通报);
 * - blocks side by side under one head line, the heads of a block repeated a block's width right (南通 高发事、部件).
 * Each shape in variants another publisher would print, and near shapes that must not be read so.
 */
type Rows = (string | number | null)[][];
const grid = (rows: Rows, merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const ranks = (rows: Rows, merges: string[] = []) =>
  recognise(grid(rows, merges))
    .relations.filter((r) => r.kind === "rank")
    .map((r) => (r.kind === "rank" ? `${r.rank.cell}=${r.rank.value}/${r.total.cell}` : ""));
const flags = (rows: Rows, merges: string[] = []) => review(grid(rows, merges), "national").findings.map((f) => `${f.rule}:${f.cell}`);

const PARA = "现场观摩后,与会人员根据现场观摩情况,参考各县市区一季度主要经济指标完成情况,进行评分打票。现将评比结果公布如下:";
const NOTE = "说明:总分=(第1名票数×100+第2名票数×97+第3名票数×94+……+第8名票数×79)÷总票数";
const units = ["兖州区", "高新区", "邹城市", "曲阜市", "任城区", "金乡县", "微山县", "泗水县"];
const scores = [95.71, 91.64, 88.14, 87.79, 86.43, 81.5, 81.5, 80.14];
const places = [1, 2, 3, 4, 5, 6, 6, 8];
const listRows = (head: string[], order: "unit-rank-score" | "rank-unit-score" = "unit-rank-score"): Rows =>
  [head, ...units.map((u, k) => (order === "unit-rank-score" ? [u, String(places[k]), String(scores[k])] : [String(places[k]), u, String(scores[k])]))];

describe("a ranking under lines of prose alone in one cell (merges undone)", () => {
  const expected = (first: number, rankCol: string, scoreCol: string) => units.map((_, k) => `${rankCol}${first + k}=${places[k]}/${scoreCol}${first + k}`);
  test.each([
    ["济宁's shape: title, paragraph, head, 8 lines with a tie, a 说明 formula line below", [["一季度工业项目现场观摩 评比结果通报"], [PARA], ...listRows(["县市区", "综合结果名次", "分数"]), [NOTE]], 3, "B", "C"],
    ["other heads, the place first, a signature under the 说明", [[PARA], ...listRows(["名次", "单位", "得分"], "rank-unit-score"), [NOTE], ["观摩会秘书组"]], 2, "A", "C"],
    ["traditional characters", [["第一季觀摩評比結果"], [PARA], ...listRows(["縣市區", "名次", "分數"]), ["說明:總分=(第1名票數×100+第2名票數×97+……)÷總票數"]], 3, "B", "C"],
    ["no title, the note in the last column's neighbour only", [...listRows(["县市区", "排名", "得分"]), [NOTE]], 1, "B", "C"],
    ["two paragraphs and a date line", [[PARA], [PARA.replace("一季度", "二季度")], ["(2015年7月)"], ...listRows(["县市区", "综合结果名次", "分数"]), [NOTE]], 4, "B", "C"],
  ])("%s: every line ranked against its score", (_, rows, head, rankCol, scoreCol) => {
    expect(ranks(rows as Rows)).toEqual(expected(head + 1, rankCol as string, scoreCol as string));
    expect(flags(rows as Rows).filter((f) => f.startsWith("rank-mismatch"))).toEqual([]);
  });

  test("a slip in the places is reported at its rank cell, the 说明 line does not count as a line", () => {
    const rows = [[PARA], ...listRows(["县市区", "综合结果名次", "分数"]), [NOTE]] as Rows;
    rows[5][1] = "5"; // 曲阜市 87.79 printed 5th (4th by its score); 任城区 86.43 stays 5th
    expect(flags(rows).filter((f) => f.startsWith("rank-mismatch"))).toEqual(["rank-mismatch:B6"]);
  });

  test.each([
    ["a sentence", "说明:总分=(第1名票数×100+……)÷总票数", true],
    ["a paragraph without punctuation, 30 characters or more", "现场观摩后与会人员根据现场观摩情况参考各县市区一季度主要经济指标完成情况进行评分打票", true],
    ["a unit's name alone", "济宁经济技术开发区", false],
    ["a section label", "二、乡镇排名", false],
  ])("prose line — %s", (_, text, is) => {
    expect(proseLine(grid([["县市区", "排名"], [text as string]]), 2)).toBe(is);
  });

  test("near shape: a name and a score on a line with the place left blank is a tie, not prose", () => {
    const rows = [...listRows(["县市区", "排名", "得分"])];
    rows[7][1] = ""; // 微山县 81.5, tied with 金乡县 81.5 above: the place printed once
    expect(ranks(rows)).toContain("B8=6/C8");
  });

  test("near shape: a budget list numbered 序号 over a paragraph stays no ranking", () => {
    const rows: Rows = [["序号", "项目", "金额(万元)"], ["1", "办公费", "96"], ["2", "印刷费", "85"], ["3", "差旅费", "60"], ["4", "会议费", "42"], ["5", "培训费", "30"], [NOTE]];
    expect(ranks(rows)).toEqual([]);
  });
});

// —— several tables on one sheet ——
const streets: Rows = [
  ["", "物业公司", "", "街道社区", "", "环境卫生 得 分", "城管实际得 分", "合计 得分", "排名"],
  ["", "暗访 扣分", "实际 得分", "暗访 扣分", "实际 得分", "", "", "", ""],
  ["花 山", "3.8", "36.2", "7.6", "22.4", "58.6", "28.38", "86.98", "1"],
  ["大 科", "3.6", "36.4", "7.36", "22.64", "59.04", "27.72", "86.76", "2"],
  ["黄泥塘", "3.8", "36.2", "8.08", "21.92", "58.12", "28.14", "86.26", "3"],
  ["乐 坪", "4", "36", "7.7", "22.3", "58.3", "27.78", "86.08", "4"],
  ["长 青", "4", "36", "8.2", "21.8", "57.8", "28.11", "85.91", "5"],
];
const headMerges = (top: number) => [`A${top}:A${top + 1}`, `B${top}:C${top}`, `D${top}:E${top}`, ...["F", "G", "H", "I"].map((c) => `${c}${top}:${c}${top + 1}`)];
const towns = (head: string[]): Rows => [
  head,
  ["石井", "87.56", "1"],
  ["双江", "87.22", "2"],
  ["水洞底", "87.02", "3"],
  ["万宝", "87.01", "4"],
  ["杉山", "86.83", "5"],
];

describe("several results tables on one sheet", () => {
  const sheet = (title: string[], second: string[], label2 = "二、乡镇排名"): { rows: Rows; merges: string[] } => {
    const rows: Rows = [...title.map((t) => [t]), ["一、街道排名"], ...streets, [label2], ...towns(second)];
    return { rows, merges: headMerges(title.length + 2) };
  };
  test.each([
    ["娄星's shape", ["娄星区2017年4月份环境卫生整建工作", "考 评 通 报"], ["乡镇", "得分", "排名"]],
    ["other heads in the second table", ["2017年4月份环境卫生考评通报"], ["单位", "考核得分", "名次"]],
    ["no title", [], ["乡镇", "得分", "排名"]],
    ["traditional heads in the second table", ["環境衛生考評通報"], ["鄉鎮", "得分", "排名"]],
  ])("%s: the header is the first table's, both tables' ranks are read", (_, title, second) => {
    const { rows, merges } = sheet(title as string[], second as string[]);
    const m = recognise(grid(rows, merges));
    const top = (title as string[]).length + 2;
    expect([m.family, m.headerRow, m.headerLastRow]).toEqual(["evaluation-summary", top, top + 1]);
    const first = [0, 1, 2, 3, 4].map((k) => `I${top + 2 + k}=${k + 1}/H${top + 2 + k}`);
    const second2 = [0, 1, 2, 3, 4].map((k) => `C${top + 9 + k}=${k + 1}/B${top + 9 + k}`);
    expect(ranks(rows, merges)).toEqual([...first, ...second2]);
    expect(flags(rows, merges)).toEqual([]);
  });

  const wordLists = (second: Rows): Rows => [
    ["2017年4月份环境卫生考评通报"],
    ["一、街道排名"],
    ["街道", "得分", "排名"],
    ["花山", "86.98", "1"], ["大科", "86.76", "2"], ["黄泥塘", "86.26", "3"], ["乐坪", "86.08", "4"], ["长青", "85.91", "5"],
    ["二、乡镇排名"],
    ...second,
  ];
  const townLines = (r5: string, r6: string): Rows => [
    ["乡镇", "考核得分", "名次", "备注"],
    ["石井", "87.56", "1", ""], ["双江", "87.22", "2", ""], ["水洞底", "87.02", "3", ""], ["万宝", "87.01", "4", ""], ["杉山", "86.83", r5, ""], ["蛇形山", "86.67", r6, ""],
  ];
  test("two lists read by their words, each under its own head: the first's head is the header, both lists ranked", () => {
    const rows = wordLists(townLines("5", "6"));
    expect(recognise(grid(rows)).headerRow).toBe(3);
    expect(ranks(rows)).toEqual([
      ...[0, 1, 2, 3, 4].map((k) => `C${4 + k}=${k + 1}/B${4 + k}`),
      ...[0, 1, 2, 3, 4, 5].map((k) => `C${11 + k}=${k + 1}/B${11 + k}`),
    ]);
    expect(flags(rows)).toEqual([]);
  });

  test("a slip in the second list's places is reported at its rank cell", () => {
    // 杉山 86.83 printed 6th, 蛇形山 86.67 printed 5th: 4 of 6 lines in place, the two swapped lines out of order
    const rows = wordLists(townLines("6", "5"));
    expect(flags(rows).filter((f) => f.startsWith("rank-mismatch")).sort()).toEqual(["rank-mismatch:C15", "rank-mismatch:C16"]);
  });

  test("near shape: one table alone keeps its own head", () => {
    const rows: Rows = [["考评通报"], ...towns(["乡镇", "得分", "排名"])];
    expect(recognise(grid(rows)).headerRow).toBe(2);
  });

  test("near shape: an allocation table above a results list is no first table (its heads name money)", () => {
    const rows: Rows = [
      ["考评通报"],
      ["单位", "奖补资金(万元)", "排序"],
      ["甲镇", "50", "1"], ["乙镇", "40", "2"], ["丙镇", "30", "3"], ["丁镇", "20", "4"], ["戊镇", "10", "5"],
      ["二、乡镇排名"],
      ...towns(["乡镇", "得分", "排名"]),
    ];
    expect(recognise(grid(rows)).headerRow).toBe(9);
  });
});

// —— blocks side by side under one head line ——
describe("blocks side by side under one head line", () => {
  const nantong: Rows = [
    ["12月份,市智慧城管12319平台共受理有效案件12184件,其中事件10281件,部件1903件。"],
    ["受理案件高发事、部件情况表(前5名)"],
    ["事 件", "排名", "类 别", "数量", "占比", "环比", "部 件", "排名", "类 别", "数量", "占比", "环比"],
    ["", "1", "暴露 垃圾", "1372", "11.26%", "-13.82%", "", "1", "垃圾房(桶)", "522", "4.28%", "-28.98%"],
    ["", "2", "无照经营游商", "925", "7.59%", "-15.76%", "", "2", "消防设施", "258", "2.12%", "-2.64%"],
    ["", "3", "占道广告牌", "859", "7.05%", "13.30%", "", "3", "行道树", "124", "1.02%", "-33.69%"],
  ];
  test.each([
    ["南通's shape, the block labels merged down", nantong, ["A3:A6", "G3:G6"], 3],
    ["no block labels: 排名 | 类别 | 数量 | 占比 twice", nantong.map((r, k) => (k < 2 ? r : [...r.slice(1, 5), ...r.slice(7, 11)])), [], 3],
    ["traditional heads, counts first", [["受理案件高發事、部件情況表"], ["類別", "件數", "比例", "類別", "件數", "比例"], ["暴露垃圾", "1372", "11.26%", "垃圾房", "522", "4.28%"], ["無照經營", "925", "7.59%", "消防設施", "258", "2.12%"]], [], 2],
    ["no title, three blocks", [["单位", "得分", "名次", "单位", "得分", "名次", "单位", "得分", "名次"], ["甲", "90", "1", "乙", "88", "1", "丙", "86", "1"], ["丁", "80", "2", "戊", "78", "2", "己", "76", "2"]], [], 1],
    ["a cut table (the right half ends a line early)", [...nantong.slice(0, 5), ["", "4", "积存垃圾渣土", "683", "5.61%", "-7"]], ["A3:A6", "G3:G5"], 3],
  ])("%s: the repeated head line is the table's header", (_, rows, merges, head) => {
    expect(sideBlocksHead(grid(rows as Rows, merges as string[]))).toBe(head);
  });

  test("南通's shape reads as a table of no family under that head, with no finding", () => {
    const m = recognise(grid(nantong, ["A3:A6", "G3:G6"]));
    expect([m.family, m.headerRow]).toEqual(["unknown", 3]);
    expect(flags(nantong, ["A3:A6", "G3:G6"])).toEqual([]);
  });

  test.each([
    ["a statement of income and spending side by side", [["收入", "预算数", "支出", "预算数"], ["税收收入", "1200", "一般公共服务", "800"], ["非税收入", "300", "教育", "700"]]],
    ["two years of 金額 | % in 繁體", [["科目", "金額", "%", "金額", "%"], ["一、賸餘之部", "7,796,429", "100.00", "6,001,850", "100.00"]]],
    ["sub-heads repeated under group heads, one name column", [["地区", "新增就业", "", "", "再就业", "", ""], ["", "目标任务", "进度", "完成比例(%)", "目标任务", "进度", "完成比例(%)"], ["全市", "27800", "52242", "187.9", "4400", "5358", "121.8"]]],
    ["a staff list (no head repeated)", [["姓名", "性别", "职务", "电话", "备注", "单位"], ["张三", "男", "科长", "123", "", "财政局"]]],
    ["a rubric (no head repeated)", [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"], ["投入", "预算执行", "执行率", "10", "每低1%扣0.5分", "9"]]],
    ["repeated heads over words only", [["类别", "说明", "类别", "说明"], ["甲", "好", "乙", "差"]]],
  ])("near shape: %s — no side blocks", (_, rows) => {
    expect(sideBlocksHead(grid(rows as Rows))).toBeNull();
  });
});
