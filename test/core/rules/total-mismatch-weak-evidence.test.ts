import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A broken sum that the sheet does not prove to be a slip is told as info, not as an error:
 * - a 其中 breakdown left blank in one column while the same total's 执行率 is already broken there;
 * - a prior year's column (2022年决算数) whose list is the current year's: lines blank there, the total above them;
 * - an amount total one unit of its last decimal off many rounded parts (rounding residue).
 */
const totals = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch");
const sev = (g: Grid) => totals(g).map((f) => `${f.cell}:${f.severity}`);

describe("其中 left blank in the 全年执行数 column", () => {
  const sheet = (rate: string) =>
    Grid.fromValues("Sheet1", [
      ["项目支出绩效自评表"],
      ["项目名称", "产业发展专项资金"],
      ["项目资金(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", 35550, 35550, 35550, 10, rate, 10],
      [null, "其中:当年财政拨款", 35550, 35550, null, "—", null, "—"],
      [null, "上年结转资金"],
      [null, "其他资金"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "扶持项目数", "≥20个", "22个", 45, 45],
      ["效益指标", "社会效益指标", "带动就业", "≥90人", "95人", 45, 45],
      ["总分", null, null, null, null, 100, 100],
    ]);
  test("执行率 100% agrees with 35550/35550: the blank breakdown against 35550 stays an error at E4", () => {
    expect(sev(sheet("100%"))).toEqual(["E4:error"]);
  });
  test("执行率 82.12% is itself broken (35550/35550 = 100%): the blank breakdown is only info, the rate is the finding", () => {
    expect(sev(sheet("82.12%"))).toEqual(["E4:info"]);
    expect(review(sheet("82.12%"), "national").findings.filter((f) => f.rule === "exec-rate-mismatch" && f.severity === "error").map((f) => f.cell)).toEqual(["G4"]);
  });
});

describe("a prior year's column in a 基础数据表", () => {
  const sheet = (b3: number, d4: number) =>
    Grid.fromValues("Sheet1", [
      ["2023年度预算单位整体支出绩效评价基础数据表"],
      ["经费控制情况(万元)", "2022年决算数", "2023年预算数", "2023年决算数"],
      ["项目支出:", b3, 1731.57, 1731.57],
      ["1、业务工作经费", 224.55, d4, d4],
      ["2、区级专项资金(一个专项一行)"],
      ["疫情防控项目", 1348.82, 324.05, 324.05],
      ["公共文化服务体系建设", 140, 68.7, 68.7],
      ["局办公楼维修改造", 0, 163.91, 163.91],
      ["图书馆维修改造", 0, 334.46, 334.46],
      ["体彩公益金支出", null, 173.87, 173.87],
      ["3、上级转移支付(一个专项一行)"],
      ["公共文化服务体系建设", null, 66, 66],
      ["公用经费", 30.05, 28.9, 28.9],
      ["其中:办公经费", 27.71, 25.6, 25.6],
    ]);
  test("2022年决算数 2218.71 above its listed 1713.37 (two lines blank that 2023 fills): info at B3", () => {
    expect(sev(sheet(2218.71, 600.58))).toEqual(["B3:info"]);
  });
  test("2022年决算数 below its listed parts (1700 < 1713.37): the listed lines alone exceed it, an error", () => {
    expect(sev(sheet(1700, 600.58))).toEqual(["B3:error"]);
  });
  test("both 2023 columns broken as well (no sibling adds up): 2022 stays an error", () => {
    expect(sev(sheet(2218.71, 700.58))).toEqual(["B3:error", "C3:error", "D3:error"]);
  });
});

describe("rounding residue of an expense list", () => {
  const sheet = (total: number) =>
    Grid.fromValues("Sheet1", [
      ["项目支出明细(万元)"],
      ["序号", "支出内容", "实际支出数"],
      [1, "文化活动经费", 129.05],
      [2, "设备购置", 62.54],
      [3, "场馆维护", 98.21],
      [4, "人员培训", 206.77],
      ["支出合计", null, total],
    ]);
  test("496.58 against 496.57 (0.01 apart over four amounts shown to 0.01): info", () => {
    expect(sev(sheet(496.58))).toEqual(["C7:info"]);
  });
  test("496.67 against 496.57 (0.1 apart): an error", () => {
    expect(sev(sheet(496.67))).toEqual(["C7:error"]);
  });
});
