/**
 * The functieboek (function book) of a Dutch municipality that uses HR21, as data.
 * The zod schema is the single source of truth: the TypeScript types are inferred from it.
 * It is general: nothing here is specific to Ommen; the Ommen book is one instance
 * (src/data/functieboek-ommen.json).
 */
import { z } from "zod";

/** HR21 competency level: A is the highest, D the lowest. */
export const CompetencyLevelSchema = z.enum(["A", "B", "C", "D"]);

/** A competency as a normfunctie description lists it: "Visie, niveau A (anticiperen …)". */
export const CompetencySchema = z.object({
  name: z.string().min(1),
  level: CompetencyLevelSchema,
  /** The level's name in parentheses, e.g. "riskeren"; null where the book gives none. */
  label: z.string().nullable(),
});

export const ResultAreaSchema = z.object({
  number: z.number().int().positive().optional(),
  title: z.string().min(1),
  tasks: z.array(z.string().min(1)),
});

export const CriticalSituationSchema = z.object({
  number: z.number().int().positive().optional(),
  title: z.string().min(1),
  description: z.string(),
});

/** A competency in a competency profile, with its definition and the behaviour at the required level. */
export const ProfileCompetencySchema = z.object({
  name: z.string().min(1),
  definition: z.string(),
  level: CompetencyLevelSchema,
  label: z.string().nullable(),
  behaviours: z.array(z.string().min(1)),
});

/** One line of "Kennis op het gebied van" / "Vaardigheden op het gebied van". */
export const KnowledgeItemSchema = z.object({
  topic: z.string().nullable(),
  description: z.string(),
});

export const CompetencyProfileSchema = z.object({
  /** The profile's heading as the book prints it (may name the normfunctie differently). */
  heading: z.string().optional(),
  criticalSituations: z.array(CriticalSituationSchema),
  competencies: z.array(ProfileCompetencySchema),
  knowledge: z.array(KnowledgeItemSchema),
  skills: z.array(KnowledgeItemSchema),
  minimumEducation: z.string().nullable(),
  /** Any other text of the profile, verbatim. */
  extra: z.array(z.string()).optional(),
});

export const NormfunctieSchema = z.object({
  /** The name as in the description ("Naam functie"). */
  name: z.string().min(1),
  /** Other spellings the book itself uses for this normfunctie (function table, profile heading). */
  aliases: z.array(z.string().min(1)).default([]),
  heading: z.string().optional(),
  code: z.string().nullable().default(null),
  functiereeks: z.string().min(1),
  functiereeksDescription: z.string().optional(),
  functiegroep: z.string().min(1),
  functiegroepDescription: z.string().optional(),
  characteristics: z.array(z.string().min(1)),
  competencies: z.array(CompetencySchema),
  resultAreas: z.array(ResultAreaSchema),
  /** The competency profile from the appendix; null where the book has none. */
  profile: CompetencyProfileSchema.nullable(),
  /** The HR21 valuation (points); with `scoreMax`, a band from `score` to `scoreMax`. */
  score: z.number().nonnegative().optional(),
  scoreMax: z.number().nonnegative().optional(),
  /** The minimum education, where the book states it outside a competency profile. */
  minimumEducation: z.string().min(1).optional(),
});

/** A row of the table of available functions ("Beschikbare functies"). */
export const FunctionSchema = z.object({
  /** The local function title ("Beschikbare functie"). */
  title: z.string().min(1),
  /** Other titles planners use for the same function. */
  aliases: z.array(z.string().min(1)).default([]),
  /** The HR21 normfunctie as the table names it. */
  normfunctie: z.string().min(1),
  /** The salary scale this book assigns (HR21 itself fixes no scales). */
  scale: z.number().int(),
  /**
   * A groeifunctie or aanloopschaal: the function runs from `scale` up to this scale, and a
   * position in any scale of the range fits it.
   */
  scaleMax: z.number().int().optional(),
  /** The cluster or team the function belongs to, where the book says. */
  cluster: z.string().min(1).optional(),
  /** The book's remark on the function ("Opmerking"). */
  note: z.string().min(1).optional(),
  /** Formation in FTE; null where the book leaves the cell blank. */
  formationFte: z.number().nullable(),
  /** "Toelichting / overwegende functiekenmerken". */
  characteristics: z.array(z.string().min(1)),
});

export const ModuleSchema = z.object({
  name: z.string().min(1),
  /** All tasks of the module, flattened. */
  tasks: z.array(z.string().min(1)),
  taskGroups: z
    .array(z.object({ number: z.number().int().optional(), title: z.string(), tasks: z.array(z.string()) }))
    .optional(),
  competencies: z.array(CompetencySchema),
  /** Whether the module raises the valuation (scale). HR21's coördinatiemodule is not valued. */
  valued: z.boolean(),
  profile: CompetencyProfileSchema.nullable().optional(),
  description: z.string().optional(),
});

