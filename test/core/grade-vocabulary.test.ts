import { Grid } from "../../src/core/grid/grid";
import { bandsInText } from "../../src/core/recognise/grade-bands";
import { findLoneGrades, findStatedGrades } from "../../src/core/recognise/stated-grades";
import { normalizeGrade } from "../../src/core/score/grade";
import { compact } from "../../src/core/text/normalize";

/**
 * One grade vocabulary (vocabulary.ts GRADE_WORDS) read by the printed bands (grade-bands.ts), the stated grades
 * (stated-grades.ts) and normalizeGrade alike: every word a sheet writes for a grade (优/优秀/优等, 良/良好/良等,
 * 中/中等/合格/一般, 差/较差/差等/不合格, the letters A–D with or without 级/等) reads the same in a band text, in a stated
 * grade and in a grade's own cell. Each shape has its counter-shape (a text that prints no bands or states no grade).
 */
const bands = (text: string) => bandsInText(compact(text))?.map((b) => `${b.grade}${b.min}`).join(" ") ?? null;

/** [band text, the bands read (grade + lower bound, highest first) or null] */
const BAND_TEXTS: [string, string | null][] = [
  ["90分以上为优，80-90分为良，60-80分为中，60分以下为差", "优90 良80 中60 差0"],
  ["90分（含）以上为优秀，80（含）-90分为良好，60（含）-80分为合格，60分以下为不合格", "优90 良80 中60 差0"],
  ["90分以上为优等，80-90分为良等，60-80分为中等，60分以下为差等", "优90 良80 中60 差0"],
  // 一般 is the third grade (中): its band reads, and the lowest band starts at 0 under it
  ["90分以上为优，80-90分为良，60-80分为一般，60分以下为差", "优90 良80 中60 差0"],
  ["90分以上为优秀，75-90分为良好，60-75分为一般，60分以下为较差", "优90 良75 中60 差0"],
  ["90分以上为A，80-90分为B，60-80分为C，60分以下为D", "优90 良80 中60 差0"],
  ["85分（含）以上为A级，75（含）-85分为B级，60（含）-75分为C级，60分以下为D级", "优85 良75 中60 差0"],
  ["优（90分以上）、良（80分以上）、中（60分以上）、差（60分以下）", "优90 良80 中60 差0"],
  ["优等：90分及以上；良等：80分及以上；一般：60分及以上", "优90 良80 中0"],
  ["优(≥90) 良(≥80,<90) 中(≥60,<80) 差(<60)", "优90 良80 中60 差0"],
  // counter-shapes: one band only, 一般 in prose, a letter inside a word
  ["得分90分以上的评为优秀", null],
  ["一般情况下，满分100分，得分90分以上为优", null],
  ["90分以上为ABC类，80分以上为BC类", null],
  ["评价等级划分依据《项目支出绩效评价管理办法》执行", null],
];

describe("band texts: every grade word reads its band", () => {
  test.each(BAND_TEXTS)("%s → %s", (text, want) => {
    expect(bands(text)).toBe(want);
  });
});

/** A summary line under a title: the grades it states (with a score) and the lone ones (no score beside them). */
const stated = (lines: (string | number | null)[][]) => {
  const g = Grid.fromValues("概要表", [["某项目绩效评价概要表"], ...lines]);
  return [...findStatedGrades(g).map((s) => `${s.grade}@${s.gradeCell}=${s.score}`), ...findLoneGrades(g).map((s) => `${s.grade}@${s.gradeCell}`)];
};

/** [shape, lines, the grades read: "grade@cell=score" with a score, "grade@cell" lone] */
const STATED: [string, (string | number | null)[][], string[]][] = [
  ["评价分值:85分 评价等级:良", [["评价分值:85分 评价等级:良"]], ["良@A2=85"]],
  ["评价分值:85分 评价等级:优等", [["评价分值:85分 评价等级:优等"]], ["优等@A2=85"]],
  ["评价分值:85分 评价等级:一般", [["评价分值:85分 评价等级:一般"]], ["一般@A2=85"]],
  ["评价分值:85分 评价等级:不合格", [["评价分值:85分 评价等级:不合格"]], ["不合格@A2=85"]],
  ["评价分值:85分 评价等级:B级", [["评价分值:85分 评价等级:B级"]], ["B级@A2=85"]],
  ["评价等级：良等（85分）", [["评价等级：良等（85分）"]], ["良等@A2=85"]],
  ["评价等级：一般（65分）", [["评价等级：一般（65分）"]], ["一般@A2=65"]],
  ["评价等级：B（85分）: a letter with its score in brackets", [["评价等级：B（85分）"]], ["B@A2=85"]],
  ["自评分值 | 85 | 自评等级 | 差等", [["自评分值", 85, "自评等级", "差等"]], ["差等@D2=85"]],
  ["自评等级 | 一般 alone", [["自评等级", "一般"]], ["一般@B2"]],
  ["综上，本项目评价等级为“良好”。", [["综上，本项目评价等级为“良好”。"]], ["良好@A2"]],
  // counter-shapes: a grade word in prose, a word that is no grade, a band's rule
  ["  counter: 评价结果一般性说明 (一般 runs into prose)", [["评价结果一般性说明见附件"]], []],
  ["  counter: 评价等级：待定", [["评价等级：待定"]], []],
  ["  counter: 得分90分以上的评为优秀", [["得分90分以上的评为优秀"]], []],
  ["  counter: 评价等级：ABC", [["评价等级：ABC"]], []],
];

describe("stated grades: every grade word is a grade stated", () => {
  test.each(STATED)("%s", (_shape, lines, want) => {
    expect(stated(lines)).toEqual(want);
  });
});

describe("normalizeGrade: every word of the vocabulary, and words that are none", () => {
  test.each([
    ["优", "优"], ["优秀", "优"], ["优等", "优"], ["A", "优"], ["A级", "优"], ["A等", "优"],
    ["良", "良"], ["良好", "良"], ["良等", "良"], ["B", "良"], ["B级", "良"],
    ["中", "中"], ["中等", "中"], ["合格", "中"], ["一般", "中"], ["C", "中"], ["C等", "中"],
    ["差", "差"], ["较差", "差"], ["差等", "差"], ["不合格", "差"], ["D", "差"], ["D级", "差"],
  ])("%p → %p", (t, g) => {
    expect(normalizeGrade(t)).toBe(g);
  });
  test.each(["", "E", "AB", "A类", "优良", "一般性", "待定", "满分", "85"])("%p is no grade", (t) => {
    expect(normalizeGrade(t)).toBeNull();
  });
});
