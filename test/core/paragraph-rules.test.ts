import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * grad42b (session 42): rubrics pasted one paragraph per row (src/core/recognise/paragraph-list.ts) — a heading's points
 * against the awards of the paragraph under it (rubric-points-mismatch), a heading's bracket left open where the excerpt is
 * cut, points fused after an item's first clause, and an outline (提纲) of headings stating their points, by class too.
 * Each with its shape and counter-shape; the numbers are the lines' own.
 */

const col = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((t) => [t]), []);
/** the rule's findings above a hint: severity and cell, and the cells related where `related` */
const found = (g: Grid, rule: string, related = false) =>
  review(g)
    .findings.filter((f) => f.rule === rule && f.severity !== "info")
    .map((f) => `${f.severity} ${f.cell}${related && f.related?.length ? " " + f.related.join(",") : ""}`);

/** A 乡's plan for its 村 (永和): (一) 20 over ① 9 (3 + 2 + 4), ② 2 with its rule in the paragraph under it, ③ 5, ④ `fourth`. */
const villageLines = (early: string, late: string, fourth = "④农村合作医疗筹资工作(4分") => [
    "村级目标管理评核方案",
    "一、考核内容与计分标准",
    "(一)农业农村工作(20分)",
    "①农业生产(9分)",
    "a、耕地抛荒整治、双季种植工作效果较好的计3分。",
    "b、培植种粮大户计2分,双季稻种植达30亩的种粮大户的每户计1分。",
    "c、加强农田、水利、道路等基础设施建设计4分。",
    "②林改工作(2分)",
    `按时完成林改发证任务,3月31日前完成的计${early}分,4月15日前完成的计${late}分,4月15日后完成的不计分。`,
    "③森林防火及抗洪抢险(5分)。发生火情或洪灾,组织不力的每次扣1分。",
    fourth,
];
const village = (early: string, late: string, fourth?: string) => col(villageLines(early, late, fourth));

describe("a heading's points against the same award in separate sentences (lead, at corpus52a's merge)", () => {
  const rubric = (points: string, rule: string) =>
    col([
      "村委人口与计划生育考核办法",
      "(三)工作质量指标(26分)",
      "1.重视教育(6分)",
      `2.优质服务和避孕节育措施知情选择(${points}分)`,
      rule,
      "3.行政执法(10分)",
      "依法催收社会抚养费,按政策全额征收上交记10分。",
    ]);
  test.each([
    // two criteria in two sentences, 记5分 each, on a 10-point item: they add up — nothing (村委 计生 A11)
    ["10", "建立服务档案记5分,每下降1个百分点扣0.1分;使用药具在控制指标内记5分,每下降1个百分点扣0.3分。", []],
    // the same two sentences on an 8-point item: neither one award (5) nor their sum (10) is 8 — the line contradicts itself
    ["8", "建立服务档案记5分,每下降1个百分点扣0.1分;使用药具在控制指标内记5分,每下降1个百分点扣0.3分。", ["warning A5"]],
    // tiers of one sentence giving the same 5 on a 10-point item: one award, below the points
    ["10", "3月31日前完成的记5分,4月15日前完成的记5分,逾期不记分。", ["warning A5"]],
  ])("%s points, rule %s", (points, rule, expected) => {
    const g = rubric(points as string, rule as string);
    expect(found(g, "rubric-points-mismatch")).toEqual(expected);
  });
});

describe("a heading's points against the awards of the paragraph under it (rubric-points-mismatch)", () => {
  test.each([
    // 计4分 / 计3分 on a 2-point item: every award above its points — the rule at A9, the heading A8 related
    ["4", "3", ["warning A9 A8"]],
    // one award (both tiers the same, 计3分) above the 2: the line's one award
    ["3", "3", ["warning A9 A8"]],
    // counter-shape: the best tier is the item's 2, the next below it
    ["2", "1", []],
    // counter-shape: tiers one above, one below the points (a sum, 3 + 1, or the best, 3: no reading is sure) — nothing said
    ["3", "1", []],
  ])("② (2分) over '…计%s分, …计%s分': %j", (early, late, expected) => {
    expect(found(village(early, late), "rubric-points-mismatch", true)).toEqual(expected);
  });

  test.each([
    // the rule over two paragraphs, 计4分 and 计3分 on a 2-point item: every award above it
    ["2", ["完成发证任务的计4分", "部分完成的计3分。"], ["warning A4 A3"]],
    // counter-shape: 计3分 and 计2分, two parts of a 5-point item — the first paragraph alone is not its rule
    ["5", ["建立护林队伍的计3分。", "开展巡山的计2分。"], []],
  ])("a heading (%s分) over the paragraphs %j: %j", (points, paragraphs, expected) => {
    const g = col(["一、林业工作(20分)", "(一)林改工作(15分)。完成林改任务的计15分。", `(二)森林管护(${points}分)`, ...paragraphs, "(三)造林绿化(3分)。完成造林任务的计3分。"]);
    expect(found(g, "rubric-points-mismatch", true)).toEqual(expected);
  });

  test("the finding names the heading, its points left out", () => {
    const f = review(village("4", "3")).findings.find((x) => x.rule === "rubric-points-mismatch")!;
    expect(f.message).toContain("②林改工作写明 2 分");
  });
});

