import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { assignBySums, clauseItem, proseRubric } from "../../src/core/recognise/prose-rubric";
import { compact, normalizeText } from "../../src/core/text/normalize";

/**
 * grad42c (session 42): an indicator system written as prose, one clause a row in column A (src/core/recognise/
 * prose-rubric.ts) — levels announced by lead sentences with their counts ('设立4个二级指标,分别是'), each listed apart in
 * order, one clause per item ('任务完成情况占分值50分,'), the whole's points stated above ('总分值100分'); the levels nested
 * by running sums. And the mirror's pinyin glosses ('指標(biāo)') dropped in normalising. Each with its shape and
 * counter-shape; every number is the lines' own.
 */

const col = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((t) => [t]), []);
const errors = (g: Grid) =>
  review(g)
    .findings.filter((f) => f.rule === "weight-sum-mismatch" && f.severity !== "info")
    .map((f) => `${f.severity} ${f.cell}`);

/**
 * A system of 2 一级 (80 + 20 = 100), 3 二级 (A 50, B 30 | C 20) and 三级 items `items` (their points), the whole stated as
 * 100 on row 2. Rows: 1 heading, 2 total, 3 lead, 4–5 一级, 6 lead, 7–9 二级, 10 lead, 11… 三级.
 */
const system = (items: number[], count = items.length) =>
  col([
    "(三)评价指标体系",
    "本年度的考评指标体系分为基本指标、具体指标两类,总分值100分。",
    "1.在基本指标中设立2个一级指标,分别是",
    "业务考评占分值80分,",
    "财务考核占分值20分。",
    "设立3个二级指标,分别是",
    "任务完成情况占分值50分,",
    "组织管理情况占分值30分,",
    "资金支出情况占分值20分。",
    `2.在具体指标中设立${count}个三级指标,分别是`,
    ...items.map((w, k) => `第${"一二三四五六七八九十"[k]}项工作占分值${w}分${k === items.length - 1 ? "。" : ","}`),
    "3.赋分依据及标准见附表。",
  ]);

describe("mirror pinyin glosses are dropped in normalising (a syllable with its tone mark, in brackets, right after a character)", () => {
  test.each([
    ["指標(biāo)體系", "指标体系"],
    ["設(shè)立4個二級指標(biāo)", "设立4个二级指标"],
    ["任務(wù)完成情況", "任务完成情况"],
    ["項目區(qū)規(guī)劃", "项目区规划"],
  ])("%s → %s", (raw, plain) => {
    expect(compact(raw)).toBe(plain);
  });

  // counter-shapes: a letter, a unit, an abbreviation and a Chinese numeral in brackets carry no tone mark and stay
  test.each([
    ["指标(a)", "指标(a)"],
    ["产量(kg)", "产量(kg)"],
    ["地区生产总值(GDP)", "地区生产总值(GDP)"],
    ["工作(一)", "工作(一)"],
  ])("%s stays %s", (raw, kept) => {
    expect(normalizeText(raw)).toBe(kept);
  });
});

describe("an item's clause: its name, then its points", () => {
  test.each([
    ["业务考评占分值80分,", { name: "业务考评", weight: 80 }],
    ["项目监督、检查占分值10分,", { name: "项目监督、检查", weight: 10 }],
    ["任务完成情况50分,", { name: "任务完成情况", weight: 50 }],
    ["财务考核(20分)。", { name: "财务考核", weight: 20 }],
    ["资金管理所占分值为15分;", { name: "资金管理", weight: 15 }],
    ["档案管理:5分,", { name: "档案管理", weight: 5 }],
    ["①宣传培训3分;", { name: "宣传培训", weight: 3 }],
    ["财务考核(占分值20分)、", { name: "财务考核", weight: 20 }],
    // counter-shapes: a rule's clause (its verb before the points), a sentence going on past the points
    ["未按时报送的扣2分,", null],
    ["一致的计2分。", null],
    ["以上总分值100分。", null],
    ["项目县每周报送的计2分,否则计0分。", null],
  ])("%s → %j", (text, item) => {
    expect(clauseItem(text)).toEqual(item);
  });
});

