import type { Relation } from "../model/types";
import { COMPLETION_STATES } from "../recognise/vocabulary";
import type { FindingDraft, Rule } from "./types";

/** The state a note states (COMPLETION_STATES), in the words a message gives back. */
const STATE_WORDS = { over: ["超额完成", "over its target"], done: ["已完成", "done"], under: ["未完成", "not done"] } as const;

/**
 * A completion rate's state noted beside it (recognise/completion-notes.ts: 完成目标(%) | 备注 over 123.4 | 超额完成) against
 * the rate as the sheet shows it: 超额完成 above 100, 已完成 at 100 or above, 未完成 below 100; a blank note above 100
 * where the column notes 超额完成 on two other lines or more is a warning. (Reported by grade-mismatch until session 33:
 * its own id, so ignoring the one does not ignore the other.)
 */
export const completionNoteMismatch: Rule = {
  meta: {
    id: "completion-note-mismatch",
    severity: "error",
    families: "all",
    title: { zh: "完成情况备注与完成比例不符", en: "Completion note does not match the rate" },
    rationale: {
      zh: "完成比例（完成目标(%)、完成率）旁备注的完成情况须与表中所示比例一致：超过 100% 为「超额完成」，达到 100% 为「已完成」，低于 100% 为「未完成」。同列其他超过 100% 的行均注明「超额完成」而某行未注明时提示（warning）。",
      en: "The state noted beside a completion rate (完成目标(%), 完成率) must agree with the rate as the sheet shows it: above 100% is 超额完成 (over target), 100% is 已完成 (done), below 100% is 未完成 (not done). A line above 100% left blank where the column notes the other such lines as 超额完成 is a warning.",
    },
    source: "The sheet's own 备注 beside its completion rates (民生工程实施进度表: 超额完成 / 已完成 / 未完成)",
    messages: {
      noteState: {
        zh: "{{name}} {{rate}}%，备注「{{stated}}」与之不符（应为「{{expected}}」）",
        en: "{{name}} is {{rate}}%, but the note says {{stated}} (expected {{expectedEn}})",
      },
      noteMissing: {
        zh: "{{name}} {{rate}}%，超过 100%，备注未注明「超额完成」（同列其他超额完成的行均已注明）",
        en: "{{name}} is {{rate}}%, above 100%, but its note is blank while the column notes the other lines above 100% as over target",
      },
    },
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    completionNoteFindings(ctx.model.relations, out);
    return out;
  },
};

/** The completion notes' findings (relations of kind "grade", source "completion-note"), in the relations' order. */
function completionNoteFindings(relations: readonly Relation[], out: FindingDraft[]): void {
  for (let ri = 0; ri < relations.length; ri++) {
    const r = relations[ri];
    if (r.kind !== "grade" || r.source !== "completion-note") continue;
    const rate = r.total.value;
    const shown = +rate.toFixed(Math.min(6, r.total.decimals ?? 2));
    const expected: keyof typeof STATE_WORDS = shown > 100 ? "over" : shown === 100 ? "done" : "under";
    const data = { name: r.label, rate: shown, stated: r.grade.value, expected: STATE_WORDS[expected][0], expectedEn: STATE_WORDS[expected][1] };
    if (r.grade.value === "") {
      out.push({ cell: r.grade.cell, related: [r.total.cell], severity: "warning", messageId: "noteMissing", data });
      continue;
    }
    const state = COMPLETION_STATES.find(([, re]) => re.test(r.grade.value))?.[0];
    const agrees = state === "over" ? shown > 100 : state === "done" ? shown >= 100 : state === "under" ? shown < 100 : true;
    if (!agrees) out.push({ cell: r.grade.cell, related: [r.total.cell], messageId: "noteState", data });
  }
}
