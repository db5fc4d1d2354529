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
 */

interface Entry {
  id: string;
  source: string;
  title: string;
  family: string;
  header: string[][];
  body: string[][];
}

const SURVEY = JSON.parse(readFileSync(join(FIXTURES, "header-survey", "survey.json"), "utf8")) as { heldOut: string[]; entries: Entry[] };
const HELD_OUT = new Set(SURVEY.heldOut);

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
  "cn-village-self-governance-rubric::family+header":
    "项目 | 序号 | 考评内容: no weight column, each item's points only inside its text (…(1分)); 项目 and 序号 name no level",
  "cn-civilized-city-index-2020::family+header":
    "测评类别 | 测评项目 | 测评内容 | 测评方法 is read (three levels) but nothing is weighted: no 分值 column, the points only in the " +
    "测评类别 label (重点工作 (29分)) of the one group the two published lines show",
  "two-new-orgs-party-building-score::family+header":
    "the items' column has no header word (its cell is blank): 评分标准 | 得分 alone name no level, the items (有班子 (10分)) sit " +
    "under a blank head",
  "tw-personnel-dept-self-assessment-trad::family+header":
    "a Taiwanese 績效評核自評報告: 單位績效目標(配分%) | 績效衡量指標 over 預期成果 | 執行成果 and 評分標準 over 項目 | 配分 | 自評 — " +
    "no level word (目標 / 衡量指標 / 項目) and the 配分 / 自評 of a criterion per line, four lines per goal",
  // held out (causes not studied)
  "coal-safety-pay-assessment-rules::family+header": "held out: not read as a scoring system",
  "food-safety-model-shop-rules::family+header": "held out: not read as a scoring system",
  "rural-road-maintenance-inspection-score::family+header": "held out: not read as a scoring system",
  "grassroots-party-building-score::family+header": "held out: not read as a scoring system",
  "waste-sorting-rules-pdf::family+header": "held out: not read as a scoring system",
};

const outcomes: GeneratedOutcome[] = SURVEY.entries.map((e) => {
  const m = review(surveySheet(e), "national").model;
  const ok = m.family === e.family && m.headerRow === 2;
  const split = HELD_OUT.has(e.id) ? "held out" : "development";
  return { id: e.id, kind: "family+header", ok, detail: `${split}: family ${m.family} (expected ${e.family}), header row ${m.headerRow} (expected 2)` };
});

describe("published header lines (header survey)", () => {
  test("the survey: its entries, sources and held-out third", () => {
    const ids = SURVEY.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(SURVEY.heldOut.every((id) => ids.includes(id))).toBe(true);
    expect(SURVEY.heldOut.length).toBe(Math.round(ids.length / 3));
    for (const e of SURVEY.entries) {
      expect(e.source).toMatch(/^https?:\/\//);
      expect(e.header.length).toBeGreaterThan(0);
      expect(e.body.length).toBeGreaterThan(0);
    }
  });

  test("the engine reads the family and header of most development entries", () => {
    const dev = outcomes.filter((o) => !HELD_OUT.has(o.id));
    // 22 of the 27 development entries (19 before the survey's words were added)
    expect(dev.filter((o) => o.ok).length).toBe(22);
  });

  knownGapTests(outcomes, KNOWN, "every surveyed table's family and header are read");
});
