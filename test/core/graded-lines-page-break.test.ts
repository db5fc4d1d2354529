import { Converter } from "opencc-js/cn2t";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A 绩效评价结果 table whose labels the page lost (its one heading 绩效等级 left): its lines are read by their content,
 * number | number | grade, and closed by the line of sums. Its heading written again between two lines (the header
 * repeated at a page break) is no line of it and does not end it: the total still adds every line above it.
 */
type V = string | number | null;
const toTraditional = Converter({ from: "cn", to: "tw" });
const HEADING: V[] = [null, null, null, "绩效等级"];
const LINES: V[][] = [
  [null, null, "15.00", "优"],
  [null, "55.00", "49.04", "优"],
  ["产出", "20.00", "20.00", "优"],
  [null, "10.00", "10.00", "优"],
];
const TOTAL: V[] = [null, "100.00", "94.04", "优"];
const BANDS: V[] = ["注:优(≥90)\n良(≥80,<90)\n中(≥60,<80)\n差(<60)"];

type Variant = "merged" | "unmerged" | "traditional";
/** The table, its heading repeated above line `at` (0: not repeated); the title lines merged across where asked. */
function sheet(at: number, variant: Variant, total: V[] = TOTAL): Grid {
  const lines = at ? [...LINES.slice(0, at), HEADING, ...LINES.slice(at)] : LINES;
  const rows: V[][] = [["某市人民法院"], ["2018年度部门整体支出绩效评价报告"], ["绩效评价结果"], HEADING, ...lines, total, BANDS];
  const values = rows.map((r) => r.map((v) => (variant === "traditional" && typeof v === "string" ? toTraditional(v) : v)));
  const merges = variant === "unmerged" ? [] : ["A1:D1", "A2:D2", "A3:D3", `A${rows.length}:D${rows.length}`];
  return Grid.fromValues("Sheet1", values, merges);
}

const totalRollups = (g: Grid) =>
  review(g, "national")
    .model.relations.filter((x) => x.kind === "rollup" && x.level === "total")
    .map((x) => (x.kind === "rollup" ? `${x.measure} ${x.total.value} ← ${x.parts.map((p) => p.value).join(" + ")}` : ""))
    .sort();

describe.each([0, 1, 2, 3])("the heading repeated above line %i (0: not repeated)", (at) => {
  test.each(["merged", "unmerged", "traditional"] as Variant[])("%s: the total adds every line, its grade read from it", (variant) => {
    const g = sheet(at, variant);
    const r = review(g, "national");
    expect(r.model.family).toBe("evaluation-summary");
    expect(r.model.indicators.map((i) => [i.weight, i.claimedScore])).toEqual([[null, 15], [55, 49.04], [20, 20], [10, 10]]);
    // (the first line lost its 分值 cell: its score stands in for it, and the total's 100 can only be short)
    expect(totalRollups(g)).toEqual(["score 94.04 ← 15 + 49.04 + 20 + 10", "weight 100 ← 55 + 20 + 10 + 15"]);
    expect(r.model.relations.filter((x) => x.kind === "grade").length).toBe(1);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
  test.each(["merged", "unmerged", "traditional"] as Variant[])("%s: a total that is not the lines' sum is the error", (variant) => {
    const r = review(sheet(at, variant, [null, "100.00", "95.04", "优"]), "national");
    expect(r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`)).toEqual([`total-mismatch@C${at ? 10 : 9}`]);
  });
});