describe("a heading whose bracket is left open where the excerpt is cut, '④…(4分'", () => {
  test("an item worth 4: (一) 20 = 9 + 2 + 5 + 4 is checked and adds up; the list is cut", () => {
    const r = review(village("2", "1"));
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([
      [5, 3],
      [6, 2],
      [7, 4],
      [9, 2],
      [10, 5],
      [11, 4],
    ]);
    expect(r.model.weightBlocks.map((b) => [b.cell, b.weight])).toEqual([
      ["A3", 20],
      ["A4", 9],
    ]);
    expect(r.model.truncated).toBe(true);
    expect(found(village("2", "1"), "weight-sum-mismatch")).toEqual([]);
  });

  test.each([
    // ④ (5分 left open: 9 + 2 + 5 + 5 = 21 against (一)'s 20 (a shortfall on a cut list says nothing: more may follow)
    ["④农村合作医疗筹资工作(5分", ["error A3"]],
    // counter-shape: no points in the cut heading ('④…(4', the 分 cut off too): no item worth anything, (一) not checked
    ["④农村合作医疗筹资工作(4", []],
  ])("%s: %j", (fourth, expected) => {
    expect(found(village("2", "1", fourth), "weight-sum-mismatch")).toEqual(expected);
  });

  test("a signature line under the list in its column ends it: no paragraph of the last heading", () => {
    const g = col([...villageLines("2", "1"), "填表人：张三    审核人：李四", "联系电话：0731-12345678"]);
    expect(review(g).model.indicators.map((i) => [i.row, i.weight]).pop()).toEqual([11, 4]);
  });
});

describe("points fused after an item's first clause, no award word ('…文章10分、**级每份2分…')", () => {
  const publicity = (second: string) =>
    col([
      "禁毒工作考评细则",
      "一、组织领导(15分)",
      "1、成立禁毒工作领导小组,有档案、有组织计10分。",
      "2、落实管控计5分,发现1人失控扣0.5分。",
      "二、宣传教育(25分)",
      "1、集中宣传计15分,组织宣传活动计15分。",
      second,
    ]);
  test.each([
    // the item's 10, the per-piece rates after it within it: 二、 25 = 15 + 10
    ["2、在报刊发表禁毒宣传文章10分、**级每份2分、省级每份1分、市级0.5分。", 10, []],
    // its 12: 15 + 12 = 27 against 二、's 25
    ["2、在报刊发表禁毒宣传文章12分、**级每份2分、省级每份1分。", 12, ["error A5"]],
    // counter-shape: a rate (每篇 2分) is no item's points
    ["2、在报刊每发表一篇文章2分、省级每份1分。", null, []],
    // counter-shape: a deduction (扣10分) is no item's points
    ["2、发现问题未整改扣10分、通报批评扣2分。", null, []],
  ])("%s: weight %p, %j", (second, weight, expected) => {
    const g = publicity(second);
    expect(review(g).model.indicators.find((i) => i.row === 7)?.weight ?? null).toBe(weight);
    expect(found(g, "weight-sum-mismatch")).toEqual(expected);
  });
});

