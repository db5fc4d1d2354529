import { Grid } from "../../src/core/grid/grid";
import { parseRange } from "../../src/core/grid/a1";
import { review } from "../../src/core/review";
import { compact, LOST_MARK, mendLostCharacter, normalizeText } from "../../src/core/text/normalize";
import { rubricAwards } from "../../src/core/text/labels";

/**
 * Session 39 (gaps39): the development corpus's open gaps, general fixes.
 */

const errors = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);

/**
 * 1. A pinyin gloss whose opening bracket a mirror lost with the character before it ('項(xiàng)目?jī)?nèi)容' for 項目內容):
 * a "?", a syllable with a tone mark, ")" — a character lost (LOST_MARK, 〓; two such glosses in a row are one character,
 * the gloss of the character before it and its own). A head with one character lost is the head word it can only be:
 * exactly one ideograph of the header vocabulary in its place makes a known head.
 */
describe("a pinyin gloss garbled with its character", () => {
  test.each([
    ["項(xiàng)目?jī)?nèi)容", `项目${LOST_MARK}容`],
    ["分?jǐn)?shù)", `分${LOST_MARK}`],
    // two glosses apart: two marks, the ideograph between them kept as served
    ["總?cè)藬?shù)", `总${LOST_MARK}藬${LOST_MARK}`],
  ])("%s normalises to %s", (raw, want) => {
    expect(normalizeText(raw)).toBe(want);
  });

  test.each([
    ["a gloss after its character (dropped, as before)", "標(biāo)準(zhǔn)分", "标准分"],
    ["a unit in brackets after a '?' (no tone mark)", "金额?(万元)", "金额?(万元)"],
    ["a question mark and a bracket with no syllable", "是否达标?)", "是否达标?)"],
  ])("counter-shape, %s: %s reads %s", (_k, raw, want) => {
    expect(compact(raw)).toBe(want);
  });

  test.each([
    // one ideograph only makes a head: 项目内容 (NAME_HEADER), 评估分, 实际得分
    [`项目${LOST_MARK}容`, "项目内容"],
    [`${LOST_MARK}估分`, "评估分"],
    [`实际得${LOST_MARK}`, "实际得分"],
  ])("%s is mended to the head %s", (c, want) => {
    expect(mendLostCharacter(c)).toBe(want);
  });

  test.each([
    ["too short: 分〓 (分值? 分数?)", `分${LOST_MARK}`],
    ["two characters lost", `项${LOST_MARK}${LOST_MARK}容`],
    ["no head whatever the character: 当〓经济", `当${LOST_MARK}经济`],
    ["a sentence, longer than a head", `查看会议记录及相关资料,扣完此项分${LOST_MARK}`],
  ])("counter-shape, %s: left as it is", (_k, c) => {
    expect(mendLostCharacter(c)).toBe(c);
  });

  /** 项目内容 | 标准分 | 评估分 | 备注 (广元's 平安校园 rules), its first head as the mirror served it or cut otherwise. */
  const rubric = (firstHead: string, c5: string | number = 3) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["廣元市平安校園創(chuàng)建考核評(píng)估細(xì)則 (96分)", null, null, null],
        [firstHead, "標(biāo)準(zhǔn)分", "評(píng)估分", "備注"],
        ["組織領(lǐng)導(dǎo)10分", null, null, null],
        ["1.成立學(xué)校平安校園創(chuàng)建工作領(lǐng)導(dǎo)小組。", 2, 2, "查看文件,沒(méi)有領(lǐng)導(dǎo)小組扣1分。"],
        ["2.制定學(xué)校平安校園創(chuàng)建實(shí)施方案。", 3, c5, "1.查看文件資料。"],
        ["3.學(xué)校定期研究安全穩(wěn)定工作,每年不少于4次。", 3, 3, "查看會(huì)議記錄,不合要求扣完此項(xiàng)分?jǐn)?shù)。"],
      ],
      ["A1:D1", "A3:D3"],
    );

  test("the mended head 項目內容: header on row 2, three items 2/2, 3/3, 3/3, clean", () => {
    const r = review(rubric("項(xiàng)目?jī)?nèi)容"), "national");
    expect(r.model.headerRow).toBe(2);
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[4, 2, 2], [5, 3, 3], [6, 3, 3]]);
    expect(errors(rubric("項(xiàng)目?jī)?nèi)容"))).toEqual([]);
  });

  test("a score over its points under the mended head is found: C5 4 > 3", () => {
    expect(errors(rubric("項(xiàng)目?jī)?nèi)容", 4))).toContain("score-exceeds-weight@C5");
  });

  test("counter-shape: two characters lost in the first head ('項?jī)?mù)?nèi)容'): no head read, no indicator", () => {
    const r = review(rubric("項?jī)?mù)?nèi)容"), "national");
    expect(r.model.indicators).toEqual([]);
  });
});

