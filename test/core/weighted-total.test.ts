import { Grid } from "../../src/core/grid/grid";
import { weightedTotals } from "../../src/core/recognise/weighted-totals";
import { evaluateRelation } from "../../src/core/relations";
import { review } from "../../src/core/review";

/**
 * A weighted total across a line (recognise/weighted-totals.ts): parts whose heads state their shares, adding up to
 * 100%, beside the total they weigh into (南通 2017-08 街道考核结果: 系统考核得分 | 现场考核得分 | 履职考核得分 | 总分 over
 * '(占40%) | (占40%) | (占20%)'). Each line's total is Σ share × part at the shown precision, each part's rounding times
 * its share allowed; a slip is total-mismatch at the total's cell.
 */
type Row = (string | number)[];

const TITLE = "某市2017年8月各街道城市长效管理考核结果";
const HEAD: Row = ["街道名称", "系统考核得分", "现场考核得分", "履职考核得分", "总分", "排名"];
const SHARES: Row = ["", "(占40%)", "(占40%)", "(占20%)", "", ""];
/**
 * by hand: 0.4×95.65 + 0.4×93.73 + 0.2×95.80 = 38.26 + 37.492 + 19.16 = 94.912 → 94.91;
 * 0.4×95.37 + 0.4×93.80 + 0.2×96.15 = 38.148 + 37.52 + 19.23 = 94.898 → 94.90;
 * 0.4×95.53 + 0.4×91.01 + 0.2×91.60 = 38.212 + 36.404 + 18.32 = 92.936, printed 92.93 (the parts' own rounding, up to
 * 0.005 × (0.4 + 0.4 + 0.2) = 0.005, and the total's 0.005: 92.921 … 92.951 agree);
 * 0.4×95.00 + 0.4×92.42 + 0.2×87.55 = 38 + 36.968 + 17.51 = 92.478 → 92.48
 */
const LINES: Row[] = [
  ["甲街道", "95.65", "93.73", "95.80", "94.91", 1],
  ["乙街道", "95.37", "93.80", "96.15", "94.90", 2],
  ["丙街道", "95.53", "91.01", "91.60", "92.93", 3],
  ["丁街道", "95.00", "92.42", "87.55", "92.48", 4],
];

/** The sheet: title, header, its share line (or none), the lines with `edits` ({ "E5": "95.41" }: column letter, row). */
function sheet(head: Row, shares: Row | null, lines: Row[], edits: Record<string, string | number> = {}): Grid {
  const rows: Row[] = [[TITLE], head, ...(shares ? [shares] : []), ...lines.map((l) => [...l])];
  for (const [cell, v] of Object.entries(edits)) {
    const col = cell.charCodeAt(0) - 64;
    const row = Number(cell.slice(1));
    rows[row - 1][col - 1] = v;
  }
  return Grid.fromValues("Sheet1", rows);
}

const totalFindings = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch");
const read = (g: Grid) => weightedTotals(g).map((r) => `${r.kind} ${r.total.cell} ← ${r.parts.map((p) => p.cell).join(",")}`);

