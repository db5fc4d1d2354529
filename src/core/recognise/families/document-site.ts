/**
 * fam57: **a document-sharing site's preview** (豆丁 docin, 道客巴巴 doc88, 原创力 book118, 人人文库, 金锄头文库, 淘文阁, 第一文档网 …).
 * Such a page stores a report under the site's own lines: a blurb naming the document in 《…》 ('《宝坻区2019年林业改革发展资金
 * 支出绩效评价报告.docx》由会员分享,可在线阅读,更多相关《….docx(3页珍藏版)》请在taowenge.com淘文阁网|工程机械CAD图纸|…上搜索。',
 * '以下是第一文档网的小编为您整理的《老年人日间照料中心项目绩效自评报告》,欢迎阅读!'), the preview's page counts ('第1页/共3页'), its
 * prompts ('还剩2页未读,继续阅读', '全文预览已结束'). None of it is the document's text: its '|' are the site's menu, not a table's
 * cells, and the title the site quotes is the document's own, often the only one the stored part keeps (the preview's chunks
 * start past it, or glue it to their page number: '1、宝延区2019年…绩效评价报告根据…').
 *
 * `chromeEnd(text)`: a line's compact text opens with the site's chrome — two of its phrases at least within its first 400
 * characters, one of them the site's own (SITE_WORDS: 由会员分享, 页珍藏版, 请在…上搜索, 文档网, 小编为您整理, 还剩N页未读 …; the
 * weaker WEAK_WORDS, 可在线阅读, 欢迎阅读, 文库, only beside one), or a page count alone — and where it ends (its last phrase's
 * sentence closed): a page pasted whole into one cell goes on with the document. One phrase is no chrome, nor two weak ones: a
 * report may say '欢迎阅读', a library's '数字文库…可在线阅读'. `siteDocumentName(text)`: the document's name the chrome
 * quotes in its first 《…》, its file extension and page count ('.docx', '(3页珍藏版)') left off; null where the text opens
 * with no chrome or quotes no name of a document's length.
 */

/**
 * A document site's own phrases (compact, simplified): its blurb, its prompts, its names — none a report says. Its weaker
 * phrases (WEAK_WORDS) a report may say ('欢迎阅读', a library's '数字文库…可在线阅读'): they count only beside one of these.
 */
const SITE_WORDS = /由(?:会员|用户|网友)[^,。]{0,6}(?:分享|上传)|页珍藏版|请在[^。]{0,80}上搜索|更多相关《|文档网|原创力|道客巴巴|豆丁网|淘文阁|金锄头|人人文库|小编为(?:您|大家)(?:精心)?整理|希望对(?:大家|您)有所帮助|范文网|蚂蚁文库|个人图书馆|文档贡献者|下载券|阅读已结束|展开阅读全文|下载此文档|资源描述|用户自行上传|仅供(?:网友)?学习交流|免责声明|全文预览已结束|还剩\d+页未读|下载(?:文档|本文档|积分)|文档(?:格式|页数|大小|介绍|描述|编号)|内容提示|上传(?:人|时间|者)|版权申诉|收益归属内容提供方/g;
const WEAK_WORDS = /可?在线阅读|欢迎阅读|继续阅读|文库/g;
/** Phrases a line must hold to be the site's (one of SITE_WORDS among them). */
const CHROME_WORDS = 2;
/** A preview's page count alone ('第1页/共3页', '第 2 页 共 5 页'). */
const PAGE_COUNT = /^第\d{1,3}页[\/,]?共\d{1,3}页$/;
/** A cheap test before any other: a word every site's chrome holds (a body's, a line's). */
const GATE = /文档|文库|分享|阅读|珍藏|上传|搜索|下载|原创力|道客|豆丁|淘文阁|金锄头|小编|内容提示|版权|范文|图书馆|资源描述|学习交流|免责|共\d{1,3}页/;
/** The document's name quoted: 《…》, its extension and page count inside. */
const QUOTED_NAME = /《([^《》]{4,80})》/;
const NAME_TAIL = /(?:\.(?:docx?|pdf|wps|pptx?|xlsx?|txt))?(?:\(\d{1,4}页[^()]{0,6}\))?$/i;
/** A document's name: no sentence's mark inside. */
const NAME = /^[^。;,:!?|]{4,60}$/;

/** The text (a sheet's compact body) may hold a site's chrome: its lines are worth asking chromeEnd. */
export function mayHoldChrome(text: string): boolean {
  return GATE.test(text);
}

/** How far into a text the site's chrome is looked for: it opens the page (a document pasted whole in one cell follows it). */
const CHROME_REACH = 400;
/** The chrome's sentence ends a few characters past its last phrase ('…上搜索。', '…欢迎阅读!'). */
const CHROME_CLOSE = /^[^。!?]{0,12}[。!?]/;

/**
 * Where the site's chrome opening the text (compact) ends: past its last phrase and that phrase's sentence (see the module's
 * note); -1 where the text opens with no chrome. The rest, where the page pasted the document into the same cell, is the
 * document's.
 */
export function chromeEnd(text: string): number {
  if (!GATE.test(text)) return -1;
  if (PAGE_COUNT.test(text)) return text.length;
  const head = text.slice(0, CHROME_REACH);
  const seen = new Set<string>();
  let end = -1;
  const read = (re: RegExp) => {
    re.lastIndex = 0;
    for (let m = re.exec(head); m; m = re.exec(head)) {
      seen.add(m[0].slice(0, 2));
      end = Math.max(end, m.index + m[0].length);
    }
  };
  read(SITE_WORDS);
  // (the weaker phrases only beside a site's own)
  if (!seen.size) return -1;
  read(WEAK_WORDS);
  if (seen.size < CHROME_WORDS) return -1;
  const close = CHROME_CLOSE.exec(text.slice(end));
  return close ? end + close[0].length : end;
}

/** The line's compact text opens with a document site's chrome (see the module's note). */
export function siteChrome(text: string): boolean {
  return chromeEnd(text) >= 0;
}

/** The document's name the site's chrome opening the text quotes (compact text), or null (see the module's note). */
export function siteDocumentName(text: string): string | null {
  const end = chromeEnd(text);
  const m = end < 0 ? null : QUOTED_NAME.exec(text.slice(0, end));
  if (!m) return null;
  const name = m[1].replace(NAME_TAIL, "");
  return NAME.test(name) ? name : null;
}
