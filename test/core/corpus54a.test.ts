import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { review } from "../../src/core/review";
import { labelCode } from "../../src/core/text/codes";

/**
 * corpus54a (session 44): four readings from the development sheets of the batch, each written for its class.
 *
 * 1. An item numbered before the date of a named day ("2.6.26国际禁毒日…", 2014 禁毒工作考核辦法): item 2, not a three-level
 *    code 2.6.26 — a date (month 1–12, day 1–31) followed by a day's name (…日 / …节) that is no ordinary day.
 * 2. The letter l typed for the digit 1 in a paragraph outline ("a、农业专业" / "l、基础工作(40分)" / "2、报表质量", 乡镇统计工作
 *    目标管理评核办法): 1、, as labelCode reads it — unless the list letters its lines down to k.
 * 3. An item whose first sentence states its points with its verb and whose clauses after it split them ("…制度记10分。…的记6分;
 *    …的记4分。"): worth 10 (not 10 + 4), and a group whose items add up to its points exactly is read as a list.
 * 4. A number a run skips printed mid-line, run on after the item before ("C、…党务公开 5、党报党刊征订…", 年度乡对村考核): the
 *    item is there, no code-sequence finding.
 */
type Row = (string | number | null)[];

const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);
/** every finding, notes (info) included: a paragraph list's group sum is reported as a note where no whole is printed */
const all = (g: Grid) => review(g, "national").findings.map((f) => `${f.rule}@${f.cell}`);
const column = (lines: string[]): Grid => Grid.fromValues("Sheet1", lines.map((t) => [t] as Row), []);

describe("1. an item numbered before a named day's date (labelCode)", () => {
  test.each([
    ["2.6.26国际禁毒日是否组织宣传活动;(10分)", 2],
    ["2.6.26國際禁毒日是否組織宣傳活動;(10分)", 2],
    ["3.3.15消费者权益日开展宣传咨询活动(5分)", 3],
    ["4.12.4国家宪法日宣传活动覆盖全部村居(5分)", 4],
    ["1.5.12全国防灾减灾日组织应急演练,", 1],
    ["6.3.12植树节前后组织义务植树(2分)", 6],
  ])("%s → item %i in the 1. style", (label, n) => {
    const code = labelCode(label)!;
    expect(code.style).toBe("ar-dot");
    expect(code.n).toBe(n);
    expect(code.text).toBe(`${n}.`);
  });

  test.each([
    ["1.1.1食品安全工作纳入政府目标考核。(10分)", "1.1", 1],
    ["1.2.3工作日每天巡查不少于两次(2分)", "1.2", 3],
    ["2.1.5节假日值班安排到位(1分)", "2.1", 5],
    ["3.13.5国际禁毒日宣传(5分)", "3.13", 5],
  ])("near shape %s stays a three-level code", (label, parent, n) => {
    const code = labelCode(label)!;
    expect(code.style).toBe("dotted");
    expect(code.parent).toBe(parent);
    expect(code.n).toBe(n);
  });

  // (一) 10 = 1; (二) 30 = 10 + 10 + 10; total 40 (hand sums)
  const LIST = [
    "禁毒工作考核办法",
    "(一)禁毒组织领导(10分)",
    "1.每年年初召开禁毒工作的专题会议,研究部署禁毒工作;(10分)",
    "(二)禁毒宣传工作(30分)",
    "2.6.26国际禁毒日是否组织宣传活动;(10分)",
    "3.主要领导是否亲自参与,并有禁毒宣传记录;(10分)",
    "4.全年张贴宣传画500张以上,少1张扣0.05分;(10分)",
  ];

  test("in a paragraph list: item 2 is read (10), (二) adds up to 30 — no weight-sum and no code-sequence finding", () => {
    const g = column(LIST);
    const m = recognise(g);
    expect(m.indicators.filter((i) => i.weight !== null).map((i) => [i.row, i.weight])).toEqual([[3, 10], [5, 10], [6, 10], [7, 10]]);
    expect(flags(g)).toEqual([]);
  });

  test("a slip kept: item 3 at (5分) makes (二) 25 against 30 — weight-sum-mismatch at (二)'s line (a note: no whole printed)", () => {
    const lines = LIST.map((t) => (t.startsWith("3.") ? t.replace("(10分)", "(5分)") : t));
    expect(all(column(lines))).toContain("weight-sum-mismatch@A4");
  });

  test("a number really skipped after a dated item (2.6.26…, then 4.) is still a code-sequence finding", () => {
    const lines = LIST.filter((t) => !t.startsWith("3.")).map((t) => (t.startsWith("4.") ? t.replace("(10分)", "(20分)") : t));
    expect(flags(column(lines))).toContain("code-sequence@A6");
  });
});