/**
 * 2. A clause opening with 无 awards for the absence of what it names ("安全管理措施到位记5分,无安全责任事故发生记5分": 5 + 5)
 * unless the clause before it names the same thing (then it is that clause's alternative: "有应急预案得2分,无预案得1分").
 */
describe("a clause awarding for an absence (无X发生记N分)", () => {
  test.each([
    ["安全管理措施到位记5分,无安全责任事故发生记5分。", [5, 5]],
    ["校园周边交通秩序良好记5分,无发生交通事故记5分。", [5, 5]],
    ["纳入年度计划记2分,无违规违纪记3分。", [2, 3]],
  ])("%s awards %j", (rule, points) => {
    expect(rubricAwards(rule)?.points).toEqual(points);
  });

  test.each([
    ["无 names what the clause before has: its alternative", "有应急预案得2分,无预案得1分。"],
    ["无 names the clause before's words: its alternative", "建立安全台账记5分,无安全台账记2分。"],
    ["an otherwise clause (否则)", "安全管理措施到位记5分,否则记2分。"],
  ])("counter-shape, %s: no award list (%s)", (_k, rule) => {
    expect(rubricAwards(rule)).toBeNull();
  });

  /** A continuation page (山西 平安校园's 六 创建成效): the header's heads lost but 分标准 | 考核办法 | 得分, no title. */
  const page = (r2: string, r3: string) =>
    Grid.fromValues(
      "Sheet1",
      [
        [null, null, null, null, "分标准", "考核办法", "得分"],
        ["六\n创\n建\n成\n效\n40分", "1", "校园安全管理措施落实到位,近二年内无危害师生人身安全责任事故发生。", 10, r2, "查资料,走访学生", null],
        [null, "2", "学校及周边治安秩序良好,近二年内无治安和刑事案件。", 10, r3, "查阅资料,实地查看", null],
        [null, "3", "师生民主法制意识显著提高,近二年内师生无违法犯罪案件发生。", 10, "座谈、", null, null],
      ],
      ["A2:A4"],
    );

  test("rules awarding 5 + 5 with an absence clause: the page is read, three lines of 10", () => {
    const r = review(page("安全管理措施到位记5分,无安全责任事故发生记5分。", "周边治安秩序良好记5分,无治安刑事案件发生记5分。"), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 10], [3, 10], [4, 10]]);
  });

  test("counter-shape: rules whose 无 clauses are alternatives (有X记5分,无X记2分): no evidence, nothing read", () => {
    const r = review(page("有安全管理措施记5分,无安全管理措施记2分。", "有治安巡查记5分,无治安巡查记2分。"), "national");
    expect(r.model.family).toBe("unknown");
    expect(r.model.indicators).toEqual([]);
  });
});

/**
 * 3. The spans of a header's heads read from its texts where its merges are undone or filled (blocks.ts headBox): a group
 * of tiers closed by its own total column (护理补贴合计金额 = the tiers' 金额), and a 合计 group closing the groups before it
 * (合计 人数 = 人数 + 人数, 合计 金额 = the 金额 columns, the tiers by their total), as 姚安's 特困供养 table.
 */
