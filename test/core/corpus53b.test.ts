import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { textRates } from "../../src/core/recognise/text-rates";

/**
 * A handling rate stated in a sentence with its counts (batch 53b: 四平 铁西区 2022年9月 群众反映问题办理通报, A4 "群众在新闻联播
 * “随手拍”反映问题共49件,全部回复,回复率100%,未办结1件,办结率99%" — 48 / 49 = 97.96%): the rate names an outcome, the clause
 * states the outcome's count or what is left without it, and the whole before them. Near variants (other wording, the whole
 * named otherwise, the outcome counted or its rest, traditional characters, a qualifier) and the shapes that must hold:
 * a rate within one step of some candidate whole (rounded or truncated), a whole that is not the first count of the clause
 * (渭南: 1563 received, 1133 transferred, 1121 办结 of the 1133), a qualified rate (按时办结率) beside the plain count, a
 * count never typed in ('已办结件').
 */
const sentence = (text: string) => Grid.fromValues("S", [["月度办理情况通报"], [text]], []);
const rates = (text: string) =>
  textRates(sentence(text)).map((r) => ({ name: r.name, stated: Math.round(r.stated.value * 10000) / 100, numerator: r.numerator.value, denominator: r.denominator.value }));
const found = (text: string) => review(sentence(text), "national").findings.filter((f) => f.rule === "ratio-mismatch" && f.severity !== "info").map((f) => f.cell);

