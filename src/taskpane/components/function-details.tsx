/**
 * One function of the book: its normfunctie, scale and formation, and per normfunctie the
 * kenmerken, competencies (level and behaviour indicators), resultaatgebieden and minimum opleiding.
 */
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { FunctieboekIndex } from "../../core/functieboek/functieboek-index";
import type { Competency, FunctionEntry, ProfileCompetency } from "../../core/functieboek/schema";
import { useText } from "../pane-context";
import { usePaneStyles } from "./pane-styles";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere" },
  section: {
    borderLeft: `3px solid ${tokens.colorBrandStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
});

export function FunctionDetails({ fn, index }: { fn: FunctionEntry; index: FunctieboekIndex }) {
  const { t } = useText();
  const styles = useStyles();
  const shared = usePaneStyles();
  const nf = index.normfunctieOf(fn);
  const competencies: (Competency | ProfileCompetency)[] = nf?.profile?.competencies.length ? nf.profile.competencies : (nf?.competencies ?? []);
  const characteristics = nf && nf.characteristics.length > 0 ? nf.characteristics : fn.characteristics;
  return (
    <section aria-label={fn.title.trim()} className={`${shared.stack} ${styles.section}`}>
      <h3 className={shared.subheading}>{fn.title.trim()}</h3>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t("detailNormfunctie")}</dt>
        <dd className={styles.value}>{nf?.name ?? fn.normfunctie}</dd>
        <dt className={styles.term}>{t("detailScale")}</dt>
        <dd className={styles.value}>{fn.scale}</dd>
        <dt className={styles.term}>{t("detailFormation")}</dt>
        <dd className={styles.value}>{fn.formationFte === null ? t("bookNoFte") : t("bookFte", { fte: fn.formationFte })}</dd>
        {nf && (
          <>
            <dt className={styles.term}>{t("detailReeks")}</dt>
            <dd className={styles.value}>
              {nf.functiereeks} / {nf.functiegroep}
            </dd>
          </>
        )}
      </dl>
      {!nf && <Body1>{t("detailNoNormfunctie", { normfunctie: fn.normfunctie })}</Body1>}

      <h4 className={shared.subheading}>{t("detailCharacteristics")}</h4>
      <TextList items={characteristics} />

      <h4 className={shared.subheading}>{t("detailCompetencies")}</h4>
      {competencies.length === 0 ? (
        <Body1>{t("detailNone")}</Body1>
      ) : (
        <ul className={`${shared.bulletList} ${shared.wrapText}`}>
          {competencies.map((c, i) => (
            <li key={`${c.name}-${i}`}>
              {t("detailCompetency", { name: c.name, level: c.level })}
              {c.label ? ` (${c.label})` : ""}
              {"behaviours" in c && c.behaviours.length > 0 && (
                <ul className={shared.bulletList}>
                  {c.behaviours.map((b, j) => (
                    <li key={j}>{b}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}

      <h4 className={shared.subheading}>{t("detailResultAreas")}</h4>
      {!nf || nf.resultAreas.length === 0 ? (
        <Body1>{t("detailNone")}</Body1>
      ) : (
        <ol className={`${shared.bulletList} ${shared.wrapText}`}>
          {nf.resultAreas.map((area, i) => (
            <li key={`${area.title}-${i}`}>
              {area.title}
              {area.tasks.length > 0 && (
                <ul className={shared.bulletList}>
                  {area.tasks.map((task, j) => (
                    <li key={j}>{task}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}

      <h4 className={shared.subheading}>{t("detailEducation")}</h4>
      <Body1 className={shared.wrapText}>{nf?.profile?.minimumEducation ?? t("detailNone")}</Body1>
    </section>
  );
}

function TextList({ items }: { items: readonly string[] }) {
  const { t } = useText();
  const shared = usePaneStyles();
  if (items.length === 0) return <Body1>{t("detailNone")}</Body1>;
  return (
    <ul className={`${shared.bulletList} ${shared.wrapText}`}>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}