describe("a header's group spans from its texts (merges undone or filled)", () => {
  // (the tier total J stands right before the 合计 group, as 姚安's W: with 合计's merge undone, J2 has blank cells after it
  // over 合计's sub-heads, and nothing under it of its own — it spans its column only)
  const HEAD: (string | null)[][] = [
    ["乡镇名称", "分散供养", null, "集中供养", null, null, null, null, null, null, "合计", null],
    [null, "人数", "基本生活补贴金额", "人数", "基本生活补贴金额", "每月护理补贴", null, null, null, "护理补贴合计金额", null, null],
    [null, null, null, null, null, "一档", null, "二档", null, null, "人数", "金额"],
    [null, null, null, null, null, "人数", "金额", "人数", "金额", null, null, null],
  ];
  const MERGES = ["A1:A4", "B1:C1", "D1:J1", "K1:L2", "B2:B4", "C2:C4", "D2:D4", "E2:E4", "F2:I2", "J2:J4", "F3:G3", "H3:I3", "K3:K4", "L3:L4"];
  // 甲: J 300 + 200 = 500, K 3 + 2 = 5, L 1500 + 1000 + 500 = 3000; 乙: J 0 + 200 = 200, K 2 + 1 = 3, L 1000 + 500 + 200
  // = 1700; 丙: J 600 + 200 = 800, K 1 + 3 = 4, L 500 + 1500 + 800 = 2800
  const LINES: (string | number)[][] = [
    ["甲镇", 3, 1500, 2, 1000, 1, 300, 1, 200, 500, 5, 3000],
    ["乙镇", 2, 1000, 1, 500, 0, 0, 1, 200, 200, 3, 1700],
    ["丙镇", 1, 500, 3, 1500, 2, 600, 1, 200, 800, 4, 2800],
  ];
  type Mode = "merged" | "undone" | "filled";
  const table = (mode: Mode, edit: (lines: (string | number)[][]) => void = () => {}) => {
    const head = HEAD.map((r) => r.slice());
    if (mode === "filled")
      for (const m of MERGES) {
        const { r1, c1, r2, c2 } = parseRange(m);
        for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) head[r - 1][c - 1] = HEAD[r1 - 1][c1 - 1];
      }
    const lines = LINES.map((r) => r.slice());
    edit(lines);
    return Grid.fromValues("Sheet1", [...head, ...lines], mode === "merged" ? MERGES : []);
  };
  const sums = (g: Grid) =>
    review(g, "national")
      .model.relations.filter((x) => x.kind === "sum")
      .map((x) => (x.kind === "sum" ? `${x.total.cell}←${x.parts.map((p) => p.cell).join(",")}` : ""))
      .filter((x) => /^[JKL]\d/.test(x))
      .sort();
  const WANT = ["J5←G5,I5", "J6←G6,I6", "J7←G7,I7", "K5←B5,D5", "K6←B6,D6", "K7←B7,D7", "L5←C5,E5,J5", "L6←C6,E6,J6", "L7←C7,E7,J7"];

  test.each(["merged", "undone", "filled"] as Mode[])("merges %s: the tier total J and the 合计 columns K, L read on each line", (mode) => {
    expect(sums(table(mode))).toEqual(WANT);
  });

  test.each(["merged", "undone", "filled"] as Mode[])("merges %s: 乙镇's 合计 金额 1800 against 1000 + 500 + 200 = 1700 is found (L6)", (mode) => {
    expect(errors(table(mode, (l) => (l[1][11] = 1800)))).toContain("total-mismatch@L6");
  });

  test("counter-shape, merges undone: a total head naming no group (护理补贴合计金额 renamed 其他金额) closes no tiers: no J sums", () => {
    const g = table("undone");
    const renamed = Grid.fromValues("Sheet1", Array.from({ length: g.rowCount }, (_, r) => Array.from({ length: g.colCount }, (_, c) => (r === 1 && c === 9 ? "其他金额" : g.raw(r + 1, c + 1)))), []);
    expect(sums(renamed).filter((x) => x.startsWith("J"))).toEqual([]);
  });

  test.each(["merged", "undone", "filled"] as Mode[])("counter-shape, merges %s: the 合计 group's sub-heads naming no column before it (户数 | 面积): no K, L sums, no finding", (mode) => {
    const g = table(mode);
    const other = Grid.fromValues("Sheet1", Array.from({ length: g.rowCount }, (_, r) => Array.from({ length: g.colCount }, (_, c) => ((r === 2 || (r === 3 && mode === "filled")) && c === 10 ? "户数" : (r === 2 || (r === 3 && mode === "filled")) && c === 11 ? "面积" : g.raw(r + 1, c + 1)))), mode === "merged" ? MERGES : []);
    expect(sums(other).filter((x) => /^[KL]/.test(x))).toEqual([]);
    expect(errors(other)).toEqual([]);
  });
});

/**
 * 4. A section's heading line (nothing under it) over a label of the same name is that label written again, whatever its
 * code: the label's code is the one judged in the sequence (code-levels.ts coded) — 湖北 幼儿园's 'A3…(100分X0.25)' over a
 * label 'A4…(100)' after A2 is a skipped number at the label.
 */
