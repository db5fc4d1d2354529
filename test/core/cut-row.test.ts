import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { tableCutOff } from "../../src/core/recognise/cut-row";
import { review } from "../../src/core/review";

/**
 * An excerpt that stops inside the indicator table (its last line a name or a fragment with no values: "截",
 * "指标1:", "公众满") says nothing about the dimensions after the cut; a sheet whose last indicator is complete and
 * that has no 效益 or 满意度 rows does lack them (audit_agent's 缺少以下维度).
 */
type Row = (CellValue | undefined)[];
const head: Row[] = [
  ["项目绩效目标申报表"],
  ["项目名称", "农村饮水安全巩固提升"],
  ["主管部门", "县水利局", undefined, "实施单位", "县水利局"],
  ["年度绩效目标", "完成9200人饮水安全巩固提升"],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
  [undefined, "产出指标", "数量指标", "受益人口", "≥9200人"],
  [undefined, undefined, "质量指标", "工程验收合格率", "100%"],
];
const missing = (rows: Row[]) =>
  review(Grid.fromValues("Sheet1", rows), "national")
    .findings.filter((f) => f.rule === "target-incomplete" && f.messageId === "missingDimension")
    .map((f) => f.data?.dimension);

describe("a table cut off by the excerpt", () => {
  test.each<[string, Row]>([
    ["a cut cell (截) in the 时效 row", [undefined, undefined, "时效指标", "截"]],
    ["a name fragment (指标1:) with no value", [undefined, undefined, "时效指标", "指标1:"]],
    ["a 一级 label with its name cut (满意度指标 | 满意度指标 | 公众满)", [undefined, "满意度指标", "满意度指标", "公众满"]],
    ["a line's number alone (1-2) in the first column", ["1-2"]],
    ["a line's number alone ((3)) in a level column", [undefined, undefined, "(3)"]],
  ])("%s: no dimension reported missing", (_n, cut) => {
    const rows = [...head, cut];
    const r = review(Grid.fromValues("Sheet1", rows), "national");
    expect(tableCutOff(Grid.fromValues("Sheet1", rows), r.model)).toBe(true);
    expect(missing(rows)).toEqual([]);
  });

  test("a target written without the 分值 every line above gives ('≥500份' with no weight): cut, nothing reported missing", () => {
    const weighted = (last: Row): Row[] => [
      ...head.slice(0, 4),
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "分值"],
      [undefined, "产出指标", "数量指标", "受益人口", "≥9200人", 10],
      [undefined, undefined, "质量指标", "工程验收合格率", "100%", 10],
      [undefined, undefined, "时效指标", "完工时间", "2023年底", 10],
      last,
    ];
    expect(missing(weighted([undefined, undefined, "成本指标", "宣传资料份数", "≥500份"]))).toEqual([]);
    expect(missing(weighted([undefined, undefined, "成本指标", "宣传资料份数", "≥500份", 10]))).toEqual(["效益指标", "满意度指标"]);
  });

  test("the last indicator complete (产出 only, then nothing): 效益 and 满意度 are missing", () => {
    expect(missing(head)).toEqual(["效益指标", "满意度指标"]);
  });

  test("a last line with a number and its text is no cut (1-2 | 工程质量 | … is a line)", () => {
    const rows = [...head, ["1-2", undefined, "质量指标", "水质达标率", "100%"]];
    expect(missing(rows)).toEqual(["效益指标", "满意度指标"]);
  });

  test("a closing line under the table is no cut: 填表人 under a complete last row", () => {
    const rows = [...head, ["填表人：张三", undefined, undefined, "联系电话：1234"]];
    const g = Grid.fromValues("Sheet1", rows);
    expect(tableCutOff(g, review(g, "national").model)).toBe(false);
    expect(missing(rows)).toEqual(["效益指标", "满意度指标"]);
  });
});

describe("blank forms and cut lines on target sheets", () => {
  const form: Row[] = [
    ["项目绩效目标申报表"],
    ["项目名称", undefined, undefined, "主管部门", undefined],
    ["实施单位", undefined],
    ["一级指标", "二级指标", "三级指标", "分值", "指标值"],
    ["产出指标", "数量指标", "培训人次", 20, "≥100人次"],
    [undefined, "质量指标", "合格率", 20, "≥95%"],
    ["效益指标", "社会效益指标", "群众知晓率", 30, "≥90%"],
    ["满意度指标", "服务对象满意度", "学员满意度", 30, "≥90%"],
  ];
  const target = (rows: Row[]) => review(Grid.fromValues("Sheet1", rows), "national").findings.filter((f) => f.rule === "target-incomplete" || f.rule === "placeholder-value");
  test("a blank template (no identity field filled in): its blank fields are hints", () => {
    const f = target(form);
    expect(f.map((x) => `${x.severity} ${x.cell}`)).toEqual(["info B2", "info E2", "info B3"]);
  });
  test("one field filled in: the others are errors (a filler's omission), 实施单位 too while no 主管部门 names the unit", () => {
    const rows = form.map((r, i) => (i === 1 ? ["项目名称", "职业技能培训", undefined, "主管部门", undefined] : r));
    expect(target(rows).map((x) => `${x.severity} ${x.cell}`)).toEqual(["error E2", "error B3"]);
  });
  test("one field filled in, 主管部门 among them: a blank 实施单位 stays a hint", () => {
    const rows = form.map((r, i) => (i === 1 ? ["项目名称", undefined, undefined, "主管部门", "人社局"] : r));
    expect(target(rows).map((x) => `${x.severity} ${x.cell}`)).toEqual(["error B2", "info B3"]);
  });
  test("the last line cut before its 指标值 (分值 filled, 指标值 blank, no closing row): not an unfilled target", () => {
    const rows = [...form.slice(0, 7), ["满意度指标", "服务对象满意度", "学员满意度", 30, undefined]];
    const filled = rows.map((r, i) => (i === 1 ? ["项目名称", "职业技能培训", undefined, "主管部门", "人社局"] : i === 2 ? ["实施单位", "培训中心"] : r));
    expect(target(filled).map((x) => `${x.rule} ${x.cell}`)).toEqual([]);
  });
});
