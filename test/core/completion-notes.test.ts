import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A completion rate's state noted beside it (目标任务 | 进度 | 完成目标(%) | 备注): 超额完成 above 100, 已完成 at 100, 未完成
 * below. A note that contradicts the rate as the sheet shows it is an error (completion-note-mismatch, noteState); a line
 * above 100 with a blank note where the column notes 超额完成 on two other lines or more is a warning (noteMissing). The
 * rule is its own (until session 33 grade-mismatch reported these): ignoring grade-mismatch does not ignore them.
 */
type Row = (string | number | null)[];
const head: Row = ["项目", "目标任务", "进度", "完成目标(%)", "备注"];
const good: Row[] = [
  ["城镇新增就业(人)", 26000, 32095, 123.4, "超额完成"],
  ["城镇失业人员再就业(人)", 4000, 4934, 123.4, "超额完成"],
  ["劳务品牌培训(人)", 2425, 2425, 100, "已完成"],
  ["青年劳动者技能培训(人)", 3000, 2700, 90, "未完成"],
];
const sheet = (lines: Row[], h: Row = head) => Grid.fromValues("进度", [["民生工程项目实施进度表"], h, ...lines], ["A1:E1"]);
const notes = (lines: Row[], h: Row = head) =>
  review(sheet(lines, h), "national")
    .findings.filter((f) => f.rule === "completion-note-mismatch")
    .map((f) => `${f.severity} ${f.messageId} ${f.cell}`);

test("every note agrees with its rate (123.4 超额完成, 100 已完成, 90 未完成): nothing flagged", () => {
  expect(notes(good)).toEqual([]);
});

test.each([
  ["超额完成 at 100 (已完成 expected)", 2, "超额完成", ["error noteState E5"]],
  ["未完成 at 123.4", 0, "未完成", ["error noteState E3"]],
  ["已完成 at 90", 3, "已完成", ["error noteState E6"]],
  ["the note left blank at 123.4, the column noting 超额完成 on another line — one only: not enough", 0, null, []],
] as [string, number, string | null, string[]][])("%s", (_, line, note, expected) => {
  const lines = good.map((l) => [...l]);
  lines[line][4] = note;
  expect(notes(lines)).toEqual(expected);
});

test("the note left blank at 123.4 where two other lines note 超额完成: a warning", () => {
  const lines = [...good.map((l) => [...l]), ["妇女居家灵活就业培训(人)", 4000, 4856, 121.4, "超额完成"]];
  lines[0][4] = null;
  expect(notes(lines)).toEqual(["warning noteMissing E3"]);
});

test.each([
  ["a note that is no state (达到时间进度)", "达到时间进度"],
  ["a sentence", "发放一次性创业补贴262万元"],
] as [string, string][])("counter-shape: %s at 90 — nothing flagged", (_, note) => {
  const lines = good.map((l) => [...l]);
  lines[3][4] = note;
  expect(notes(lines)).toEqual([]);
});

test("counter-shape: the rate's column is no completion's (资金到位率(%)) — no note read", () => {
  const h: Row = ["项目", "计划安排", "实际到位", "资金到位率(%)", "备注"];
  const lines = good.map((l) => [...l]);
  lines[0][4] = "未完成";
  expect(notes(lines, h)).toEqual([]);
});

test("the notes' findings carry their own rule id, none grade-mismatch's (a user ignoring grades still sees them)", () => {
  const lines = good.map((l) => [...l]);
  lines[0][4] = "未完成";
  lines[3][4] = "已完成";
  const f = review(sheet(lines), "national").findings.filter((x) => x.messageId === "noteState" || x.messageId === "noteMissing");
  expect(f.map((x) => `${x.rule} ${x.cell}`)).toEqual(["completion-note-mismatch E3", "completion-note-mismatch E6"]);
  expect(review(sheet(lines), "national").findings.filter((x) => x.rule === "grade-mismatch")).toEqual([]);
  // the message names the rate as shown and the state it should be: 123.4% is 超额完成, 90% 未完成
  expect(f.map((x) => [x.data?.rate, x.data?.stated, x.data?.expected])).toEqual([[123.4, "未完成", "超额完成"], [90, "已完成", "未完成"]]);
});
