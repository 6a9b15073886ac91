// TypeScript declarations of teleworksec.mjs, the npm package `teleworksec`.
// The documents are those of examples/schemas/ (assessment/v1, result/v1);
// results are typed per catalog kind, told apart by their own keys ("audit",
// "roles", "conformant", "residual_risks") or by `catalog` for the shipped five.

export type Answer = 'yes' | 'no' | 'na';
export type EvidenceKind =
  | 'document' | 'record' | 'configuration' | 'scan_report' | 'interview' | 'observation'
  | 'self_declaration';
export type Severity = 'low' | 'medium' | 'high' | 'urgent';
export type Impact = 'minor' | 'serious' | 'critical';
export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';
/** YYYY-MM-DD */
export type DateString = string;

export interface Evidence { kind: EvidenceKind; ref: string }
/** Who approved an exclusion (na, override, not_needed) and its last day. */
export interface Approval { approved_by?: string; expires?: DateString }
export type AnswerEntry = Answer | ({ answer: Answer; evidence?: Evidence[]; reason?: string } & Approval);
export type CheckEntry =
  | 'passed' | 'not_applicable' | 'not_performed'
  | { status: 'findings'; findings: { severity: Severity; title?: string; ref?: string }[] };
export type Decision =
  | 'implemented'
  | {
      decision: 'implemented' | 'planned' | 'not_needed';
      deadline?: DateString;
      justification?: string;
      impact?: Partial<Record<'confidentiality' | 'integrity' | 'availability' | 'non_repudiation', Impact>>;
      note?: string;
    } & Approval;

/** teleworksec/assessment/v1 */
export interface Assessment {
  schema: 'teleworksec/assessment/v1';
  catalog: string;
  policy?: 'self_assessment' | 'audit';
  date?: DateString;
  facility?: { name?: string; facts?: Record<string, boolean> };
  answers?: Record<string, AnswerEntry>;
  overrides?: Record<string, { status: Status; by?: string; note?: string } & Approval>;
  diagnosis?: Record<string, CheckEntry>;
  decisions?: Record<string, Decision>;
}

export type Status = 'compliant' | 'partial' | 'noncompliant' | 'not_applicable';
export type ItemStatus = 'implemented' | 'not_implemented' | 'not_applicable' | 'unanswered';
export interface Tally { applicable: number; implemented: number }
export interface Excluded { id: string; reason: string }

/** The members every result/v1 has. */
interface ResultBase {
  schema: 'teleworksec/result/v1';
  catalog: string;
  fingerprint: string;
  facility: string;
  date: DateString | null;
  policy: 'self_assessment' | 'audit';
  provisional: boolean;
  /** As of the result's date: exclusions that no longer apply, and those ending within 30 days. */
  exclusions: { expired: DatedExclusion[]; expiring: DatedExclusion[] };
}
export interface DatedExclusion {
  id: string; kind: 'na' | 'override' | 'not_needed'; approved_by: string | null; expires: DateString;
}

/** certification-v2, coworking-v2 */
export interface CertificationResult extends ResultBase {
  audit: {
    grade: Grade;
    columns_met: Record<string, boolean>;
    categories: Record<string, { status: Status; title_en: string; title_ja: string }>;
    items: Record<string, {
      status: Status; tier: 'basic' | 'advanced'; measure?: string; title_en: string; title_ja: string;
      failing: string[]; unverified: string[]; set_by_inspector: boolean;
    }>;
  };
  diagnosis: {
    grade: Grade;
    columns_met: Record<string, boolean>;
    checks: Record<string, {
      status: 'passed' | 'findings' | 'not_applicable' | 'not_performed'; grade: Grade | null;
      origin: string; title_en: string; why_not_performed?: string[];
      findings?: { severity: Severity; title: string; ref: string; sets_grade: boolean }[];
    }>;
  } | null;
  level: { stars: 0 | 2 | 3 | 4; name_ja: string; name_en: string; indicative: boolean };
  gaps: CertificationGaps;
  evidence: Record<string, Evidence[]>;
  excluded: Excluded[];
  unanswered: number;
}
export interface CertificationGaps {
  target_stars?: number;
  audit_grade_needed?: Grade;
  diagnosis_grade_needed?: Grade | null;
  diagnosis_missing?: boolean;
  audit_items?: { id: string; mark: string; status: Status; failing: string[] }[];
  checks?: { id: string; mark: string; reason: 'not_performed' | 'grade_too_low'; grade?: Grade; why?: string[] }[];
}

/** mic-telework-v4 */
export interface SelfCheckResult extends ResultBase {
  level: { code: 'basic_unmet' | 'basic' | 'recommended'; name_ja: string; name_en: string; weakest_groups: string[] };
  roles: Record<string, Tally>;
  groups: Record<string, Tally & {
    level: 'basic_unmet' | 'basic' | 'recommended'; rated: boolean; title_en: string; title_ja: string;
    roles: Record<string, Tally>;
  }>;
  items: Record<string, { status: ItemStatus; basic: boolean; recommended: boolean; group: string; title_en: string }>;
  gaps: SelfCheckGaps;
  excluded: Excluded[];
  unanswered: number;
}
export interface SelfCheckGaps { basic: string[]; recommended: string[] }

