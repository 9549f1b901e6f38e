/**
 * The Beleid sheet: one setting per row, its label in the first filled cell and its value in the
 * cell to the right (a third column may explain it). Rows above the first known setting are a
 * title and a header; below it, a label the tool does not know is reported, never skipped.
 */
import type { CellValue, Grid } from "../../formatie/grid";
import type { Localized } from "../../localized";
import { nearest } from "../../text/normalize";
import type { BookLocations } from "./book-locations";
import type { Place, ProblemList } from "./book-problems";
import { POLICY_SETTINGS, type SettingSpec } from "./book-sheets";
import { readAmount, readDate, readList, readText, readYesNo, readScaleSpan, type CellRead } from "./cell-reading";
import { labelMatcher, readSettingRows } from "./sheet-table";

const MESSAGES = {
  unknown: { nl: "onbekende instelling '{label}'.{hint}", en: "unknown setting '{label}'.{hintEn}" },
  duplicate: { nl: "instelling '{label}' staat er al op rij {other:plain}.", en: "setting '{label}' is already on row {other:plain}." },
  missing: { nl: "de instelling '{label}' ontbreekt (een rij met '{label}' en de waarde ernaast).", en: "the setting '{labelEn}' is missing (a row with '{label}' and its value beside it)." },
  empty: { nl: "de instelling '{label}' heeft geen waarde.", en: "the setting '{labelEn}' has no value." },
  notWhole: { nl: "'{text}' moet een heel getal zijn.", en: "'{text}' must be a whole number." },
  hours: { nl: "uren voltijd moet meer dan 0 en hoogstens 60 zijn (niet {text}).", en: "full-time hours must be above 0 and at most 60 (not {text})." },
} satisfies Record<string, Localized>;

export interface PolicyValues {
  top: Record<string, unknown>;
  source: Record<string, string>;
  policies: Record<string, unknown>;
}

export function readPolicies(grid: Grid, problems: ProblemList, locations: BookLocations): PolicyValues | undefined {
  const match = labelMatcher(POLICY_SETTINGS);
  const found = new Map<SettingSpec, { row: number; col: number; value: CellValue }>();
  let started = false;
  for (const row of readSettingRows(grid)) {
    const spec = match(row.label);
    if (!spec) {
      if (started) {
        const near = nearest(row.label, POLICY_SETTINGS.flatMap((s) => s.labels), 1)[0];
        problems.add("policy/unknown", { sheet: grid.sheet, row: row.row, col: row.labelCol }, MESSAGES.unknown, {
          label: row.label,
          hint: near !== undefined ? ` Bedoelt u '${near}'?` : "",
          hintEn: near !== undefined ? ` Did you mean '${near}'?` : "",
        });
      }
      continue;
    }
    started = true;
    const earlier = found.get(spec);
    if (earlier) {
      problems.add("policy/duplicate", { sheet: grid.sheet, row: row.row, col: row.labelCol }, MESSAGES.duplicate, { label: row.label, other: earlier.row });
      continue;
    }
    found.set(spec, { row: row.row, col: row.labelCol + 1, value: row.value });
    locations.setSetting(spec.path, { sheet: grid.sheet, row: row.row, col: row.labelCol + 1 });
  }

  const values = new Map<string, unknown>();
  let complete = true;
  for (const spec of POLICY_SETTINGS) {
    const cell = found.get(spec);
    if (!cell) {
      if (spec.required) {
        problems.add("policy/missing", { sheet: grid.sheet }, MESSAGES.missing, { label: spec.labels[0] as string, labelEn: spec.labelEn });
        complete = false;
      }
      continue;
    }
    const place: Place = { sheet: grid.sheet, row: cell.row, col: cell.col };
    const read = readSetting(spec, cell.value);
    if (read.kind === "bad") {
      problems.add(read.code, place, read.message, read.data);
      complete = false;
    } else if (read.kind === "empty" && spec.required) {
      problems.add("policy/empty", place, MESSAGES.empty, { label: spec.labels[0] as string, labelEn: spec.labelEn });
      complete = false;
    } else if (read.kind === "ok") values.set(spec.path, read.value);
  }
  if (!complete) return undefined;

  const organisation = values.get("organisation") as string;
  const coordinationFte = values.get("coordination.indicativeFte") as number | undefined;
  const coordinationText = values.get("coordination.description") as string | undefined;
  const scaleSpan = values.get("policies.scaleRange") as { min: number; max: number } | undefined;
  const pick = (path: string) => (values.has(path) ? { [path.split(".").pop() as string]: values.get(path) } : {});
  return {
    top: {
      name: (values.get("name") as string | undefined) ?? `Functieboek ${organisation}`,
      organisation,
      ...pick("version"),
      ...pick("date"),
      indicativeTotalFte: values.get("indicativeTotalFte") ?? null,
      formationTotalFte: values.get("formationTotalFte") ?? null,
      ...(coordinationFte !== undefined || coordinationText !== undefined ? { coordination: { indicativeFte: coordinationFte ?? null, description: coordinationText ?? "" } } : {}),
      organisationCompetencies: values.get("organisationCompetencies") ?? [],
    },
    source: { ...pick("source.title"), ...pick("source.document"), ...pick("source.note") } as Record<string, string>,
    policies: {
      intermediateScales: values.get("policies.intermediateScales"),
      extensionScales: values.get("policies.extensionScales"),
      fullTimeHours: values.get("policies.fullTimeHours") ?? 36,
      maxCoordinatorsPerCluster: values.get("policies.maxCoordinatorsPerCluster") ?? null,
      maxCoordinatorsTotal: values.get("policies.maxCoordinatorsTotal") ?? null,
      coordinationExcludedFunctiereeksen: values.get("policies.coordinationExcludedFunctiereeksen") ?? [],
      scaleRange: scaleSpan ?? { min: 1, max: 18 },
      clusterToleranceFte: values.get("policies.clusterToleranceFte") ?? 1,
      notes: [],
    },
  };
}

function readSetting(spec: SettingSpec, value: CellValue): CellRead<unknown> {
  const what = { nl: spec.labels[0] as string, en: spec.labelEn };
  switch (spec.kind) {
    case "text":
      return readText(value);
    case "list":
      return readList(value);
    case "yesNo":
      return readYesNo(value);
    case "date":
      return readDate(value);
    case "scaleSpan":
      return readScaleSpan(value);
    case "fte":
      return readAmount(value, what);
    case "count": {
      const read = readAmount(value, what);
      if (read.kind === "ok" && !Number.isInteger(read.value)) return { kind: "bad", code: "cell/not-whole", message: MESSAGES.notWhole, data: { text: String(value) } };
      return read;
    }
    case "hours": {
      const read = readAmount(value, what);
      if (read.kind === "ok" && (read.value <= 0 || read.value > 60)) return { kind: "bad", code: "cell/out-of-range", message: MESSAGES.hours, data: { text: String(value) } };
      return read;
    }
  }
}
