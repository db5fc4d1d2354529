import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { relationSig } from "./metamorphic";
import { reading } from "./forms53-variants";

/**
 * table54: a group's 分值 beside its items' 分值 with the items' 得分 between them, decided by the sums (table-header
 * groupPointsColumn); an unscored handling list's count head merged over a breakdown on header lines of its own
 * (handling-list-totals.ts); an item's points per thing carried to the lines under it (per-item-points.ts). Hand-built
 * sheets whose numbers a reviewer checks by eye, with counter-shapes.
 */

type Row = (string | number | null)[];
const sheet = (rows: Row[], merges: string[] = []) => new Grid({ name: "Sheet1", cells: rows.map((r) => r.map((v) => (v === null ? null : { v }))), merges });
const same = (c: string) => c;
const sums = (rows: Row[], merges: string[]) => review(sheet(rows, merges), "national").model.relations.filter((r) => r.kind === "sum").map((r) => relationSig(r, same));
const errors = (rows: Row[], merges: string[]) => review(sheet(rows, merges), "national").findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);

describe("a group's 分值 and its items' 分值 with the items' 得分 between them", () => {
  // 综合类 30 over items 10 + 12 + 8 = 30; 业务类 70 over 40 + 30 = 70; the items' scores 9, 12, 6, 38, 30
  const lines = (order: "weight-score" | "score-weight", group: [number, number] = [30, 70]): Row[] => {
    const items: [string, number, number][] = [
      ["1、机制创新", 10, 9],
      ["2、实施方案", 12, 12],
      ["3、宣传培训", 8, 6],
      ["1、重点工作", 40, 38],
      ["2、上报材料", 30, 30],
    ];
    const head: Row = order === "weight-score" ? ["考核项目", "考核内容和要求", "项目分值", "标准分值", "得分", "评分标准"] : ["考核项目", "考核内容和要求", "项目分值", "得分", "标准分值", "评分标准"];
    return [
      head,
      ...items.map(([name, w, s], k): Row => {
        const label = k === 0 ? "综合类" : k === 3 ? "业务类" : null;
        const g = k === 0 ? `${group[0]}分` : k === 3 ? `${group[1]}分` : null;
        return order === "weight-score" ? [label, name, g, w, s, "按要求完成得满分"] : [label, name, g, s, w, "按要求完成得满分"];
      }),
    ];
  };
  const merges = ["A2:A4", "C2:C4", "A5:A6", "C5:C6"];
  test("得分 between: the items' weights 10, 12, 8, 40, 30 as with 标准分值 | 得分 printed in that order", () => {
    const r = review(sheet(lines("score-weight"), merges), "national");
    expect(r.model.columns).toMatchObject({ weight: 5, score: 4 });
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([
      [2, 10, 9],
      [3, 12, 12],
      [4, 8, 6],
      [5, 40, 38],
      [6, 30, 30],
    ]);
    const printed = review(sheet(lines("weight-score"), merges), "national");
    expect(reading(r).indicators).toEqual(reading(printed).indicators);
  });
  test("counter-shape: the merged 分值 not its lines' sums (25 over 10 + 12 + 8 = 30) — not read as the groups' points", () => {
    const r = review(sheet(lines("score-weight", [25, 70]), merges), "national");
    expect(r.model.columns.weight).toBe(3);
  });
});