describe("a weighted total read and checked line by line", () => {
  test("the shares on the line under the heads: one weighted relation per line, each holding (92.93 for 92.936 within rounding)", () => {
    const g = sheet(HEAD, SHARES, LINES);
    const rs = weightedTotals(g);
    expect(read(g)).toEqual(["weighted E4 ← B4,C4,D4", "weighted E5 ← B5,C5,D5", "weighted E6 ← B6,C6,D6", "weighted E7 ← B7,C7,D7"]);
    expect(rs[0].kind === "weighted" && rs[0].shares.map((s) => [s.cell, s.value])).toEqual([["B3", 0.4], ["C3", 0.4], ["D3", 0.2]]);
    expect(rs.map((r) => evaluateRelation(r).ok)).toEqual([true, true, true, true]);
    expect(rs.map((r) => evaluateRelation(r).computed)).toEqual([94.912, 94.898, 92.936, 92.478]);
    expect(totalFindings(g)).toEqual([]);
  });

  test("a long note's head right of the total (考核情况说明(含扣分原因及整改要求)) is no column the total weighs", () => {
    const head = [...HEAD, "考核情况说明(含扣分原因及整改要求及其他需要说明的事项)"];
    const g = sheet(head, [...SHARES, ""], LINES.map((l) => [...l, "无"]), { E4: "95.41" });
    expect(totalFindings(g).map((x) => x.cell)).toEqual(["E4"]);
  });

  test("a group's head over the parts (考核得分 merged over 系统(40%) | 现场(40%) | 履职(20%)), 总分 merged down: read; 分配因素 over them: not", () => {
    const rows = (group: string) => [
      [TITLE],
      ["街道名称", group, "", "", "总分", "排名"],
      ["", "系统(40%)", "现场(40%)", "履职(20%)", "", ""],
      ...LINES.map((l) => [...l]),
    ];
    const merges = ["A2:A3", "B2:D2", "E2:E3", "F2:F3"];
    const g = Grid.fromValues("Sheet1", rows("考核得分"), merges);
    expect(read(g)).toEqual(["weighted E4 ← B4,C4,D4", "weighted E5 ← B5,C5,D5", "weighted E6 ← B6,C6,D6", "weighted E7 ← B7,C7,D7"]);
    expect(read(Grid.fromValues("Sheet1", rows("分配因素"), merges))).toEqual([]);
  });

  test("moved 3 rows down and 2 columns right: the same relations, moved; the slip found at its moved cell", () => {
    const pad = (rows: Row[]) => [[], [], [], ...rows.map((x) => ["", "", ...x])];
    const rows = pad([[TITLE], HEAD, SHARES, ...LINES.map((l) => [...l])]);
    expect(read(Grid.fromValues("Sheet1", rows))).toEqual(["weighted G7 ← D7,E7,F7", "weighted G8 ← D8,E8,F8", "weighted G9 ← D9,E9,F9", "weighted G10 ← D10,E10,F10"]);
    rows[6][6] = "95.41";
    expect(totalFindings(Grid.fromValues("Sheet1", rows)).map((x) => x.cell)).toEqual(["G7"]);
  });

  test("full-width brackets and percent signs, a spaced 总 分 (as published): read the same", () => {
    const head = [...HEAD];
    head[4] = "总 分";
    expect(read(sheet(head, ["", "（占40％）", "（占40％）", "（占20％）", "", ""], LINES))).toEqual(read(sheet(HEAD, SHARES, LINES)));
    expect(read(sheet(HEAD, SHARES, LINES)).length).toBe(4);
    // (a total's head stating the whole: 总分(100%) is the total, no part of 100%; the shares are read against it too, a
    // weight rollup that holds: 40 + 40 + 20 = 100 — wsum41)
    const whole = [...HEAD];
    whole[4] = "总分(100%)";
    expect(read(sheet(whole, SHARES, LINES))).toEqual(["rollup E2 ← B3,C3,D3", ...read(sheet(HEAD, SHARES, LINES))]);
  });

  test("shares typed as percents on the line under the names (40% | 40% | 20%, numbers in a percent format): read the same", () => {
    const g = sheet(HEAD, SHARES, LINES).withCells(["B3", "C3", "D3"].map((cell, k) => ({ cell, value: { v: [0.4, 0.4, 0.2][k], fmt: "0%" } })));
    expect(read(g)).toEqual(read(sheet(HEAD, SHARES, LINES)));
    // (as texts: '40%' alone)
    expect(read(sheet(HEAD, ["", "40%", "40%", "20%", "", ""], LINES))).toEqual(read(sheet(HEAD, SHARES, LINES)));
  });

  // shape and counter-shape of the tolerance, on 丙街道 (E6, 92.936 computed)
  test.each([
    ["92.94 (92.936 rounded half-up)", "92.94", false],
    ["92.93 (within the parts' rounding)", "92.93", false],
    ["92.95 (92.936 + 0.014: at most 0.005 + 0.005 above)", "92.95", true],
    ["92.91 (0.026 below: past one unit of truncation and the parts' 0.005)", "92.91", true],
    ["93.43 (a slip of 0.5)", "93.43", true],
  ])("E6 %s", (_, v, flagged) => {
    const f = totalFindings(sheet(HEAD, SHARES, LINES, { E6: v }));
    expect(f.map((x) => x.cell)).toEqual(flagged ? ["E6"] : []);
  });

  test("a slip of 0.5 on one line: found at its total, an error, with 0.4×95.65 + 0.4×93.73 + 0.2×95.80 = 94.91 in its message", () => {
    const f = totalFindings(sheet(HEAD, SHARES, LINES, { E4: "95.41" }));
    expect(f.map((x) => [x.cell, x.severity ?? "error"])).toEqual([["E4", "error"]]);
    expect(f[0].related).toEqual(expect.arrayContaining(["B4", "C4", "D4"]));
    expect(f[0].message).toContain("甲街道总分 95.41");
    expect(f[0].message).toContain("系统考核得分 95.65 × 40% + 现场考核得分 93.73 × 40% + 履职考核得分 95.8 × 20% = 94.91");
  });

  // (whole-number parts are each read as shown rounded, ±0.5 times their share: 83 ± 0.5 rounds to 83 or 84 at most, so
  // a whole-number slip must pass 84 to be sure; 85 is)
  test("shares in the heads (自评得分(×30%) | 复核得分(×70%) | 综合得分): 0.3×90 + 0.7×80 = 83; 84 within the parts' rounding, 85 a slip", () => {
    const head = ["单位", "自评得分(×30%)", "复核得分(×70%)", "综合得分"];
    // 0.3×90 + 0.7×80 = 83; 0.3×100 + 0.7×95 = 96.5; 0.3×88 + 0.7×92 = 90.8
    const lines = [["甲局", 90, 80, 83], ["乙局", 100, 95, 96.5], ["丙局", 88, 92, 90.8]];
    expect(totalFindings(sheet(head, null, lines))).toEqual([]);
    expect(totalFindings(sheet(head, null, lines, { D3: 84 })).map((x) => x.cell)).toEqual([]);
    expect(totalFindings(sheet(head, null, lines, { D3: 85 })).map((x) => x.cell)).toEqual(["D3"]);
  });

  test("parts named by their assessment, the share after the name (平时考核30% | 年终考核70% | 综合得分): 0.3×92 + 0.7×85 = 87.1", () => {
    const head = ["单位", "平时考核30%", "年终考核70%", "综合得分"];
    // 27.6 + 59.5 = 87.1; 0.3×80 + 0.7×90 = 24 + 63 = 87; 0.3×96 + 0.7×94 = 28.8 + 65.8 = 94.6
    const lines = [["甲科", 92, 85, 87.1], ["乙科", 80, 90, 87], ["丙科", 96, 94, 94.6]];
    expect(read(sheet(head, null, lines))).toEqual(["weighted D3 ← B3,C3", "weighted D4 ← B4,C4", "weighted D5 ← B5,C5"]);
    expect(totalFindings(sheet(head, null, lines, { D4: 89 })).map((x) => x.cell)).toEqual(["D4"]);
  });

  test("a 权重 line under the heads (权重 | 0.4 | 0.6): 0.4×70 + 0.6×100 = 88; 90 is a slip; a line of 40 | 60 reads the same", () => {
    const head = ["单位", "日常考核得分", "年终考核得分", "总分"];
    // 0.4×90 + 0.6×80 = 84; 0.4×70 + 0.6×100 = 88; 0.4×95 + 0.6×85 = 89
    const lines = [["甲局", 90, 80, 84], ["乙局", 70, 100, 88], ["丙局", 95, 85, 89]];
    expect(totalFindings(sheet(head, ["权重", 0.4, 0.6, ""], lines))).toEqual([]);
    expect(totalFindings(sheet(head, ["权重", 0.4, 0.6, ""], lines, { D5: 90 })).map((x) => x.cell)).toEqual(["D5"]);
    expect(totalFindings(sheet(head, ["权重", 40, 60, ""], lines, { D5: 90 })).map((x) => x.cell)).toEqual(["D5"]);
    // (no 权重 label: bare numbers under the names are a line of numbers, no shares)
    expect(read(sheet(head, ["", 0.4, 0.6, ""], lines))).toEqual([]);
  });

  test("parts already weighted (政务满意度指数(70%) | 经济指数(30%) | 综合指数): the total is their plain sum, 59.97 + 26 = 85.97", () => {
    const head = ["县(市、区)", "政务满意度指数(70%)", "经济指数(30%)", "综合指数(百分制)", "综合排名"];
    const lines = [["地区1", "59.97", 26, "85.97", 1], ["地区2", "61.95", 22, "83.95", 2], ["地区3", "62.11", 21, "83.11", 3]];
    expect(read(sheet(head, null, lines))).toEqual(["sum D3 ← B3,C3", "sum D4 ← B4,C4", "sum D5 ← B5,C5"]);
    expect(totalFindings(sheet(head, null, lines))).toEqual([]);
    // 61.95 + 22 = 83.95, stated 84.95
    const f = totalFindings(sheet(head, null, lines, { D4: "84.95" }));
    expect(f.map((x) => [x.cell, x.severity ?? "error"])).toEqual([["D4", "error"]]);
    expect(f[0].message).toContain("83.95");
  });
});