describe("an outline of headings stating their points (a 考核办法's 提纲), by class too: a rubric with no block to check", () => {
  /** a 县's 计生 提纲: headings with their points, two by class (乡镇 | 农场), its rules not printed */
  const outline = (lines: string[]) => col(["**县2008年度人口与计划生育目标管理考核指标说明和考核办法", "目录/提纲:……", ...lines]);
  const planning = [
    "一、人口出生率(10分)",
    "二、投入指标(30分)",
    "(一)计划生育事业费(乡镇10分、农场15分)",
    "(二)独生子女保健费(乡镇10分、农场15分)",
    "(三)组信息员报酬(该项农场不考核)(10分)",
    "三、符合政策生育率(乡镇10分、农场20分)",
    "四、全面开展出生缺陷一级预防工作(该项农场不考核)(10分)",
    "五、通报和黄牌警告制度(10分)",
    "六、“一票否决”",
    "……",
  ];

  test("read as an indicator system: each heading with points an item, null where it gives two (one per unit type); cut at the ellipsis", () => {
    const r = review(outline(planning));
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBeNull();
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([
      [3, 10],
      [5, null],
      [6, null],
      [7, 10],
      [8, null],
      [9, 10],
      [10, 10],
    ]);
    // (二、's 30 over points by class: 10 + 10 + 10 for 乡镇, 15 + 15 for 农场 — no one sum to check)
    expect(r.model.weightBlocks).toEqual([]);
    expect(r.model.truncated).toBe(true);
  });

  test.each([
    ["(一)计划生育事业费(乡镇5分,农场10)", null],
    ["(一)计划生育事业费(城区10分/乡镇15分)", null],
    // counter-shapes: one points in the bracket, the line's own; an award before a bracket of its parts keeps the award
    ["(一)计划生育事业费(10分)", 10],
    ["(一)计划生育事业费足额到位计10分(其中县级5分、乡级5分)", 10],
  ])("(一) written '%s': weight %p", (line, weight) => {
    const r = review(outline(planning.map((l, k) => (k === 2 ? line : l))));
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.find((i) => i.row === 5)!.weight).toBe(weight);
  });

  test.each([
    // 8 numbered lines, 5 stating points: fewer than three in four
    ["five of eight lines with points", ["一、人口出生率(10分)", "二、投入指标", "(一)计划生育事业费", "(二)独生子女保健费(10分)", "三、符合政策生育率(10分)", "四、出生缺陷预防", "五、通报和黄牌警告制度(10分)", "六、计划生育协会工作(10分)"]],
    // 5 numbered lines all with points: fewer than six
    ["five lines, all with points", ["一、人口出生率(10分)", "二、投入指标(30分)", "(一)计划生育事业费(乡镇10分、农场15分)", "三、符合政策生育率(10分)", "四、通报制度(10分)"]],
  ])("counter-shape, %s: no rubric read", (_, lines) => {
    // (no item read, nothing flagged; since fam46 the outline's family is named from its evidence — a 考核办法's headings
    // stating points — the family only, families/evidence-fallback.ts, confidence 0.5)
    const r = review(outline(lines));
    expect(r.model.indicators).toEqual([]);
    expect(r.findings).toEqual([]);
  });

  test("an outline ending on a full stop is not cut", () => {
    expect(review(outline([...planning.slice(0, 8), "六、计划生育协会工作(10分)。"])).model.truncated).toBe(false);
  });
});

/**
 * awards42: an item's points are the first '(N分' of the bracket closing it, the rest of the bracket its rule (a
 * deduction, a qualifier); a points bracket followed by a bracket of its rule still closes the line with its points; a
 * garble that ate the opening bracket leaves a lost character before '5分)'. A qualifier leaving units out ('金平、龙湖区
 * 不列入') makes its block's items alternatives by unit (no sum to check), and sub-lines each stating the line's own points
 * in their text ('潮南区…2分,…3分', '潮阳区…5分') are its cases, not items.
 */
