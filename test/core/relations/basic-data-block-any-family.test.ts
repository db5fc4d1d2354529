import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { basicDataRows } from "../../../src/core/recognise/basic-data";
import { review } from "../../../src/core/review";

/**
 * A 基础数据表 block followed by a 部门整体支出绩效自评表 head on one sheet (a Hunan disclosure page) under the
 * self-evaluation's title: read as dept-self-eval, the basic-data block's own relations (项目支出 = its numbered
 * items, 控制率, 其中 part-of) are still built, within its rows only. (Without the title line, the sheet opens with
 * the block and is the basic-data table: family-without-title.test.ts.)
 */
const SHEET = (projects2023: number) =>
  Grid.fromValues("Sheet1", [
    ["财政金融部2024年度部门整体支出绩效自评"],
    ["财政供养人员情况(人)", "编制数", "2024年实际在职人数", "控制率"],
    [null, 15, 15, "100%"],
    ["经费控制情况(万元)", "2023年决算数", "2024年预算数", "2024年决算数"],
    ["三公经费", 1, 1, 1],
    ["1、公务用车购置和维护经费", 0, 0, 0],
    ["2、出国经费", 0, 0, 0],
    ["3、公务接待", 1, 1, 1],
    ["项目支出:", projects2023, 1377.9, 1369.3],
    ["1、中介服务", 1049.4, 960, 958.7],
    ["2、信息化建设", 156.6, 44.5, 43.6],
    ["3、金融政策补贴", 279.3, 351.4, 345],
    ["4、综合管理业务经费", 20, 20, 20],
    ["5.劳务派遣人员经费", 4, 2, 2],
    ["公用经费", 20, 20, 20],
    ["其中:办公经费", 7.5, 8, 8],
    ["厉行节约保障措施", null, null, null],
    ["2024年度部门整体支出绩效自评表", null, null, null],
    ["预算部门名称", "财政金融部", null, null],
    ["年度预算申请(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", 1397.9, 1397.9, 1389.3, 10, "99.3%", 10],
  ]);

test("the block's rows: from its staffing line (2) to the line before 厉行节约 (16)", () => {
  expect(basicDataRows(SHEET(1509.3))).toEqual({ first: 2, last: 16 });
});

test("项目支出 B9 = its five numbered items (1049.4 + 156.6 + 279.3 + 20 + 4 = 1509.3), whatever the family", () => {
  const res = review(SHEET(1509.3), "national");
  expect(res.model.family).not.toBe("dept-basic-data");
  const r = res.model.relations.find((x) => x.kind === "sum" && statedCell(x) === "B9")!;
  const o = evaluateRelation(r);
  expect(o.from.map((t) => t.cell)).toEqual(["B10", "B11", "B12", "B13", "B14"]);
  expect(o.ok).toBe(true);
  // 控制率 D3 = 在职 15 / 编制 15, and 公用经费 ≥ 其中:办公经费
  expect(res.model.relations.some((x) => x.kind === "ratio" && statedCell(x) === "D3")).toBe(true);
  expect(res.model.relations.find((x) => x.kind === "sum" && statedCell(x) === "B15")?.bound).toBe("atMost");
});

test("a 项目支出 that disagrees with its items (1505.3 ≠ 1509.3) is a total-mismatch at B9", () => {
  expect(review(SHEET(1505.3), "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["B9"]);
});

test("a 预算数 | 执行数 header that names no basic-data table (no 经费控制情况, no 三公经费) is no basic-data block", () => {
  const g = Grid.fromValues("Sheet1", [
    ["项目资金", "2023年预算数", "2023年执行数"],
    ["专项资金:", 100, 90],
    ["1、培训", 60, 50],
    ["2、宣传", 40, 40],
  ]);
  expect(basicDataRows(g)).toBeNull();
});
