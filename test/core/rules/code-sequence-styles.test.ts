import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";
import { chineseNumber, chineseNumeral, labelCode } from "../../../src/core/text/codes";

/**
 * Numbering in every style a published sheet uses, checked within its parent: an indicator table whose
 * 一级 / 二级 / 三级 labels carry the codes (unmerged, as many sheets are pasted), every leaf 10 分.
 */
function table(rows: [string, string, string][], title = "项目支出绩效评价指标体系"): Grid {
  return Grid.fromValues("指标", [
    [title],
    ["一级指标", "二级指标", "三级指标", "分值", "得分"],
    ...rows.map(([a, b, c]) => [a, b, c, 10, 10]),
    ["合计", null, null, rows.length * 10, rows.length * 10],
  ]);
}

/** Leaves named by `names` under one 一级 / 二级 pair: leaf i is in row 3 + i, column C. */
const leaves = (names: string[], l1 = "投入", l2 = "项目立项"): [string, string, string][] => names.map((n) => [l1, l2, n]);

function codeFindings(g: Grid) {
  return review(g, "national").findings.filter((f) => f.rule === "code-sequence");
}

describe("labelCode reads the numbering a label starts with", () => {
  test.each([
    ["一、项目决策", "cn-dun", 1, "一、"],
    ["十二、其他", "cn-dun", 12, "十二、"],
    ["三、资金使用情况调查(户)", "cn-dun", 3, "三、"],
    ["（二）过程管理", "cn-paren", 2, "(二)"],
    ["3.绩效目标合理性", "ar-dot", 3, "3."],
    ["２．资金到位率", "ar-dot", 2, "2."],
    ["4、制度执行有效性", "ar-dun", 4, "4、"],
    ["(5)质量达标率", "ar-paren", 5, "(5)"],
    ["6)时效", "ar-rparen", 6, "6)"],
    ["③群众满意度", "circled", 3, "③"],
    ["指标2:培训人次", "zhibiao", 2, "指标2"],
    ["指标三：培训人次", "zhibiao-cn", 3, "指标三:"],
    ["1.2立项程序规范性", "dotted", 2, "1.2"],
    ["1.3.档案管理", "dotted", 3, "1.3"],
    ["2-3资金到位率", "dashed", 3, "2-3"],
    ["4 制度执行有效性", "ar-space", 4, "4"],
  ])("%p → %s %d", (label, style, n, text) => {
    expect(labelCode(label)).toMatchObject({ style, n, text });
  });
  test.each(["1.5万元", "2.5个百分点", "(20)", "(10分)", "1、持续性项目 □ 2、新增性项目 □", "2023年", "产出指标", "C11重点项目", "3.2%", "一级指标", "1-6月执行数", "2-3人", "2023 年预算数", "指标一致性"])(
    "%p is not a numbered label",
    (label) => {
      expect(labelCode(label)).toBeNull();
    },
  );
  test("Chinese numerals both ways", () => {
    expect([1, 9, 10, 11, 20, 23, 99].map(chineseNumeral)).toEqual(["一", "九", "十", "十一", "二十", "二十三", "九十九"]);
    expect(["一", "十", "十一", "二十", "二十三", "九十九"].map(chineseNumber)).toEqual([1, 10, 11, 20, 23, 99]);
  });
});

/** [style, the labels in order, the leaf index that is wrong, what it should read] */
const STYLES: [string, string[], number, string][] = [
  ["1. 2.", ["1.立项依据充分性", "2.立项程序规范性", "4.绩效目标合理性"], 2, "3."],
  ["1、2、", ["1、资金到位率", "2、预算执行率", "2、资金使用合规性"], 2, "3、"],
  ["(1)(2)", ["(1)培训人次", "(3)培训天数", "(3)结业人数"], 1, "(2)"],
  ["①②", ["①覆盖人数", "②覆盖村数", "④覆盖户数"], 2, "③"],
  ["指标1 指标2", ["指标1:完成率", "指标2:合格率", "指标2:及时率"], 2, "指标3"],
  ["1.1 1.2", ["1.1组织机构", "1.2管理制度", "1.4档案管理"], 2, "1.3"],
  ["(一)(二)", ["（一）项目立项", "（二）绩效目标", "（四）资金投入"], 2, "(三)"],
  ["1.1. 1.2.", ["1.1.组织机构", "1.2.管理制度", "1.2.档案管理"], 2, "1.3"],
  ["1-1 1-2", ["1-1组织机构", "1-2管理制度", "1-4档案管理"], 2, "1-3"],
  ["1 2 (a space after the number)", ["1 资金到位率", "2 预算执行率", "2 资金使用合规性"], 2, "3"],
  ["指标一 指标二", ["指标一：完成率", "指标二：合格率", "指标四：及时率"], 2, "指标三"],
  ["1) 2)", ["1)资金到位率", "3)预算执行率", "3)资金使用合规性"], 1, "2)"],
];

