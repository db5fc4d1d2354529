import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * The Hunan 部门整体支出绩效评价基础数据表: "项目支出:" over numbered items, two of which head a list of their own
 * ("2、区级专项资金(一个专项一行)", no amount, then one line per fund). The total is item 1 plus the lines of both
 * lists; 公用经费, the table's next item, is no line of the list above it.
 */
const sheet = (c16: number) =>
  Grid.fromValues("Sheet1", [
    ["2023年度预算单位整体支出绩效评价基础数据表"],
    ["经费控制情况(万元)", "2022年决算数", "2023年预算数", "2023年决算数"],
    ["项目支出:", 1713.37, 1731.57, 1731.57],
    ["1、业务工作经费", 224.55, 600.58, 600.58],
    ["2、区级专项资金(一个专项一行)"],
    ["疫情防控项目", 1348.82, c16, 324.05],
    ["公共文化服务体系建设", 140, 68.7, 68.7],
    ["局办公楼维修改造", 0, 163.91, 163.91],
    ["图书馆维修改造", 0, 334.46, 334.46],
    ["体彩公益金支出", null, 173.87, 173.87],
    ["3、上级转移支付(一个专项一行)"],
    ["公共文化服务体系建设", null, 66, 66],
    ["公用经费", 30.05, 28.9, 28.9],
    ["其中:办公经费", 27.71, 25.6, 25.6],
  ]);
const totals = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch");

describe("numbered items that head lists of their own", () => {
  test("项目支出 = item 1 + the lines under items 2 and 3 (1731.57 = 600.58 + 1065.09 + 66), 公用经费 left out: no finding", () => {
    const r = review(sheet(324.05), "national").model.relations.find((x) => x.kind === "sum" && x.total.cell === "C3");
    expect(r && r.kind === "sum" ? r.parts.map((p) => p.cell) : []).toEqual(["C4", "C6", "C7", "C8", "C9", "C10", "C12"]);
    expect(totals(sheet(324.05))).toEqual([]);
  });
  test("疫情防控项目 2023年预算数 424.05: 项目支出 1731.57 against 1831.57, at C3", () => {
    expect(totals(sheet(424.05)).map((f) => f.cell)).toEqual(["C3"]);
  });
});
