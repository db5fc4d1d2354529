import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * dev58 (session 58; test/fixtures/real/dev58-s58-diagnosis.md). Every figure below is a hand sum.
 */
type Row = (string | number)[];
const model = (rows: Row[]) => {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array(width - r.length).fill("")]);
  // (a paragraph, one text alone on its line, merged across the width as a page's paragraph is)
  const merges = rows.flatMap((r, i) => (r.length === 1 && width > 1 ? [`A${i + 1}:${String.fromCharCode(64 + width)}${i + 1}`] : []));
  return review(Grid.fromValues("Sheet1", values, merges), "national").model;
};
const total = (rows: Row[]) => {
  const t = model(rows).totals?.score;
  return t ? `${t.cell} ${t.value}` : null;
};

describe("a document's tables, each the detail of its own paragraph: the first one's 合计 is no total of the sheet (separate-tables.ts)", () => {
  // 厦门 福彩公益金 公告: 4239.66 = 3639.66 + 480 + 120 in prose; table 1 ΣC = 1215.29 + 1942.46 + 244.41 = 3402.16, table 2
  // ΣC = 300 + 180 = 480
  const whole = ["2021年度,市财政局安排民政部门市级福利彩票公益金3882.16万元,全部下达分配各区,具体分配使用情况如下:"];
  const first = (t = "3402.16"): Row[] => [
    ["一、社会资本举办养老服务机构财政扶持资金" + t + "万元。对养老服务机构给予床位建设补贴等补贴。"],
    ["序号", "辖区", "补助资金(万元)"],
    [1, "思明区", 1215.29],
    [2, "湖里区", 1942.46],
    [3, "集美区", 244.41],
    ["合计", "", 3402.16],
  ];
  const second = (para: string): Row[] => [[para], ["序号", "辖区", "补助资金(万元)"], [1, "湖里区", 300], [2, "翔安区", 180], ["合计", "", 480]];
  const TITLE = ["2021年度市级福利彩票公益金分配使用情况的公告"];
  test.each([
    ["two sections, the second's 480 stated in its paragraph", [TITLE, whole, ...first(), ...second("二、农村幸福院建设项目补贴480万元。")]],
    ["the second's paragraph in 元", [TITLE, whole, ...first(), ...second("二、农村幸福院建设项目补贴4800000元。").map((r, i) => (i >= 2 ? [r[0], r[1], typeof r[2] === "number" ? r[2] * 1e4 : r[2]] : r))]],
    ["no prose whole above them", [TITLE, ...first(), ...second("二、农村幸福院建设项目补贴480万元。")]],
    ["the first paragraph states no figure", [TITLE, whole, ...first().map((r, i) => (i === 0 ? ["一、社会资本举办养老服务机构财政扶持资金。"] : r)), ...second("二、农村幸福院建设项目补贴480万元。")]],
  ])("%s: no stated total, the header the first table's", (_n, rows) => {
    const m = model(rows as Row[]);
    expect(m.totals?.score ?? null).toBeNull();
    expect(m.headerRow).toBe(rows.findIndex((r) => r[0] === "序号") + 1);
  });
  test("the tables' sums are still read and checked: a slip in table 1 (1215.29 → 1225.29) flagged at its 合计", () => {
    const rows = [TITLE, whole, ...first().map((r) => (r[2] === 1215.29 ? [r[0], r[1], 1225.29] : r)), ...second("二、农村幸福院建设项目补贴480万元。")];
    const f = review(Grid.fromValues("Sheet1", rows.map((r) => [...r, "", ""].slice(0, 3)), []), "national").findings.filter((x) => x.severity === "error");
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toContain("total-mismatch@C8");
  });
  // counter-shapes: the first table's 合计 stays the sheet's total
  test.each([
    ["one table under its paragraph", [TITLE, whole, ...first()], "C8 3402.16"],
    ["captioned tables, no paragraph stating the next one's total", [["表1 养老服务机构补助分配表"], ...first().slice(1), ["表2 农村幸福院补助分配表"], ...second("").slice(1)], "C6 3402.16"],
    ["the paragraph between states another figure (no table's total)", [TITLE, ...first(), ...second("二、农村幸福院建设项目补贴500万元。")], "C7 3402.16"],
    // (附件1 汇总表: its 分项合计 line holds the detail table's 480 — the summary's total is the sheet's)
    [
      "a summary table whose 合计 line holds the detail table's total",
      [
        ["附件1 补助资金汇总表"],
        ["序号", "辖区", "养老机构补助", "幸福院补助", "金额合计"],
        [1, "思明区", 1215.29, 300, 1515.29],
        [2, "湖里区", 1942.46, 180, 2122.46],
        [3, "集美区", 244.41, 0, 244.41],
        ["分项合计", "", 3402.16, 480, 3882.16],
        ["其中,农村幸福院建设项目补贴480万元,明细如下:"],
        ["序号", "辖区", "项目名称", "", "补助资金(万元)"],
        [1, "思明区", "甲村幸福院", "", 300],
        [2, "湖里区", "乙村幸福院", "", 180],
        ["合计", "", "", "", 480],
      ],
      "E6 3882.16",
    ],
  ])("%s", (_n, rows, want) => expect(total(rows as Row[])).toBe(want));
  test("a score table's 合计 under 得分 is untouched: 30 + 60 = 90 stated in D6", () => {
    const rows: Row[] = [
      ["2021年度某项目支出绩效自评表"],
      ["一级指标", "二级指标", "分值", "得分"],
      ["产出指标", "数量指标", 40, 30],
      ["效益指标", "社会效益", 60, 60],
      ["满意度", "服务对象满意度", 0, 0],
      ["合计", "", 100, 90],
      ["二、下一步计划安排资金480万元。"],
      ["序号", "辖区", "补助资金(万元)"],
      [1, "湖里区", 300],
      [2, "翔安区", 180],
      ["合计", "", 480],
    ];
    const m = model(rows);
    expect(m.totals?.amount ?? false).toBe(false);
    expect(m.totals?.score?.value).toBe(90);
  });
});