describe("handling-list-totals: a handling list's count head over a breakdown on three header lines", () => {
  const head: Row[] = [
    ["序号", "单位", "派遣案件总数", null, null, null, null, null, null, "按时办结数", "超时办结数", "未办结数", "结案率"],
    [null, null, "总计", "12345热线", null, null, "政民互动", null, null, null, null, null, null],
    [null, null, null, "按时办结", "超时办结", "未办结", "按时办结", "超时办结", "未办结", null, null, null, null],
  ];
  const merges = ["A1:A3", "B1:B3", "C1:I1", "C2:C3", "D2:F2", "G2:I2", "J1:J3", "K1:K3", "L1:L3", "M1:M3"];
  // each line: C = D+E+F+G+H+I, J = D+G, K = E+H, L = F+I; 结案率 = (J+K)/C
  const unit = (n: number, name: string, d: number, e: number, g: number, h: number): Row => [n, name, d + e + g + h, d, e, 0, g, h, 0, d + g, e + h, 0, "100%"];
  const body: Row[] = [unit(1, "住建局", 87, 0, 12, 0), unit(2, "公安局", 70, 1, 7, 0), unit(3, "城管局", 66, 0, 2, 1), unit(4, "卫健委", 63, 0, 5, 0)];
  test("C4 = D4+…+I4 (87+0+0+12+0+0 = 99), J4 = D4+G4 (99), K4 = E4+H4, L4 = F4+I4 on each of the four lines", () => {
    const s = sums([...head, ...body], merges);
    expect(s).toContain("sum/count C4 ← D4,E4,F4,G4,H4,I4");
    expect(s).toContain("sum/count C7 ← D7,E7,F7,G7,H7,I7");
    expect(s).toContain("sum/count J5 ← D5,G5");
    expect(s).toContain("sum/count K6 ← E6,H6");
    expect(s).toContain("sum/count L7 ← F7,I7");
    expect(s.filter((x) => x.startsWith("sum/count"))).toHaveLength(16);
    expect(errors([...head, ...body], merges)).toEqual([]);
  });
  test("the same sums with every merge undone (a CSV dump: the head written once over blank cells) or filled across and down", () => {
    const printed = sums([...head, ...body], merges);
    expect(sums([...head, ...body], [])).toEqual(printed);
    const filled: Row[] = [
      ["序号", "单位", ...Array(7).fill("派遣案件总数"), "按时办结数", "超时办结数", "未办结数", "结案率"],
      ["序号", "单位", "总计", "12345热线", "12345热线", "12345热线", "政民互动", "政民互动", "政民互动", "按时办结数", "超时办结数", "未办结数", "结案率"],
      ["序号", "单位", "总计", "按时办结", "超时办结", "未办结", "按时办结", "超时办结", "未办结", "按时办结数", "超时办结数", "未办结数", "结案率"],
    ];
    expect(sums([...filled, ...body], [])).toEqual(printed);
  });
  test("a slip in a leaf (D4 87 → 96) breaks C4 (99 vs 108) and J4 (99 vs 108)", () => {
    const slipped = [...head, [1, "住建局", 99, 96, 0, 0, 12, 0, 0, 99, 0, 0, "100%"], ...body.slice(1)];
    expect(errors(slipped, merges).sort()).toEqual(["total-mismatch@C4", "total-mismatch@J4"]);
  });
  test("counter-shapes: a 小计 under each group; two lines off; the breakdown on the head's own line", () => {
    // the groups' own subtotals among the leaves: the whole would count them twice
    const sub = head.map((r, k) => (k === 2 ? [null, null, null, "小计", "超时办结", "未办结", "按时办结", "超时办结", "未办结", null, null, null, null] : r));
    expect(sums([...sub, ...body], merges).filter((x) => /^sum\/count C/.test(x))).toEqual([]);
    // two lines whose whole is not their leaves' sum: another table's arithmetic
    const off = body.map((r, k) => (k < 2 ? r.map((v, c) => (c === 2 ? (v as number) + 5 : v)) : r));
    expect(sums([...head, ...off], merges).filter((x) => /^sum\/count C/.test(x))).toEqual([]);
    // one header line (受理总数 | 办结数 | 办结率): nothing below the head to break it down
    const flat: Row[] = [["序号", "单位", "受理总数", "办结数", "办结率"], [1, "住建局", 10, 9, "90%"], [2, "公安局", 8, 8, "100%"], [3, "城管局", 5, 5, "100%"]];
    expect(sums(flat, []).filter((x) => x.startsWith("sum/count"))).toEqual([]);
  });
});

