import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A project allocation list with no 合计 line (序号 | 项目名称 | 建设地点 | 建设内容 | 投资规模 | 责任单位, its total only in
 * the notice's text above): 投资规模 is the money each project is given, so the list's header is read from its three
 * lines or more, their amounts plain (660) or with the unit fused (20万元). (A shorter numbered list closed by the sheet's
 * end or a 备注 line is read too: header-top-line.test.ts.)
 */
type Row = (string | number | null)[];
const head: Row = ["序号", "项目名称", "建设地点", "建设内容", "投资规模", "责任单位"];
const above: Row[] = [["一、资金来源"], ["县级财政专项扶贫资金1200万元"], ["二、分配原则"], ["2019年专项扶贫资金分配表"]];
const sheet = (h: Row, lines: Row[]) => review(Grid.fromValues("分配表", [...above, h, ...lines], ["A1:F1", "A2:F2", "A3:F3", "A4:F4"]), "national").model;
const plain: Row[] = [
  ["1", "农业特色产业发展项目", "全市", "发展农业特色产业", 660, "扶贫办"],
  ["2", "贫困村危桥改造", "左权、沩山", "危桥改造", 251, "交通局"],
  ["3", "彰仙岭廊桥建设项目", "枫林镇", "廊桥建设", 120, "枫林镇"],
];
const fused: Row[] = plain.map((l) => [...l.slice(0, 4), `${l[4]}万元`, l[5]]);

test.each([
  ["amounts plain (660, 251, 120)", plain],
  ["amounts with their unit fused (660万元 …)", fused],
] as [string, Row[]][])("投资规模 over three projects, %s: header 5, no total", (_, lines) => {
  const m = sheet(head, lines);
  expect(m.headerRow).toBe(5);
  expect(m.totals).toBeNull();
});

test("with a 合计 line under them (660 + 251 + 120 = 1031): header 5, total 1031 at E9", () => {
  const m = sheet(head, [...plain, [null, "合计", null, null, 1031, null]]);
  expect(m.headerRow).toBe(5);
  expect(m.totals?.score).toMatchObject({ cell: "E9", value: 1031 });
});

test.each([
  ["the column holds text (投资规模 written '中型')", head, plain.map((l) => [...l.slice(0, 4), "中型", l[5]])],
  ["a column of another word (建设规模: no money)", ["序号", "项目名称", "建设地点", "建设内容", "建设规模", "责任单位"], plain],
] as [string, Row, Row[]][])("counter-shape: %s — no header", (_, h, lines) => {
  expect(sheet(h, lines).headerRow).toBeNull();
});
