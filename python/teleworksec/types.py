"""The teleworksec/result/v1 document as TypedDicts, one per kind of catalog
(examples/schemas/result-v1.schema.json is the authority; the package test
checks these against it). Objects keyed by IDs or numbers are Dicts."""

from typing import Dict, List, Literal, Optional, TypedDict, Union

Grade = Literal["A", "B", "C", "D", "E"]
Status = Literal["compliant", "partial", "noncompliant", "not_applicable"]
Mark = Literal["●", "▲", "-"]
ItemState = Literal["implemented", "not_implemented", "not_applicable", "unanswered"]


class Tally(TypedDict):
    """Implemented / applicable items."""

    implemented: int
    applicable: int


class Exclusion(TypedDict):
    """An item answered na, with the reason given."""

    id: str
    reason: str


class DatedExclusion(TypedDict):
    """An exclusion with a last day: a na answer, an override or a
    not_needed decision, who approved it (None when not said) and until when."""

    id: str
    kind: Literal["na", "override", "not_needed"]
    approved_by: Optional[str]
    expires: str


class Exclusions(TypedDict):
    """As of the result's date: the exclusions that no longer apply, and
    those that end within 30 days."""

    expired: List[DatedExclusion]
    expiring: List[DatedExclusion]


# --- certification (coworking-v2, certification-v2) -------------------------

ColumnsMet = TypedDict("ColumnsMet", {"★": bool, "★★": bool, "★★★": bool})


class Category(TypedDict):
    status: Status
    title_ja: str
    title_en: str


class AuditItem(TypedDict):
    status: Status
    measure: str
    tier: Literal["basic", "advanced"]
    title_ja: str
    title_en: str
    set_by_inspector: bool
    failing: List[str]
    unverified: List[str]


class Audit(TypedDict):
    grade: Grade
    columns_met: ColumnsMet
    categories: Dict[str, Category]
    items: Dict[str, AuditItem]


class _Finding(TypedDict):
    severity: Literal["low", "medium", "high", "urgent"]
    title: str
    ref: str
    sets_grade: bool


class Finding(_Finding, total=False):
    scan: str  # the imported scan it came from; absent when entered by hand


class _ScanSource(TypedDict):
    scan: str
    file: str


class ScanSource(_ScanSource, total=False):
    not_covered: str


class _Check(TypedDict):
    status: Literal["passed", "findings", "not_applicable", "not_performed"]
    title_en: str
    grade: Optional[Grade]
    origin: Literal["none", "hand", "scan"]


class Check(_Check, total=False):
    findings: List[Finding]
    sources: List[ScanSource]
    why_not_performed: List[str]


class Diagnosis(TypedDict):
    grade: Grade
    columns_met: ColumnsMet
    checks: Dict[str, Check]


class CertificationLevel(TypedDict):
    stars: int
    name_ja: str
    name_en: str
    indicative: bool


class AuditItemGap(TypedDict):
    id: str
    status: Status
    mark: Mark
    failing: List[str]


class _CheckGap(TypedDict):
    id: str
    reason: Literal["not_performed", "grade_too_low"]
    mark: Mark
    why: List[str]


class CheckGap(_CheckGap, total=False):
    grade: Grade


class _CertificationGaps(TypedDict):
    target_stars: int
    audit_items: List[AuditItemGap]
    checks: List[CheckGap]


class CertificationGaps(_CertificationGaps, total=False):
    audit_grade_needed: Grade
    diagnosis_grade_needed: Grade
    diagnosis_missing: bool


class Evidence(TypedDict):
    kind: str
    ref: str


class CertificationResult(TypedDict):
    """coworking-v2 and certification-v2: audit, diagnosis, stars."""

    schema: Literal["teleworksec/result/v1"]
    catalog: str
    fingerprint: str
    policy: Literal["self_assessment", "audit"]
    facility: str
    date: Optional[str]
    exclusions: Exclusions
    provisional: bool
    unanswered: int
    audit: Audit
    diagnosis: Optional[Diagnosis]
    level: CertificationLevel
    gaps: CertificationGaps
    excluded: List[Exclusion]
    evidence: Dict[str, List[Evidence]]


