/**
 * (dev54) A 其中 list whose parts are themselves broken down: '…资金17347万元其中第一批资金9910万元,分别支持A项目3000万元、B项目
 * 3357.17万元、C项目3552.83万元;第二批资金7437万元,分别支持D项目3000万元、…、G项目19万元。'. A part followed by a clause opening
 * its own breakdown (SUB_PARTS_OPENER: 分别…, 包括, 包含, 主要用于, 具体为 — right after its amount, a ',' or ':' at most
 * between) is one level, its own parts the next: the whole is checked against its parts, each broken-down part against its own
 * parts — never the whole against both levels summed.
 *
 * The levels are read from the list's groups, set apart by ';': each group a run of parts (',' / '、'), its last part
 * optionally followed by its opener and its own parts. The list ends before a clause of the money's next stage (`ends`).
 * Refused (the list not read at all, neither level nor flat): a group holding a second broken-down part ('第一批9910万元,分别
 * 支持…,第二批7437万元,分别支持…' with no ';': where the first's own parts end is not said), a list of one group whose own parts
 * are set apart by ',' (they may run on into the whole's next parts), a group that is no run of parts.
 * Left to the flat reader (null): no part broken down, or none whose own parts name amounts ('…,分别用于A村和B村'); a part's
 * own 其中 (the flat readers' rules: the list read up to it, or neither list read where the inner one may run on past a ';');
 * a later group's own 其中 (prec49: the next whole, the list ends before it); an opener after a run-on amount.
 */

/** words opening a part's own breakdown, right after the part's amount (其中 among them to be told: left to the flat reader) */
export const SUB_PARTS_OPENER = /^[,:]?(?:分别(?:支持|用于|安排|下达|拨付|补助|投入|为|是)?|包括|包含|主要用于|具体(?:为|是|用于)|其中)[,:]?/;
/** an amount and its unit (a bare 万 / 亿 is 万元 / 亿元) */
const AMOUNT = /(\d+(?:\.\d+)?)(亿元|万元|元|万|亿)/g;
/** one part: a name (a Chinese character in it), an optional 为 / 是 / ':', one amount and nothing after it */
const PIECE = /^(.*?[\u4e00-\u9fa5][^\d]*?)(?:为|是|:)?(\d+(?:\.\d+)?)(亿元|万元|元|万|亿)$/;

export interface Piece {
  name: string;
  /** where its amount starts in the list's text */
  at: number;
  digits: string;
  /** 万元, 亿元 or 元 */
  unit: string;
}
export interface NestedLevels {
  /** the whole's parts (each group's run), the broken-down parts among them */
  top: Piece[];
  /** each broken-down part and its own parts */
  subs: { head: Piece; parts: Piece[] }[];
  /** the list ended inside the text, before a clause of the money's next stage */
  ended: boolean;
}

const unitOf = (u: string) => (u === "万" ? "万元" : u === "亿" ? "亿元" : u);

/** a part: its name holds no amount of its own (a run-on of the next sentence, its stop lost: '…859.6万元2023年支出2310.4万元') */
function piece(seg: string, from: number): Piece | null {
  const p = PIECE.exec(seg);
  if (!p) return null;
  AMOUNT.lastIndex = 0;
  if (AMOUNT.test(p[1])) return null;
  return { name: p[1], at: from + seg.length - p[2].length - p[3].length, digits: p[2], unit: unitOf(p[3]) };
}

/** where a part's own breakdown opens in a text: the end of its amount, where its parts start, the opener's word */
function openerAt(text: string): { amountEnd: number; partsFrom: number; word: string } | null {
  AMOUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT.exec(text))) {
    const end = m.index + m[0].length;
    const o = SUB_PARTS_OPENER.exec(text.slice(end));
    if (o) return { amountEnd: end, partsFrom: end + o[0].length, word: o[0].replace(/[,:]/g, "") };
  }
  return null;
}

/**
 * A run of parts set apart by ',' or '、' (a name holding a '、' of its own — '城乡低保、特困供养资金3000万元' — ends at its amount),
 * from `at` in the list's text; null where a piece of it is no part. It ends before a piece `ends` names (the money's next
 * clause: '…,全年应执行数为X万元', '…,以上合计X万元'), `first` aside (the list's first part). `comma`: a ',' set two of its parts
 * apart.
 */
