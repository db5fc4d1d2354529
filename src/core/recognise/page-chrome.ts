import { Grid } from "../grid/grid";
import { a1 } from "../grid/a1";

/**
 * (fam59, session 59) **A web page's chrome around a document**: a portal's or a mirror's lines stored with the text it serves —
 * where the page sits ('当前位置:首页 > 信息公开 > …'), the article's fields ('发布时间:2023-06-12 来源:本站 浏览次数:1268'), its
 * buttons ('【字体:大 中 小】', '【打印本页】 【关闭窗口】') and its neighbours' titles ('上一篇:2022年度部门决算说明', '下一篇:2023年
 * 第一季度财政收支情况'). None of it is the document's: a neighbour's title naming a quarter read as a bulletin's period made an
 * accounts' explanation a monitoring, one naming a 决算说明 refused a report's heads (the fam53 harness's 'page noise' prints).
 * Read: a line each of whose texts (80 characters at most) opens with one of the page's own words (CHROME: a field's or a link's label and its colon,
 * a button in 【】, a button's words alone, a breadcrumb's '>' carried onto the next line); such lines are read blank by the
 * sheet's features (recognise/index.ts pageFeatures) — the grid the rules and the region's detection read keeps them. Not: a sentence using the words ('资金来源为…', '打印机
 * 购置3台'), a line of the document that merely holds a date.
 */
const CHROME = /^(?:(?:当前位置|您的位置|您现在的位置|所在位置|上一篇|下一篇|上一条|下一条|发布时间|发布日期|发布机构|信息来源|来源|浏览次数|访问次数|阅读次数|点击数|点击次数|点击量|责任编辑|字体|字号)[:：]|【(?:字体|字号|打印|关闭|收藏|分享|大|中|小)|(?:打印本页|打印此页|关闭窗口|关闭本页|分享到|扫一扫|返回顶部)|>)/;
/** A chrome line's length at most: a longer text opening so is a document pasted after the page's chrome, its own lines kept. */
const CHROME_MAX = 80;
/** A cheap test before any line is read: the words the page's chrome holds. */
const GATE = /当前位置|您的位置|您现在的位置|所在位置|上一篇|下一篇|上一条|下一条|发布时间|发布日期|浏览次数|访问次数|阅读次数|点击|字体|字号|打印|关闭|分享到|扫一扫|返回顶部/;

/** The grid with its page chrome's lines blank (see the module's note), or null where it has none. */
export function withoutPageChrome(grid: Grid): Grid | null {
  if (!grid.hasText(GATE)) return null;
  const { start, cols } = grid.textCells();
  const edits: { cell: string; value: null }[] = [];
  for (let r = 1; r < start.length - 1; r++) {
    if (start[r + 1] === start[r]) continue;
    let chrome = true;
    for (let k = start[r]; k < start[r + 1] && chrome; k++) {
      const text = grid.compactText(r, cols[k]);
      chrome = text.length <= CHROME_MAX && CHROME.test(text);
    }
    if (chrome) for (let k = start[r]; k < start[r + 1]; k++) edits.push({ cell: a1(r, cols[k]), value: null });
  }
  return edits.length ? grid.withCells(edits) : null;
}