describe("per-item-points: an item's points per thing carried to the lines under the same merged item", () => {
  // 贺兰's 免疫质量: 牛 2 indicators × 5 = 10 states the 5; 羊 2 × 5 = 10 and 猪 3 × 5 = 15 carry it
  const COW = "牛检测2个指标:口蹄疫O型、A型免疫抗体。每项指标为5分,检测合格率≥70%得满分,每少5%扣1分。";
  const SHEEP = "羊检测2个指标:口蹄疫O型和小反刍兽疫免疫抗体。";
  const PIG = "猪检测3个指标:口蹄疫O型、猪瘟、高致病性猪蓝耳病免疫抗体。";
  const PLAIN = "建立免疫档案,内容填写清楚、防疫员签字到位";
  const rows = (sheep: number, pig: number, pigText = PIG, pigItem: string | null = null) =>
    sheet(
      [["项目", "内容细节", "分值", "扣分", "终分"], ["一、免疫密度", PLAIN, 10, null, null], ["二、强制免疫项目免疫质量", COW, 10, null, null], [null, SHEEP, sheep, null, null], [pigItem, pigText, pig, null, null], ["四、免疫档案", PLAIN, 5, null, null]],
      pigItem ? ["A3:A4"] : ["A3:A5"],
    );
  const products = (g: Grid) => review(g, "national").model.relations.filter((x) => x.kind === "product").map((x) => relationSig(x, same));
  const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell);
  test("C4 = 2 × 5 and C5 = 3 × 5 (the 5 at B3), silent as printed", () => {
    const g = rows(10, 15);
    expect(products(g)).toEqual(["product/weight C3 ← B3,B3", "product/weight C4 ← B4,B3", "product/weight C5 ← B5,B3"]);
    expect(flags(g)).toEqual([]);
  });
  test("a slip in one carried line (C5 14 for 3 × 5) is an error at C5", () => {
    expect(flags(rows(10, 14))).toEqual(["C5"]);
  });
  test("the same with the item's merge undone (its label on its first line, blank below)", () => {
    expect(products(sheet([["项目", "内容细节", "分值", "扣分", "终分"], ["二、强制免疫项目免疫质量", COW, 10, null, null], [null, SHEEP, 10, null, null], [null, PIG, 15, null, null]]))).toEqual([
      "product/weight C2 ← B2,B2",
      "product/weight C3 ← B3,B2",
      "product/weight C4 ← B4,B2",
    ]);
  });
  test("counter-shapes: a line under another item; another count word; points of a line's own; both carried lines off", () => {
    expect(products(rows(10, 15, PIG, "三、猪的免疫质量"))).toEqual(["product/weight C3 ← B3,B3", "product/weight C4 ← B4,B3"]);
    expect(products(rows(10, 15, "猪检测3项:口蹄疫O型、猪瘟、蓝耳病。"))).toEqual(["product/weight C3 ← B3,B3", "product/weight C4 ← B4,B3"]);
    expect(products(rows(10, 15, "猪检测3个指标,合格得15分。"))).toEqual(["product/weight C3 ← B3,B3", "product/weight C4 ← B4,B3"]);
    expect(products(rows(6, 8))).toEqual(["product/weight C3 ← B3,B3"]);
  });
});

describe("bare-points: a group's points in brackets before its name, where the table writes '(N分)name'", () => {
  // 四川 评分表: (20分)项目决策 over (10分)科学决策 (5 + 5) and (10)绩效目标 (5 + 5)
  const table = (second: string, first = "(10分)科学决策", top = "(20分)项目决策") =>
    sheet(
      [
        ["一级指标", "二级指标", "三级指标", "分值", "指标评价内容", "得分"],
        [top, first, "必要性", 5, "项目符合政策", 5],
        [null, null, "可行性", 5, "论证充分", 5],
        [null, second, "明确性", 5, "目标明确", 5],
        [null, null, "合理性", 5, "目标合理", 5],
      ],
      ["A2:A5", "B2:B3", "B4:B5"],
    );
  const rollups = (g: Grid) => review(g, "national").model.relations.filter((r) => r.kind === "rollup").map((r) => relationSig(r, same));
  test("(10)绩效目标 = 5 + 5 read; (20分)项目决策 = 10 + 10 over the two groups; silent", () => {
    expect(rollups(table("(10)绩效目标"))).toEqual(["rollup/weight A2 ← B2,B4", "rollup/weight B2 ← D2,D3", "rollup/weight B4 ← D4,D5"]);
    expect(review(table("(10)绩效目标"), "national").findings.filter((f) => f.severity === "error")).toEqual([]);
  });
  test("(9)绩效目标 over 5 + 5: a weight-sum error at B4", () => {
    const r = review(table("(9)绩效目标"), "national");
    expect(r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`)).toEqual(["weight-sum-mismatch@B4"]);
  });
  test("counter-shapes: the table writes its points after the names ('科学决策(10分)'); a numbering (1), (2)", () => {
    expect(rollups(table("(10)绩效目标", "科学决策(10分)", "项目决策(20分)"))).not.toContain("rollup/weight B4 ← D4,D5");
    expect(rollups(table("(2)绩效目标", "(1)科学决策", "(20分)项目决策"))).not.toContain("rollup/weight B4 ← D4,D5");
  });
});