describe("a handling rate in a sentence against its counts (text-rates.ts)", () => {
  test.each<[string, string, { name: string; stated: number; numerator: number; denominator: number }[]]>([
    ["铁西 随手拍: 49 with 1 未办结, 99% printed for 97.96%", "群众在新闻联播“随手拍”反映问题共49件,全部回复,回复率100%,未办结1件,办结率99%(详见附表二)。", [{ name: "办结率", stated: 99, numerator: 48, denominator: 49 }]],
    ["the outcome counted: 收到留言共19件,已办结15件,办结率89% (15 / 19 = 78.95%)", "4月份,收到“区长信箱”留言共19件,已办结15件,办结率89%。", [{ name: "办结率", stated: 89, numerator: 15, denominator: 19 }]],
    ["the rest still open after its count: 43739 受理, 2374件正在办理, 99.1% (94.57%)", "12月份共受理群众求助、投诉等问题43739件,办结41365件,2374件正在办理,办结率99.1%。", [{ name: "办结率", stated: 99.1, numerator: 41365, denominator: 43739 }]],
    ["a total named 总数, 总结案率 against 共结案 (12461 / 12806 = 97.31%, printed 96.31%)", "应结案案件总数为12806件,共结案12461件,总结案率96.31%;按时结案率92.32%。", [{ name: "总结案率", stated: 96.31, numerator: 12461, denominator: 12806 }]],
    ["traditional characters: 辦結率", "群眾在四平吧反映問題共30件,已辦結24件,辦結率90%。", [{ name: "办结率", stated: 90, numerator: 24, denominator: 30 }]],
    ["messages in 条: 处理答复3055条 of 3059, printed 98.87%", "共收到网民留言3059条,各级各部门处理答复3055条,还有4条正在处理中,处理答复率98.87%。", [{ name: "答复率", stated: 98.87, numerator: 3055, denominator: 3059 }]],
    ["a qualified rate against its qualified count: 按期回复2424件 of 2495, 按期回复率99% (97.15%)", "共办理热线工单2495件,按期回复2424件,按期回复率99%。", [{ name: "按期回复率", stated: 99, numerator: 2424, denominator: 2495 }]],
  ])("%s", (_name, text, expected) => {
    expect(rates(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ["holds: 17 / 19 = 89.47% printed 89%", "收到“区长信箱”留言共19件,已办结17件,办结率89%。"],
    ["holds truncated: 1104 / 1105 = 99.91% printed 99%", "共受理1105件,未办结1件,办结率99%。"],
    ["holds rounded: 43365 / 43739 = 99.14% printed 99.1%", "共受理问题43739件,办结43365件,374件正在办理,办结率99.1%。"],
    ["the whole is the nearest count: 1121 of the 1133 transferred, not of the 1563 received (98.94%)", "共收到群众来信1563件,其中直接答复430件,受理转办有效信件1133件,已办结1121件,办结率98.94%。"],
    ["a qualified rate with no qualified count: 按期回复率 beside the plain 回复46210件 — nothing read", "受理市民诉求46983件,受理事项回复46210件,按期回复率88.35%。"],
    ["a plain rate beside only a qualified count: 按时办结597件, 办结率90% — nothing read", "派单601件,按时办结597件,办结率90%。"],
    ["the counts never typed in: '共件', '已办结件' — nothing read", "群众反映问题共件,全部回复,回复率100%,已办结件,未办结件,办结率99%。"],
    ["'全部回复' with no count: nothing read against 回复率", "反映问题共49件,全部回复,回复率90%。"],
    ["the outcome in another clause (after ;): nothing read", "留言45件,办结45件;咨询投诉32件,办结率90%。"],
    ["a count of another unit (人) before the rate: nothing read", "走访群众120人,已办结15件,办结率90%。"],
  ])("counter: %s", (_name, text) => {
    expect(rates(text)).toEqual([]);
  });

  test("reported by ratio-mismatch at the sentence's cell (A2), the 回复率 of the same sentence not", () => {
    expect(found("群众在新闻联播“随手拍”反映问题共49件,全部回复,回复率100%,未办结1件,办结率99%(详见附表二)。")).toEqual(["A2"]);
  });

  test("two rates of one cell in two clauses, each against its own counts: the second off (32 / 40 = 80%, printed 90%)", () => {
    expect(rates("“区长信箱”留言45件,办结45件,办结率100%;咨询投诉40件,办结32件,办结率90%。")).toEqual([{ name: "办结率", stated: 90, numerator: 32, denominator: 40 }]);
  });
});

/**
 * Counts a sentence leaves unfilled (batch 53b: 四平 铁西区 A3 "群众反映问题共件,全部回复,回复率100%,已办结件,未办结件(详见附件一),
 * 办结率99%"): the number never typed in between a count's word and its unit, reported by placeholder-value at the sentence.
 * Near forms (共计件, 合计条, a rate with no number, traditional characters) and the shapes that must not be flagged: a head naming
 * a count (已办结件数), kinds of letters listed as nouns (对已办结件、未办结件分类统计), a short label (共件) that is no sentence.
 */
describe("counts left unfilled in a sentence (text-blank-counts.ts, placeholder-value)", () => {
  const flagged = (text: string) =>
    review(sentence(text), "national")
      .findings.filter((f) => f.rule === "placeholder-value")
      .map((f) => [f.cell, f.data?.words]);
  test.each<[string, string, (string | undefined)[][]]>([
    ["铁西: 共件, 已办结件, 未办结件", "2022年9月1日—30日,群众反映问题共件,全部回复,回复率100%,已办结件,未办结件(详见附件一),办结率99%。", [["A2", "共件、已办结件、未办结件"]]],
    ["共计件 and a rate with no number (办结率%)", "本月热线共计件,其中转办124件,办结率%,满意率98%。", [["A2", "共计件、办结率%"]]],
    ["messages in 条, at the text's end: 合计条", "本季度政府信箱收到网民留言,咨询类留言54条,投诉类留言合计条", [["A2", "合计条"]]],
    ["traditional characters: 共件, 已辦結件", "群眾反映問題共件,全部回覆,已辦結件,辦結率100%。", [["A2", "共件、已办结件"]]],
  ])("%s", (_name, text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
  test.each<[string, string]>([
    ["every count typed in", "2022年9月1日—30日,群众反映问题共1105件,全部回复,回复率100%,已办结1104件,未办结1件,办结率99%。"],
    ["a head naming a count: 已办结件数 | 未办结件数", "统计口径:已办结件数、未办结件数按系统导出为准,办结率按月计算。"],
    ["kinds of letters as nouns in a list: 对已办结件、未办结件分类统计", "各单位要对已办结件、未办结件分类统计,按时报送。"],
    ["a short label, no sentence: 共件", "共件"],
  ])("counter: %s", (_name, text) => {
    expect(flagged(text)).toEqual([]);
  });
});
