import { Converter } from "opencc-js/cn2t";
import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";

/**
 * A title naming a project's self-evaluation form says what the sheet is whether or not it says 绩效 (项目绩效自评表,
 * 项目支出绩效自评表, 项目自评表 — "2022年度共享工程项目自评表"): the project's head block under it (项目名称, 项目单位,
 * 主管部门; an excerpt cut before its indicators, the Hunan report's 实施情况 lines) is its self-evaluation.
 */
type V = string | null;
const toTraditional = Converter({ from: "cn", to: "tw" });
const HEAD: V[][] = [
  ["填报单位:某市疾病预防控制中心", null, null, "填报日期:2022年9月18日", null],
  ["基本情况", "项目名称", "重大公共卫生服务及重大传染病防治", null, null],
  [null, "项目单位", "市疾病预防控制中心", "主管部门", "市卫生健康委员会"],
  [null, "项目起止时间", "2021年1月起至2021年12月止", null, null],
  ["实施情况", "是否实行招投标", "□是√否", null, null],
  [null, "是否实行合同管理制", "√是□否", null, null],
];
type Variant = "merged" | "unmerged" | "traditional";
function sheet(title: string | null, variant: Variant): Grid {
  const rows: V[][] = [...(title ? [[title, null, null, null, null]] : []), ...HEAD];
  const values = rows.map((r) => r.map((v) => (variant === "traditional" && typeof v === "string" ? toTraditional(v) : v)));
  const h = title ? 1 : 0;
  const merges = variant === "unmerged" ? [] : [...(title ? ["A1:E1"] : []), `A${2 + h}:A${4 + h}`, `A${5 + h}:A${6 + h}`, `C${2 + h}:E${2 + h}`];
  return Grid.fromValues("Sheet1", values, merges);
}

describe.each(["merged", "unmerged", "traditional"] as Variant[])("%s", (variant) => {
  test.each(["2021年项目绩效自评报告表(实施单位用)", "某县乡村道路养护项目支出绩效自评表", "2022年度共享工程项目自评表", "2022年度某某项目支出自评表"])(
    "under '%s': a project self-evaluation",
    (title) => {
      expect(recognise(sheet(title, variant)).family).toBe("project-self-eval");
    },
  );
  test("a department's title over the same head is no project's self-evaluation", () => {
    expect(recognise(sheet("2022年度部门整体支出自评表", variant)).family).not.toBe("project-self-eval");
  });
});
