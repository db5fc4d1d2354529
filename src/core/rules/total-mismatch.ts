import { allGroups } from "../recognise";
import { sum2 } from "../score/aggregate";
import { agreesAt } from "../text/numbers";
import { fmt, FindingDraft, Rule } from "./types";

export const totalMismatch: Rule = {
  meta: {
    id: "total-mismatch",
    severity: "error",
    families: "all",
    title: { zh: "合计与明细不符", en: "Total differs from its parts" },
    rationale: {
      zh: "表中的合计——总分、年度资金总额（= 财政拨款 + 上年结转 + 其他资金）、考核得分合计——须等于其各项之和。",
      en: "A stated total — the 总分 score, a fund total (年度资金总额 = 财政拨款 + 上年结转 + 其他), a 考核 tally — must equal the sum of its parts.",
    },
    source: "RULEBOOK S-TOTAL (PK-GRADE), A-V11/V-FUND-SUM (CZ), F-V1 (SEED004), B-V6",
  },
  check({ model, scores }) {
    const out: FindingDraft[] = [];
    // score total: Σ indicator scores + budget score
    const ts = model.totals?.score;
    // a score whose value the file does not hold (formula without a cached result) makes the sum unknown
    const unknown = model.indicators.some((i) => i.claimedScore === null && i.scoreText?.startsWith("="));
    const hidden = model.cutAbove && ts && scores.claimedSum !== null && scores.claimedSum < ts.value;
    if (ts && scores.claimedSum !== null && !model.truncated && !unknown && !hidden && !agreesAt(ts.value, scores.claimedSum, null, 0.01)) {
      const scored = model.indicators.filter((i) => i.claimedScore !== null && i.childOfRow === null);
      const bs = scores.budgetMain?.item.score;
      out.push({
        cell: ts.cell,
        related: [...(bs ? [bs.cell] : []), ...scored.map((i) => i.scoreCell!)],
        message: `各项得分合计 ${fmt(scores.claimedSum)}，与总分 ${fmt(ts.value)} 不符`,
        messageEn: `Scores add up to ${fmt(scores.claimedSum)}, but the total states ${fmt(ts.value)}`,
      });
    }
    // a group's stated score against its children (group header rows)
    for (const g of allGroups(model.groups)) {
      if (!g.score) continue;
      const leaves = [...g.indicators, ...g.children.flatMap((c) => (c.score ? [] : c.indicators))].filter((i) => i.claimedScore !== null);
      const childScores = g.children.filter((c) => c.score).map((c) => c.score!.value);
      if (!leaves.length && !childScores.length) continue;
      const sum = sum2([...leaves.map((i) => i.claimedScore!), ...childScores]);
      if (!agreesAt(g.score.value, sum, null, 0.01)) {
        out.push({
          cell: g.score.cell,
          related: leaves.map((i) => i.scoreCell!),
          message: `${g.name || g.label}得分 ${fmt(g.score.value)}，与下级得分合计 ${fmt(sum)} 不符`,
          messageEn: `${g.name || g.label}: stated score ${fmt(g.score.value)}, its children add up to ${fmt(sum)}`,
        });
      }
    }
    // sub-item scores against the indicator they roll up into
    for (const parent of model.indicators) {
      const subs = model.indicators.filter((i) => i.childOfRow === parent.row && i.claimedScore !== null && i.scoreCell !== parent.scoreCell);
      if (!subs.length || parent.claimedScore === null || !parent.scoreCell) continue;
      const sum = sum2(subs.map((i) => i.claimedScore!));
      if (!agreesAt(parent.claimedScore, sum, null, 0.01)) {
        out.push({
          cell: parent.scoreCell,
          related: subs.map((i) => i.scoreCell!),
          message: `${parent.name}得分 ${fmt(parent.claimedScore)}，与分项得分合计 ${fmt(sum)} 不符`,
          messageEn: `${parent.name}: score ${fmt(parent.claimedScore)}, its sub-items add up to ${fmt(sum)}`,
        });
      }
    }
    // 小计 scores against their rows
    for (const st of model.subtotals) {
      if (!st.score) continue;
      const rows = model.indicators.filter((i) => st.rows.includes(i.row) && i.claimedScore !== null);
      if (!rows.length) continue;
      const sum = sum2(rows.map((i) => i.claimedScore!));
      if (!agreesAt(st.score.value, sum, null, 0.01)) {
        out.push({
          cell: st.score.cell,
          related: rows.map((i) => i.scoreCell!),
          message: `小计得分 ${fmt(st.score.value)}，与明细得分合计 ${fmt(sum)} 不符`,
          messageEn: `Subtotal score ${fmt(st.score.value)} differs from its rows' ${fmt(sum)}`,
        });
      }
    }
    // stated totals against their parts (fund blocks, breakdowns): one finding per total row
    for (const sc of model.sumChecks) {
      const bad = sc.columns.filter((c) => {
        const sum = c.parts.reduce((a, p) => a + p.value, 0);
        const d = Math.max(c.total.decimals ?? 2, ...c.parts.map((p) => p.decimals ?? 2));
        if (sc.atMost && sum <= c.total.value) return false;
        return !agreesAt(c.total.value, sum, Math.min(d, 4) + 1);
      });
      if (bad.length === 0) continue;
      const main = bad.find((c) => c.total.cell === sc.preferredCell) ?? bad[0];
      const sumOf = (c: (typeof bad)[number]) => Math.round(c.parts.reduce((a, p) => a + p.value, 0) * 1e6) / 1e6;
      const related = [
        ...bad.filter((c) => c !== main).map((c) => c.total.cell),
        ...bad.flatMap((c) => c.parts.map((p) => p.cell)),
        ...sc.followCells,
      ];
      out.push({
        cell: main.total.cell,
        related: [...new Set(related)].filter((c) => c !== main.total.cell),
        message: `${sc.label.replace(/[:：]$/, "")} ${fmt(main.total.value)}，${sc.atMost ? "小于其中所列" : "与其明细合计"} ${fmt(sumOf(main))}${sc.atMost ? "" : " 不符"}${
          bad.length > 1 ? `（共 ${bad.length} 列不符）` : ""
        }`,
        messageEn: `${sc.label.replace(/[:：]$/, "")} states ${fmt(main.total.value)}, but its parts add up to ${fmt(sumOf(main))}`,
      });
    }
    return out;
  },
};
