/**
 * Formatie against bezet per cluster as plain CSS bars (no chart library): per cluster two bars on
 * one scale, with the numbers written out, so the chart reads without colour or a mouse too.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatFte } from "../../core/format";
import { useText } from "../pane-context";
import type { ClusterBar } from "../services/check-protocol";
import { usePaneStyles } from "./pane-styles";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: tokens.spacingHorizontalXS },
  cluster: { display: "flex", flexDirection: "column", gap: "2px" },
  name: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase100 },
  track: { flexGrow: 1, minWidth: 0 },
  bar: { display: "block", height: "10px", minWidth: "1px", borderRadius: tokens.borderRadiusSmall },
  formation: { backgroundColor: tokens.colorNeutralForeground3 },
  filled: { backgroundColor: tokens.colorBrandBackground },
  number: { width: "44px", textAlign: "right", flexShrink: 0 },
});

export function ClusterChart({ bars }: { bars: ClusterBar[] }) {
  const { t, language } = useText();
  const styles = useStyles();
  const shared = usePaneStyles();
  const max = Math.max(0.0001, ...bars.flatMap((b) => [b.formationFte ?? 0, b.filledFte]));
  const width = (value: number) => `${Math.round((value / max) * 1000) / 10}%`;
  /** For the visible numbers: "3,00", or "?" where the book gives no size. */
  const fte = (value: number | null) => (value === null ? "?" : formatFte(value, language));
  /** For the spoken label: "3,00 fte", or "onbekend". */
  const amount = (value: number | null) => (value === null ? t("chartNoFormation") : t("bookFte", { fte: value }));
  return (
    <figure className={styles.figure} aria-labelledby="cluster-chart-caption">
      <figcaption id="cluster-chart-caption" className={shared.subheading}>
        {t("chartHeading")}
      </figcaption>
      <div className={styles.legend} aria-hidden="true">
        <span>
          <span className={`${styles.swatch} ${styles.formation}`} />
          {t("chartLegendFormation")}
        </span>
        <span>
          <span className={`${styles.swatch} ${styles.filled}`} />
          {t("chartLegendFilled")}
        </span>
      </div>
      <ul className={shared.plainList}>
        {bars.map((bar, i) => {
          const name = bar.name || t("chartNoCluster");
          return (
            <li key={`${bar.name}-${i}`} className={styles.cluster} aria-label={t("chartBar", { cluster: name, formation: amount(bar.formationFte), filled: amount(bar.filledFte) })}>
              <span className={styles.name} aria-hidden="true">{name}</span>
              <span className={styles.line} aria-hidden="true">
                <span className={styles.track}>
                  <span className={`${styles.bar} ${styles.formation}`} style={{ width: width(bar.formationFte ?? 0) }} />
                </span>
                <span className={styles.number}>{fte(bar.formationFte)}</span>
              </span>
              <span className={styles.line} aria-hidden="true">
                <span className={styles.track}>
                  <span className={`${styles.bar} ${styles.filled}`} style={{ width: width(bar.filledFte) }} />
                </span>
                <span className={styles.number}>{fte(bar.filledFte)}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