describe("2. the letter l typed for 1 in a paragraph outline", () => {
  // 1、 40 = 10 + 5 + 5 + 5 + 15; 2、 50 stated (hand sums)
  const SHAPE = [
    "乡镇统计工作目标管理评核办法",
    "一、考核内容:",
    "a、农业专业(总分100分)",
    "l、基础工作(40分)",
    "(1)建立网络档案制度的记10分。",
    "(2)建立历史资料台帐的记5分。",
    "(3)建立分季度进度台帐的记5分。",
    "(4)建立报表收审制度的记5分。",
    "(5)按要求深入基层实地调查指导的记15分。",
    "2、报表质量(50分)",
    "(1)漏报一项扣5分,迟报一项扣2分。",
  ];

  test("l、 reads as 1、: (1)–(5) under it add up to its 40 — a list, no finding", () => {
    const g = column(SHAPE);
    const m = recognise(g);
    expect(m.family).toBe("indicator-system");
    expect(m.indicators.filter((i) => i.weight !== null).map((i) => [i.row, i.weight])).toEqual([[5, 10], [6, 5], [7, 5], [8, 5], [9, 15], [10, 50]]);
    expect(flags(g)).toEqual([]);
  });

  test("variants: 'l.' with a point, no a、 head above, traditional script — the same five items under l", () => {
    const variants = [
      SHAPE.map((t) => t.replace("l、基础工作", "l.基础工作")),
      SHAPE.filter((t) => !t.startsWith("a、")),
      SHAPE.map((t) => t.replace("基础工作", "基礎工作").replace("报表质量", "報表質量").replace("档案", "檔案")),
    ];
    for (const v of variants) {
      const w = recognise(column(v)).indicators.filter((i) => i.weight !== null).map((i) => i.weight);
      expect(w.slice(0, 5)).toEqual([10, 5, 5, 5, 15]);
    }
  });

  test("limit: (5) at 记20分 (45 against l's 40) — the closing sum is this shape's only evidence, so no list is read: no finding, no false one", () => {
    const lines = SHAPE.map((t) => (t.startsWith("(5)") ? t.replace("记15分", "记20分") : t));
    expect(all(column(lines))).toEqual([]);
  });

  test("near shape: a list lettered a、 … k、 l、 keeps l a letter (the twelfth), not 1、", () => {
    const letters = "abcdefghijkl".split("").map((ch, k) => `${ch}、第${k + 1}项工作(5分)`);
    const g = column(["考核细则", "一、日常工作(60分)", ...letters]);
    const m = recognise(g);
    expect(m.indicators.filter((i) => i.weight !== null).map((i) => i.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(flags(g)).toEqual([]);
  });
});

describe("3. a first sentence stating the item's points, split by the clauses after it", () => {
  const group = (first: string): string[] => [
    "考核办法",
    "一、基础工作(40分)",
    `(1)${first}`,
    "(2)建立历史资料台帐的记5分。",
    "(3)建立分季度进度台帐的记5分。",
    "(4)建立报表收审制度的记5分。",
    "(5)深入基层实地调查指导的记15分。",
  ];

  test.each([
    ["建立统计档案制度记10分。有一名领导分管统计工作的记6分;明确村会计兼任统计工作的记4分。"],
    ["建立统计档案制度计10分。领导分管的计6分,村会计兼任的计4分。"],
    ["建立统计档案制度得10分。其中领导分管的得6分,村会计兼任的得4分。"],
    ["建立統計檔案制度記10分。領導分管的記6分;村會計兼任的記4分。"],
    ["建立统计档案制度记10分。领导分管的记5分;村会计兼任的记3分;资料齐全的记2分。"],
  ])("%s — worth 10; 10 + 5 + 5 + 5 + 15 = 40, no finding", (first) => {
    const g = column(group(first));
    expect(recognise(g).indicators.filter((i) => i.weight !== null).map((i) => i.weight)).toEqual([10, 5, 5, 5, 15]);
    expect(flags(g)).toEqual([]);
  });

  // (since grad44b, session 44: a head sentence stating the item's worth, '低保审批程序计3分。', is its points whatever its rule
  // after it says — the two near shapes below read 10 from it, and the group still adds up: 10 + 5 + 5 + 5 + 15 = 40)
  test("near shape: a clause after it deducts ('…记10分。每缺一项扣2分;资料齐全的记4分。') — the head sentence's 10 (its rule after it), the group adds up", () => {
    const g = column(group("建立统计档案制度记10分。每缺一项扣2分;资料齐全的记4分。"));
    expect(recognise(g).indicators.find((i) => i.row === 3)?.weight).toBe(10);
    expect(flags(g).filter((f) => f.startsWith("weight-sum"))).toEqual([]);
  });

  test("near shape: the pieces do not add up to the first sentence's points (6 + 3 ≠ 10) — the head sentence's 10 still, the group adds up", () => {
    const g = column(group("建立统计档案制度记10分。领导分管的记6分;村会计兼任的记3分。"));
    expect(recognise(g).indicators.find((i) => i.row === 3)?.weight).toBe(10);
    expect(flags(g).filter((f) => f.startsWith("weight-sum"))).toEqual([]);
  });

  test("near shape: a group whose items read from their awards do not add up to it is no list by that evidence alone", () => {
    const lines = ["考核办法", "一、基础工作(40分)", "(1)建立档案的记10分。", "(2)建立台帐的记5分。", "(3)建立制度的记5分。"];
    expect(recognise(column(lines)).indicators.filter((i) => i.weight !== null)).toEqual([]);
  });
});

describe("4. a number the run skips printed mid-line (code-sequence)", () => {
  const SHAPE = [
    "年度乡对村考核内容及评分标准",
    "(一)党务工作(15分) 1、重大决策贯彻落实 2、远程教育管理 3、组织建设工作",
    "4、纪检工作",
    "A、廉洁自律的记15分。",
    "C、农村党风廉政建设及党务公开 5、党报党刊征订、分发工作",
    "6、工会、青年、妇女、老协、宣传工作",
    "7、综治维稳工作",
  ];

  test("5、 run on after 4's rule C (after a space): no code-sequence finding at 6、", () => {
    expect(flags(column(SHAPE)).filter((f) => f.startsWith("code-sequence"))).toEqual([]);
  });

  test.each([
    ["after a full stop", "C、农村党风廉政建设及党务公开。5、党报党刊征订、分发工作"],
    ["after a semicolon, traditional script", "C、農村黨風廉政建設及黨務公開;5、黨報黨刊徵訂、分發工作"],
    ["after a full-width space", "C、农村党风廉政建设及党务公开\u30005、党报党刊征订、分发工作"],
  ])("%s: no code-sequence finding", (_why, line) => {
    const lines = SHAPE.map((t) => (t.startsWith("C、") ? line : t));
    expect(flags(column(lines)).filter((f) => f.startsWith("code-sequence"))).toEqual([]);
  });

  test("the (1) style: '(3)' printed mid-line after a mark is the skipped (3)", () => {
    const lines = ["考核细则", "(1)领导重视(5分)", "(2)制度健全(5分);(3)台账规范(5分)", "(4)宣传到位(5分)", "(5)档案齐全(5分)"];
    expect(flags(column(lines)).filter((f) => f.startsWith("code-sequence"))).toEqual([]);
  });

  test("near shape: the number mid-word ('…第5、6项') is no item — 4、 then 6、 is still a finding", () => {
    const lines = SHAPE.map((t) => (t.startsWith("C、") ? "C、按第5、6项要求落实党务公开" : t));
    expect(flags(column(lines))).toContain("code-sequence@A6");
  });

  test("near shape: a real gap (no 5 anywhere) is still a finding at 6、", () => {
    const lines = SHAPE.map((t) => (t.startsWith("C、") ? "C、农村党风廉政建设及党务公开" : t));
    expect(flags(column(lines))).toContain("code-sequence@A6");
  });
});
