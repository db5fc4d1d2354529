import { reviewRows as run, totalMismatchCells as mismatches, type Row } from "../helpers/review-rows";
import { readNumber } from "../../src/core/text/numbers";

/**
 * Two development sheets of corpus46:
 *  - 偃师 2019年3季度特困集中供养资金表: 镇(街道办) | 户数 | 人数 | 特困供养金 | 护理补贴 | 合计 — the 合计 column adds the
 *    money only (62800 = 49600 + 13200); the engine added the households and persons too and flagged every line (11 false
 *    errors, "合计 62800，与其明细合计 62861 不符（户数 30 + 人数 31 + …）").
 *  - 光山 城区垃圾分类考核评分细则: a 打分 printed "8(附1)" (8 points, its evidence in attachment 1) was read as no score.
 */

/** 镇 | 户数 | 人数 | 供养金 | 护理补贴 | 合计, four lines and a 合计 line (numbers by hand: 供养金 = 人数 × 1600). */
const support = (heads = ["镇(街道办)", "户数", "人数", "特困供养金", "护理补贴", "合计"]): Row[] => [
  ["2019年3季度特困集中供养资金表"],
  heads,
  ["山化", "30", "31", "49600", "13200", "62800"],
  ["邙岭", "31", "31", "49600", "17520", "67120"],
  ["首阳山", "18", "18", "28800", "6480", "35280"],
  ["岳滩", "9", "9", "14400", "4320", "18720"],
  ["合计", "88", "89", "142400", "41520", "183920"],
];

describe("a 合计 column after counts and amounts adds up the amounts", () => {
  test("偃师's shape: every line's 合计 = 供养金 + 护理补贴, no finding (before: four false errors, 户数 and 人数 added in)", () => {
    expect(mismatches(support())).toEqual([]);
  });

  test("a line whose 合计 is off (67220 for 49600 + 17520 = 67120) is flagged at F4, against the money alone", () => {
    const rows = support();
    rows[3] = ["邙岭", "31", "31", "49600", "17520", "67220"];
    const r = run(rows);
    const f = r.findings.filter((x) => x.rule === "total-mismatch" && x.severity !== "info");
    expect(f.map((x) => x.cell)).toContain("F4");
    expect(f.find((x) => x.cell === "F4")!.message).toContain("67120");
  });

  test("heads with a count's unit (补助对象(人)) are counts too: 合计 = 基本生活费 + 护理费, no finding", () => {
    const rows = support(["乡镇", "补助对象(户)", "补助对象(人)", "基本生活费(元)", "护理费(元)", "合计"]);
    expect(mismatches(rows)).toEqual([]);
  });

  test("counter-shape — counts alone (城镇人数 | 农村人数 | 合计): the 合计 still adds them; 30 over 10 + 15 is flagged", () => {
    const rows: Row[] = [
      ["参保人数统计表"],
      ["乡镇", "城镇人数", "农村人数", "合计"],
      ["甲镇", "10", "15", "30"],
      ["乙镇", "20", "5", "25"],
      ["丙镇", "3", "4", "7"],
    ];
    expect(mismatches(rows)).toEqual(["D3"]);
  });

  test("counter-shape — amounts alone (供养金 | 护理补贴 | 合计): unchanged, a broken line flagged", () => {
    const rows: Row[] = [
      ["资金表"],
      ["镇", "特困供养金", "护理补贴", "合计"],
      ["山化", "49600", "13200", "62900"],
      ["邙岭", "49600", "17520", "67120"],
      ["首阳山", "28800", "6480", "35280"],
    ];
    expect(mismatches(rows)).toEqual(["D3"]);
  });
});

describe("a pointer to an attachment after a number", () => {
  test.each([
    ["8(附1)", 8],
    ["8（附1）", 8],
    ["8(见附件2)", 8],
    ["12.5(详见附表)", 12.5],
    ["500(附表三)", 500],
  ])("%s reads as %d", (text, value) => {
    expect(readNumber(text)?.value).toBe(value);
  });
  test.each([["8(扣2分)"], ["10(5)"], ["附1"], ["8(附1)分"], ["(附1)"], ["8(附件说明不全)"]])("counter-shape — %s is no number", (text) => {
    expect(readNumber(text)).toBeNull();
  });

  /** 序号 | 类别 | 考核内容 | 分值 | 评分标准 | 打分 (光山's shape, simplified characters) */
  const rubric = (score2: string): Row[] => [
    ["城区垃圾分类考核评分细则"],
    ["序号", "类别", "考核内容", "分值", "评分标准", "打分"],
    ["1", "项目运行情况", "严格按照甲方拟出的要求落实各项规定", "60分", "投放设备未正常运行的每发现一个小区扣5分。", "60"],
    ["2", "信息报送", "信息报送准确、及时、真实", "10分", "周报、月报未及时报送的,1次扣1分。", score2],
    ["3", "社区宣传", "宣传氛围浓郁", "10分", "没有宣传标语的发现1处扣1分。", "9"],
  ];

  test("光山's 打分 '8(附1)' under 分值 10 is the score 8", () => {
    const r = run(rubric("8(附1)"));
    const row4 = r.model.indicators.find((i) => i.row === 4);
    expect(row4?.weight).toBe(10);
    expect(row4?.claimedScore).toBe(8);
  });

  test("'12(附1)' under 分值 10 is a score above its weight: flagged at F4", () => {
    const r = run(rubric("12(附1)"));
    expect(r.findings.filter((f) => f.rule === "score-exceeds-weight" && f.severity !== "info").map((f) => f.cell)).toEqual(["F4"]);
  });

  test("counter-shape — '8(扣2分)' is no score (a note, not a pointer): the row's score stays unread", () => {
    const r = run(rubric("8(扣2分)"));
    expect(r.model.indicators.find((i) => i.row === 4)?.claimedScore ?? null).toBeNull();
  });
});