describe("letter codes A11 A12 under 一级 / 二级 labels that carry no code", () => {
  test("A11 A12 A13: no finding; A11 A12 A12: a finding at the second A12, saying A13", () => {
    expect(codeFindings(table(leaves(["A11立项依据", "A12立项程序", "A13绩效目标"])))).toEqual([]);
    const f = codeFindings(table(leaves(["A11立项依据", "A12立项程序", "A12绩效目标"])));
    expect(f.map((x) => [x.cell, x.related])).toEqual([["C5", ["C4"]]]);
    expect([f[0].messageId, f[0].data]).toEqual(["indicatorCode", expect.objectContaining({ code: "A12", expected: "A13" })]);
  });
  test("a new prefix starts a new run: A11 A12 A21 A22 is in order", () => {
    expect(codeFindings(table([...leaves(["A11甲", "A12乙"]), ...leaves(["A21丙", "A22丁"], "投入", "资金落实")]))).toEqual([]);
  });
  test("二级 labels A1 A2 A2 under an uncoded 一级: a finding at the second A2", () => {
    const rows: [string, string, string][] = [
      ["投入", "A1项目立项", "立项依据"],
      ["投入", "A2绩效目标", "目标明确性"],
      ["投入", "A2资金投入", "资金到位率"],
    ];
    expect(codeFindings(table(rows)).map((x) => x.cell)).toEqual(["B5"]);
  });
});

describe.each(STYLES)("numbering %s", (_style, labels, wrong, should) => {
  test("in order: no finding", () => {
    const fixed = labels.map((l, i) => (i === wrong ? l.normalize("NFKC").replace(labelCode(l)!.text, should) : l));
    expect(codeFindings(table(leaves(fixed)))).toEqual([]);
  });
  test(`a skipped or repeated number is a finding at its label, saying it should be ${should}`, () => {
    const f = codeFindings(table(leaves(labels)));
    expect(f.map((x) => x.cell)).toEqual([`C${3 + wrong}`]);
    expect(f[0].severity).toBe("error");
    expect(f[0].message).toContain(`应为「${should}」`);
  });
});