describe("no relation where the header does not state all of it", () => {
  // (each case's lines agree with a reading that took the header as it stands, so a guard missing would read them)
  test("shares adding up to 90% (40% + 40% + 10%), the totals 0.4 × 系统 + 0.4 × 现场 + 0.1 × 履职 on every line", () => {
    // 38.26 + 37.492 + 9.58 = 85.332; 38.148 + 37.52 + 9.615 = 85.283; 38.212 + 36.404 + 9.16 = 83.776; 38 + 36.968 + 8.755 = 83.723
    const lines = LINES.map((l, k) => [...l.slice(0, 4), ["85.33", "85.28", "83.78", "83.72"][k], l[5]]);
    expect(read(sheet(HEAD, ["", "(占40%)", "(占40%)", "(占10%)", "", ""], lines))).toEqual([]);
    // (the same lines under 40% + 40% + 20% disagree: the guard, not the lines, leaves them)
  });

  test.each([
    ["a part without its share (履职考核得分 over nothing)", HEAD, ["", "(占40%)", "(占40%)", "", "", ""]],
    ["a total column not named as one (平均分)", ["街道名称", "系统考核得分", "现场考核得分", "履职考核得分", "平均分", "排名"], SHARES],
  ])("%s", (_, head, shares) => {
    expect(read(sheet(head, shares, LINES, { E4: "95.41" }))).toEqual([]);
  });

  // 0.5×95.65 + 0.5×93.73 = 94.69; 0.5×95.37 + 0.5×93.80 = 94.585, + 1 = 95.585 → 95.59; 0.5×95.53 + 0.5×91.01 = 93.27
  const BONUS_LINES: Row[] = [["甲街道", "95.65", "93.73", 0, "94.69"], ["乙街道", "95.37", "93.80", 1, "95.59"], ["丙街道", "95.53", "91.01", 0, "93.27"]];
  test.each([
    ["a 加分 column between the parts and the total (乙街道's 1 point in its 总分)", "加分"],
    ["a column naming no part between the parts and the total", "其他"],
  ])("%s: no relation, no finding", (_, name) => {
    const g = sheet(["街道名称", "系统考核得分", "现场考核得分", name, "总分"], ["", "(占50%)", "(占50%)", "", ""], BONUS_LINES);
    expect(read(g)).toEqual([]);
    expect(totalFindings(g)).toEqual([]);
  });

  test("a rank's head with a share (排名(20%)) is no part: no relation", () => {
    // 0.4×95.65 + 0.4×93.73 + 0.2×1 = 75.952 → 75.95: a reading taking the rank as a part would agree
    const lines = [["甲街道", "95.65", "93.73", 1, "75.95"], ["乙街道", "95.37", "93.80", 2, "76.07"], ["丙街道", "95.53", "91.01", 3, "75.22"]];
    expect(read(sheet(["街道名称", "系统考核得分(40%)", "现场考核得分(40%)", "排名(20%)", "总分"], null, lines))).toEqual([]);
  });

  test("a rank column between the parts and the total is no part: the relation is read over the two scores", () => {
    const head = ["街道名称", "系统考核得分", "现场考核得分", "排名", "总分"];
    // 0.5×95.65 + 0.5×93.73 = 94.69; 0.5×95.37 + 0.5×93.80 = 94.585 → 94.59; 0.5×95.53 + 0.5×91.01 = 93.27
    const lines = [["甲街道", "95.65", "93.73", 1, "94.69"], ["乙街道", "95.37", "93.80", 2, "94.59"], ["丙街道", "95.53", "91.01", 3, "93.27"]];
    const shares = ["", "(占50%)", "(占50%)", "", ""];
    expect(read(sheet(head, shares, lines))).toEqual(["weighted E4 ← B4,C4", "weighted E5 ← B5,C5", "weighted E6 ← B6,C6"]);
    expect(totalFindings(sheet(head, shares, lines, { E5: "95.09" })).map((x) => x.cell)).toEqual(["E5"]);
  });

  test("a part whose values are the ranks 1 … n, each once, under a score's name: no relation", () => {
    const head = ["街道名称", "系统考核得分(50%)", "现场考核得分(50%)", "总分"];
    const lines = [["甲街道", "95.65", 1, "48.33"], ["乙街道", "95.37", 2, "48.69"], ["丙街道", "95.53", 3, "49.27"]];
    expect(read(sheet(head, null, lines))).toEqual([]);
  });

  test("lines that mostly disagree with both readings (a total computed some other way): no relation", () => {
    // 0.4×95.65 + 0.4×93.73 + 0.2×95.80 = 94.912 against 97; 94.898 against 96; 92.936 against 95; 92.478 against 92.48
    const lines = LINES.map((l, k) => (k < 3 ? [...l.slice(0, 4), ["97", "96", "95"][k], l[5]] : l));
    expect(read(sheet(HEAD, SHARES, lines))).toEqual([]);
  });
});

