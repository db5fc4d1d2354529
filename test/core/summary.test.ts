import ExcelJS from "exceljs";
import { review } from "../../src/core/review";
import { buildSummaryWorkbook, findingRows, profileWords, sheetIdentity, sheetLabel, SummaryFileInput, summaryRows, summarySheetInput, summarySheetInputs, summaryStats, totalNote } from "../../src/core/summary";
import { Grid } from "../../src/core/grid/grid";
import { twoStackedForms } from "../helpers/stacked-forms";
import { corpusGrid } from "../helpers";

async function corpusFile(id: string): Promise<SummaryFileInput> {
  const g = await corpusGrid(id);
  return { file: `${id}.xlsx`, error: null, sheets: [summarySheetInput(g, review(g))] };
}

describe("project name and unit read from the sheet's label cells", () => {
  test.each([
    // 实施单位 wins over 主管部门 (永德县教育体育局)
    ["011", "义务教育营养改善计划专项资金", "永德县明朗中学"],
    // a leading budget code "219001-" is not part of the unit's name
    ["005", "委托业务项目", "池州市贵池区棠溪镇人民政府"],
    // 主管部门 left empty: its neighbour is the next label, not a value
    ["015", "水旱灾害防御经费", "天长市水利局"],
    // 实施单位 (盖章); the project code "51000021R000000019951-" dropped
    ["002", "工资性支出", "青神县发展和改革局"],
    // 部门(单位)名称; no project name on a department sheet
    ["045", null, "绥阳县太白镇人民政府"],
    // "单位:元" is the money unit, 专项名称 the project; 县级主管部门 before 市级
    ["032", "普惠金融发展专项资金", "汉阴县人力资源和社会保障局"],
  ])("%s: %s / %s", async (id, project, unit) => {
    expect(sheetIdentity(await corpusGrid(id))).toEqual({ projectName: project, unit });
  });
});

describe("summary rows", () => {
  test("011: self-score 96, re-check 99.8, 差额 +3.8; findings counted by severity", async () => {
    const [r] = summaryRows([await corpusFile("011")]);
    expect(r).toMatchObject({ file: "011.xlsx", family: "project-self-eval", claimed: 96, computed: 99.8, diff: 3.8, claimedGrade: "优", computedGrade: "优", weightTotal: 100, partial: false, impossible: false });
    // the two self-deductions (I16 7 of 10, I19 9 of 9.8) rest on the assumed national formula: info, not warnings
    expect([r.errors, r.warnings, r.infos]).toEqual([2, 0, 3]);
  });

  test("012: a re-check of 110 against a stated total weight of 100 is impossible", async () => {
    const [r] = summaryRows([await corpusFile("012")]);
    expect(r).toMatchObject({ claimed: 100, computed: 110, diff: 10, weightTotal: 100, impossible: true, errors: 4 });
  });

  test("005: a truncated table's re-check (80) is partial", async () => {
    const [r] = summaryRows([await corpusFile("005")]);
    expect(r).toMatchObject({ claimed: null, computed: 80, diff: null, partial: true, weightTotal: null });
  });

  test("032: a target declaration without scores gets no note on its total, though its table is cut off", async () => {
    const [r] = summaryRows([await corpusFile("032")]);
    expect(r).toMatchObject({ claimed: null, computed: null, partial: true });
    expect(totalNote(r)).toBeNull();
    const [p] = summaryRows([await corpusFile("005")]);
    expect(totalNote(p)).toBe("部分（表格不完整，复核分只含可见部分）");
  });

  test("the profile in the statistics sheet in words: automatic, a built-in profile's name, a custom one as given", () => {
    expect(profileWords("auto")).toBe("自动（按各表中写明的地区选择）");
    expect(profileWords("auto", "en")).toBe("automatic (by the region each sheet names)");
    expect(profileWords("national")).toBe("全国通用（财预〔2020〕10号口径）");
    expect(profileWords("my-city.json")).toBe("my-city.json");
  });

  test("an unreadable file is one row with its error; an unknown sheet is no row", () => {
    const rows = summaryRows([
      { file: "bad.xlsx", error: { code: "not-xlsx", message: "不是 xlsx" }, sheets: [] },
      { file: "x.xlsx", error: null, sheets: [{ sheet: "说明", family: "unknown", total: { claimed: null, computed: null }, grade: { claimed: null, computed: null }, findings: [], facts: { projectName: null, unit: null, weightTotal: null, partial: false } }] },
    ]);
    expect(rows.map((r) => [r.file, r.readError])).toEqual([["bad.xlsx", "不是 xlsx"]]); // the message a reviewer reads; the code stays in the JSON
  });
});

