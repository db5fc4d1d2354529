import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm } from "../model/types";
import { evaluateRelation } from "../relations/evaluate";
import { statedRateRelation } from "../relations/inline-changes";
import { proseQuantities, proseText, TARGET_AFTER, TARGET_BEFORE, type ProseQuantity } from "./prose-rates";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";

/**
 * (dev55) A completion or over-fulfilment percentage of a task stated in prose, against the task's count and the count done:
 * '任务数为115户,实际完成264户,…我市实际改造数超任务43%' (over: (264 − 115) / 115 = 129.6%), '完成率229.6%', '完成任务的
 * 229.6%', '占任务数的229.6%' (done: 264 / 115). A bare 完成率 with its two amounts is prose-rates.ts's (its sentence and the
 * one before), never read here.
 *
 * **The rate**: 超任务 / 超计划 / 超出任务数 / 超额完成 (任务) N% — the over-fulfilment, (done − task) / task; 完成任务(数)的 /
 * 完成年初计划的 / 占任务(数)的 / 为计划的 N% — the completion, done / task. An over-fulfilment printed as the whole
 * ratio ('超额完成,完成229.6%' written '超额完成229.6%') holds too: the writer's two readings are both taken.
 *
 * **The counts**: a task count is a quantity whose words in its clause (from the last , ; 。 : or the quantity before) name
 * the task or the plan (任务 / 计划) and nothing done (实际 / 已); a done count one whose words name what was done (完成 /
 * 实际 / 已) and no task or plan. Both of one unit (the same count unit, or money: 万元 against 元 converted). They are taken
 * from the rate's own sentence and the sentence before it (the last done count there and the task's count of its unit right
 * before it: no other quantity of that unit between them, no 其中 — the rate may be of a part); where
 * neither sentence states any count of a task or of what was done, from the whole sheet — only where the sheet states one
 * task value and one done value, of one unit, however often each is repeated (a report on one task: '任务数为115户' and
 * '计划补助115户', '实际完成…264户' three times). Several tasks or several done values on the sheet: nothing is read.
 *
 * Not read: a target ('完成率不低于95%', '力争超计划10%': TARGET_BEFORE in the rate's clause, 以上 after it), a rate whose
 * counts are of two units (户 against 万元), an over-fulfilment where the done count is not above the task, a percentage
 * of anything else (超支 / 增长 / 执行率: no task word). The rate is checked at its shown precision as the other
 * readers of counts in words (countsRounded: within half a point where it is a whole percent).
 */
const RATE =
  /(超(?:出|过|额)?(?:完成)?(?:了)?(?:年度|全年|年初|省定|下达的?)?(?:目标)?(?:任务|计划)(?:数|量|目标)?(?:的)?|超额完成(?:了)?|(?:完成(?:了)?|占|为|达到?)(?:年度|全年|年初)?(?:目标)?(?:任务|计划)(?:数|量)?的)(\d+(?:\.\d+)?)%/g;
/** RATE without its g flag, on the sheet's compact texts (Grid.hasText) */
const ANY_RATE = /(?:超(?:出|过|额)?(?:完成)?(?:了)?(?:年度|全年|年初|省定|下达的?)?(?:目标)?(?:任务|计划)|超额完成|(?:完成|占|为|达)(?:了)?(?:年度|全年|年初)?(?:目标)?(?:任务|计划)(?:数|量)?的)[^%]{0,6}\d/;
/** words of the task or the plan, and of what was done */
const TASK = /任务|计划/;
const DONE = /完成|实际|已/;
const DONE_NOT_TASK = /实际|已/;
const CLAUSE_END = /[,;。:!?]/;
const SENTENCE_END = /[。;!?]/;

interface Count {
  q: ProseQuantity;
  cell: string;
  row: number;
  col: number;
  /** null: a quantity neither of the task nor of what was done */
  role: "task" | "done" | null;
}

/** the counts of a task or of what was done in a text (proseText's), with where they stand */
function countsOf(text: string, row: number, col: number, cell: string): Count[] {
  const out: Count[] = [];
  let prev = 0;
  for (const q of proseQuantities(text)) {
    const head = text.slice(prev, q.at);
    prev = q.end;
    let from = head.length;
    while (from > 0 && !CLAUSE_END.test(head[from - 1])) from--;
    const words = head.slice(from);
    const task = TASK.test(words) && !DONE_NOT_TASK.test(words);
    const done = DONE.test(words) && !TASK.test(words);
    out.push({ q, cell, row, col, role: task ? "task" : done ? "done" : null });
  }
  return out;
}

/** a quantity's value in one scale with another's: money in 元, a count as it is */
const valueOf = (q: ProseQuantity) => (q.kind === "money" && q.unit === "万元" ? q.value * 1e4 : q.value);

