import type { Relation } from "../model/types";
import { evaluateRelation, RelationOutcome } from "../relations";
import { relationMessage, relationMessages } from "../relations/messages";
import { brokenThroughParts } from "../relations/root-cause";
import { FindingDraft, Rule } from "./types";

type Checked = { r: Relation & { kind: "sum" | "rollup" | "difference" }; o: RelationOutcome };

/** The stated cell of an amount/score relation. */
const statedOf = (r: Checked["r"]) => (r.kind === "difference" ? r.result : r.total);

export const totalMismatch: Rule = {
  meta: {
    id: "total-mismatch",
    severity: "error",
    families: "all",
    title: { zh: "合计与明细不符", en: "Total differs from its parts" },
    rationale: {
      zh: "表中的合计——总分、上级得分、年度资金总额（= 财政拨款 + 上年结转 + 其他资金，或按中央/省/市/县分列）、结余（= 到位 − 支出）、支出明细合计、考核得分合计——须等于其各项之和，按显示精度比较。",
      en: "A stated total — the 总分 score, a group's score, a fund total (年度资金总额 = 财政拨款 + 上年结转 + 其他, or by government level), a balance (结余 = 到位 − 支出), an expense list's 合计, a 考核 tally — must equal its parts at the shown precision.",
    },
    source: "RULEBOOK S-TOTAL (PK-GRADE), A-V11/V-FUND-SUM (CZ), V-GOAL-FUNDS (AA), F-SUM (SEED004), B-CARRY",
    messages: relationMessages(["scoreTotal", "scoreTotalCut", "scoreGroup", "scoreSubItem", "scoreSubtotal", "scoreParts", "sum", "sumAtMost", "difference"]),
  },
  check({ model }) {
    const out: FindingDraft[] = [];
    const broken: Checked[] = [];
    // (an index, no iterator: this runs for every relation, also before the loop is optimised)
    for (let ri = 0, rels = model.relations; ri < rels.length; ri++) {
      const r = rels[ri];
      if (r.kind === "ratio" || r.kind === "grade") continue;
      if (r.kind === "rollup" && r.measure !== "score") continue; // weights: weight-sum-mismatch
      const o = evaluateRelation(r);
      if (!o.ok) broken.push({ r, o });
    }
    // one slip, one finding: a total broken only through a broken subtotal among its parts is not reported again
    const through = brokenThroughParts(broken);
    const byGroup = new Map<string, Checked[]>();
    for (const b of broken) {
      if (through.has(b.r)) continue;
      // a total row left unfilled (0 in every column against its parts) is one slip, reported once at the row's
      // preferred cell; a stated number that disagrees is its own slip, reported at its cell
      const key = (b.r.kind === "sum" && b.r.group && !statedOf(b.r).value && `${b.r.group}:unfilled`) || b.r.id;
      const list = byGroup.get(key);
      if (list) list.push(b);
      else byGroup.set(key, [b]);
    }
    for (const list of byGroup.values()) {
      const main = list.find((b) => b.r.kind === "sum" && b.r.preferred) ?? list[0];
      const msg = relationMessage(main.r, main.o, list.length - 1);
      const cell = main.r.reportAt ?? statedOf(main.r).cell;
      const related = [
        ...list.filter((b) => b !== main).map((b) => statedOf(b.r).cell),
        ...list.flatMap((b) => b.o.from.map((p) => p.cell)),
        ...list.flatMap((b) => b.r.follow ?? []),
      ];
      out.push({ cell, related: [...new Set(related)].filter((c) => c !== cell), ...msg });
    }
    return out;
  },
};
