import { JsonReportStream, FileReport } from "../../src/cli/report";

/** the stream's writes for these file reports, and the report they must spell: JSON.stringify(report, null, 2) */
function streamed(files: unknown[]) {
  const writes: string[] = [];
  const s = new JsonReportStream((t) => writes.push(t));
  s.begin("auto");
  for (const f of files) s.file(f as FileReport);
  s.end([]);
  return { writes, text: writes.join(""), want: JSON.stringify({ version: 1, profile: "auto", files }, null, 2) + "\n" };
}

const indicator = (i: number) => ({ row: i + 4, path: ["产出指标", `数量指标${i}`], weight: i % 3 ? 2.5 : null, weightCell: `C${i + 4}`, claimedScore: 2, scoreCell: null, computedScore: NaN });
const sheet = (rows: number) => ({ sheet: "表1", family: "self-eval", indicators: Array.from({ length: rows }, (_, i) => indicator(i)), total: {}, findings: [] });

describe("JSON report stream: a large file's report written in parts reads as JSON.stringify(report, null, 2)", () => {
  // [what, file reports, writes for the files (begin and end aside)]
  const cases: [string, unknown[], number][] = [
    ["one small file: one write", [{ file: "a.xlsx", error: null, sheets: [sheet(3)] }], 1],
    ["an unreadable file and an empty one", [{ file: "b.xlsx", error: { code: "corrupt", message: "损坏" }, sheets: [] }, { file: "c.xlsx", error: null, sheets: [] }], 2],
    ["2,000 indicator rows: in parts", [{ file: "d.xlsx", error: null, sheets: [sheet(2000), sheet(2)] }], -1],
    [
      "members JSON.stringify leaves out or writes as null, in a large array and object",
      [
        {
          file: "e.xlsx",
          error: null,
          sheets: [{ gone: undefined, fn: () => 1, when: new Date(0), empty: {}, none: [], all: { u: undefined }, rows: Array.from({ length: 900 }, (_, i) => (i % 7 === 0 ? undefined : i % 11 === 0 ? () => i : i % 13 === 0 ? [] : { i, u: undefined, z: -0 })) }],
        },
        { file: "f.xlsx", error: null, sheets: Array.from({ length: 500 }, (_, i) => [i, [[[indicator(i)]]]]) },
      ],
      -1,
    ],
  ];
  test.each(cases)("%s", (_what, files, fileWrites) => {
    const { writes, text, want } = streamed(files);
    expect(text).toBe(want);
    if (fileWrites >= 0) expect(writes.length - 2).toBe(fileWrites);
    else {
      // in parts, none near the length of the whole (a 2,000-row sheet's report is some 400,000 characters)
      expect(writes.length - 2).toBeGreaterThan(files.length);
      expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(40_000);
    }
  });
});