export const ClusterSchema = z.object({
  name: z.string().min(1),
  /** The book's indicative size ("ca 13 FTE"); null where it gives none. */
  indicativeFte: z.number().nullable(),
  description: z.string(),
  /** Shorter names planners use ("Beleid en Ontwikkeling" for "Cluster Beleid en Ontwikkeling"). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Whether functions of this cluster may carry the coördinatiemodule (absent: the book does not say). */
  coordinationAllowed: z.boolean().optional(),
});

/**
 * A row of the conversietabel: an HR21 score band converts to a salary scale (HR21 fixes no
 * scales; every employer converts with its own table). Where tussenschalen are allowed, the band
 * may also name the tussenschaal ("10A") a position in it may have.
 */
export const ConversionRowSchema = z.object({
  scoreFrom: z.number().nonnegative(),
  scoreTo: z.number().nonnegative(),
  scale: z.number().int(),
  intermediateScale: z.string().regex(/^\d{1,2}A$/).optional(),
});

export const PoliciesSchema = z.object({
  /** Tussenschalen (10A, 11A) allowed? */
  intermediateScales: z.boolean(),
  /** Uitloopschalen allowed? */
  extensionScales: z.boolean(),
  /** Hours per week of one FTE (Cao Gemeenten: 36). */
  fullTimeHours: z.number().positive(),
  /** Coördinatiemodules per cluster; null = no limit. */
  maxCoordinatorsPerCluster: z.number().int().nonnegative().nullable(),
  /** Coördinatiemodules in the whole organisation; null = no limit. */
  maxCoordinatorsTotal: z.number().int().nonnegative().nullable(),
  /** Functiereeksen whose functions may not carry the coördinatiemodule (leidinggevenden). */
  coordinationExcludedFunctiereeksen: z.array(z.string()).default([]),
  /** The lowest and highest salary scale that exists. */
  scaleRange: z.object({ min: z.number().int(), max: z.number().int() }).default({ min: 1, max: 18 }),
  /**
   * How far (FTE) a cluster may differ from its indicative size before it is reported: the book
   * says "ca.", so small differences are normal.
   */
  clusterToleranceFte: z.number().nonnegative().default(1),
  /** Where the book states each policy, in its own words. */
  notes: z.array(z.object({ section: z.string(), title: z.string(), text: z.string() })).default([]),
});

export const FunctieboekSchema = z.object({
  schemaVersion: z.literal(1),
  name: z.string().min(1),
  organisation: z.string().min(1),
  version: z.string().optional(),
  date: z.string().optional(),
  source: z.object({
    title: z.string(),
    document: z.string().optional(),
    note: z.string().optional(),
  }),
  /** The organisation's size as the text states it ("ca 45 FTE"), if it does. */
  indicativeTotalFte: z.number().nullable().default(null),
  /** The formation total the function table states ("Totaal: 45,00"), if it does. */
  formationTotalFte: z.number().nullable().default(null),
  /** Indicative FTE the book reserves for coördinatie outside the clusters, if any. */
  coordination: z
    .object({ indicativeFte: z.number().nullable(), description: z.string() })
    .optional(),
  policies: PoliciesSchema,
  clusters: z.array(ClusterSchema),
  organisationCompetencies: z.array(z.string().min(1)),
  functions: z.array(FunctionSchema),
  normfuncties: z.array(NormfunctieSchema),
  modules: z.array(ModuleSchema),
  /** Score → scale, where the book has a conversietabel. */
  conversionTable: z.array(ConversionRowSchema).optional(),
});

export type CompetencyLevel = z.infer<typeof CompetencyLevelSchema>;
export type Competency = z.infer<typeof CompetencySchema>;
export type ResultArea = z.infer<typeof ResultAreaSchema>;
export type ProfileCompetency = z.infer<typeof ProfileCompetencySchema>;
export type CompetencyProfile = z.infer<typeof CompetencyProfileSchema>;
export type Normfunctie = z.infer<typeof NormfunctieSchema>;
export type FunctionEntry = z.infer<typeof FunctionSchema>;
export type Module = z.infer<typeof ModuleSchema>;
export type Cluster = z.infer<typeof ClusterSchema>;
export type ConversionRow = z.infer<typeof ConversionRowSchema>;
export type Policies = z.infer<typeof PoliciesSchema>;
export type Functieboek = z.infer<typeof FunctieboekSchema>;
/** What a book file may contain before defaults are filled in. */
export type FunctieboekInput = z.input<typeof FunctieboekSchema>;
