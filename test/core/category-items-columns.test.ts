import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * 类别 | 项目 | 评分标准: the level word's column holds the groups, the column right of it headed by a word naming items
 * (项目) the items (group-labels-beside-items.ts). Counter-shape: a column right of 类别 headed otherwise (备注) is none.
 * Groups whose points are bare in brackets ("1.组织领导(39)") over items weighted by their rules: read where as many groups
 * at least add up to them as do not (bare-points.ts (d)); counts that add up to nothing are not read.
 */
type Row = (string | number | null)[];
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning");

/** 序号 | 类别 | 项目 | 计分方法: the groups in 类别, the items in 项目, each item's points opening its rule */
function categoryItems(g1 = "一、组织领导（52分）", items = true): Grid {
  const rows: Row[] = [
    ["双拥工作考核验收评分细则"],
    ["序号", "类别", items ? "项目" : "备注", "计分方法"],
    [1, g1, "①建立联络员制度", "(19分)未制定实施方案的扣2分，扣完为止。"],
    [2, null, "②资料收集整理归档规范", "(15分)每缺一项扣1分，扣完为止。"],
    [3, null, "③召开专题会议研究部署工作", "(18分)未按时报送材料的扣2分，扣完为止。"],
    [4, "二、制度建设（48分）", "①完成年度目标任务", "(30分)每缺一项扣1分，扣完为止。"],
    [5, null, "②开展专项督查检查", "(18分)每缺一项扣1分，扣完为止。"],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:D1"]);
}

test("类别 | 项目: the groups' column and the items' right of it; the items' points read from their rules; clean", () => {
  const r = review(categoryItems(), "national");
  expect(r.model.columns).toMatchObject({ level1: 2, level3: 3 });
  expect(r.model.indicators.map((i) => i.weight)).toEqual([19, 15, 18, 30, 18]);
  expect(flags(categoryItems())).toEqual([]);
  expect(flags(categoryItems("一、组织领导（49分）")).map((f) => `${f.rule}@${f.cell}`)).toContain("weight-sum-mismatch@B3");
});

test("counter-shape: 类别 | 备注 (no word naming items): the column right of 类别 is no items' column", () => {
  expect(review(categoryItems(undefined, false), "national").model.columns.level3).toBeUndefined();
});

/** 考核项目 | 考核内容 | 评分办法: the groups' points bare in brackets ("1.组织领导(39)"), the items' opening their rules */
function barePoints(g1 = "1.组织领导(39)", g2 = "2.制度建设(61)"): Grid {
  const rows: Row[] = [
    ["河湖长制工作考评细则"],
    ["考核项目", "考核内容", "评分办法"],
    [g1, "(1)问题整改到位", "(14分)查阅资料，实地查看。"],
    [null, "(2)建立健全工作台账", "(13分)建立工作台账的得4分；按时报送材料的得9分。"],
    [null, "(3)落实值班值守制度", "(12分)查阅资料。"],
    [g2, "(1)召开专题会议研究部署工作", "(17分)查阅资料，实地查看。"],
    [null, "(2)配备必要的办公设备", "(44分)查阅资料。"],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:C1", "A3:A5", "A6:A7"]);
}

test("groups' bare bracketed points over items weighted by their rules: read where the groups add up to them; clean, a slip found", () => {
  expect(review(barePoints(), "national").model.groups.map((g) => g.weight)).toEqual([39, 61]);
  expect(flags(barePoints())).toEqual([]);
  expect(flags(barePoints("1.组织领导(36)")).map((f) => `${f.rule}@${f.cell}`)).toContain("weight-sum-mismatch@A3");
});

test("counter-shape: bare numbers that add up to no group's items (counts): not read; clean", () => {
  const g = barePoints("1.组织领导(3)", "2.制度建设(2)");
  expect(review(g, "national").model.groups.map((x) => x.weight)).toEqual([null, null]);
  expect(flags(g)).toEqual([]);
});
