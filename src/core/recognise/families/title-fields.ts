import { IDENTITY_LABEL } from "../preamble";
import { ATTACHMENT_NUMBER } from "../vocabulary";

/** A field's label in a cell of its own, its value in the next: a short text ending in its colon (项目名称:, 自评总分:). */
const LABEL_CELL = /^[^|:]{1,12}:$/;
/** A field and its value in one cell (项目名称:某县视频监控建设): the label, then the value after the colon. */
const LABEL_WITH_VALUE = /^([^|:]{2,10}):[^|]+$/;

/**
 * (fam55) The title's cells (SheetFeatures.title: the sheet's name and title lines, cells joined by "|") without the
 * values of the fields among them: the cell after a label cell (项目名称: | 重庆市忠县科学技术协会整体监控; 项目名称 | …),
 * or the value after a label's colon in one cell (项目名称:天网视频监控系统建设) — what the project or unit is called, no
 * word of the form's own title. A form's words are the title's subject lines and the labels; a field's value names
 * whatever the publisher named (a 自评表 of a project called '…监控平台', of a department's '整体监控' budget line).
 */
export function titleWithoutFieldValues(title: string): string {
  const cells = title.split("|");
  const out: string[] = [];
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k];
    const prev = k > 0 ? cells[k - 1] : "";
    // (an attachment's number before the title, 附件1: | …绩效运行监控表, labels no field: the title follows it)
    if (cell && ((LABEL_CELL.test(prev) && !ATTACHMENT_NUMBER.test(prev)) || IDENTITY_LABEL.test(prev))) out.push("");
    else {
      const field = LABEL_WITH_VALUE.exec(cell);
      out.push(field ? field[1] + ":" : cell);
    }
  }
  return out.join("|");
}

/** The title names a monitoring (监控) outside its fields' values (titleWithoutFieldValues). */
export function titleSaysMonitoring(title: string): boolean {
  return title.indexOf("监控") >= 0 && titleWithoutFieldValues(title).indexOf("监控") >= 0;
}
