import { makeStyles, tokens } from "@fluentui/react-components";

/** The pane's styles (Fluent tokens; one class per layout need, shared by the pane's components). */
export const usePaneStyles = makeStyles({
  breakAll: {
    wordBreak: "break-all",
  },
  bulletList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  buttons: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  cell: {
    padding: tokens.spacingHorizontalXS,
  },
  cellAddress: {
    fontFamily: tokens.fontFamilyMonospace,
    marginRight: tokens.spacingHorizontalSNudge,
  },
  cellLink: {
    minWidth: 0,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontFamily: tokens.fontFamilyMonospace,
  },
  cellRef: {
    minWidth: 0,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    fontFamily: tokens.fontFamilyMonospace,
  },
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
  },
  counts: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalM} 0`,
  },
  ddSmall: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  ddStrong: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  explainList: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  fieldRow: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    flexWrap: "wrap",
  },
  findingButton: {
    textAlign: "left",
    justifyContent: "flex-start",
    height: "auto",
  },
  findingItem: {
    marginBottom: tokens.spacingVerticalSNudge,
  },
  fullTable: {
    borderCollapse: "collapse",
    width: "100%",
  },
  gapLeft: {
    marginLeft: tokens.spacingHorizontalXS,
  },
  gapTop: {
    marginTop: tokens.spacingVerticalS,
  },
  gapTopL: {
    marginTop: tokens.spacingVerticalM,
  },
  guide: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    margin: `${tokens.spacingVerticalM} 0 0`,
  },
  ignoreRow: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "end",
    marginTop: tokens.spacingVerticalXS,
  },
  indentList: {
    paddingLeft: tokens.spacingHorizontalL,
  },
  mono: {
    fontFamily: tokens.fontFamilyMonospace,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  note: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  noteBlock: {
    display: "block",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  noteBreak: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    wordBreak: "break-all",
  },
  noteTop: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    marginTop: 0,
  },
  page: {
    padding: tokens.spacingHorizontalL,
  },
  pane: {
    padding: tokens.spacingHorizontalS,
    minWidth: "280px",
  },
  paneTitle: {
    fontSize: tokens.fontSizeBase500,
  },
  panel: {
    paddingTop: tokens.spacingVerticalS,
  },
  plainList: {
    listStyle: "none",
    paddingLeft: tokens.spacingHorizontalS,
    margin: 0,
  },
  radioNote: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    margin: `0 0 ${tokens.spacingVerticalXS} 28px`,
  },
  related: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  rowHead: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} 0`,
    verticalAlign: "top",
  },
  ruleTitle: {
    fontSize: "13px",
    margin: `${tokens.spacingVerticalXS} 0`,
  },
  section: {
    marginBlock: tokens.spacingVerticalM,
  },
  sectionTitle: {
    fontSize: tokens.fontSizeBase300,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  skipItem: {
    marginBottom: tokens.spacingVerticalXS,
  },
  status: {
    fontSize: tokens.fontSizeBase200,
    minHeight: "16px",
  },
  wrap: {
    flexWrap: "wrap",
  },
  dd: {
    margin: 0,
  },
});