describe("levels nested by running sums (assignBySums: each parent's items next to each other, in order)", () => {
  test("every parent matched: 50 = 10 + 30 + 10, 30 = 30, 20 = 5 + 15 — no slip, every segment known", () => {
    expect(assignBySums([50, 30, 20], [10, 30, 10, 30, 5, 15])).toEqual({ segments: [[0, 2], [3, 3], [4, 5]], slips: 0 });
  });

  test("one slip at one place: 50 = 20 + 30, then 10 + 25 = 35 for 30, 20 = 20 — the 30's segment known", () => {
    expect(assignBySums([50, 30, 20], [20, 30, 10, 25, 20])).toEqual({ segments: [[0, 1], [2, 3], [4, 4]], slips: 1 });
  });

  test("one slip at either of two places: 10 + 10 = 20, then 6 + 4 + 2 = 12 for 10 and 5 for 5, or 6 + 4 = 10 and 2 + 5 = 7 for 5 — the first parent's segment known, the other two not", () => {
    expect(assignBySums([20, 10, 5], [10, 10, 6, 4, 2, 5])).toEqual({ segments: [[0, 1], null, null], slips: 1 });
  });

  test("more parents than children: no assignment", () => {
    expect(assignBySums([10, 10, 10], [15, 15])).toBeNull();
  });
});