/** csaj-home-2018 */
export interface PolicyResult extends ResultBase {
  conformant: boolean;
  nonconforming: string[];
  undecided: number;
  levels: Record<'shall' | 'should' | 'may', Tally>;
  groups: Record<string, Record<'shall' | 'should' | 'may', Tally> & { title_en: string; title_ja: string }>;
  statements: Record<string, {
    decision: 'implemented' | 'planned' | 'not_needed' | 'undecided'; level: 'shall' | 'should' | 'may';
    deadline: DateString | null; overdue: boolean; title_en: string;
  }>;
  plan: PlanEntry[];
  tailored: { id: string; justification: string }[];
}
export interface PlanEntry {
  id: string; decision: 'planned' | 'undecided'; level: 'shall' | 'should' | 'may';
  deadline: DateString | null; overdue: boolean; priority: Impact;
}

/** coworking-user */
export interface RiskResult extends ResultBase {
  overall: Tally;
  groups: Record<string, Tally & { title_en: string; title_ja: string }>;
  measures: Record<string, { status: ItemStatus; title_en: string; title_ja: string }>;
  residual_risks: ResidualRisk[];
  excluded: Excluded[];
  unanswered: number;
}
export interface ResidualRisk { id: string; title_en: string; title_ja: string; mitigated_by: string[] }

export type Result = CertificationResult | SelfCheckResult | PolicyResult | RiskResult;
/** What `gaps` gives for each kind of result. */
export type Gaps = CertificationGaps | SelfCheckGaps | PlanEntry[] | ResidualRisk[];

/** The result of each shipped catalog. */
export interface ResultOf {
  'certification-v2': CertificationResult;
  'coworking-v2': CertificationResult;
  'mic-telework-v4': SelfCheckResult;
  'csaj-home-2018': PolicyResult;
  'coworking-user': RiskResult;
}
export type CatalogId = keyof ResultOf;
type ResultFor<A> = A extends { catalog: infer C } ? (C extends CatalogId ? ResultOf[C] : Result) : Result;
type GapsFor<R> = R extends CertificationResult ? CertificationGaps
  : R extends SelfCheckResult ? SelfCheckGaps
  : R extends PolicyResult ? PlanEntry[]
  : R extends RiskResult ? ResidualRisk[] : Gaps;

/** `teleworksec rules CATALOG --format json`: its shape depends on the catalog's kind. */
export interface Rules {
  catalog: string;
  fingerprint: string;
  rules_version: string;
  kind?: 'self_check' | 'policy' | 'risk';
  [table: string]: unknown;
}
/** A blank assessment; with hints, the texts of every fact and entry by ID. */
export type Template = Assessment & { hints?: Record<string, unknown> };

export const TWS_OK: 0;
export const TWS_BAD_INPUT: 2;
export const TWS_BUFFER_TOO_SMALL: 3;
export const TWS_UNKNOWN_CATALOG: 4;
export const TWS_INTERNAL: 5;

/** The assessment is not valid; the message names the input, the JSON path and the problem. */
export class BadInput extends Error {
  readonly status: 2;
}

/** The C API's calls on one compiled teleworksec.wasm. */
export class Engine {
  constructor(module: WebAssembly.Module, options?: EngineOptions);
  readonly instances: number;
  rateBytes(text: string | Uint8Array, name?: string | null, options?: ReportOptions): { status: number; bytes: Uint8Array };
  rate(text: string | Uint8Array, name?: string | null, options?: ReportOptions): string;
  exportCatalog(catalog: string, format: CatalogFormat): string;
  catalogs(): { id: string; fingerprint: string }[];
  version(): string;
}
/** The documents a rating is written as (`teleworksec rate --format`). */
export type ReportFormat = 'json' | 'oscal' | 'sarif' | 'html';
/** The documents a catalog is written as (`teleworksec export`). */
export type CatalogFormat = 'oscal-catalog';
export interface ReportOptions { format?: ReportFormat | null; lang?: 'en' | 'ja' | null }
export interface EngineOptions {
  /** Makes the WASI implementation of one instance; default: the three calls the module needs. */
  wasi?: () => { wasiImport: object; initialize(instance: WebAssembly.Instance): void };
}
export function loadEngine(
  source: URL | string | ArrayBuffer | Uint8Array | WebAssembly.Module | Response,
  options?: EngineOptions): Promise<Engine>;

export class Teleworksec {
  readonly engine: Engine;
  /** result/v1 of an assessment (an object or its JSON text); throws BadInput. */
  rate<A extends Assessment | string>(assessment: A, name?: string | null): ResultFor<A>;
  /** result/v1 as text, byte for byte that of `teleworksec rate --format json`. */
  rateText(assessment: Assessment | string, name?: string | null): string;
  /** The rating as `teleworksec rate --format FORMAT [--lang LANG]` writes it. */
  report(assessment: Assessment | string, format: ReportFormat,
         options?: { name?: string | null; lang?: 'en' | 'ja' | null }): string;
  /** A catalog as `teleworksec export FORMAT CATALOG` writes it. */
  exportCatalog(catalog: string, format?: CatalogFormat): string;
  /** As `teleworksec gaps --format json`: the result's gaps, plan or residual risks. */
  gaps<A extends Assessment | string>(assessment: A, name?: string | null): GapsFor<ResultFor<A>>;
  catalogs(): { id: string; fingerprint: string }[];
  version(): string;
  rules(catalog: string): Promise<Rules>;
  template(catalog: string, options?: { hints?: boolean }): Promise<Template>;
}

/** Loads the engine and the catalogs' data from beside the module (or from the options). */
export function load(options?: EngineOptions & { wasm?: URL | string | Uint8Array; data?: URL | string }): Promise<Teleworksec>;
