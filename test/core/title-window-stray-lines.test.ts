import { Grid } from "../../src/core/grid/grid";
import { sheetFeatures } from "../../src/core/recognise/features";

/**
 * The title is the first lines above the table, at most six of them. A line of no title text — a date (2023年12月), a
 * field with its value (填报单位:某局, 填报日期:…), the money unit — is read with the title but is none of its six rows.
 */
const HEADER = ["一级指标", "二级指标", "三级指标", "分值", "得分"];
const ROWS = [
  ["产出指标", "数量指标", "培训人次", 40, 40],
  ["效益指标", "社会效益指标", "群众知晓率", 60, 55],
];

describe("stray lines above the table", () => {
  // the title, then three stray lines, then the table: the title is its line and the stray lines, none of the table's
  // rows (the three first rows it takes at least are filled by the stray lines)
  test.each([
    ["a date", ["2023年12月"]],
    ["a full date", ["2023年12月31日"]],
    ["a numeric date", ["2023-12-31"]],
    ["a field", ["填报单位:某县农业农村局"]],
    ["a field and a date in two cells", ["填报单位:某县农业农村局", "2023年12月"]],
    ["a field and the unit in two cells", ["填报日期:2023年12月31日", "单位:万元"]],
  ])("%s: the title stops above the table", (_what, stray) => {
    const g = Grid.fromValues("S", [["2023年度培训项目绩效评价指标体系"], stray, ["填表人:张三"], ["2024-01-05"], HEADER, ...ROWS]);
    const title = sheetFeatures(g).title;
    expect(title).toBe(`S|2023年度培训项目绩效评价指标体系||${stray.join("|")}||填表人:张三||2024-01-05|`);
  });

  // six lines of a form's preamble, with a date and a field among them: all six are the title's, the last one too
  test.each([["2023年12月"], ["填报单位:某局"]])("%s among a form's lines takes no place of the six", (stray) => {
    const g = Grid.fromValues("S", [
      ["项目支出绩效自评表"],
      ["(2023年度)"],
      [stray],
      ["项目名称", "农技推广"],
      ["主管部门", "县农业农村局"],
      ["实施单位", "县农技中心"],
      ["项目属性", "延续项目"],
      HEADER,
      ...ROWS,
    ]);
    const title = sheetFeatures(g).title;
    expect(title).toBe(`S|项目支出绩效自评表||(2023年度)||${stray}||项目名称|农技推广||主管部门|县农业农村局||实施单位|县农技中心||项目属性|延续项目|`);
  });

  test("a year alone (2023年度) is a title line, no date", () => {
    const g = Grid.fromValues("S", [["2023年度"], ["培训项目绩效评价指标体系"], HEADER, ...ROWS]);
    // two title lines, then the table's header: the title's three rows at least
    expect(sheetFeatures(g).title).toBe("S|2023年度||培训项目绩效评价指标体系||一级指标|二级指标|三级指标|分值|得分|");
  });
});