const term = (c: Count, label: string): RelationTerm => ({
  cell: c.cell,
  row: c.row,
  col: c.col,
  text: c.q.text,
  value: valueOf(c.q),
  decimals: c.q.decimals,
  percent: false,
  label,
  ...(c.q.kind === "money" ? { unit: "元" as const } : {}),
});

/** the sheet's one task and one done count of one unit, or null */
function sheetPair(all: Count[]): { task: Count; done: Count } | null {
  const kinds = new Map<string, { task: Count[]; done: Count[] }>();
  for (const c of all) {
    let k = kinds.get(c.q.kind);
    if (!k) kinds.set(c.q.kind, (k = { task: [], done: [] }));
    if (c.role) k[c.role].push(c);
  }
  let pair: { task: Count; done: Count } | null = null;
  let with_ = 0;
  kinds.forEach((k) => {
    if (!k.task.length || !k.done.length) return;
    with_++;
    const one = (xs: Count[]) => xs.every((x) => valueOf(x.q) === valueOf(xs[0].q));
    if (one(k.task) && one(k.done)) pair = { task: k.task[0], done: k.done[0] };
  });
  return with_ === 1 ? pair : null;
}

export function taskCompletionRates(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!mayHoldSentence(grid, 8) || !grid.hasText(ANY_RATE)) return out;
  const cells = sentenceCells(grid, 8, ANY_RATE);
  if (!cells.length) return out;
  // (the sheet's counts, read once where a rate's own sentences state none)
  let sheet: { task: Count; done: Count } | null | undefined;
  const sheetCounts = () => {
    if (sheet !== undefined) return sheet;
    const all: Count[] = [];
    for (const x of sentenceCells(grid, 4, /任务|计划|完成|实际|已/)) all.push(...countsOf(proseText(x.text), x.row, x.col, grid.addr(x.row, x.col)));
    return (sheet = sheetPair(all));
  };
  for (const { row, col, text: raw } of cells) {
    const text = proseText(raw);
    const cell = grid.addr(row, col);
    let n = 0;
    RATE.lastIndex = 0;
    for (let m = RATE.exec(text); m; m = RATE.exec(text)) {
      const over = m[1][0] === "超";
      // (the rate's clause: a target is no statement of what was done)
      let cs = m.index;
      while (cs > 0 && !CLAUSE_END.test(text[cs - 1])) cs--;
      if (TARGET_BEFORE.test(text.slice(cs, m.index)) || TARGET_AFTER.test(text.slice(m.index + m[0].length))) continue;
      // (the rate's sentence and the one before it)
      let s = m.index;
      let ends = 0;
      while (s > 0) {
        if (SENTENCE_END.test(text[s - 1]) && ++ends === 2) break;
        s--;
      }
      const near = countsOf(text.slice(s, m.index), row, col, cell);
      let task: Count | undefined;
      let done: Count | undefined;
      if (near.some((c) => c.role)) {
        // (the last count done, and the last task's count of its unit before it; no other quantity of that unit between
        // them, nor a 其中: the rate may be of a part — '计划投入资金415.54亿元,其中省级承担146.93亿元,已下达137.1亿元,完成
        // 年初计划的93.3%' is of the 146.93)
        let d = -1;
        for (let i = 0; i < near.length; i++) if (near[i].role === "done") d = i;
        if (d < 0) continue;
        done = near[d];
        let t = d - 1;
        while (t >= 0 && near[t].q.kind !== done.q.kind) t--;
        if (t < 0 || near[t].role !== "task") continue;
        task = near[t];
        if (text.slice(s + task.q.end, s + done.q.at).indexOf("其中") >= 0) continue;
      } else {
        // (the sheet's one task only for a rate that names the task: '超任务', '完成任务的', not a bare '完成率')
        if (!TASK.test(m[1])) continue;
        const p = sheetCounts();
        if (!p) continue;
        task = p.task;
        done = p.done;
      }
      const t = valueOf(task.q);
      const d = valueOf(done.q);
      if (!(t > 0) || (over && !(d > t))) continue;
      const id = `ratio:task-completion:${cell}${n ? `:${n}` : ""}`;
      const ratio = (): RatioRelation => ({ ...statedRateRelation(id, cell, row, col, "任务完成率", m![2], term(done!, "实际完成"), term(task!, "任务数")), countsRounded: true });
      const diff = (): RatioRelation => {
        const numerator: RelationTerm = { ...term(done!, "超出任务数"), text: `${done!.q.text}−${task!.q.text}`, value: d - t, decimals: Math.max(done!.q.decimals, task!.q.decimals) };
        return { ...statedRateRelation(id, cell, row, col, "超任务比例", m![2], numerator, term(task!, "任务数")), countsRounded: true };
      };
      let rel = over ? diff() : ratio();
      // (an over-fulfilment printed as the whole ratio holds)
      if (over && !evaluateRelation(rel).ok && evaluateRelation(ratio()).ok) rel = ratio();
      out.push(rel);
      n++;
    }
  }
  return out;
}
