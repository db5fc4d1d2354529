import { reviewWorkbookBytes } from "../../src/checker/review-job";
import { twoStackedForms, xlsxOf } from "../helpers/stacked-forms";

describe("the desk's review job on a sheet of two stacked forms (test/helpers/stacked-forms.ts)", () => {
  test("one input per form: its rows, project, re-check total and grade", async () => {
    const bytes = await xlsxOf("自评表", twoStackedForms());
    const out = await reviewWorkbookBytes({ id: 1, path: "交来的表/stacked.xlsx", bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    expect(out.file.sheets.map((s) => [s.sheet, s.rows, s.facts.projectName, s.total.computed, s.grade.computed])).toEqual([
      ["自评表", { from: 1, to: 11 }, "甲项目", 96, "优"],
      ["自评表", { from: 12, to: 21 }, "乙项目", 90.33, "优"],
    ]);
  });
});
