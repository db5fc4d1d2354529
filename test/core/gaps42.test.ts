import { rangeA1 } from "../../src/core/grid/a1";
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
