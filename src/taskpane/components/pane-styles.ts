/** Layout shared by the tabs: a narrow pane (350 px) where everything stacks and wraps. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  stack: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  plainList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  bulletList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  /** A field that takes the room left in its row (and wraps under the others when there is none). */
  grow: {
    flexGrow: 1,
    flexBasis: "160px",
    minWidth: 0,
  },
  /** A control no wider than the pane, however long its options (a select sizes to its longest). */
  fill: {
    maxWidth: "100%",
    minWidth: 0,
    "& select": { maxWidth: "100%", textOverflow: "ellipsis" },
  },
  wrapText: {
    overflowWrap: "anywhere",
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  bareFieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