describe("parents and runs", () => {
  test("一、二、四、 in the 一级 column (code fused with the name): one finding at the 四", () => {
    const rows: [string, string, string][] = [
      ["一、项目决策", "项目立项", "立项依据充分性"],
      ["二、项目过程", "资金管理", "资金到位率"],
      ["四、资金使用情况调查(户)", "产出数量", "调查户数"],
      ["五、项目效益", "社会效益", "群众满意度"],
    ];
    const f = codeFindings(table(rows));
    expect(f.map((x) => [x.cell, x.message])).toEqual([["A5", "编号「四、」应为「三、」（前一项 二、，后一项 五、）"]]);
  });

  test("a new parent restarts the count: (一)(二) under 一、 and again under 二、", () => {
    const rows: [string, string, string][] = [
      ["一、决策", "(一)项目立项", "立项依据"],
      ["一、决策", "(二)绩效目标", "目标明确性"],
      ["二、过程", "(一)资金管理", "资金到位率"],
      ["二、过程", "(二)组织实施", "制度执行"],
      ["二、过程", "(三)组织实施2", "档案管理"],
    ];
    expect(codeFindings(table(rows))).toEqual([]);
  });

  test("a repeated number under a new parent is still a finding: (一)(一) under 二、", () => {
    const rows: [string, string, string][] = [
      ["一、决策", "(一)项目立项", "立项依据"],
      ["二、过程", "(一)资金管理", "资金到位率"],
      ["二、过程", "(一)组织实施", "制度执行"],
      ["二、过程", "(二)质量管理", "档案管理"],
    ];
    const f = codeFindings(table(rows));
    expect(f.map((x) => [x.cell, x.related])).toEqual([["B5", ["B4"]]]);
    expect(f[0].message).toContain("重复，应为「(二)」");
  });

  test("numbering that starts again at 1 under a parent the sheet does not mark is not a finding", () => {
    expect(codeFindings(table([...leaves(["1.甲", "2.乙", "3.丙"]), ...leaves(["1.丁", "2.戊"], "产出", "产出数量")]))).toEqual([]);
  });

  test("a table cut off after 3. (its last code) has no gap; one that starts at 3. is not judged on its start", () => {
    expect(codeFindings(table(leaves(["1.甲", "2.乙", "3.丙"])))).toEqual([]);
    expect(codeFindings(table(leaves(["3.丙", "4.丁", "5.戊"])))).toEqual([]);
  });

  test("the 1 where a 4 belongs (seed 002's C1 for C15, in the 1. style)", () => {
    const f = codeFindings(table(leaves(["1.甲", "2.乙", "3.丙", "1.丁", "5.戊"])));
    expect(f.map((x) => [x.cell, x.message])).toEqual([["C6", "编号「1.」重复，应为「4.」（前一项 3.，后一项 5.）"]]);
    expect([f[0].messageId, f[0].data]).toEqual(["numberRepeated", expect.objectContaining({ code: "1.", expected: "4.", prev: "3.", next: "5." })]);
  });

  test("section numbers of the blocks above the table count too (一、项目基本概况 … 三、)", () => {
    const g = Grid.fromValues("自评报告", [
      ["财政支出项目绩效评价自评报告"],
      ["一、项目基本概况"],
      ["项目名称", "农村公路养护"],
      ["三、项目支出明细情况"],
      ["支出内容", "会计凭证号", "金额"],
      ["路面修补", "记-12", 60],
      ["三、项目绩效指标"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "养护里程", "≥120公里", 125, 100, 100],
    ]);
    const f = codeFindings(g);
    expect(f.map((x) => x.cell)).toEqual(["A4"]);
    expect(f[0].message).toContain("应为「二、」");
  });
});

describe("a 序号 column", () => {
  const serialTable = (serials: (number | string)[]) =>
    Grid.fromValues("评分表", [
      ["项目绩效评价评分表"],
      ["序号", "评价内容", "评分标准", "分值", "得分"],
      ...serials.map((n, i) => [n, `内容${i + 1}`, "按完成比例计分", 10, 10]),
      ["合计", null, null, serials.length * 10, serials.length * 10],
    ]);

  test.each([
    ["1 2 3 4", [1, 2, 3, 4]],
    ["digits as text", ["1", "2", "3"]],
    ["numbering again from 1 (a second part)", [1, 2, 1, 2]],
  ])("%s: no finding", (_n, serials) => {
    expect(codeFindings(serialTable(serials))).toEqual([]);
  });

  test.each([
    ["a skipped 3: 1 2 4 5", [1, 2, 4, 5], "A5", "应为「3」"],
    ["a repeated 2: 1 2 2 4", [1, 2, 2, 4], "A5", "重复，应为「3」"],
  ])("%s: a finding at the wrong number", (_n, serials, cell, text) => {
    const f = codeFindings(serialTable(serials));
    expect(f.map((x) => x.cell)).toEqual([cell]);
    expect(f[0].message).toContain(text);
  });
});

describe("an indicator row whose name cell is empty still takes its number", () => {
  test("指标1, 指标2, two unnamed leaves, 指标5: no finding; 指标1, 指标2, one unnamed leaf, 指标5: 指标5 (C6) should be 指标4", () => {
    const named = (n: string | null): [string, string, string] => ["产出指标", "数量指标", n as string];
    expect(codeFindings(table([named("指标1:档案"), named("指标2:资料"), named(null), named(null), named("指标5:讲座")]))).toEqual([]);
    const one = codeFindings(table([named("指标1:档案"), named("指标2:资料"), named(null), named("指标5:讲座")]));
    expect(one.map((f) => [f.cell, f.data?.expected])).toEqual([["C6", "指标4"]]);
  });
});
