import { makeStyles, tokens } from "@fluentui/react-components";
import { SELECTION, SEVERITY_MARK } from "./marks";

/** The grid's fixed sizes: the window of rows and columns is computed from them and the scroll position. */
export const ROW_H = 24;
export const COL_W = 110;
export const HEAD_W = 48;

/** The checker's styles (Fluent tokens); sizes computed from the data (a window's spacers, a merged cell's width) stay inline. */
export const useCheckerStyles = makeStyles({
  averages: {
    margin: `${tokens.spacingVerticalSNudge} 0`,
  },
  blockTitle: {
    fontSize: tokens.fontSizeBase300,
    margin: `${tokens.spacingVerticalXS} 0`,
  },
  checkerPage: {
    padding: tokens.spacingHorizontalM,
  },
  dd: {
    margin: 0,
  },
  deskTable: {
    borderCollapse: "collapse",
    fontSize: "13px",
    width: "100%",
  },
  deskToolbar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalS,
  },
  dropHint: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    color: tokens.colorNeutralForeground3,
  },
  filterInput: {
    minWidth: "260px",
  },
  filters: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalSNudge,
  },
  gradeBox: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalMNudge}`,
    textAlign: "center",
    minWidth: "44px",
  },
  gradeCount: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  gradeList: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    listStyle: "none",
    padding: 0,
    margin: `${tokens.spacingVerticalXS} 0`,
  },
  hiddenInput: {
    display: "none",
  },
  legend: {
    display: "flex",
    gap: tokens.spacingHorizontalL,
    listStyle: "none",
    padding: 0,
    margin: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase200,
  },
  main: {
    flex: "1 1 auto",
    minWidth: 0,
  },
  markImpossible: {
    marginLeft: tokens.spacingHorizontalXS,
    fontSize: "11px",
    color: tokens.colorPaletteRedForeground1,
  },
  markPartial: {
    marginLeft: tokens.spacingHorizontalXS,
    fontSize: "11px",
    color: tokens.colorPaletteMarigoldForeground2,
  },
  noteTight: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    margin: `${tokens.spacingVerticalXXS} 0`,
  },
  overviewRow: {
    display: "flex",
    gap: tokens.spacingHorizontalXXL,
    alignItems: "flex-start",
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalM,
  },
  printArea: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalM} 0`,
    background: tokens.colorNeutralBackground1,
  },
  printButtons: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  printMeta: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  printTable: {
    borderCollapse: "collapse",
  },
  printTitle: {
    fontSize: tokens.fontSizeBase400,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  progress: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    marginBottom: tokens.spacingVerticalS,
  },
  progressBar: {
    flex: "0 0 320px",
  },
  readError: {
    color: tokens.colorPaletteRedForeground1,
  },
  sheetName: {
    color: tokens.colorNeutralForeground3,
    fontSize: "11px",
  },
  sheetScroll: {
    overflow: "auto",
    height: "70vh",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    position: "relative",
  },
  side: {
    flex: "0 0 380px",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    maxHeight: "85vh",
    overflow: "auto",
  },
  sortButton: {
    backgroundColor: "transparent",
    border: "none",
    padding: 0,
    font: "inherit",
    color: "inherit",
    textAlign: "inherit",
    cursor: "pointer",
  },
  spacerCell: {
    padding: 0,
    border: 0,
  },
  stickyHead: {
    position: "sticky",
    top: 0,
    background: tokens.colorNeutralBackground3,
  },
  tableScroll: {
    overflow: "auto",
    maxHeight: "60vh",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  td: {
    padding: `3px ${tokens.spacingHorizontalSNudge}`,
  },
  tdNowrap: {
    padding: `3px ${tokens.spacingHorizontalSNudge}`,
    whiteSpace: "nowrap",
  },
  tdNum: {
    textAlign: "right",
    padding: `3px ${tokens.spacingHorizontalSNudge}`,
  },
  tdNumNowrap: {
    textAlign: "right",
    padding: `3px ${tokens.spacingHorizontalSNudge}`,
    whiteSpace: "nowrap",
  },
  title: {
    fontSize: tokens.fontSizeBase500,
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalM}`,
  },
  toolbar: {
    margin: `${tokens.spacingVerticalS} 0`,
  },
  workspace: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "flex-start",
  },
  chartDot: {
    cursor: "pointer",
  },
  dropzone: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    marginBottom: tokens.spacingVerticalM,
  },
  dropzoneActive: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
  },
  sortHead: {
    position: "sticky",
    top: 0,
    background: tokens.colorNeutralBackground3,
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalSNudge}`,
    whiteSpace: "nowrap",
  },
  alignRight: {
    textAlign: "right",
  },
  deskRow: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  clickable: {
    cursor: "pointer",
  },
  rowWithErrors: {
    background: tokens.colorPaletteRedBackground1,
  },
  negative: {
    color: tokens.colorPaletteRedForeground1,
  },
  sevError: {
    color: SEVERITY_MARK.error.color,
  },
  sevWarning: {
    color: SEVERITY_MARK.warning.color,
  },
  sevInfo: {
    color: SEVERITY_MARK.info.color,
  },
  legendSwatch: {
    border: "2px solid currentColor",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    marginRight: tokens.spacingHorizontalXS,
  },
  legendInfo: {
    border: "2px dashed currentColor",
  },
  selectionSwatch: {
    outline: `3px solid ${SELECTION}`,
    outlineOffset: "-3px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    marginRight: tokens.spacingHorizontalXS,
  },
  rowHead: {
    background: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: `${HEAD_W}px`,
    minWidth: `${HEAD_W}px`,
    height: `${ROW_H}px`,
    padding: 0,
    fontSize: "11px",
  },
  corner: {
    background: tokens.colorNeutralBackground3,
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 2,
    width: `${HEAD_W}px`,
  },
  colHead: {
    background: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    position: "sticky",
    top: 0,
    zIndex: 1,
    width: `${COL_W}px`,
  },
  gridRow: {
    height: `${ROW_H}px`,
  },
  grid: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontFamily: tokens.fontFamilyBase,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    height: `${ROW_H}px`,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    outlineOffset: "-2px",
    fontSize: tokens.fontSizeBase200,
  },
  cellPick: {
    cursor: "cell",
  },
  cellSelected: {
    outline: `3px solid ${SELECTION}`,
  },
  cellError: {
    outline: `2px solid ${SEVERITY_MARK.error.color}`,
  },
  cellWarning: {
    outline: `2px solid ${SEVERITY_MARK.warning.color}`,
  },
  cellInfo: {
    outline: `2px dashed ${SEVERITY_MARK.info.color}`,
  },
  glyph: {
    fontWeight: tokens.fontWeightBold,
    marginRight: "3px",
  },
});