describe("a table of contents names the document's parts, not the sheet's tables (contents-lines.ts withoutContents)", () => {
  // 温县殡仪馆 2021 部门预算: '目 录' over its parts and '附件:…部门预算表' over the tables' entries, '十二、项目绩效目标申报表' among them
  const contents: Row[] = [
    ["目 录"],
    ["第一部分 概况"],
    ["一、主要职能"],
    ["二、部门预算单位构成"],
    ["第二部分 某县殡仪馆2021年部门预算情况说明"],
    ["附件:某县殡仪馆2021年度部门预算表"],
    ["一、部门收支总体情况表"],
    ["二、部门收入总体情况表"],
    ["十一、部门单位整体绩效目标"],
    ["十二、项目绩效目标申报表"],
  ];
  const body: Row[] = [
    ["第一部分"],
    ["某县殡仪馆概况"],
    ["一、主要职能"],
    ["负责本行政区内死亡人员遗体的运输,存放及火化业务。"],
    ["第二部分"],
    ["一、收入支出预算总体情况说明"],
    ["某县殡仪馆2021年收入总计239.6万元,支出总计239.6万元。"],
    ["二、支出预算总体情况说明"],
    ["某县殡仪馆2021年支出合计239.6万元,其中:基本支出200.8万元,项目支出38.8万元。"],
  ];
  test("a budget package's contents over its body: no target declaration", () => {
    expect(model([...contents, ...body]).family).not.toBe("target-declaration");
  });
  test("the contents' words make no headings: the same family as the body alone", () => {
    expect(model([...contents, ...body]).family).toBe(model(body).family);
  });
  test.each([
    ["its heading cut away", [...contents.slice(1), ...body]],
    ["the body cut away (the contents alone)", contents],
    ["both (the package's parts alone)", contents.slice(1)],
  ])("the package's parts listed, %s: no target declaration", (_n, rows) => {
    expect(model(rows as Row[]).family).not.toBe("target-declaration");
  });
  test("counter-shape: a title-less declaration's coded fields (a colon after each name) are no list of parts", () => {
    const form: Row[] = [
      ["附件1"],
      ["一、项目名称:殡葬服务"],
      ["二、主管部门:某县民政局"],
      ["三、实施单位:某县殡仪馆"],
      ["四、项目资金:38.8万元"],
      ["五、年度绩效目标:完成火化遗体1200具,群众满意度95%以上"],
    ];
    const without = form.map((r) => [String(r[0]).replace(/^[一二三四五]、/, "")]);
    expect(model(form).family).toBe(model(without).family);
  });
  test("counter-shape: a real target table after the contents (its heading, its head, 一级指标 | … | 指标值 over its lines) is still a declaration", () => {
    const table: Row[] = [
      ["十二、项目绩效目标申报表", "", "", ""],
      ["项目名称", "殡葬服务", "", ""],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "火化遗体数", "≥1200具"],
      ["产出指标", "质量指标", "火化合格率", "100%"],
      ["效益指标", "社会效益指标", "群众满意度", "≥95%"],
    ];
    const m = model([...contents.map((r) => [r[0], "", "", ""]), ...body.slice(0, 4).map((r) => [r[0], "", "", ""]), ...table]);
    expect([m.family, m.headerRow]).toEqual(["target-declaration", contents.length + 4 + 3]);
  });
  test("counter-shape: coded lines under '目录' that the body does not repeat are no contents — they stay the sheet's lines", () => {
    const list: Row[] = [["目录"], ["一、部门收支总体情况表"], ["十二、项目绩效目标申报表"], ["某县殡仪馆2021年收入总计239.6万元。"]];
    expect(model(list).family).toBe(model([["一、部门收支总体情况表"], ["十二、项目绩效目标申报表"], ["某县殡仪馆2021年收入总计239.6万元。"]]).family);
  });
});
