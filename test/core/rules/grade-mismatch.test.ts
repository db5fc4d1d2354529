import { review } from "../../../src/core/review";
import { printedGradeBands } from "../../../src/core/rules/grade-mismatch";
import { cleanProject, projectSheet, ruleTester } from "./builders";

const graded = (total: number, grade: string) => () => projectSheet(cleanProject({ total, grade }));
const inv = (total: number, grade: string, msg: string[]) => () => {
  const b = projectSheet(cleanProject({ total, grade }));
  return { grid: b.grid, expect: { cell: b.total("grade"), message: msg } };
};

ruleTester("grade-mismatch", {
  valid: [
    { name: "national: 100 优", build: graded(100, "优") },
    { name: "national: 90 优 (inclusive lower bound)", build: graded(90, "优") },
    { name: "national: 89.99 良", build: graded(89.99, "良") },
    { name: "national: 85 良", build: graded(85, "良") },
    { name: "national: 65 中", build: graded(65, "中") },
    { name: "national: 优秀 is 优", build: graded(96, "优秀") },
    { name: "national: 59 差", build: graded(59, "差") },
    { name: "xinjiang: 75 中", build: graded(75, "中"), profile: "xinjiang" },
    { name: "xinjiang: 65 差", build: graded(65, "差"), profile: "xinjiang" },
    { name: "pmkpi: 85 优", build: graded(85, "优"), profile: "pmkpi" },
    { name: "pmkpi: 75 良", build: graded(75, "良"), profile: "pmkpi" },
  ],
  invalid: [
    { name: "national: 85 graded 优", build: inv(85, "优", ["总分 85", "按全国口径", "应为「良」", "表中为「优」"]) },
    { name: "national: 89.99 graded 优", build: inv(89.99, "优", ["总分 89.99", "应为「良」"]) },
    { name: "national: 90 graded 良", build: inv(90, "良", ["总分 90", "应为「优」"]) },
    { name: "national: 59.5 graded 中", build: inv(59.5, "中", ["应为「差」"]) },
    { name: "xinjiang: 65 graded 中 (中 starts at 70)", build: inv(65, "中", ["新疆", "应为「差」", "表中为「中」"]), profile: "xinjiang" },
    { name: "pmkpi: 85 graded 良 (优 starts at 80)", build: inv(85, "良", ["应为「优」"]), profile: "pmkpi" },
    { name: "pmkpi: 75 graded 中", build: inv(75, "中", ["应为「良」"]), profile: "pmkpi" },
  ],
});

/**
 * Severity by evidence: grade bands differ between regions (national 中 ≥ 60, Xinjiang 中 ≥ 70, pmkpi 优 ≥ 80),
 * so under bands only ASSUMED (no profile chosen, none detected, none printed) a mismatch is info naming the
 * assumption, unless no known band set gives the stated grade at all (优 for 75). Printed bands, a chosen
 * profile or a detected region whose sources state bands make it an error.
 */
