/**
 * (scan59) A region's budget spending and the functional categories a sentence names of it: '全市公共财政预算支出完成217.99亿
 * 元,同比增长2.9%。其中,一般公共服务支出20.4亿元,…;教育支出45.7亿元,…;节能环保支出12.0亿元' (邢台, seven categories, 163.8 of
 * 217.99), '全县…公共财政支出(一般预算支出)664746万元,…其中:农林水事务支出130633万元;教育支出165010万元;医疗卫生支出…;社会保障
 * 和就业支出92372万元' (隆回, four). A whole government's spending runs over twenty categories of the functional classification
 * (政府收支分类: 一般公共服务, 公共安全, 教育 … 城乡社区, 农林水, 交通运输, 债务付息 …); a bulletin names the few it reports on:
 * they are some of the whole (at most it), never its breakdown. A department's spending listed by the categories it has —
 * '一般公共预算支出…其中:教育支出…、社会保障和就业支出…' with no region named — stays a breakdown.
 *
 * The test is the paragraph's: its whole names a government's spending (财政支出 / 预算支出), the paragraph up to it a region
 * (全市, 全县, 全区, 全省, 全州, 全国, 全旗, 全盟, or a 本级: '全县财政总收入…。公共财政支出…' names it a sentence before), and every
 * part is a functional category of spending. Read only for a list already found (a handful per page): no pass of its own.
 */

/** The functional categories (类) of spending, as bulletins name them (old and new names: 医疗卫生 / 卫生健康, 文化体育与传媒 / 文化旅游体育与传媒). */
const SPENDING_CATEGORY =
  /^(?:一般公共服务|外交|国防|公共安全|教育|科学技术|科技|文化(?:旅游)?体育(?:与|和)传媒|文化体育|社会保障(?:和|与)就业|社保和就业|卫生健康|医疗卫生(?:与计划生育)?|节能环保|城乡社区(?:事务)?|农林水(?:事务)?|交通运输|资源勘探(?:工业)?信息等|资源勘探(?:电力)?信息等|商业服务业等|金融(?:监管等)?|援助其他地区|自然资源海洋气象等|国土海洋气象等|住房保障|粮油物资储备|灾害防治及应急管理|债务付息|其他)支出$/;

/** A government's spending: its budget's or its treasury's, not a unit's; (scan60) or the livelihood spending (民生支出) it
 * reports, itself a selection of categories — '財政支出中,民生支出797546萬元,…。分項目看,社會保障和就業支出…;教育支出…' (阿拉善盟,
 * five of its categories named) */
const GOVERNMENT_SPENDING = /财政(?:预算)?支出|预算支出|一般预算支出|民生(?:类)?支出/;

/** The figure's scope a region's: the whole city, county, province … or its own level's. */
// (scan60: 盟 / 旗 of Inner Mongolia too, '盟本级一般公共预算支出…;旗级…')
export const REGION_SCOPE = /全(?:市|县|区|省|州|国|旗|盟|乡|镇)|(?:市|县|区|省|州|盟|旗)本级/;

/**
 * True where a 其中 list's parts (their names) are functional categories of a region's government spending (the paragraph
 * `text` up to the whole's amount at `at` names the region) — a selection of them, not the whole's breakdown: at most the whole.
 */
export function regionCategorySelection(text: string, at: number, clause: string, names: readonly (string | undefined)[]): boolean {
  // (the clause's test first: most lists are no government's spending, and the paragraph is then not searched)
  if (names.length === 0 || !GOVERNMENT_SPENDING.test(clause)) return false;
  for (const name of names) if (!SPENDING_CATEGORY.test(categoryName(name ?? ""))) return false;
  return REGION_SCOPE.test(at < text.length ? text.slice(0, at) : text);
}

/** A part's name as a category: its list's leading words and marks dropped ('其中,一般公共服务支出' → '一般公共服务支出'), and
 * (scan60) the words of its figure's stage after it ('社会保障和就业支出累计完成' → '社会保障和就业支出'). */
function categoryName(name: string): string {
  return name
    .replace(/^(?:[,:;、]|其中|包括|主要是|分别是)+/, "")
    .replace(/[:为是]+$/, "")
    .replace(/支出(?:累计)?(?:完成|实现|执行)$/, "支出");
}

/**
 * (scan59) A region's count broken down by the kinds a bulletin reports on: '2021年,全县共有学校94所,…在校学生7.18万人,其中中等
 * 职业在校学生2576人,普通中学在校学生3.12万人,小学在校学生3.78万人。专任教师6246人,其中中等职业学校专任教师171人,普通中学专任
 * 教师2974人,小学专任教师2409人' — 6246 against 5554: the county's teachers include kinds the sentence leaves out (幼儿园, 特殊
 * 教育), as its 医疗卫生机构456个 do beyond '医院8个,乡镇卫生院16个,妇幼保健院1个'. Parts short of such a whole are no slip; parts
 * over it still are (the list then counts what is not in the whole). True where the parts (`sum`) fall short of the whole
 * (`whole`) and the paragraph `text` up to the whole's figure (at `at`) names a region (REGION_SCOPE).
 */
export function regionCountShortfall(text: string, at: number, whole: number, sum: number): boolean {
  return sum < whole && REGION_SCOPE.test(at < text.length ? text.slice(0, at) : text);
}