describe("an indicator system written as prose, one clause a row (prose-rubric)", () => {
  // A 10 + 30 + 10 = 50, B 20 + 10 = 30, C 5 + 15 = 20; 一级 80 = 50 + 30, 20 = 20; the 7 add to 100
  const whole = [10, 30, 10, 20, 10, 5, 15];

  test("read as an indicator system: the deepest level's items (rows 11–17) with their points, in their cells", () => {
    const r = review(system(whole));
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBeNull();
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.weightCell])).toEqual([
      [11, 10, "A11"],
      [12, 30, "A12"],
      [13, 10, "A13"],
      [14, 20, "A14"],
      [15, 10, "A15"],
      [16, 5, "A16"],
      [17, 15, "A17"],
    ]);
    // (the path through the nesting the sums give: 第四项工作 under 组织管理情况 under 业务考评)
    expect(r.model.indicators[3].path).toEqual(["业务考评", "组织管理情况", "第四项工作"]);
  });

  test("the blocks: each 二级 over its items, each 一级 over its 二级's items, the whole over all of them", () => {
    const p = proseRubric(system(whole))!;
    expect(p.blocks.map((b) => [b.cell, b.weight, b.firstRow, b.lastRow])).toEqual([
      ["A7", 50, 11, 13],
      ["A8", 30, 14, 15],
      ["A9", 20, 16, 17],
      ["A4", 80, 11, 15],
      ["A5", 20, 16, 17],
      ["A2", 100, 11, 17],
    ]);
  });

  test.each([
    // counter-shape: every level adds up
    ["10 + 30 + 10 | 20 + 10 | 5 + 15", whole, []],
    // the slip at one place: B 20 + 12 = 32 for 30 (A 50 and C 20 hold in every reading) — at B's clause alone
    ["10 + 30 + 10 | 20 + 12 | 5 + 15", [10, 30, 10, 20, 12, 5, 15], ["error A8"]],
    // the slip at either of two places: A 50 = 10 + 30 + 10, then B 20 + 10 + 2 = 32 with C 5 + 15, or B 30 with C 2 + 5 +
    // 15 = 22 — the 8 items' 102 against the 总分值 100 (A2)
    ["10 + 30 + 10 | 20 + 10 + 2 | 5 + 15", [10, 30, 10, 20, 10, 2, 5, 15], ["error A2"]],
  ])("%s: %j", (_what, items, found) => {
    expect(errors(system(items))).toEqual(found);
  });

  test("the message names the deepest level and both sums (102 against 100)", () => {
    const f = review(system([10, 30, 10, 20, 10, 2, 5, 15])).findings.find((x) => x.rule === "weight-sum-mismatch")!;
    expect(f.message).toBe("三级指标分值合计 102，与标注的 100 分不符");
  });

  test("written in traditional characters with a mirror's pinyin glosses: the same items and the same finding", () => {
    const g = col([
      "本年度的績效考評指標(biāo)體系分為基本指標(biāo)、具體指標(biāo)兩類,總分值100分。",
      "1.在基本指標(biāo)中設(shè)立2個一級指標(biāo),分別是",
      "業(yè)務(wù)考評占分值60分,",
      "財務(wù)考核占分值40分。",
      "2.在具體指標(biāo)中設(shè)立4個二級指標(biāo),分別是",
      "任務(wù)完成情況占分值30分,",
      "組織管理情況占分值30分,",
      "工作經(jīng)費落實情況占分值15分,",
      "補貼資金支出情況占分值30分。",
    ]);
    const r = review(g);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[6, 30], [7, 30], [8, 15], [9, 30]]);
    // 一级 60 = 30 + 30 ✓; 财务 40 against 15 + 30 = 45 (the only reading): at A4
    expect(errors(g)).toEqual(["error A4"]);
  });

  // (a line after the list: a list that closes the sheet and falls short may go on past a cut, a reminder only)
  test("one level with its count and the whole's points in its lead: 3 items adding to 100 (counter: 95)", () => {
    const one = (last: number) => col(["考评办法", "设立3个考核指标,总分值100分,分别是", "工作任务40分,", "资金管理30分,", `档案管理${last}分。`, "评分标准见附表。"]);
    expect(review(one(30)).model.indicators.map((i) => i.weight)).toEqual([40, 30, 30]);
    expect(errors(one(30))).toEqual([]);
    expect(errors(one(25))).toEqual(["error A2"]);
  });

  test("the whole's points on the line right after the lists, levels named with no count ('一级指标分别是:', '二级指标:'): 60 + 40 over 30 + 30 | 25 + 15", () => {
    const closing = (last: number) =>
      col(["一级指标分别是:", "产出占分值60分,", "效益占分值40分。", "二级指标:", "数量占分值30分,", "质量占分值30分,", "社会效益占分值25分,", `满意度占分值${last}分。`, "以上总分值100分。"]);
    expect(proseRubric(closing(15))!.blocks.map((b) => [b.cell, b.weight, b.firstRow, b.lastRow])).toEqual([
      ["A2", 60, 5, 6],
      ["A3", 40, 7, 8],
      ["A9", 100, 5, 8],
    ]);
    expect(errors(closing(15))).toEqual([]);
    // 25 + 20 = 45 for 效益's 40, the one reading (60 = 30 + 30): at 效益's clause
    expect(errors(closing(20))).toEqual(["error A3"]);
  });

  test("one level whose total is not on the line right after it (a rule's '满分10分' two lines below): not read", () => {
    const g = col(["设立3个考核指标,分别是", "工作任务40分,", "资金管理30分,", "档案管理30分。", "评分办法另附。", "每项满分10分。"]);
    expect(proseRubric(g)).toBeNull();
  });

  test("the form printed twice, one under the other: each system read on its own", () => {
    const lines = ["总分值100分。", "设立2个一级指标,分别是", "产出占分值60分,", "效益占分值40分。", "设立4个二级指标,分别是", "数量占分值30分,", "质量占分值30分,", "社会效益占分值20分,", "满意度占分值20分。"];
    const p = proseRubric(col([...lines, ...lines]))!;
    expect(p.indicators.map((i) => i.row)).toEqual([6, 7, 8, 9, 15, 16, 17, 18]);
    expect(p.blocks.filter((b) => b.weight === 100).map((b) => [b.cell, b.firstRow, b.lastRow])).toEqual([["A1", 6, 9], ["A10", 15, 18]]);
  });

  // counter-shapes: no indicator system read
  test.each([
    ["the count stated is not the clauses read (13 declared, 7 read)", system(whole, 13)],
    [
      "clauses with no lead sentence announcing them",
      col(["总分值100分。", "业务考评占分值80分,", "财务考核占分值20分。", "任务完成情况占分值50分,", "组织管理情况占分值30分,", "资金支出情况占分值20分。"]),
    ],
    [
      "a rule's clauses under a lead (扣 / 计 before the points)",
      col(["设立3个考核指标,分别是", "未按时报送的扣2分,", "资料不全的扣1分,", "一致的计2分。"]),
    ],
    [
      "two levels that do not nest (two slips or more: 50 over 10 + 10, 50 over 20 + 20 + 40)",
      col(["设立2个一级指标,分别是", "产出占分值50分,", "效益占分值50分。", "设立5个二级指标,分别是", "数量10分,", "质量10分,", "时效20分,", "成本20分,", "效益40分。"]),
    ],
    ["one level with no total stated", col(["设立3个考核指标,分别是", "工作任务40分,", "资金管理30分,", "档案管理30分。"])],
  ])("%s", (_what, g) => {
    expect(proseRubric(g)).toBeNull();
    expect(review(g).model.family).not.toBe("indicator-system");
  });
});
