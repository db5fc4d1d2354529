import { Grid } from "../../src/core/grid/grid";
import { sheetFeatures } from "../../src/core/recognise/features";

/**
 * speed60: the walk asks of every line whether another table, another project's form or the next attachment opens there
 * (headsAnotherTable, namesAnotherProject, titlesAnotherForm, attachmentNumberLine), reading the line's first text once
 * (opensAnotherTable). The lines that close the table, and those that do not, are the ones read before (checked against
 * the lib built before the change: the same closing row and indicators in every case).
 */
type Row = (string | number)[];
const head: Row[] = [
  ["项目支出绩效自评表"],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
  ["", "产出指标", "数量指标", "培训人数", "≥100人", 120, 10, 10],
  ["", "", "", "覆盖乡镇", "≥10个", 12, 10, 10],
];
const tail: Row[] = [
  ["", "效益指标", "社会效益", "满意度", "≥90%", "95%", 10, 10],
  ["", "", "", "带动就业", "≥50人", 60, 10, 10],
];
const walkWith = (line: Row) => sheetFeatures(Grid.fromValues("S", [...head, line, ...tail], [])).walk!;

describe("a line under two indicators that closes the table (row 5), the two lines after it not read", () => {
  test.each<[string, Row]>([
    ["another table's header opening with 序号, names only", ["序号", "学校性质", "培训机构", "补助资金"]],
    ["another project's 项目名称 with its name beside it", ["项目名称", "某某项目"]],
    ["another project's 项目名称 with its name after a colon", ["项目名称：某某项目"]],
    ["another form's title alone on its line", ["2023年度项目支出绩效自评表"]],
    ["an attachment's number alone", ["附件2"]],
    ["an attachment's number with a colon", ["附表3："]],
  ])("%s", (_name, line) => {
    const w = walkWith(line);
    expect(w.closingRow).toBe(5);
    expect(w.indicators.map((i) => i.name)).toEqual(["培训人数", "覆盖乡镇"]);
  });
});

describe("counter-shapes: the table goes on past the line", () => {
  test.each<[string, Row, number]>([
    // (the first cell with a value a blank once compacted: no header of another table, whatever follows it)
    ["序号 after a cell holding a space", [" ", "序号", "学校性质", "培训机构", "补助资金"], 5],
    // (a number before 序号: its line is no header)
    ["序号 after a number", [1, "序号", "学校性质", "培训机构"], 4],
    // (the header printed again names the table's levels)
    ["序号 over the table's own levels", ["序号", "一级指标", "二级指标", "三级指标"], 4],
    ["a form's title with points beside it", ["2023年度项目支出绩效自评表", "", "", "", "", "", 10], 5],
    ["an attachment's number with a note beside it", ["附件2", "说明"], 4],
    ["the 项目名称 label alone, no name", ["项目名称"], 4],
  ])("%s", (_name, line, indicators) => {
    const w = walkWith(line);
    expect(w.closingRow).toBeNull();
    expect(w.indicators.length).toBe(indicators);
  });
});
