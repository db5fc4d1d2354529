import { readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { FIXTURES, knownGapTests, type GeneratedOutcome } from "../helpers";

/**
 * A survey of published header lines (test/fixtures/header-survey/survey.json): for each table its title, its header
 * line(s) and its first body lines exactly as the page publishes them (merged cells blank but for their first cell),
 * and the family a reviewer gives it. Each entry is laid out as a sheet — the title on row 1, the header from row 2,
 * the body lines under it — and the engine must name the family and read the header on row 2 (the top line of a
 * two-line header). A third of the entries (survey.json "heldOut", drawn with random.Random(20261230)) were never used
 * to write the engine's words: they tell whether the words generalise.
 *
 * Round 2 (entries with "round": 2, vocab22): 41 further tables from 36 pages, mostly budget-performance sheets (项目 /
 * 部门整体支出 self-evaluations, their fund blocks, target tables) and rule sheets of funded subjects; its held-out third
 * ("heldOut2", random.Random(20270101) over the sorted round-2 ids) was drawn before any round-2 entry was read by the
 * engine, and only its pass count is looked at.
 *
 * Why round 1's words did not generalise (development 19 → 22, held out 9 → 9): of the five development entries still
 * failing, only one is a missing word (and a structural one besides); the others are structural or a family feature —
 *   - two header lines, the lower naming the columns under a merged upper cell, and missing words: tw-personnel…
 *   - the items' column with no header word (a blank head cell): two-new-orgs…
 *   - a level column beside a numbering column (项目 | 序号 | 考评内容) and the points only inside the text: cn-village-self-governance…
 *   - no points column at all, the points only in a group's label: cn-civilized-city…
 *   - a title/heading penalty (a 考核 title, no 二级 column, no rule column reads as an assessment's blank tally) over a
 *     header with too few known words (具体内容 is no item word): cn-village-execution…
 * A word added for one table names that table's columns; the held-out tables fail on their structure, not on words.
 */

interface Entry {
  id: string;
  round?: number;
  source: string;
  title: string;
  family: string;
  header: string[][];
  body: string[][];
  /** the header row expected where it is not 2: null for a fund block published alone (no indicator table) */
  headerRow?: number | null;
}

const SURVEY = JSON.parse(readFileSync(join(FIXTURES, "header-survey", "survey.json"), "utf8")) as { heldOut: string[]; heldOut2: string[]; entries: Entry[] };
const HELD_OUT = new Set([...SURVEY.heldOut, ...SURVEY.heldOut2]);
const roundOf = (e: Entry) => e.round ?? 1;

/** The entry as a sheet: title, header line(s), body lines; blank cells null, every line as wide as the widest. */
function surveySheet(e: Entry): Grid {
  const lines = [[e.title], ...e.header, ...e.body];
  const width = Math.max(...lines.map((l) => l.length));
  const values = lines.map((l) => Array.from({ length: width }, (_, i) => (l[i] === undefined || l[i] === "" ? null : l[i])));
  return Grid.fromValues("Sheet1", values, []);
}

/**
 * Entries the engine reads wrong, with the cause. Each must still fail: fixing one turns the test red until its entry
 * is removed. The held-out entries' causes were not studied (their words are no model for the engine's).
 */
const KNOWN: Record<string, string> = {
  "cn-village-execution-assessment-2025-trad::family+header":
    "考核指標 | 具體內容 | 分值 under a 考核辦法 title: no rule, score or explanation column (具体内容 is also the sub-line word under " +
    "审核内容 / 审核要点 of a two-line review form, so it is no explanation word), and a 考核 title without a 二级 column reads as " +
    "an assessment's blank tally",
  "cn-civilized-city-index-2020::family+header":
    "测评类别 | 测评项目 | 测评内容 | 测评方法 is read (three levels) but nothing is weighted: no 分值 column, the points only in the " +
    "测评类别 label (重点工作 (29分)) of the one group the two published lines show",
  // round 2, development
  "head-teacher-work-assessment-rubric::family+header":
    "编号 | 总分值 | 具体评价项目及评价细则 | 奖励分值 | 安评分: the items and their rule named in one head (…项目及…细则), each " +
    "item's points only inside its text; 总分值 merged down beside them",
  "enterprise-safety-culture-demo-scoring::family+header":
    "序号 | 项目分值 | 标准 | 备注: one head naming two roles (项目分值: the item with its points in its label, 责任意识(10分)) " +
    "over criteria whose points are in brackets (2.5); no level word",
  // canteen-hygiene-inspection-score (项目 | 具体项目 | 评分 | 具体项目 | 评分, two item/points pairs a line): read since pairs42
  // (session 42, two-up-forms.ts)
  // held out (causes not studied)
  "rural-road-maintenance-inspection-score::family+header": "held out: not read as a scoring system",
  "waste-sorting-rules-pdf::family+header": "held out: not read as a scoring system",
  "gd-pastoral-complex-pilot-material-review::family+header": "held out (round 2): not read",
  "mine-party-group-target-petition-rules::family+header": "held out (round 2): not read",
  "sc-qingshen-fgj-wage-self-eval-2023-budget::family+header": "held out (round 2): not read",
  "sc-zhongjiang-water-gauge-selfeval-2022-funds::family+header": "held out (round 2): not read",
  "science-education-base-operation-self-eval::family+header": "held out (round 2): not read",
  "zj-xiaoshan-demo-family-farm-review::family+header": "held out (round 2): not read",
};

const outcomes: (GeneratedOutcome & { round: number })[] = SURVEY.entries.map((e) => {
  const m = review(surveySheet(e), "national").model;
  const expected = e.headerRow === undefined ? 2 : e.headerRow;
  const ok = m.family === e.family && m.headerRow === expected;
  const split = HELD_OUT.has(e.id) ? "held out" : "development";
  return { id: e.id, round: roundOf(e), kind: "family+header", ok, detail: `round ${roundOf(e)} ${split}: family ${m.family} (expected ${e.family}), header row ${m.headerRow} (expected ${expected})` };
});
const passing = (round: number, held: boolean) => outcomes.filter((o) => o.round === round && HELD_OUT.has(o.id) === held && o.ok).length;

describe("published header lines (header survey)", () => {
  test("the survey: its entries, sources and held-out third", () => {
    const ids = SURVEY.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const round1 = SURVEY.entries.filter((e) => roundOf(e) === 1).map((e) => e.id);
    const round2 = SURVEY.entries.filter((e) => roundOf(e) === 2).map((e) => e.id);
    expect(round1.length + round2.length).toBe(ids.length);
    expect(SURVEY.heldOut.every((id) => round1.includes(id))).toBe(true);
    expect(SURVEY.heldOut.length).toBe(Math.round(round1.length / 3));
    expect(SURVEY.heldOut2.every((id) => round2.includes(id))).toBe(true);
    expect(SURVEY.heldOut2.length).toBe(Math.round(round2.length / 3));
    for (const e of SURVEY.entries) {
      expect(e.source).toMatch(/^https?:\/\//);
      expect(e.header.length).toBeGreaterThan(0);
      expect(e.body.length).toBeGreaterThan(0);
    }
  });

  test("the engine reads the family and header of most development entries", () => {
    // round 1: 24 of the 27 development entries (19 before the survey's words were added, 22 after them; 24 since a
    // header naming one level, or a blank head left of the rule and score, is read where that column's criteria state
    // their points in brackets; 25 since a two-line header's lower line is read with its merges undone, words only under
    // the blank cells right of a word and nothing under the others: tw-personnel's 評分標準 over 項目 | 配分 | 自評, eng31b)
    expect(passing(1, false)).toBe(25);
    // round 2: 22 of its 27 development entries (20 before: 终分 is now read as the score; a fund block published alone
    // expects no header row, the real sheets' convention — the header row is the indicator table's; 22 since a header's
    // level words are read as a ladder, a lone 檢查項目 over the items beside 最高得分 and a score column the items' level;
    // 24 since a 评分标准 column of bare points is the 分值, and a 考核 title naming no scoring sheet over a score column
    // is no assessment's blank tally; 25 since a form printed two (item, points) pairs a line is read, pairs42)
    expect(passing(2, false)).toBe(25);
  });

  test("held-out entries: the count the engine reads (for the record, not a target)", () => {
    // round 1: 9 of 14; round 2: 8 of 14 (before any round-2 work); round 1: 10 since the header's level words are read
    // as a ladder (eng24a); 11 since a rule table's header words are read (eng25c, not tuned on: the suite's count after);
    // 12 since a two-line header's lower line is read with its merges undone (eng31b, written for the metamorphic 'all
    // unmerged' sheets, not tuned on: the suite's count after)
    expect([passing(1, true), passing(2, true)]).toEqual([12, 8]);
  });

  knownGapTests(outcomes, KNOWN, "every surveyed table's family and header are read");
});