describe("a section heading over a label of the same name: the label's code judged", () => {
  const build = (heading3: string, label3: string): Grid => {
    const head = ["一级指标(分值)", "二级指标(分值)", "三级指标(分值)", "评估得分"];
    const rows: (string | number | null)[][] = [head];
    const merges: string[] = [];
    const section = (heading: string | null, a: string, bs: [string, string[]][]) => {
      if (heading) {
        rows.push([heading, null, null, null]);
        merges.push(`A${rows.length}:D${rows.length}`);
        rows.push(head);
      }
      const aRow = rows.length + 1;
      for (const [b, cs] of bs) {
        const bRow = rows.length + 1;
        cs.forEach((c, k) => rows.push([rows.length + 1 === aRow ? a : null, k === 0 ? b : null, c, null]));
        if (cs.length > 1) merges.push(`B${bRow}:B${rows.length}`);
      }
      merges.push(`A${aRow}:A${rows.length}`);
    };
    section(null, "A1办园条件(20)", [["B1资质条件(10)", ["C1审批办证(5)", "C2经费保障(5)"]], ["B2园舍状况(10)", ["C3选址布局(5)", "C4基本用房(5)"]]]);
    section("A2园务管理(100分X0.2)", "A2园务管理(20)", [["B3办园宗旨(10)", ["C5办园理念(5)", "C6发展规划(5)"]], ["B4机构管理(10)", ["C7组织机构(5)", "C8运行机制(5)"]]]);
    section(heading3, label3, [["B5安全防护(10)", ["C9安全制度(5)", "C10安全设施(5)"]]]);
    return Grid.fromValues("Sheet1", rows, merges);
  };
  const codes = (g: Grid) =>
    review(g, "national")
      .findings.filter((f) => f.rule === "code-sequence")
      .map((f) => `${f.cell} ${f.data?.code}→${f.data?.expected}`);

  test("heading A3 over the label A4 (after A2): the label's skipped number found, A4 → A3", () => {
    const g = build("A3安全防护(100分X0.25)", "A4安全防护(10)");
    const at = g.rowCount - 1;
    expect(codes(g)).toEqual([`A${at} A4→A3`]);
  });

  test.each([
    ["the heading and the label one code (A3 over A3)", "A3安全防护(100分X0.25)", "A3安全防护(10)"],
    ["a heading of another name over the next group (A3 其他 over A4 安全防护): two groups, in sequence", "A3其他事项(100分X0.25)", "A4安全防护(10)"],
  ])("counter-shape, %s: no code-sequence finding", (_k, heading, label) => {
    expect(codes(build(heading, label))).toEqual([]);
  });
});

/**
 * 5. A rate named by its unit alone (安化's 月保障金(元/人/月), no 标准 / 单价 / 定额): a name, then a money unit per unit in
 * brackets, heads the rate of 金额 = 人数 × 标准 (product-columns.ts), the lines vouching as before (three at least).
 */
describe("a rate named by its unit only (月保障金(元/人/月))", () => {
  // 94 × 386 = 36,284; 100 × 386 = 38,600; 332 × 386 = 128,152; 10 × 386 = 3,860
  const sheet = (rateHead: string, d6: number = 3860, rates: number[] = [386, 386, 386, 386]) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["2022年8月份城镇低保对象生活补助经费汇总表", null, null, null],
        ["乡镇", "保障人数", rateHead, "月发放金额(元)"],
        ["高明乡", 94, rates[0], 36284],
        ["清塘铺镇", 100, rates[1], 38600],
        ["梅城镇", 332, rates[2], 128152],
        ["乐安镇", 10, rates[3], d6],
      ],
      ["A1:D1"],
    );
  const products = (g: Grid) => review(g, "national").model.relations.filter((x) => x.kind === "product").map((x) => x.id);

  test("月发放金额 = 保障人数 × 月保障金 on each line; 乐安镇's 3,960 against 10 × 386 = 3,860 found (D6)", () => {
    expect(products(sheet("月保障金(元/人/月)"))).toEqual(["product:amount:D3", "product:amount:D4", "product:amount:D5", "product:amount:D6"]);
    expect(errors(sheet("月保障金(元/人/月)", 3960))).toEqual(["total-mismatch@D6"]);
  });

  test.each([
    ["a money unit with no unit after it, 月保障金(元): an amount, no rate", "月保障金(元)", [386, 386, 386, 386]],
    ["a per-unit head whose lines do not bear the product out", "月保障金(元/人/月)", [300, 420, 250, 386]],
  ])("counter-shape, %s: no product, no finding", (_k, head, rates) => {
    expect(products(sheet(head as string, 3960, rates as number[]))).toEqual([]);
    expect(errors(sheet(head as string, 3960, rates as number[]))).toEqual([]);
  });
});
