import { rangeA1 } from "../../src/core/grid/a1";
import { Grid } from "../../src/core/grid/grid";
import { cutNameWord } from "../../src/core/recognise/cut-sheet-name";
import { reviewFamily } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";
import { build, withoutRows } from "./metamorphic";

/**
 * gaps42: a sheet named after its title keeps the title's first 31 characters (Excel's limit on a name), and a Chinese
 * title names its form last. A 31-character name ending on a form word's first three characters (部门整) reads as the
 * word (部门整体); a name under 31 was not cut, and an end of two characters (部门) begins more than one word.
 */
describe("a sheet name cut at 31 characters inside its form word", () => {
  // (28 characters, then the end of three: '二〇二〇年' written out keeps the count plain)
  const stem = "二〇二〇年某县民族宗教事务局忠烈祠免费开放经费二三六万元"; // 28 characters
  test("the stem is 28 characters (the names below are counted from it)", () => expect(stem.length).toBe(28));
  test.each([
    ["31 characters ending 部门整", `${stem}部门整`, "部门整体"],
    ["31 characters ending 部門整 (traditional)", `${stem}部門整`, "部門整體"],
    ["31 characters ending 绩效自", `${stem}绩效自`, "绩效自评"],
    // (counter-shapes)
    ["30 characters ending 部门整: not cut by Excel", `${stem.slice(1)}部门整`, ""],
    ["31 characters ending 门整体: the word is whole, nothing cut inside it", `${stem}门整体`, ""],
    ["31 characters ending 万部门: two characters begin more than one word", `${stem.slice(0, -1)}万部门`, ""],
    ["31 characters ending 自评表: no word's beginning", `${stem}自评表`, ""],
  ])("%s", (_, name, word) => {
    expect(cutNameWord(name)).toBe(word);
  });

  // 南岳 2020 部门整体支出绩效自评表: its head reads 单位名称 / 主管部门 / 实施单位 as a project's; its title moved to the
  // sheet's name keeps 31 of its 33 characters, '…236.25萬元部門整'
  const sheet = jsonGrid(`${FIXTURES}/real/hn-nanyue-ethnic-religious-martyrs-shrine-dept-selfeval-2020-trad.json`);
  const untitled = withoutRows(sheet, [1]).grid;
  const named = (name: string) => build(untitled, (r, c) => untitled.cell(r, c), untitled.rowCount, untitled.colCount, untitled.merges.map((m) => rangeA1(m)), name);
  const cut = "2020年忠烈祠免費開放經(jīng)費236.25萬元部門整";
  test("the whole sheet is a department's self-evaluation", () => expect(reviewFamily(sheet)).toBe("dept-self-eval"));
  test.each([
    ["the title cut at 31 characters (…部門整): the department's", cut, "dept-self-eval"],
    // (counter-shapes: the same end on a name of 30 characters, not cut by Excel; the name ending 部門, two characters)
    ["a name of 30 characters ending 部門整: a project's, as its head reads", cut.slice(1), "project-self-eval"],
    ["a name ending 部門 (two characters): a project's", cut.slice(0, -1), "project-self-eval"],
  ])("%s", (_, name, family) => {
    expect(reviewFamily(named(name))).toBe(family);
  });
});

/**
 * gaps42: a short list (序号 | 工作标准 | 分值) is read by its points adding up to its closing 合计 (short-lists.ts). A
 * continuation page of it, its lines numbered under 序号 from above 1 (9, 10, 11, 12), the first on the page before,
 * holds a share of the list: its points add up to less than the 合计 (20 + 12 + 52 + 51 = 135 < 500), which counts the
 * lines on the page before too (as continued-page.ts bounds the total). Numbered from 1, the lines are the whole list
 * and must add up; more points than the total is no share of it.
 */
describe("a continuation page of a short list: the closing total counts the page before's lines", () => {
  const list = (numbers: (number | null)[], points: number[], total: number) =>
    Grid.fromValues("Sheet1", [
      ["序号", "工作标准", "分值"],
      ...["旅游安全", "资源保护", "人居环境", "综合管理"].map((name, k) => [numbers[k], name, points[k]]),
      ["合计", "12大类60项", total],
    ], []);
  test.each([
    ["numbered 9–12, 135 of a 合计 500: a page of the list", [9, 10, 11, 12], [20, 12, 52, 51], 500, "indicator-system"],
    ["numbered 1–4, adding up to its 合计 135: the whole list", [1, 2, 3, 4], [20, 12, 52, 51], 135, "indicator-system"],
    // (counter-shapes)
    ["numbered 1–4, 135 under a 合计 500: a whole list that does not add up", [1, 2, 3, 4], [20, 12, 52, 51], 500, "unknown"],
    ["not numbered, 135 under a 合计 500: nothing says a page", [null, null, null, null], [20, 12, 52, 51], 500, "unknown"],
    ["numbered 9–12, 135 over a 合计 100: more than the total, no share of it", [9, 10, 11, 12], [20, 12, 52, 51], 100, "unknown"],
    ["numbered 9, 11, 12, 13: no run of numbers", [9, 11, 12, 13], [20, 12, 52, 51], 500, "unknown"],
  ])("%s", (_, numbers, points, total, family) => {
    expect(points.reduce((a, b) => a + b, 0)).toBe(135);
    expect(reviewFamily(list(numbers as (number | null)[], points as number[], total as number))).toBe(family);
  });
});