describe("grade-mismatch severity by evidence", () => {
  const PRINTED = "注:评价等级标准:90分(含)以上为优，80(含)-90分为良，60(含)-80分为中，60分以下为差";
  const PRINTED_PMKPI = "注:总分80分(含)以上为优，70(含)-80分为良，60(含)-70分为中，60分以下为差";
  /** [case, total, grade, note row, profile (undefined: auto), severity or null when right, messageId, expected grade] */
  const CASES: [string, number, string, string | undefined, string | undefined, "error" | "info" | null, string?, string?][] = [
    ["assumed national: 85 graded 优 (pmkpi grants 优 from 80)", 85, "优", undefined, undefined, "info", "assumed", "良"],
    ["assumed national: 75 graded 良 (pmkpi grants 良 from 70)", 75, "良", undefined, undefined, "info", "assumed", "中"],
    ["assumed national: 65 graded 差 (Xinjiang: 中 starts at 70)", 65, "差", undefined, undefined, "info", "assumed", "中"],
    ["assumed national: 75 graded 优 (no region grants 优 for 75)", 75, "优", undefined, undefined, "error", "beyondAnyBands", "中"],
    ["assumed national: 95 graded 差 (no region grants 差 for 95)", 95, "差", undefined, undefined, "error", "beyondAnyBands", "优"],
    ["assumed national: 85 graded 良 is right", 85, "良", undefined, undefined, null],
    ["chosen national: 85 graded 优", 85, "优", undefined, "national", "error", "profile", "良"],
    ["chosen pmkpi: 85 graded 优 is right", 85, "优", undefined, "pmkpi", null],
    ["printed national bands: 85 graded 优", 85, "优", PRINTED, undefined, "error", "printed", "良"],
    ["printed pmkpi-like bands: 85 graded 优 is right (the sheet's bands win)", 85, "优", PRINTED_PMKPI, undefined, null],
    ["printed pmkpi-like bands: 75 graded 中", 75, "中", PRINTED_PMKPI, undefined, "error", "printed", "良"],
    ["printed bands: 59 graded 差 is right (60分以下为差)", 59, "差", PRINTED, undefined, null],
  ];
  // rows of different lengths: a rest parameter, so jest never takes a missing argument for `done`
  test.each(CASES)("%s", (...c) => {
    const [, total, grade, note, profile, severity, messageId, expected] = c;
    const b = projectSheet(cleanProject({ total, grade, ...(note ? { note } : {}) }));
    const f = review(b.grid, profile).findings.filter((x) => x.rule === "grade-mismatch");
    if (severity === null) {
      expect(f.map((x) => x.message)).toEqual([]);
      return;
    }
    expect(f.map((x) => [x.cell, x.severity, x.messageId])).toEqual([[b.total("grade"), severity, messageId]]);
    expect(f[0].data).toEqual(expect.objectContaining({ total, expected, stated: grade }));
    if (messageId === "assumed") expect(f[0].message).toMatch(/按全国口径（假定）/);
  });

  test("printed bands are read from the note: 90/80/60/0", () => {
    const b = projectSheet(cleanProject({ note: PRINTED }));
    expect(printedGradeBands(b.grid)?.bands).toEqual([
      { grade: "优", min: 90 },
      { grade: "良", min: 80 },
      { grade: "中", min: 60 },
      { grade: "差", min: 0 },
    ]);
    expect(printedGradeBands(projectSheet(cleanProject()).grid)).toBeNull();
  });

  test.each([
    ["the grade first with its sign, no 分: 优(≥90) 良(≥80,<90) 中(≥60,<80) 差(<60)", "注:优(≥90)\n良(≥80,<90)\n中(≥60,<80)\n差(<60)", [90, 80, 60, 0]],
    ["full-width brackets and ≥ with 分: 优（≥85分） 良（≥75分） 中（≥60分） 差（<60分）", "等级标准：优（≥85分），良（≥75分），中（≥60分），差（<60分）", [85, 75, 60, 0]],
    ["three grades, the lowest with its sign: 优秀(≥90) 合格(≥60) 不合格(<60)", "说明：优秀(≥90)；合格(≥60)；不合格(<60)", [90, 60, 0]],
  ])("printed bands, %s", (_, note, mins) => {
    const b = projectSheet(cleanProject({ note }));
    expect(printedGradeBands(b.grid)?.bands.map((x) => x.min)).toEqual(mins);
  });

  test("bands printed as 优(≥85) …: 80 graded 良 is right, 84 graded 优 is an error against the printed bands", () => {
    const note = "注:优(≥85)\n良(≥75,<85)\n中(≥60,<75)\n差(<60)";
    const at = (total: number, grade: string) => review(projectSheet(cleanProject({ total, grade, note })).grid).findings.filter((x) => x.rule === "grade-mismatch");
    expect(at(80, "良")).toEqual([]);
    expect(at(84, "优").map((x) => [x.severity, x.messageId, x.data?.expected])).toEqual([["error", "printed", "良"]]);
  });
});