describe("summary statistics", () => {
  test("averages only complete, possible totals: 001 100/100, 011 96/99.8, 015 100/100 (012's 110 and 005's partial 80 kept out)", async () => {
    const files = await Promise.all(["001", "005", "011", "012", "015"].map(corpusFile));
    const rows = summaryRows(files);
    const s = summaryStats(rows, findingRows(files));
    expect(s.sheets).toBe(5);
    expect(s.averaged).toBe(3);
    expect(s.averageClaimed).toBe(98.67); // (100 + 96 + 100) / 3
    expect(s.averageComputed).toBe(99.93); // (100 + 99.8 + 100) / 3
    expect(s.averageDiff).toBe(1.27); // (0 + 3.8 + 0) / 3
    expect(s.partial).toBe(1);
    expect(s.impossible).toBe(1);
    expect(s.computedGrades).toEqual([
      { grade: "优", count: 3 },
      { grade: "良", count: 0 },
      { grade: "中", count: 0 },
      { grade: "差", count: 0 },
    ]);
    expect(s.claimedGrades.find((g) => g.grade === "优")!.count).toBe(1); // only 011 states its grade
  });

  test("findings per rule carry the rule's Chinese title; per unit", async () => {
    const files = [await corpusFile("012"), await corpusFile("015")];
    const s = summaryStats(summaryRows(files), findingRows(files));
    expect(s.perRule.find((r) => r.rule === "weight-sum-mismatch")).toEqual({ rule: "weight-sum-mismatch", title: "分值合计不符", errors: 3, warnings: 0, infos: 0, sheets: 1 });
    expect(s.perRule.find((r) => r.rule === "total-mismatch")).toMatchObject({ title: "合计与明细不符", errors: 1 });
    expect(s.perUnit).toEqual([
      { unit: "中江县水利局", sheets: 1, averageClaimed: null, averageComputed: null, errors: 4, warnings: 0 },
      { unit: "天长市水利局", sheets: 1, averageClaimed: 100, averageComputed: 100, errors: 0, warnings: 0 },
    ]);
  });
});