describe("a weighted evaluation in lines (评价准则 | 权重(%) | 评价分值 | 加权得分)", () => {
  // 20% × 90 = 18; 30% × 80 = 24; 30% × 85 = 25.5; 20% × 95 = 19; closing 18 + 24 + 25.5 + 19 = 86.5
  const rows = (weights: (string | number)[] = ["20%", "30%", "30%", "20%", "100%"]): Row[] => [
    ["某贷款项目绩效评价结果"],
    ["评价准则", "权重(%)", "评价分值", "加权得分"],
    ["相关性", weights[0], 90, 18],
    ["效率", weights[1], 80, 24],
    ["效果", weights[2], 85, 25.5],
    ["可持续性", weights[3], 95, 19],
    ["合计", weights[4], "", 86.5],
  ];
  const grid = (r: Row[], edits: Record<string, number> = {}) => sheetOf(r, edits);

  test("each line's 加权得分 is its 评价分值 × 权重; the closing 加权得分 is read once, by the block scan, as the lines' sum", () => {
    const g = grid(rows());
    // (and the 权重 column against the closing 100%, a weight rollup that holds: 20 + 30 + 30 + 20 = 100 — wsum41)
    expect(read(g)).toEqual(["rollup B7 ← B3,B4,B5,B6", "weighted D3 ← C3", "weighted D4 ← C4", "weighted D5 ← C5", "weighted D6 ← C6"]);
    const closing = review(g, "national").model.relations.filter((r) => (r.kind === "sum" || r.kind === "weighted") && r.total.cell === "D7");
    expect(closing.map((r) => `${r.kind} ${r.kind === "sum" ? r.parts.map((p) => p.cell).join(",") : ""}`)).toEqual(["sum D3,D4,D5,D6"]);
    expect(totalFindings(g)).toEqual([]);
    // weights in points of 100 (20 | 30 | 30 | 20 | 100) read the same
    expect(read(grid(rows([20, 30, 30, 20, 100])))).toEqual(read(g));
  });

  test("a line's 加权得分 off (效率 25 for 30% × 80 = 24): one finding, at D4 — the closing sum, broken only through it, is not reported again", () => {
    const f = totalFindings(grid(rows(), { D4: 25 }));
    expect(f.map((x) => x.cell)).toEqual(["D4"]);
    expect(f[0].message).toContain("评价分值 80 × 30% = 24");
  });

  test("the closing 加权得分 off (87.5 for 86.5): found at D7 only (the lines hold)", () => {
    // (D7 is reported twice on this grid, as before this relation: the closing line is read both as the table's 总分 rollup
    // and as blocks.ts's weighted sum — two readings of one sum that predate it, left as they are)
    expect([...new Set(totalFindings(grid(rows(), { D7: 87.5 })).map((x) => x.cell))]).toEqual(["D7"]);
  });

  // a line's 加权得分 shown rounded (资阳 亚行贷款 评价's figures): 50% × 77.39 = 38.695, shown 38.70; closing
  // 20.00 + 38.70 + 14.78 + 9.20 = 82.68. A slip in that line (45.70): with the line at what its parts give, 38.695 shown to
  // its two decimals (38.70), the closing sum holds, so it is that slip's consequence, not a second finding
  const rounded: Row[] = [
    ["某贷款项目绩效评价结果"],
    ["评价准则", "权重(%)", "评价分值(百分制)", "加权平均得分"],
    ["相关性", "20%", "100.00", "20.00"],
    ["效率", "50%", "77.39", "38.70"],
    ["效果", "20%", "73.90", "14.78"],
    ["可持续性", "10%", "92.00", "9.20"],
    ["项目绩效", "100%", "/", "82.68"],
  ];
  test.each([
    ["效率 45.70 for 38.70 (computed 38.695): D4 only, the closing sum not again", { D4: "45.70" }, ["D4"]],
    ["相关性 27.00 for 20.00 (computed 20 exactly): D3 only", { D3: "27.00" }, ["D3"]],
    ["the closing line 83.68 for 82.68, the lines holding: D7 only", { D7: "83.68" }, ["D7"]],
    ["效率 45.70 and the closing line 99.68 (off by more than that slip: 82.68 with the line at 38.70): both", { D4: "45.70", D7: "99.68" }, ["D4", "D7"]],
    ["效率 45.70 and the closing line 89.68 (the slip carried into it: the closing sum holds): D4 only", { D4: "45.70", D7: "89.68" }, ["D4"]],
  ])("a weighted line shown rounded: %s", (_name, edits, cells) => {
    const copy = rounded.map((r) => [...r]);
    for (const [cell, v] of Object.entries(edits as Record<string, string>)) copy[Number(cell.slice(1)) - 1][cell.charCodeAt(0) - 65] = v;
    expect([...new Set(totalFindings(Grid.fromValues("Sheet1", copy)).map((x) => x.cell))].sort()).toEqual(cells);
  });

  test("weights adding up to 90% down the lines (20 | 30 | 20 | 20, closed by 100): the slip is 效果's 20 (at 30, 30% × 85 = 25.5), told at B5; its line not read", () => {
    // (before wsum41 no line was read; now the weights are read against the closing 100 and the one weight that makes
    // them 100 and its line agree is named: 30% × 90 = 27, 40% × 80 = 32, 30% × 95 = 28.5 fix no other line)
    const g = grid(rows([20, 30, 20, 20, 100]));
    expect(read(g)).toEqual(["rollup B7 ← B3,B4,B5,B6", "weighted D3 ← C3", "weighted D4 ← C4", "weighted D6 ← C6"]);
    const shares = weightedTotals(g).find((r) => r.kind === "rollup");
    expect(shares && shares.kind === "rollup" && [shares.reportAt, shares.shareFix?.value]).toEqual(["B5", 30]);
    // (in this hand-made sheet the indicator reading also sums the 权重 column into its 合计 line, the same stated cell:
    // that relation is the one kept, 20 + 30 + 20 + 20 = 90 against 100 at B7 — one finding, no total-mismatch at D5)
    const f = review(g, "national").findings.filter((x) => x.rule === "weight-sum-mismatch" || x.rule === "total-mismatch");
    expect(f.map((x) => [x.rule, x.cell, x.data!.sum])).toEqual([["weight-sum-mismatch", "B7", 90]]);
  });
});

/** Rows with edits ({ D4: 25 }: column letter, row). */
function sheetOf(rows: Row[], edits: Record<string, number>): Grid {
  const copy = rows.map((r) => [...r]);
  for (const [cell, v] of Object.entries(edits)) copy[Number(cell.slice(1)) - 1][cell.charCodeAt(0) - 65] = v;
  return Grid.fromValues("Sheet1", copy);
}
