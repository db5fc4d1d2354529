import { Grid } from "../../src/core/grid/grid";
import { sheetFeatures } from "../../src/core/recognise";
import { documentBody } from "../../src/core/recognise/families/document-text";
import { noticeToUnits, reportVocabularyKind } from "../../src/core/recognise/families/report-vocabulary";
import { reviewFamily } from "../../src/core/review";
import { columnGrid, FAM53_VARIANTS, type Fam53Variant, fam53Variant } from "./fam53-variants";
import { NEAR_SHAPES, SECOND_HALF } from "./fam54-near-shapes";
import { realGrid } from "./title-variants";

/**
 * fam54 (session 54; test/fixtures/real/fam54-s54-diagnosis.md): fam53's prose readers landed with their refusals.
 * 1. report-vocabulary.ts refuses a work summary (its words where no evaluation is named; or, no evaluation named, no result
 *    nor targets among its kinds) and a notice to several units (their addressees, an instruction to them, several units'
 *    scores) — rep46's near shapes.
 * 2. undated-bulletin.ts is withdrawn: a bulletin needs its period (mon50, grad53) — real bulletins' undated prints stay
 *    out of monitoring, as printed they are read.
 */
const lines = (rows: string[]) => Grid.fromValues("Sheet1", rows.map((r) => [r]), []);
const vocabulary = (rows: string[]) => reportVocabularyKind(sheetFeatures(lines(rows)));

describe("a notice to several units (noticeToUnits), by hand", () => {
  it.each([
    // two units, two scores (92, 85): a review of others' reports
    ["two units scored", ["1.县教育局自评报告得分92分。", "2.县卫健局自评报告得分85分。"], true],
    // townships and a hospital, each a project's score: three different scores
    ["three units' projects scored", ["城关镇公路项目评价得分为91分。", "西河乡饮水项目评价得分为82分。", "县人民医院设备项目评价得分为76分。"], true],
    // one unit's score said twice (95 and 95): one report's own result
    ["one score said twice", ["经我局自评,本项目自评得分95分。", "综上,我局自评得分95分,等级为优。"], false],
    // the parts' scores of one report: 产出指标 / 效益指标 are no units
    ["parts' scores", ["产出指标得分47分。", "效益指标得分28分。", "满意度指标得分9分。"], false],
    // addressees on their own line
    ["addressees", ["各乡镇、各部门:", "现将评审情况通报如下。"], true],
    // one addressee (the authority a report goes to) is no circular
    ["one addressee", ["县财政局:", "现将我局项目自评情况报告如下。"], false],
    // an instruction to several units
    ["instruction", ["各单位要认真整改,提高自评质量。"], true],
    // the unit's own next step is none
    ["own next step", ["下一步,我局要认真整改,提高资金使用效益。"], false],
  ] as [string, string[], boolean][])("%s → %s", (_, rows, expected) => {
    expect(noticeToUnits(documentBody(sheetFeatures(lines(rows))))).toBe(expected);
  });
});

describe("report-vocabulary.ts: the work summary", () => {
  it("a report's second half is read; with 取得的成效 and its evaluation named (自评) it is still read", () => {
    expect(vocabulary(SECOND_HALF)).toBe("project");
    expect(vocabulary([...SECOND_HALF.slice(0, 4), "(三)取得的成效", "经自评,项目运行良好。", ...SECOND_HALF.slice(4)])).toBe("project");
  });
  it.each([
    // the title names a work summary, no evaluation named
    ["named 工作总结", ["县民政局2023年工作总结", ...SECOND_HALF]],
    // a summary's heads (主要做法), no evaluation named
    ["its heads (主要做法)", ["一、主要做法", ...SECOND_HALF]],
    // money (资金拨付), problems, next steps, project (项目实施): four kinds, none a result or the targets, no evaluation named
    ["only money, problems, next steps, project", SECOND_HALF.slice(4).concat(["项目实施总体顺利。"])],
  ] as [string, string[]][])("not read: %s", (_, rows) => expect(vocabulary(rows)).toBeNull());
  it("the last: the same with the evaluation named (自评) is read", () => {
    expect(vocabulary(["本项目自评情况如下。", ...SECOND_HALF.slice(4), "项目实施总体顺利。"])).toBe("project");
  });
});

describe("report-vocabulary.ts: the notice to units", () => {
  it("the report's second half under an addressees' line, or instructing its units, or scoring two units: not read", () => {
    expect(vocabulary(["各县(市、区)财政局:", ...SECOND_HALF])).toBeNull();
    expect(vocabulary([...SECOND_HALF, "各乡镇要加快资金拨付。"])).toBeNull();
    // (项目得分 is no evaluation's result to anyResult: the units' scores refuse it)
    expect(vocabulary([...SECOND_HALF, "城关镇项目得分90分,西河乡项目得分85分。"])).toBeNull();
  });
});

describe("near shapes printed the ways an unseen publisher prints them (fam54-near-shapes.ts)", () => {
  // the prints still read as the family they must not be, with their cause:
  const LEFT = [
    // one cell: the title and addressees run together and documentLines cuts the title at '自评报告' — rep46's reportKind
    // (document-text documentReportKind) reads a report's title there; not fam53's reader
    "a health commission's results notice, scores in sentences|one cell",
    // second half: one project's score, its problems and suggestions — what a report's tail says too
    "a finance bureau's results notice, no addressee line, townships scored|second half",
  ];
  it("every near shape as printed is not its refused family; of the 52 prints (fam59: and its page-noise prints), only the two known", () => {
    const wrong: string[] = [];
    let n = 0;
    for (const s of NEAR_SHAPES) {
      expect(reviewFamily(columnGrid(s.lines))).not.toBe(s.not);
      for (const kind of FAM53_VARIANTS) {
        const v = fam53Variant(kind, columnGrid(s.lines));
        if (!v) continue;
        n++;
        if (reviewFamily(v) === s.not) wrong.push(`${s.name}|${kind}`);
      }
    }
    expect(n).toBe(52);
    expect(wrong).toEqual(LEFT);
  });
});

describe("a bulletin needs its period: real bulletins' prints without it stay out of monitoring", () => {
  const UNDATED: [string, Fam53Variant][] = [
    ["qh-key-projects-progress-september-excerpt", "opening cut"],
    ["sc-garze-key-projects-investment-progress-2017-09", "opening cut"],
    ["sc-garze-key-projects-investment-progress-2017-09", "second half"],
    ["gd-zhuhai-key-projects-progress-2016-jan-may-excerpt", "second half"],
  ];
  it.each(UNDATED)("%s printed '%s': not monitoring; as paragraphs (its period kept): monitoring", (id, kind) => {
    expect(reviewFamily(fam53Variant(kind, realGrid(id))!)).not.toBe("monitoring");
    expect(reviewFamily(fam53Variant("as paragraphs", realGrid(id))!)).toBe("monitoring");
  });
});
