import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { labelCode } from "../../src/core/text/codes";
import { letterForDigit } from "../../src/core/text/numbers";

/**
 * Session 42 (cells42): 临沂's “十一五”(创模) 考核指标 completion table (real/sd-linyi-environmental-model-city-indicators-
 * completion-2006-2007-excerpt), batch52-graduation-cells-diagnosis.md.
 * 1. A number printed with a letter in a digit's place ('54.O' beside '54.0'): non-numeric-value, a warning at the cell.
 * 2. A code 'l、' (a lower-case l for the digit 1) is the code 1.
 * 3. A table of no family under an indicator header (指标类别 | 指标名称 | 考核要求 | 2006年完成情况 | 2007年完成情况): the
 *    header is the sheet's; under a 项目名称 / 主管部门 / 实施单位 preamble it stays a table of no family.
 */

describe("letterForDigit: a number with one letter in a digit's place", () => {
  test.each([
    // [text, letter, digit, meant]
    ["54.O", "O", "0", "54.0"], // the decimal's last digit after a point (临沂 D14)
    ["1O5", "O", "0", "105"], // between two digits
    ["98.l%", "l", "1", "98.1%"], // a percentage's last decimal
    ["2,O00", "O", "0", "2,000"], // after a thousands comma
    ["1S0", "S", "5", "150"], // S for 5, between digits
    ["O.55", "O", "0", "0.55"], // before the point opening the number
    ["25O", "O", "0", "250"], // a last zero after a digit
    ["12.I", "I", "1", "12.1"],
  ])("%s: the letter %s for %s, %s meant", (text, letter, digit, meant) => {
    expect(letterForDigit(text)).toEqual({ letter, digit, meant });
  });

  test.each([
    ["S02", "a letter opening the text (SO2 with a zero)"],
    ["O3", "a letter opening the text (ozone)"],
    ["I2.5", "a letter opening the text before a digit"],
    ["PM2.5", "two letters"],
    ["COD", "no digit"],
    ["I级", "a word"],
    ["54dB", "a unit (two letters)"],
    ["A1", "a letter of no digit's shape"],
    ["1OO", "two letters"],
    ["5l", "one digit only (5 litres?)"],
    ["15l", "an l after a digit at the end (litres)"],
    ["25S", "an S at the end"],
    ["54.S", "an S after the point at the end"],
    ["5.O.5", "not a number with the digit either"],
    ["54.0", "a number"],
  ])("counter-shape %s (%s): null", (text) => {
    expect(letterForDigit(text)).toBeNull();
  });
});

/** A completion table: 指标名称 | 考核要求 | 2006年完成情况 | 2007年完成情况, three lines, the middle one's 2006 value `v`. */
function completion(v: string, around: [string, string] = ["98.1%", "67.8"], right = "54.0"): Grid {
  return Grid.fromValues("表", [
    ["指标名称", "考核要求", "2006年完成情况", "2007年完成情况"],
    ["1、全年空气质量优良天数比例", "≥85%", around[0], "98.1%"],
    ["2、区域环境噪声平均值", "<60dB", v, right],
    ["3、交通干线噪声平均值", "<70dB", around[1], "67.2"],
  ]);
}

const warnings = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "non-numeric-value" && f.severity !== "info")
    .map((f) => `${f.severity} ${f.cell} ${(f.related ?? []).join(",")}`);

describe("non-numeric-value: a letter for a digit among numbers", () => {
  test("'54.O' beside 54.0, under 98.1% and over 67.8: a warning at C3, the three numbers beside it related", () => {
    expect(warnings(completion("54.O"))).toEqual(["warning C3 D3,C2,C4"]);
  });

  test("the message names the letter, the digit and the number meant (Chinese and English)", () => {
    const f = review(completion("54.O"), "national").findings.find((x) => x.rule === "non-numeric-value")!;
    expect(f.message).toBe("「54.O」中的字母「O」处应为数字 0（54.0），按所印文字无法识别为数值");
    expect(f.messageEn).toBe('"54.O" has the letter "O" where the digit 0 belongs (54.0 meant): as printed it is not a number');
  });

  test("a number beside it in its row only (the column's others words): still a warning", () => {
    expect(warnings(completion("54.O", ["达标", "达标"]))).toEqual(["warning C3 D3"]);
  });

  test.each([
    ["54.0", "the number itself"],
    ["S02", "a chemical's name"],
    ["54dB", "a number with its unit"],
    ["PM2.5", "a code"],
  ])("counter-shape %s (%s) in the same cell: nothing", (v) => {
    expect(warnings(completion(v))).toEqual([]);
  });

  test("counter-shape: '54.O' with words all round it (a text column, a text row): nothing", () => {
    expect(warnings(completion("54.O", ["达标", "达标"], "基本达标"))).toEqual([]);
  });
});

