import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * corpus53a (session 43): an item of a rubric pasted one paragraph per row whose text runs over two paragraphs or more,
 * its points closing the last one — 盐城 2005 气象局工作目标 (js-yancheng-county-meteorological-bureaus-work-targets-2005-excerpt):
 * '(1)地面测报总错比。各县地面测报总错比≤0.4‰得2分;' over '0.4‰<错比≤0.8‰得1分;…不得分。(2分)(亭湖除外)'. The item is the
 * numbered line (a sentence stating no points of its own), its points the last paragraph's closing '(N分)' (their cell that
 * paragraph's), its rule the lines together (src/core/recognise/paragraph-list.ts, wrappedPoints). The numbers below are
 * the lines' own; the counter-shapes are lines that must keep no points (or their own).
 */

const col = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((t) => [t]), []);
const read = (g: Grid) => review(g).model.indicators.map((i) => [i.row, i.weight, i.weightCell]);

/** 盐城's 1、 and 2、 as published (rows as in the fixture, shifted up by the title's two lines above (一)). */
const yancheng = [
  "2005年全市各县(市)气象局工作目标",
  "一、基本工作目标",
  "(一)基本业务质量(36分)",
  "1、地面测报业务质量(8分)",
  "(1)地面测报总错比。各县地面测报总错比≤0.4‰得2分;",
  "0.4‰<错比≤0.8‰得1分;错比>0.8‰不得分。发生伪造涂改、记录的,不得分。(2分)(亭湖除外)",
  "(2)地面测报报表审核错情。各县地面测报报表(数据文件)审核错情累计条数每年≤3条,得1分;否则不得分。(1分)(亭湖除外)",
  "(3)地面测报综合评定。各县地面测报综合评定达甲等,得1分;否则不得分。(1分)",
  "(亭湖除外)",
  "(4)自动气象站业务质量。自动气象站全年定时不发生人为因素缺测现象,得1分;否则不得分。有人自动气象站资料上传到报率≥95.0%,得1分;",
  "否则不得分。加密自动站资料上传到报率≥85.0%,得1分;否则不得分。(3分)",
  "(5)气象探测环境保护。所属气象台站的探测环境未受到破坏,得1分;保护不力遭受破坏的不得分。(1分)(亭湖除外)",
  "2、农业气象测报质量(4分)",
  "(1)农业气象测报总错比。一、二级站总错比≤0.6‰,得2分;否则不得分。(2分)",
  "(2)农业气象测报综合评定。一、二级站综合评定达甲等,得1分;否则不得分。(1分)",
  "(3)按规定及时测定土湿,传递农情资料得1分;否则不得分。(1分)(亭湖除外)",
];

describe("an item's text wrapped over paragraphs, its points closing the last (paragraph-list)", () => {
  test("盐城: (1) and (4) take the points closing their second paragraph (2 at A6, 3 at A11); the others their own", () => {
    expect(read(col(yancheng))).toEqual([
      [5, 2, "A6"],
      [7, 1, "A7"],
      [8, 1, "A8"],
      [10, 3, "A11"],
      [12, 1, "A12"],
      [14, 2, "A14"],
      [15, 1, "A15"],
      [16, 1, "A16"],
    ]);
    // 8 = 2 + 1 + 1 + 3 + 1 and 4 = 2 + 1 + 1: nothing to flag
    expect(review(col(yancheng)).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("variant: the points closing the wrapped line with a full stop after them, and no qualifier ('…不得分。(2分)。')", () => {
    const g = col(yancheng.map((t, i) => (i === 5 ? "0.4‰<错比≤0.8‰得1分;错比>0.8‰不得分。(2分)。" : t)));
    expect(read(g)[0]).toEqual([5, 2, "A6"]);
  });

  test("variant: full-width brackets and traditional characters ('…不得分。（2分）')", () => {
    const g = col(yancheng.map((t, i) => (i === 4 ? "(1)地面測報總錯比。各縣地面測報總錯比≤0.4‰得2分;" : i === 5 ? "0.4‰<錯比≤0.8‰得1分;錯比>0.8‰不得分。（2分）" : t)));
    expect(read(g)[0]).toEqual([5, 2, "A6"]);
  });

  test("variant: an item wrapped over three paragraphs, the points closing the third (3 at A12)", () => {
    const lines = [...yancheng];
    lines.splice(10, 1, "否则不得分。加密自动站资料上传到报率≥85.0%,", "得1分;否则不得分。(3分)");
    expect(read(col(lines))[3]).toEqual([10, 3, "A12"]);
  });

  test("variant: the group over the wrapped items breaks — 1、 (9分) over 2 + 1 + 1 + 3 + 1 = 8 — and is flagged once, at its heading", () => {
    // (the qualifiers '(亭湖除外)' taken off: with them the items are alternatives by unit, no sum to check)
    const lines = yancheng.map((t) => t.replace("(亭湖除外)", "")).map((t) => (t === "1、地面测报业务质量(8分)" ? "1、地面测报业务质量(9分)" : t)).filter((t) => t !== "");
    const f = review(col(lines)).findings.filter((x) => x.rule === "weight-sum-mismatch");
    expect(f.map((x) => x.cell)).toEqual(["A4"]);
  });

  test("counter-shape: an item stating its own points keeps them, whatever its paragraph closes with", () => {
    const g = col(yancheng.map((t, i) => (i === 4 ? "(1)地面测报总错比(2分)。各县地面测报总错比≤0.4‰得2分;" : i === 5 ? "0.4‰<错比≤0.8‰得1分;错比>0.8‰不得分。(1分)" : t)));
    expect(read(g)[0]).toEqual([5, 2, "A5"]);
  });

  test("counter-shape: two paragraphs each closing with points are two things scored — no one weight for the line", () => {
    const lines = [...yancheng];
    lines.splice(5, 1, "0.4‰<错比≤0.8‰得1分。(1分)", "错比>0.8‰不得分。发生伪造涂改、记录的,不得分。(1分)");
    expect(read(col(lines))[0]).toEqual([5, null, null]);
  });

  test("counter-shape: a paragraph closing with a deduction in brackets ('(扣2分)') gives the line no points", () => {
    const g = col(yancheng.map((t, i) => (i === 5 ? "0.4‰<错比≤0.8‰得1分;发生伪造涂改、记录的,不得分(扣2分)" : t)));
    expect(read(g)[0]).toEqual([5, null, null]);
  });

  test("counter-shape: a short heading with no points over a paragraph with points is left as it was (no item of its own)", () => {
    const g = col(yancheng.map((t, i) => (i === 4 ? "(1)地面测报总错比" : t)));
    expect(read(g).map((r) => r[0])).not.toContain(5);
  });
});
