import { countFindings } from "../../src/checker/counts";
import { countsWords } from "../../src/checker/FindingCounts";
import { portFor } from "../taskpane/render";

describe("a workbook's counts for its tabs", () => {
  test("012: four errors (three weight sums, one total), no warning; an ignored finding no longer counts", async () => {
    const port = await portFor("012");
    const [sheet] = await port.listSheets();
    const before = await countFindings(port);
    expect(before.total).toEqual({ errors: 4, warnings: 0 });
    expect(before.sheets[sheet]).toEqual({ errors: 4, warnings: 0 });
    await port.setSettings({ ignores: [{ sheet, rule: "weight-sum-mismatch", cell: "B18", reason: "表内注明的分值为旧口径", at: "2026-11-30T00:00:00Z" }] });
    expect((await countFindings(port)).total).toEqual({ errors: 3, warnings: 0 });
  });

  test("001: one error (a code out of sequence); its rubric points 1.5 of 2 are a hint, not a warning", async () => {
    expect((await countFindings(await portFor("001"))).total).toEqual({ errors: 1, warnings: 0 });
  });

  test("the words a screen reader hears", () => {
    expect(countsWords({ errors: 2, warnings: 1 }, "zh-CN")).toBe("2 个错误，1 个警告");
    expect(countsWords({ errors: 1, warnings: 0 }, "en-US")).toBe("1 error, 0 warnings");
  });
});
