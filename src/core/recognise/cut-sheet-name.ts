/**
 * A sheet's name is 31 characters at most (Excel refuses a longer one): a table pasted into a sheet named after its
 * title keeps the title's first 31 characters, and a Chinese title names its form last ('…236.25万元部门整体支出绩效自评
 * 表' named '…236.25万元部门整'). A name of 31 characters that ends on a form word's first three
 * characters, which begin no other, reads as the whole word ('部门整' as 部门整体), the rest of the title being lost; a shorter name was
 * not cut, and a cut of two characters or fewer ('部门', '绩效') tells no one word.
 */
const EXCEL_NAME_MAX = 31;

/** Words naming a form or its kind, whose cut beginning names none (both scripts: the name is read before normalising). */
const FORM_WORDS = [
  "部门整体", "部門整體", "整体支出", "整體支出", "绩效自评", "績效自評", "绩效监控", "績效監控",
  "目标申报", "目標申報", "评分细则", "評分細則", "指标体系", "指標體系",
];

/** The word a 31-character name's cut end begins ('' where it was not cut, or its end begins no one word). */
export function cutNameWord(name: string): string {
  const n = (name || "").trim();
  if (n.length !== EXCEL_NAME_MAX) return "";
  // (the words are of four characters: the name's last three, one word's beginning)
  const end = n.slice(-3);
  const words = FORM_WORDS.filter((w) => w.slice(0, 3) === end);
  return words.length === 1 ? words[0] : "";
}