function run(text: string, at: number, ends: (name: string) => boolean, first: boolean): { parts: Piece[]; ended: boolean; comma: boolean } | null {
  const parts: Piece[] = [];
  let name = "";
  let pos = at;
  let nameAt = pos;
  let comma = false;
  let mark = "";
  for (const seg of text.split(/([,、])/)) {
    if (seg === "," || seg === "、") {
      if (name && seg === ",") return null;
      if (name) name += seg;
      else mark = seg;
      pos += 1;
      continue;
    }
    if (!name) nameAt = pos;
    name += seg;
    pos += seg.length;
    AMOUNT.lastIndex = 0;
    if (!AMOUNT.test(seg)) continue;
    const p = piece(name, nameAt);
    if (!p) return null;
    if ((parts.length || !first) && ends(p.name)) return { parts, ended: true, comma };
    if (parts.length && mark === ",") comma = true;
    parts.push(p);
    name = "";
  }
  return name ? null : { parts, ended: false, comma };
}

/**
 * The list's levels (its text after the whole's 其中, up to the sentence's end, brackets out), null where no part of it is
 * broken down (a flat list: read as before), "refused" where one is but the levels cannot be told apart. `ends`: a part's
 * name that is the money's next clause, no part — the list ends before it.
 */
export function nestedParts(list: string, ends: (name: string) => boolean): NestedLevels | "refused" | null {
  if (!openerAt(list)) return null;
  const groups: { text: string; at: number; opener: ReturnType<typeof openerAt> }[] = [];
  let from = 0;
  for (const text of list.split(";")) {
    const opener = openerAt(text);
    // (prec49's rule kept: a later group whose amount its own 其中 breaks down — '…;救助站86万;2023年中央财政下达…70662.4万元,
    // 其中,…' — is the next whole, the list ended before it)
    if (groups.length && opener && opener.word === "其中") break;
    if (text) groups.push({ text, at: from, opener });
    from += text.length + 1;
  }
  const broken = groups.filter((g) => g.opener);
  // (a part's own 其中 stays the flat reader's: its list read up to it — '…A100万元,其中结转资金50万元,B…' —, or neither list
  // read — '其中:财政拨款800万元,其中一般公共预算700万元,…;事业收入200万元', where the inner list may run on past a ';')
  if (!broken.length || broken.some((g) => g.opener!.word === "其中")) return null;
  // (an opener right after a run-on amount — '…其他资金859.6万元2023年支出2310.4万元,其中…' — is another sentence's: the flat
  // reader's)
  const headOf = (g: (typeof groups)[number]) => {
    const end = g.opener!.amountEnd;
    return g.text.slice(Math.max(g.text.lastIndexOf(",", end - 1), g.text.lastIndexOf("、", end - 1)) + 1, end);
  };
  if (broken.some((g) => !piece(headOf(g), 0))) return null;
  const top: Piece[] = [];
  const subs: NestedLevels["subs"] = [];
  for (const g of groups) {
    const at = g.opener;
    const own = run(at ? g.text.slice(0, at.amountEnd) : g.text, g.at, ends, !top.length);
    if (!own || (!own.parts.length && !own.ended)) return "refused";
    top.push(...own.parts);
    if (own.ended) return levels(top, subs, true);
    if (!at) continue;
    const rest = g.text.slice(at.partsFrom);
    // (a second broken-down part in the group: where the first's parts end is not said)
    if (openerAt(rest)) return "refused";
    AMOUNT.lastIndex = 0;
    if (!AMOUNT.test(rest)) continue;
    const parts = run(rest, g.at + at.partsFrom, ends, false);
    // (a list of one group, no ';': own parts set apart by ',' may run on into the whole's next parts — '…A100万元,包括a50万元,
    // B200万元' —, where they end is not said: the list unread)
    if (groups.length === 1 && (!parts || parts.comma)) return "refused";
    if (parts && parts.parts.length >= 2) subs.push({ head: top[top.length - 1], parts: parts.parts });
    if (parts && parts.ended) return levels(top, subs, true);
  }
  return levels(top, subs, false);
}

/** (no part with own parts read — '…2350万元,包括A、B两项' names no amount —: a flat list, the flat reader's) */
function levels(top: Piece[], subs: NestedLevels["subs"], ended: boolean): NestedLevels | "refused" | null {
  if (!subs.length) return null;
  return top.length >= 2 ? { top, subs, ended } : "refused";
}
