import type { CellValue } from "../../../src/core/grid/grid";
import { Grid } from "../../../src/core/grid/grid";
import { amountRole } from "../../../src/core/recognise/blocks";
import { review } from "../../../src/core/review";

/**
 * (dev61) The sources a fund line is drawn from, in columns left of its 合计: 湖北's municipal 自评表 heads them
 * 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率 (随州, 广水), the prefecture's 地 a level beside the province's; 新疆's
 * allocation lists 中央资金 | 自治区资金 | 地州市资金. A column inside the run that the words do not name (a bare 其他)
 * and that holds an amount leaves the parts read a bound, as it does beside the run.
 */

type Row = (CellValue | undefined)[];

/** The fund line at rows 2–3, then a two-row national indicator table (weights 50 + 50, total 100). */
function sheet(head: Row, line: Row): Grid {
  const rows: Row[] = [["项目支出绩效自评表"], head, line, [], ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]];
  rows.push([undefined, "产出指标", "数量指标", "培训人次", "≥100人次", 120, 50, 50]);
  rows.push([undefined, "效益指标", "社会效益指标", "就业率", "≥90%", "95%", 50, 50]);
  rows.push(["总分", undefined, undefined, undefined, undefined, undefined, 100, 100]);
  return Grid.fromValues("Sheet1", rows);
}

const HUBEI: Row = ["项目资金来源", "中央(万元)", "省、地(万元)", "本级(万元)", "其他(万元)", "合计(万元)", "执行数(万元)", "执行率"];
const XINJIANG: Row = ["项目", "资金合计", "中央资金", "自治区资金", "地州市资金"];

const mismatches = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info");

describe("fund sources by level, the prefecture's 地 among them", () => {
  test("省、地 is a source: 合计 23.3 = 省、地 4.9 + 本级 18.4, no mismatch", () => {
    expect(mismatches(sheet(HUBEI, [undefined, undefined, 4.9, 18.4, undefined, 23.3, 23.3, "100%"]))).toEqual([]);
  });

  test("a 合计 of 22 is compared with 4.9 + 18.4 = 23.3, not with 本级 18.4 alone", () => {
    const f = mismatches(sheet(HUBEI, [undefined, undefined, 4.9, 18.4, undefined, 22, 22, "100%"]));
    expect(f.map((x) => x.cell)).toEqual(["F3"]);
    expect(f[0].message).toContain("与其明细合计 23.3 不符");
  });

  test("地州市资金 is a source: 资金合计 110 ≠ 中央 50 + 自治区 30 + 地州市 20 = 100", () => {
    expect(mismatches(sheet(XINJIANG, ["分配", 100, 50, 30, 20]))).toEqual([]);
    const f = mismatches(sheet(XINJIANG, ["分配", 110, 50, 30, 20]));
    expect(f.map((x) => x.cell)).toEqual(["B3"]);
    expect(f[0].message).toContain("与其明细合计 100 不符");
  });

  test("a bare 其他 holding 1 inside the run: 合计 24.3 ≥ 4.9 + 18.4 = 23.3 is no mismatch; 20 < 23.3 is one", () => {
    expect(mismatches(sheet(HUBEI, [undefined, undefined, 4.9, 18.4, 1, 24.3, 24.3, "100%"]))).toEqual([]);
    expect(mismatches(sheet(HUBEI, [undefined, undefined, 4.9, 18.4, 1, 20, 20, "100%"])).map((x) => x.cell)).toEqual(["F3"]);
  });

  test("地 names a level only beside another or before 级 / 州 / 市: 地区 and 地县 (a list's places) are no sources", () => {
    expect(["省、地", "地级", "地州市资金", "地市级财政", "省、地、县"].map((h) => amountRole(h))).toEqual(["part", "part", "part", "part", "part"]);
    expect(["地区", "地县", "地址"].map((h) => amountRole(h))).toEqual([null, null, null]);
  });
});
