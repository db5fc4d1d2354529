import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { rubricAwards } from "../../src/core/text/labels";

/**
 * A rubric's numbered clauses are its items whatever closes them: ';', '。' or the line break before the next number
 * (batch 29: the 2010 乡镇安全生产 细则's "1、…,計4分。↵2、…,計1分。", 农村综合改革's "1.…,3分↵2.…,2分;↵3.…,2分。").
 */
describe("numbered rubric clauses closed by '。' or a line break are summed as those closed by ';'", () => {
  const cases: [string, string, number[] | null][] = [
    ["closed by '。'", "1、成立领导机构和工作机构,做到有牌子、有机构,计4分。\n2、建立社会化监管网络,落实工作经费,计1分。", [4, 1]],
    ["closed by '。' on one line", "1、成立领导机构,计4分。2、落实工作经费,计1分。", [4, 1]],
    ["the first closed by the line break alone", "1.试点工作纳入政府工作重点,3分\n2.出台了相关政策,2分;\n3.经费纳入财政预算,2分。", [3, 2, 2]],
    ["closed by line breaks alone", "1.制度健全得2分\n2.执行到位得3分", [2, 3]],
    ["traditional characters", "1、成立安全生產領導機構,計4分。\n2、建立社會化監管網路,計1分。", [4, 1]],
    ["closed by ';' (as before)", "印制宣传手册,得1分;举办培训,得1分;发放资料得1分。", [1, 1, 1]],
    ["a list whose every part ends with its points (英德)", "镇(街)残联机构健全2分,有办公场地1分,有办公设备1分,有专职工作人员1人以上1分,残疾人专职委员1人以上1分。", [2, 1, 1, 1, 1]],
    ["a list of two parts", "残疾人工作年初有计划1分,年终有总结1分。", [1, 1]],
    // batch 34 (粮食 得分表): the item's own heading closed by '。' before its clauses; 最高 naming a thing, not a cap; a
    // frequency with its threshold (每年…不少于10篇的), not a per-occurrence award
    ["a heading closed by '。' before the clauses", "5.严格规范粮食从业行为。组织开展收购资格许可证的审核的,计2分;落实粮食经营者最低和最高库存量核查的,计2分;建立粮食经营者档案信息的,计1分", [2, 2, 1]],
    ["每年 with its threshold", "组织业务培训,计2分;每年统计分析材料不少于10篇的,计2分;建立台账,计2分。", [2, 2, 2]],
    // not items
    ["a cap: 最高 before a number", "组织业务培训,计2分;开展专项检查,最高得3分。", null],
    ["a per-occurrence award", "组织业务培训,计2分;每月按时报送的得1分。", null],
    ["a heading and one award", "严格规范从业行为。组织开展审核的,计2分", null],
    ["tiers of one criterion, falling", "全部完成5分,部分完成3分,未完成0分", null],
    ["grades, falling", "优秀10分,良好8分", null],
    ["a list part without points", "有计划1分,按时上报", null],
    ["sentences without numbers: an award and its otherwise", "按要求制定方案得10分。未制定不得分。", null],
    ["a numbered clause that deducts", "1、成立领导机构,计4分。\n2、未落实经费扣1分。", null],
    ["a cut rubric: its last clause has no points", "1.构建标准体系结构图,3分;\n2.制定标准明细表,6分;\n3.标准体系体现试点", null],
    ["one numbered clause", "1、成立领导机构,计4分。", null],
    ["a line wrapped inside a clause, not numbered", "成立领导机构,计4分。\n落实工作经费,计1分。", null],
  ];
  test.each(cases)("%s", (_, text, points) => {
    expect(rubricAwards(text)?.points ?? null).toEqual(points);
  });
});

describe("the hint on a rule sheet whose weight differs from its clauses' awards", () => {
  const sheet = (weight: number, rule: string) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["农村综合改革标准化试点项目目标考核表", "", "", "", "", ""],
        ["项目", "考核点", "分值", "评分标准", "得分", "备注"],
        ["一、基础工作", "1.保障措施", weight, rule, "", ""],
        ["", "2.组织机构建设", 4, "1.机构成立、制度文件齐全,2分;\n2.人员职责明确,2分。", "", ""],
      ],
      [],
    );
  const hints = (weight: number, rule: string) =>
    review(sheet(weight, rule), "national").findings.filter((f) => f.rule === "rubric-points-mismatch").map((f) => [f.cell, f.data]);

  test("3 + 2 + 2 = 7 under 分值 8: one hint at the rule, 7 against 8", () => {
    const h = review(sheet(8, "1.纳入政府工作重点,3分\n2.出台相关政策,2分;\n3.经费纳入预算,2分。"), "national").findings.filter(
      (f) => f.rule === "rubric-points-mismatch",
    );
    expect(h.map((f) => f.cell)).toEqual(["D3"]);
    expect(h[0].data).toMatchObject({ sum: 7, weight: 8 });
  });
  test("4 + 1 = 5 under 分值 6 ('。' and line breaks): one hint, 5 against 6", () => {
    const h = review(sheet(6, "1、成立领导机构,计4分。\n2、落实工作经费,计1分。"), "national").findings.filter((f) => f.rule === "rubric-points-mismatch");
    expect(h.map((f) => f.cell)).toEqual(["D3"]);
    expect(h[0].data).toMatchObject({ sum: 5, weight: 6 });
  });
  test("the same clauses under their own sum: silent", () => {
    expect(hints(7, "1.纳入政府工作重点,3分\n2.出台相关政策,2分;\n3.经费纳入预算,2分。")).toEqual([]);
    expect(hints(5, "1、成立领导机构,计4分。\n2、落实工作经费,计1分。")).toEqual([]);
  });
});

describe("an item's own text awarding in clauses, with no rule column (batch 34: 粮食 考核得分表)", () => {
  const sheet = (weight: number, text: string) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["粮食质量效益提升年活动考核得分表", "", "", ""],
        ["考核指标", "分值", "自评分", "得分"],
        ["一、粮食购销", 50, "", ""],
        ["1.完成省局下达的收购任务,入库粮食符合国家质量标准。", 44, "", ""],
        [text, weight, "", ""],
      ],
      [],
    );
  const hints = (weight: number, text: string) =>
    review(sheet(weight, text), "national").findings.filter((f) => f.rule === "rubric-points-mismatch").map((f) => [f.cell, f.data?.sum, f.data?.weight]);
  const own = "2.严格规范粮食从业行为。组织开展收购资格许可证审核的,计2分;落实库存量核查的,计2分;建立经营者档案信息的,计1分";

  test("2 + 2 + 1 = 5 against 6: a hint at the item's text", () => {
    expect(hints(6, own)).toEqual([["A5", 5, 6]]);
  });
  test("the same text under 分值 5: silent", () => {
    expect(hints(5, own)).toEqual([]);
  });
  test("a plain requirement with one award: silent", () => {
    expect(hints(6, "2.规范从业行为,按要求完成的计2分")).toEqual([]);
  });
});