describe("a code 'l、' (a lower-case l for the digit 1)", () => {
  test.each([
    ["l、集中宣传", "ar-dun", 1, "l、"],
    ["l.组织领导", "ar-dot", 1, "l."],
  ])("%s reads as a code %s numbered %d, printed %s", (label, style, n, text) => {
    expect(labelCode(label)).toEqual({ style, n, parent: "", text });
  });

  test.each([
    ["I、总则", "a Roman I numbers its own outline"],
    ["l、", "no name after it"],
    ["lO、集中宣传", "two letters"],
    ["level、", "a word"],
  ])("counter-shape %s (%s): no code", (label) => {
    expect(labelCode(label)).toBeNull();
  });

  function rubric(items: string[]): Grid {
    const rows: (string | number | null)[][] = [["考核评分细则"], ["条件", "考核内容", "分值", "得分"]];
    items.forEach((it, k) => rows.push([k === 0 ? "一、组织建设" : null, it, 2, null]));
    rows.push(["二、制度建设", "1、建立制度", 3, null], [null, "2、落实制度", 3, null]);
    return Grid.fromValues("细则", rows, [`A3:A${items.length + 2}`]);
  }
  const codes = (g: Grid) =>
    review(g, "national")
      .findings.filter((f) => f.rule === "code-sequence" && f.severity !== "info")
      .map((f) => `${f.cell} ${f.data?.code}`);

  test("l、 2、 3、: the sheet's own numbering 1, 2, 3, nothing reported", () => {
    expect(codes(rubric(["l、成立领导小组", "2、纳入工作规划", "3、依靠职工群众"]))).toEqual([]);
  });
  test("1、 l、 3、: l、 is a second 1 where 2、 belongs, reported at its own cell B4 (not at the 3、 after it)", () => {
    expect(codes(rubric(["1、成立领导小组", "l、纳入工作规划", "3、依靠职工群众"]))).toEqual(["B4 l、"]);
  });
});

describe("a completion table of no family: its header is read", () => {
  const table = (lines: number) =>
    [
      ["指标\n类别", "“十一五”考核指标", "", "2006年完成情况", "2007年完成情况"],
      ["", "指标名称", "考核要求", "", ""],
      ["基本\n条件", "1、环境保护投资指数", ">1.7%", "2.06%", "2.07%"],
      ["", "2、人口与计划生育年度计划完成率", "100%", "100%", "100%"],
      ["环境\n质量", "1、集中式饮用水水源地水质达标率", "≥96%", "100%", "100%"],
      ["", "2、交通干线噪声平均值", "<70dB (a)", "67.8", "67.2"],
    ].slice(0, 2 + lines);
  const merges = ["A1:A2", "B1:C1", "D1:D2", "E1:E2"];
  const grid = (lines: number, above: string[][] = []) => {
    const shift = (m: string) => m.replace(/\d+/g, (d) => String(Number(d) + above.length));
    const groupMerges = lines >= 4 ? ["A3:A4", "A5:A6"] : [];
    return Grid.fromValues("表", [...above, ...table(lines)], [...merges, ...groupMerges].map(shift));
  };

  test("four lines under 指标类别 | 指标名称 | 考核要求 | 2006年完成情况 | 2007年完成情况: header row 1 (two lines), no family, no indicator", () => {
    const m = review(grid(4), "national").model;
    expect([m.family, m.headerRow, m.headerLastRow, m.indicators.length]).toEqual(["unknown", 1, 2, 0]);
  });

  test("counter-shape: two lines under it are no table read (the walk's three lines at least): no header", () => {
    const m = review(grid(2), "national").model;
    expect([m.family, m.headerRow]).toEqual(["unknown", null]);
  });

  const preamble = [
    ["项目名称", "某县乡村道路养护"],
    ["主管部门", "某县交通运输局"],
    ["实施单位", "某县公路事务中心"],
  ];
  test("under a 项目名称 / 主管部门 / 实施单位 preamble: still no family (its header names items only, no target)", () => {
    const m = review(grid(4, preamble), "national").model;
    expect([m.family, m.headerRow]).toEqual(["unknown", 4]);
  });

  test("counter-shape: the same preamble over a table declaring targets (指标名称 | 指标值): a target declaration", () => {
    const g = Grid.fromValues("表", [
      ...preamble,
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "养护道路里程", "≥120公里"],
      ["", "质量指标", "道路优良率", "≥85%"],
      ["效益指标", "社会效益指标", "群众出行条件改善", "明显改善"],
      ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
    ]);
    expect(review(g, "national").model.family).toBe("target-declaration");
  });
});
