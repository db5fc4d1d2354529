import type { Grid } from "../grid/grid";
import type { AmountUnit, SumRelation } from "../model/types";
import { lineTerm } from "./budget";
import { proseDigits } from "./prose-rates";
import { withoutCopyMarks } from "../text/copy-marks";
import { statedWholes } from "./sentence-breakdowns";
import { AMOUNT, sentenceParts, sentences, unitOf, yuanOfPart } from "./announced-parts";

/*
 * (dev57b, session 57) **A fund's whole in one paragraph, its allocation list in a later one** — a transfer report states the
 * money received ('2023年,省下达我县安徽省体育强省(快乐健身)专项资金63.2万元。'), then, under a head of its own, how that fund
 * is arranged, the list with no whole of its own ('2023年我县体育强省资金安排是:支持体育设施建设5万元,…,支持快乐健身点位器材
 * 维护12万元。'). The list is read as that whole's breakdown (equal) only on strong evidence:
 * - the list opens its sentence with the fund's name and an arrangement word before a colon ('<name>资金安排是:', '…资金分配
 *   情况为:', '…经费安排如下:'), no amount of money before it in its row;
 * - the parts are the sentence's, each a name and one amount (announced-parts.ts sentenceParts), three at least, all in the
 *   whole's unit, the list closed by the sentence's '。' (no 等, no 主要, no statement of its own after a part);
 * - the whole is the first amount of money above the list (six rows at most; heads and words with no amount between —
 *   nothing that could be another whole), alone in its row; its clause (back to its sentence's start) holds the list's fund
 *   name and a word of receiving or arranging money (下达, 拨付, 安排, 分配 …), no change, share or standard, and no 其中 of
 *   its own after it;
 * - the parts add to between half the whole and a quarter over it (past that they count something else).
 * Counter-shapes (nothing read): another fund's name in the opener, a row with an amount between, two amounts in the whole's
 * row, a 主要 / 等 list, a part in another unit, a list running to the text's end, a whole stated at its cell already.
 */

/** the opener: the fund's name (group 1) and its arrangement word before a colon */
const OPENER = /^(.*?)(?:资金|经费)的?(?:安排|分配)(?:情况)?(?:是|为|如下)?:/;
/** OPENER's test (Grid.hasText): a sheet none of whose texts holds one has no such list */
const ANY_OPENER = /(?:资金|经费)的?(?:安排|分配)(?:情况)?(?:是|为|如下)?:/;
/** an amount of money (announced-parts.ts AMOUNT) */
const ANY_MONEY = new RegExp(AMOUNT.source);
/** the year and the place before a fund's name ('2023年我县', '全市', '本级') */
const NAME_PREFIX = /^(?:\d{4}年度?)?[,]?(?:全|我|本|该)?(?:省|市|州|县|区|旗|镇|乡|级)?(?:的)?/;
/** the whole's clause receives or arranges money… */
const RECEIVED = /下达|拨付|安排|分配|到位|下拨|补助|投入|争取/;
/** …and names no change, share, standard, part or sample of it */
const NOT_WHOLE = /增加|减少|增长|下降|结余|结转|节约|人均|每|标准|不低于|不超过|占|比例|%|约|其中|主要/;
/** rows above the list its whole is looked for in */
const MAX_BACK = 6;
const MIN_PARTS = 3;

/** The later allocation lists of the sheet's wholes (see the module's note), but a whole `found` already states at its cell. */
export function laterAllocationSums(grid: Grid, found: readonly { kind: string }[]): SumRelation[] {
  const out: SumRelation[] = [];
  if (!grid.hasText(ANY_OPENER)) return out;
  const stated = statedWholes(found);
  for (let r = 2; r <= grid.rowCount; r++) {
    const c = grid.firstTextCell(r);
    if (!c || !ANY_OPENER.test(grid.compactText(r, c))) continue;
    const text = proseDigits(withoutCopyMarks(grid.text(r, c)));
    if (text === null) continue;
    const rel = laterList(grid, r, c, text);
    if (rel && !stated().has(`${rel.total.cell}|${rel.total.value}`)) out.push(rel);
  }
  return out;
}

function laterList(grid: Grid, r: number, c: number, text: string): SumRelation | null {
  // (the opener's sentence: the first of its row opening with the opener, no amount of money before it in the row)
  let head = "";
  let found: { m: RegExpExecArray; sentence: string; closed: boolean } | null = null;
  let at = 0;
  for (const s of sentences(text)) {
    const from = text.indexOf(s, at);
    at = from + s.length;
    const m = OPENER.exec(s.replace(/^[,:\s]+/, ""));
    if (m) {
      found = { m, sentence: s.replace(/^[,:\s]+/, ""), closed: text[at] === "。" };
      break;
    }
    head += s;
  }
  if (!found || !found.closed || ANY_MONEY.test(head) || ANY_MONEY.test(found.m[1])) return null;
  const name = found.m[1].replace(/\([^()]*\)/g, "").replace(NAME_PREFIX, "");
  if (!/^[\u4e00-\u9fa5]{2,16}$/.test(name)) return null;
  const list = sentenceParts(found.sentence.slice(found.m[0].length), r, c);
  if (!list || list.end !== "no" || list.some || list.parts.length < MIN_PARTS) return null;
  // (the whole: the first amount of money above, alone in its row)
  for (let rr = r - 1; rr >= Math.max(1, r - MAX_BACK); rr--) {
    const wc = grid.firstTextCell(rr);
    if (!wc) continue;
    const wt = proseDigits(withoutCopyMarks(grid.text(rr, wc)));
    if (wt === null) return null;
    const amounts = [...wt.matchAll(AMOUNT)];
    if (!amounts.length) continue;
    if (amounts.length !== 1) return null;
    const a = amounts[0];
    const start = Math.max(wt.lastIndexOf("。", a.index!), wt.lastIndexOf(";", a.index!)) + 1;
    const clause = wt.slice(start, a.index!);
    const end = wt.indexOf("。", a.index!);
    const tail = wt.slice(a.index! + a[0].length, end < 0 ? undefined : end);
    const bare = clause.replace(/\([^()]*\)/g, "");
    if (!bare.includes(name) || !RECEIVED.test(bare) || NOT_WHOLE.test(clause) || NOT_WHOLE.test(tail)) return null;
    const unit = unitOf(a[2]);
    if (unit === "亿元" || list.parts.some((p) => p.unit !== unit)) return null;
    const whole = yuanOfPart({ digits: a[1], unit });
    const sum = list.parts.reduce((s, p) => s + yuanOfPart(p), 0);
    if (sum < whole / 2 || sum > whole * 1.25) return null;
    const u = unit as AmountUnit;
    return {
      kind: "sum",
      id: `sum:amount:${grid.addr(rr, wc)}:allocation-later:${grid.addr(r, c)}`,
      measure: "amount",
      block: "labelled-funds",
      // (prose, as the announced lists: no table's list)
      orientation: "columns",
      label: bare.replace(/^[,:\s]+/, ""),
      total: lineTerm(grid, rr, wc, a[0], a[1], bare, u),
      parts: list.parts.map((p) => lineTerm(grid, p.row, p.col, p.digits + p.unit, p.digits, p.label, u)),
      bound: "equal",
    };
  }
  return null;
}