# --- self-check (mic-telework-v4) --------------------------------------------

SelfCheckLevelCode = Literal["basic_unmet", "basic", "recommended"]


class SelfCheckLevel(TypedDict):
    code: SelfCheckLevelCode
    name_ja: str
    name_en: str
    weakest_groups: List[str]


class SelfCheckGroup(TypedDict):
    title_ja: str
    title_en: str
    rated: bool
    level: SelfCheckLevelCode
    implemented: int
    applicable: int
    roles: Dict[str, Tally]


class SelfCheckItem(TypedDict):
    status: ItemState
    group: str
    basic: bool
    recommended: bool
    title_en: str


class SelfCheckGaps(TypedDict):
    basic: List[str]
    recommended: List[str]


class SelfCheckResult(TypedDict):
    """mic-telework-v4: implemented / applicable by role and threat group."""

    schema: Literal["teleworksec/result/v1"]
    catalog: str
    fingerprint: str
    policy: Literal["self_assessment"]
    facility: str
    date: Optional[str]
    exclusions: Exclusions
    provisional: bool
    unanswered: int
    level: SelfCheckLevel
    groups: Dict[str, SelfCheckGroup]
    roles: Dict[str, Tally]
    items: Dict[str, SelfCheckItem]
    gaps: SelfCheckGaps
    excluded: List[Exclusion]


# --- policy (csaj-home-2018) -------------------------------------------------

Obligation = Literal["shall", "should", "may"]


class PolicyGroup(TypedDict):
    title_ja: str
    title_en: str
    shall: Tally
    should: Tally
    may: Tally


class Statement(TypedDict):
    decision: Literal["implemented", "planned", "not_needed", "undecided"]
    level: Obligation
    deadline: Optional[str]
    overdue: bool
    title_en: str


class PlanEntry(TypedDict):
    id: str
    level: Obligation
    priority: Literal["minor", "serious", "critical"]
    decision: Literal["planned", "undecided"]
    deadline: Optional[str]
    overdue: bool


class Tailoring(TypedDict):
    id: str
    justification: str


class PolicyResult(TypedDict):
    """csaj-home-2018: conformance, counts per level and group, the plan."""

    schema: Literal["teleworksec/result/v1"]
    catalog: str
    fingerprint: str
    policy: Literal["self_assessment"]
    facility: str
    date: Optional[str]
    exclusions: Exclusions
    provisional: bool
    undecided: int
    conformant: bool
    nonconforming: List[str]
    levels: Dict[Obligation, Tally]
    groups: Dict[str, PolicyGroup]
    statements: Dict[str, Statement]
    plan: List[PlanEntry]
    tailored: List[Tailoring]


# --- risk (coworking-user) ---------------------------------------------------

class RiskGroup(TypedDict):
    implemented: int
    applicable: int
    title_ja: str
    title_en: str


class RiskMeasure(TypedDict):
    status: ItemState
    title_ja: str
    title_en: str


class ResidualRisk(TypedDict):
    id: str
    title_ja: str
    title_en: str
    mitigated_by: List[str]


class RiskResult(TypedDict):
    """coworking-user: measures per group and the residual risks."""

    schema: Literal["teleworksec/result/v1"]
    catalog: str
    fingerprint: str
    policy: Literal["self_assessment"]
    facility: str
    date: Optional[str]
    exclusions: Exclusions
    provisional: bool
    unanswered: int
    overall: Tally
    groups: Dict[str, RiskGroup]
    measures: Dict[str, RiskMeasure]
    residual_risks: List[ResidualRisk]
    excluded: List[Exclusion]


Result = Union[CertificationResult, SelfCheckResult, PolicyResult, RiskResult]

# The schema's definition of each kind's result, for the package test.
SCHEMA_DEFS = {
    CertificationResult: "certification_result",
    SelfCheckResult: "self_check_result",
    PolicyResult: "policy_result",
    RiskResult: "risk_result",
}
