import { Grid } from "../../../src/core/grid/grid";
import { statedCell } from "../../../src/core/relations";
import { basicDataRelations } from "../../../src/core/recognise/basic-data";

/**
 * basicDataRelations without a row range reads the whole sheet: its default range ends at Excel's last row
 * (1,048,576), which every grid ends before, so a block whose items reach the grid's last row is read whole.
 */
const SHEET = Grid.fromValues("Sheet1", [
  ["经费控制情况(万元)", "2023年决算数", "2024年预算数", "2024年决算数"],
  ["三公经费", 1, 1, 1],
  ["1、公务用车购置和维护经费", 0, 0, 0],
  ["2、出国经费", 0, 0, 0],
  ["3、公务接待", 1, 1, 1],
  ["项目支出:", 30, 20, 12],
  ["1、中介服务", 10, 5, 4],
  ["2、信息化建设", 20, 15, 8],
]);

test("no row range: 项目支出 B6 = its numbered items in rows 7 and 8, the grid's last row (10 + 20 = 30)", () => {
  const rels = basicDataRelations(SHEET);
  const b6 = rels.find((r) => r.kind === "sum" && statedCell(r) === "B6");
  expect(b6 && b6.kind === "sum" ? b6.parts.map((t) => t.cell) : null).toEqual(["B7", "B8"]);
});