describe("the summary workbook", () => {
  test("汇总 with a frozen, filtered header in Chinese; 问题清单 with the rule id last; 统计 with a header row", async () => {
    const files = await Promise.all(["011", "012", "005"].map(corpusFile));
    const bytes = await buildSummaryWorkbook(files, { profile: "national" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题清单", "统计"]);

    const sum = wb.getWorksheet("汇总")!;
    expect(sum.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sum.autoFilter).toBeTruthy();
    const head = (sum.getRow(1).values as unknown[]).slice(1);
    expect(head.slice(0, 9)).toEqual(["文件", "工作表", "单位", "项目名称", "表格类型", "自评分", "复核分", "差额", "总分说明"]);
    const row = (n: number) => (sum.getRow(n).values as unknown[]).slice(1);
    expect(row(2).slice(0, 8)).toEqual(["011.xlsx", files[0].sheets[0].sheet, "永德县明朗中学", "义务教育营养改善计划专项资金", "项目支出绩效自评表", 96, 99.8, 3.8]);
    expect(String(row(3)[8])).toBe("超出总分值 100，不计入平均");
    expect(String(row(4)[8])).toMatch(/^部分/);

    const list = wb.getWorksheet("问题清单")!;
    const lhead = (list.getRow(1).values as unknown[]).slice(1);
    expect(lhead).toEqual(["文件", "工作表", "单元格", "级别", "问题", "说明", "规则编号"]);
    const first012 = (list.getColumn(1).values as unknown[]).indexOf("012.xlsx");
    const lrow = (list.getRow(first012).values as unknown[]).slice(1);
    expect(lrow[3]).toBe("错误");
    expect(lrow[4]).toBe("分值合计不符");
    expect(lrow[6]).toBe("weight-sum-mismatch");
    expect(list.rowCount - 1).toBe(files.reduce((n, f) => n + f.sheets[0].findings.length, 0));

    const st = wb.getWorksheet("统计")!;
    expect((st.getRow(1).values as unknown[]).slice(1)).toEqual(["项目", "数值", "说明"]);
    const at = (label: string) => st.getRow((st.getColumn(1).values as unknown[]).indexOf(label)).getCell(2).value;
    expect(at("平均自评分")).toBe(96); // 011 only: 012 is impossible, 005 partial
    expect(at("平均复核分")).toBe(99.8);
    expect(at("部分表格（不计入平均）")).toBe(1);
    expect(at("总分超出分值（不计入平均）")).toBe(1);
    expect(at("复核等级「优」")).toBe(1);
  });

  test("English labels under lang en", async () => {
    const bytes = await buildSummaryWorkbook([await corpusFile("011")], { profile: "national", lang: "en" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "Findings", "Statistics"]);
    expect(wb.getWorksheet("Summary")!.getRow(2).getCell(5).value).toBe("Project self-evaluation");
  });
});

describe("a sheet of two stacked forms (test/helpers/stacked-forms.ts): a summary row per form", () => {
  // the second form's 带动就业人数 stated 33 for a weight of 30 (G18): its errors are the second form's
  const rows = twoStackedForms();
  rows[17][6] = 33;
  const g = Grid.fromValues("自评表", rows);
  const r = review(g);

  test("each form's project, totals, grade, rows and the findings on its rows", () => {
    const inputs = summarySheetInputs(g, r);
    expect(inputs.map((x) => [x.sheet, x.rows, x.facts.projectName, x.total.computed, x.grade.computed, x.findings.length])).toEqual([
      ["自评表", { from: 1, to: 11 }, "甲项目", 96, "优", r.findings.filter((f) => Number(/\d+/.exec(f.cell)![0]) <= 11).length],
      ["自评表", { from: 12, to: 21 }, "乙项目", 8 + 24 + 30 + 28.33, "优", r.findings.filter((f) => Number(/\d+/.exec(f.cell)![0]) >= 12).length],
    ]);
    // every finding of the sheet in exactly one form's input
    expect(r.findings.map((f) => inputs.filter((x) => x.findings.includes(f)).length)).toEqual(r.findings.map(() => 1));
    expect(inputs[1].findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`)).toContain("score-exceeds-weight@G18");
    expect(inputs[0].findings.some((f) => f.cell === "G18")).toBe(false);
    const sum = summaryRows([{ file: "s.xlsx", error: null, sheets: inputs }]);
    expect(sum.map((x) => [x.projectName, x.computed, x.rows, sheetLabel(x, "zh"), sheetLabel(x, "en")])).toEqual([
      ["甲项目", 96, { from: 1, to: 11 }, "自评表（第 1–11 行）", "自评表 (rows 1–11)"],
      ["乙项目", 90.33, { from: 12, to: 21 }, "自评表（第 12–21 行）", "自评表 (rows 12–21)"],
    ]);
  });

  test("a sheet of one form: one input, as summarySheetInput gives it", () => {
    const one = Grid.fromValues("自评表", rows.slice(0, 10));
    expect(summarySheetInputs(one, review(one))).toEqual([summarySheetInput(one, review(one))]);
  });
});
