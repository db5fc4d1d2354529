import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { ruleClosingPoints } from "../../src/core/recognise/closing-points";
import { review } from "../../src/core/review";

/**
 * A review form (as 萧山's 示范性家庭农场 评审表): 项目 merged over the group and item columns | 评分标准 | 镇街初审得分 |
 * 区评审得分, the groups stating their points bare (主体职业化15分), no 分值 column — each item's points stand in its rule,
 * every clause closing with its own ('…营业执照(5分)。', '…年限(3分);签订…合同(2分)。'), an item's name merged down over
 * two lines each with a rule of its own. The bare 项目 over pointed group labels is the items' head (the groups in its
 * first column, the items beside them); each rule weighs the sum of its clauses' closing points, where the groups bear
 * them out. Counter-shapes: clause points that do not add up to their groups are not read; 项目 over labels stating no
 * points heads nothing; a clause break other than ';' (a comma between requirements) or a bracket inside a clause is no sum.
 */
type Row = (string | number | null)[];

interface Opts {
  head?: string;
  g1?: string;
  g2?: string;
  rules?: Partial<Record<number, string>>;
}

function form(o: Opts = {}): Grid {
  const rule = (r: number, d: string) => o.rules?.[r] ?? d;
  const rows: Row[] = [
    ["某区示范性家庭农场申报情况评审表", null, null, null, null],
    [o.head ?? "项目", null, "评分标准", "镇街初审得分", "区评审得分"],
    [o.g1 ?? "主体职业化15分", "工商注册", rule(3, "有工商行政管理部门核发的营业执照(5分)。"), null, null],
    [null, "家庭从业", rule(4, "在本农场固定从业的家庭人员不少于2人(5分)。"), null, null],
    [null, "培训教育", rule(5, "家庭成员文化程度达到标准(5分)。"), null, null],
    [o.g2 ?? "规模适度化20分", "经营规模", rule(6, "经营规模达到标准(10分)。"), null, null],
    [null, null, rule(7, "有独立的办公、经营场所(5分);有相应的储藏、运输等设施(5分)。"), null, null],
    ["管理规范化20分", "土地流转", rule(8, "土地流转年限不低于规定年限(3分);签订规范的流转合同(2分)。"), null, null],
    [null, "农场规章", rule(9, "规章制度完善,会计核算规范(5分)。"), null, null],
    [null, "生产记录", rule(10, "投入品建立进出台帐(5分);产品生产过程要有记录(5分)。"), null, null],
    ["合计", null, null, null, null],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:E1", "A2:B2", "A3:A5", "A6:A7", "B6:B7", "A8:A10", "A11:B11"]);
}

const weights = (g: Grid) => recognise(g).indicators.map((i) => [i.row, i.weight]);
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

describe("ruleClosingPoints: clauses each closing with their points", () => {
  test.each([
    ["土地流转年限不低于规定年限(3分);签订规范的流转合同(2分)。", 5],
    ["有独立的办公、经营场所(5分)；有相应的储藏、运输等设施(5分)", 10],
    ["有工商行政管理部门核发的营业执照(5分)。", 5],
    ["查阅资料，实地查看。（19分）", 19],
  ])("%s → %s", (rule, points) => expect(ruleClosingPoints(rule)).toBe(points));
  test.each([
    // (requirements beside each other in one clause: its parts' points, not read)
    "村主干道平整(2分)，绿化美化到位(3分)",
    // (a clause without points of its own)
    "生产基地通过认定(3分);产品通过无公害农产品认证",
    // (a deduction or a per-occurrence bracket among the clauses)
    "按时报送的(3分);未按时报送的(扣2分)",
    "资料齐全(3分);发现问题的每处(1分)",
    // (a bracket opening a clause)
    "(3分)资料齐全;(2分)台账规范",
  ])("%s → none", (rule) => expect(ruleClosingPoints(rule)).toBeNull());
});

describe("项目 merged over pointed group labels and their items, rules closing with their clauses' points", () => {
  test("read: groups in A, items in B, each rule's clause sum its weight (row 7 a second standard of 经营规模), no finding", () => {
    const g = form();
    const m = recognise(g);
    expect(m.family).toBe("indicator-system");
    expect(m.headerRow).toBe(2);
    expect(weights(g)).toEqual([[3, 5], [4, 5], [5, 5], [6, 10], [7, 10], [8, 5], [9, 5], [10, 10]]);
    expect(m.groups.map((x) => [x.row, x.weight])).toEqual([[3, 15], [6, 20], [8, 20]]);
    expect(flags(g)).toEqual([]);
  });

  test("every merge undone (a CSV dump: 项目 over a blank head cell, 经营规模 left blank on its second line): read the same", () => {
    const base = form();
    const rows: Row[] = [];
    for (let r = 1; r <= base.rowCount; r++) rows.push([1, 2, 3, 4, 5].map((c) => (base.ownsCell(r, c) ? (base.value(r, c) as string | number | null) : null)));
    const g = Grid.fromValues("Sheet1", rows);
    expect(recognise(g).headerRow).toBe(2);
    expect(weights(g)).toEqual([[3, 5], [4, 5], [5, 5], [6, 10], [7, 10], [8, 5], [9, 5], [10, 10]]);
    expect(flags(g)).toEqual([]);
  });

  test("a clause's points slip (C10 '(5分);(5分)' → '(5分);(6分)'): the group's 20 no longer holds", () => {
    const g = form({ rules: { 10: "投入品建立进出台帐(5分);产品生产过程要有记录(6分)。" } });
    expect(weights(g)).toContainEqual([10, 11]);
    expect(flags(g)).toContain("weight-sum-mismatch@A8");
  });

  test("counter-shape: groups whose clause points do not add up to them (15 → 40, 20 → 50): no rule's points read, no finding", () => {
    const g = form({ g1: "主体职业化40分", g2: "规模适度化50分", rules: { 8: "土地流转年限不低于规定年限(3分);签订规范的流转合同(12分)。" } });
    expect(recognise(g).indicators.every((i) => i.weight === null || i.weightCell?.startsWith("A"))).toBe(true);
    expect(flags(g)).toEqual([]);
  });

  test("a page of the form with one group (管理规范化20分 over 5 + 5 + 10): read; its rules adding up to other points (21): not", () => {
    const page = (g3: string) =>
      Grid.fromValues(
        "Sheet1",
        [
          ["项目", null, "评分标准", "镇街初审得分", "区评审得分"],
          [g3, "土地流转", "土地流转年限不低于规定年限(3分);签订规范的流转合同(2分)。", null, null],
          [null, "农场规章", "规章制度完善,会计核算规范(5分)。", null, null],
          [null, "生产记录", "投入品建立进出台帐(5分);产品生产过程要有记录(5分)。", null, null],
        ],
        ["A1:B1", "A2:A4"],
      );
    expect(recognise(page("管理规范化20分")).headerRow).toBe(1);
    expect(weights(page("管理规范化20分"))).toEqual([[2, 5], [3, 5], [4, 10]]);
    expect(recognise(page("管理规范化21分")).headerRow).toBeNull();
  });

  test("counter-shape: 项目 over group labels stating no points reads no level from them", () => {
    const g = form({ g1: "主体职业化", g2: "规模适度化" }).withCells([{ cell: "A8", value: { v: "管理规范化" } }]);
    expect(recognise(g).headerRow).toBeNull();
  });

  test("counter-shape: 项目 not merged over the items' column (项目 | 内容 | 评分标准 …, a tiered rubric's head) heads nothing here", () => {
    const g = Grid.fromValues("Sheet1", [
      ["项目", "内容", "评分标准", "评价得分", "评分标准", "评价得分"],
      ["技术服务10分", "培训覆盖率", "完成率100%(4分)。", 4, "完成率<100%", 2],
      ["入户指导6分", "技术入户率", "指导率100%(6分)。", 6, "指导率<100%", 3],
    ]);
    expect(recognise(g).headerRow).toBeNull();
  });

  test("counter-shape: a head word naming no items (备注) over the pointed labels is not taken for the items' head", () => {
    const g = form({ head: "备注" });
    // (since grad45a the rules closing with their points are the items (closing-items.ts): the 评分标准 column, each rule
    // weighing its clauses' sum — 5, 5, 5, 10, 10, 5, 5, 10 — and nothing flagged; 备注 over A:B heads no items)
    const m = recognise(g);
    expect(m.columns.level3).toBe(3);
    expect([m.columns.level1, m.columns.level2]).toEqual([undefined, undefined]);
    expect(weights(g)).toEqual([[3, 5], [4, 5], [5, 5], [6, 10], [7, 10], [8, 5], [9, 5], [10, 10]]);
    expect(flags(g)).toEqual([]);
  });
});