describe("points before a deduction bracket or a qualifier (awards42)", () => {
  /** 殡葬 细则: 1. 5 = 2 + 1 + 2; 2. 60 over (1) `first`, (2) 25, (3) 5 */
  const funeral = (first: string) =>
    col([
      "XX镇深化殡葬改革目标管理考核细则",
      "二、考核内容及评分标准(100分制)",
      "1.组织宣传(5分)",
      "(1)有殡葬管理协调领导小组和专职工作人员。(2分)",
      "(2)有本村殡葬改革工作实施方案(1分)",
      "(3)有效开展殡葬改革宣传(2分)",
      "2.散埋乱葬整治(60分)",
      first,
      "(2)对辖区内道路边可视范围内的所有坟头进行平迁(25分,发现一座扣一分)。",
      "(3)已平迁的坟地及时复耕或植树绿化?5分)",
    ]);
  test.each([
    // the points at the head of the bracket, the deduction after them: 30 + 25 + 5 = 60
    ["(1)在4月30日前平毁高铁沿线所有坚固性坟头(30分,发现一座扣一分)。", 30, []],
    // a slip: 35 + 25 + 5 = 65 against 2.'s 60
    ["(1)在4月30日前平毁高铁沿线所有坚固性坟头(35分,发现一座扣一分)。", 35, ["error A7"]],
    // the points bracket, then the deduction's own bracket
    ["(1)在4月30日前平毁高铁沿线所有坚固性坟头(30分)(每发现一座扣1分);", 30, []],
    // the opening bracket lost to a garble, a lost character in its place, the deduction's bracket after it
    ["(1)在4月30日前平毁高铁沿线所有坚固性坟头?30分)(每发现一座扣1分);", 30, []],
    // counter-shapes: a deduction bracket alone is no points (and 2. is not checked over an item of none); a range is none
    ["(1)在4月30日前平毁高铁沿线所有坚固性坟头(每发现一座扣1分)。", null, []],
    ["(1)在4月30日前平毁高铁沿线所有坚固性坟头(0-30分,发现一座扣一分)。", null, []],
  ])("%s: weight %p, %j", (first, weight, expected) => {
    const r = review(funeral(first));
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.find((i) => i.row === 8)?.weight ?? null).toBe(weight);
    // (the line whose bracket the garble opened: 5)
    expect(r.model.indicators.find((i) => i.row === 10)?.weight).toBe(5);
    expect(found(funeral(first), "weight-sum-mismatch")).toEqual(expected);
  });

  /** 汕头: (一) 16 = 8 + `second`; (二) 7 over 1、 `task` (its cases under it), 2、 5 for the districts 1、 leaves out, 3、 2 */
  const shantou = (task: string, second = "2、确保已清理的旧坟不再裸露坟头或出现新坟(8分)(每发现1宗扣1分)。", share = "(2)潮阳区镇级骨灰楼5分(未完成投入使用1个扣1分);") =>
    col([
      "汕头市殡葬管理目标责任制考核办法",
      "二、考核内容及评分标准(100分制)",
      "(一)清坟工作目标(16分)",
      "1、查漏补缺、消灭死角,全面完成旧坟的清理(8分)(每发现未清理一宗扣1分);",
      second,
      "(二)殡仪馆、骨灰楼建设(7分)",
      task,
      "(1)潮南区火葬场2分,镇级骨灰楼3分(未完成投入使用1个扣1分);",
      share,
      "(3)澄海区火葬场首期工程、南澳县火葬场场道5分。",
      "2、金平、龙湖区规范辖区内陵园、骨灰楼的管理与服务(5分)(不按规定超时停尸,每发现一宗扣1分)。",
      "3、重视支持殡葬设施建设,上级资助经费安排落实到位(2分)。",
    ]);
  const QUALIFIED = "1、完成年度殡仪馆、骨灰楼建设任务计划(5分,金平、龙湖区不列入)。";

  test("read as an indicator system: 1、 is one item of 5 (its sub-lines each the 5 of a district), (二) 7 = 5 + 2 for every district, no sum of 12", () => {
    const r = review(shantou(QUALIFIED));
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([
      [4, 8],
      [5, 8],
      [7, 5],
      [11, 5],
      [12, 2],
    ]);
    expect(found(shantou(QUALIFIED), "weight-sum-mismatch")).toEqual([]);
  });

  test.each([
    // (一)'s slip is still found through the deduction brackets: 8 + 9 = 17 against 16
    ["a slip in (一)", ["error A3"], shantou(QUALIFIED, "2、确保已清理的旧坟不再裸露坟头或出现新坟(9分)(每发现1宗扣1分)。")],
    // counter-shape: no qualifier leaving districts out — 5 + 5 + 2 = 12 against (二)'s 7 is a sum, and it breaks
    ["no qualifier", ["error A6"], shantou("1、完成年度殡仪馆、骨灰楼建设任务计划(5分)。")],
  ])("%s: %j", (_what, expected, g) => {
    expect(found(g, "weight-sum-mismatch")).toEqual(expected);
  });

  test("counter-shape: sub-lines that do not each state the line's points (5, 3, 5) are no cases of it — 1、 heads them", () => {
    const r = review(shantou(QUALIFIED, undefined, "(2)潮阳区镇级骨灰楼3分(未完成投入使用1个扣1分);"));
    expect(r.model.indicators.some((i) => i.row === 7)).toBe(false);
    expect(r.model.indicators.some((i) => i.row === 8)).toBe(true);
  });
});
