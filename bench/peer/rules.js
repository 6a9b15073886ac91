'use strict';

// The certification rules of SPEC §4 written for json-rules-engine, the
// general-purpose rules engine a tool author might pick instead of
// teleworksec. Every decision is a rule (or a named condition) of the engine;
// the JavaScript here only builds those rules from catalog.json — the tables
// the C++ exporter writes from the constexpr catalog — and carries the events
// of the first run into the facts of the second.
//
// Run 1, the checklist engine. Facts: one per facility fact (engine default
// true: a fact the assessment does not state counts as true), one per question
// (its answer: "yes" | "no" | "na" | "unanswered"; engine default
// "unanswered"), one per check (its outcome: "not_performed" |
// "not_applicable" | "passed" | "low" | "medium" | "high" | "urgent"; engine
// default "not_performed"). Rules: per measure one each for compliant,
// noncompliant and not applicable (at most one fires; none is partial); per
// check one per grade A–E (none fires for a check not performed or not
// applicable).
//
// Run 2, the certification engine. Facts: each audit item's status (from the
// measure events), each check's outcome and grade ("none" when it has none),
// and the list of grades of the performed checks. Rules, chained by priority
// in the way of the engine's rule-chaining example (onSuccess/onFailure add a
// fact for the rules of lower priority):
//   priority 3: each column ★ / ★★ / ★★★ met in the audit table and in the
//               diagnosis table; a basic governance measure noncompliant; the
//               diagnosis grade (or none);
//   priority 2: the audit grade;
//   priority 1: the level and whether it is indicative.

const { Engine } = require('json-rules-engine');

const GRADES = ['A', 'B', 'C', 'D', 'E'];
const NO_GRADE = 'none';

// SPEC §4: an audit item meets its mark — ● by compliant or not applicable,
// ▲ also by partial, - always (評価対象外).
const ITEM_MEETS = {
  '●': ['compliant', 'not_applicable'],
  '▲': ['compliant', 'partial', 'not_applicable'],
};
// SPEC §4: a check's grade — passed A, findings B/C/D/E by worst severity.
const CHECK_GRADE = { passed: 'A', low: 'B', medium: 'C', high: 'D', urgent: 'E' };
// SPEC §4: a check meets its mark when performed (or not applicable) with
// grade A–B for ●, A–C for ▲; - always.
const CHECK_MEETS = { '●': ['A', 'B'], '▲': ['A', 'B', 'C'] };
// SPEC §4: the governance category whose noncompliant basic measures make E.
const GOVERNANCE_CATEGORY = 1;
// SPEC §4 / README 認証レベル: the granting rows, highest first. `column` is
// the index of the requirement column (★ = 0) that must be met in both tables.
const LEVELS = [
  { stars: 4, audit: ['A'], diagnosis: ['A', 'B'], column: 2 },
  { stars: 3, audit: ['A', 'B'], diagnosis: ['A', 'B'], column: 1 },
  { stars: 2, audit: ['A', 'B', 'C'], diagnosis: ['A', 'B', 'C'], column: 0 },
];

const eq = (fact, value) => ({ fact, operator: 'equal', value });
const isIn = (fact, value) => ({ fact, operator: 'in', value });
const ref = (name) => ({ condition: name });
const not = (condition) => ({ not: condition });

const auditMet = (c) => `audit_column_${c + 1}_met`;
const diagnosisMet = (c) => `diagnosis_column_${c + 1}_met`;
const gradeFact = (check) => `grade:${check}`;

// Adds a rule whose outcome becomes a fact for the rules of lower priority.
function addChainedRule(engine, { name, priority, conditions, fact }) {
  engine.addRule({
    name,
    priority,
    conditions,
    event: { type: name },
    onSuccess: (event, almanac) => { almanac.addFact(fact, true); },
    onFailure: (event, almanac) => { almanac.addFact(fact, false); },
  });
}

// Run 1: measure statuses and check grades from answers, facts and outcomes.
function buildChecklistEngine(catalog) {
  const engine = new Engine();
  for (const f of catalog.facts) engine.addFact(f, true);
  for (const q of catalog.questions) engine.addFact(q.id, 'unanswered');
  for (const k of catalog.checks) engine.addFact(k, 'not_performed');

  // A question applies unless a fact of its condition is false or it is
  // answered "na"; a yes counts when it applies; it fails when it applies and
  // is anything but yes (unanswered counts as no). Each sub-condition is also
  // written in its negated form, so that no rule needs "not".
  const both = (list) => (list.length === 1 ? list[0] : { all: list });
  const either = (list) => (list.length === 1 ? list[0] : { any: list });
  const question = catalog.questions.map((q) => {
    const holds = q.condition.map((f) => eq(catalog.facts[f], true));
    const fails = q.condition.map((f) => eq(catalog.facts[f], false));
    return {
      measure: q.measure,
      notApplicable: either([eq(q.id, 'na'), ...fails]),
      yes: both([eq(q.id, 'yes'), ...holds]),
      notYes: either([{ fact: q.id, operator: 'notEqual', value: 'yes' }, ...fails]),
      failing: both([{ fact: q.id, operator: 'notIn', value: ['yes', 'na'] }, ...holds]),
      notFailing: either([isIn(q.id, ['yes', 'na']), ...fails]),
    };
  });

  // SPEC §3: compliant (all applicable yes), noncompliant (none yes), not
  // applicable (none applicable); a measure none of whose rules fires is
  // partial (some yes, some not).
  catalog.measures.forEach((measure, m) => {
    const qs = question.filter((q) => q.measure === m);
    const rule = (status, conditions) => engine.addRule({
      name: `${measure.id} ${status}`,
      conditions,
      event: { type: 'measure', params: { item: measure.audit_item, status } },
    });
    rule('not_applicable', { all: qs.map((q) => q.notApplicable) });
    rule('compliant', { all: [either(qs.map((q) => q.yes)), ...qs.map((q) => q.notFailing)] });
    rule('noncompliant', { all: [either(qs.map((q) => q.failing)), ...qs.map((q) => q.notYes)] });
  });

  for (const k of catalog.checks) {
    for (const [outcome, grade] of Object.entries(CHECK_GRADE)) {
      engine.addRule({
        name: `${k} ${outcome}`,
        conditions: { all: [eq(k, outcome)] },
        event: { type: 'check', params: { check: k, grade } },
      });
    }
  }
  return engine;
}

// Run 2: columns, grades and level from the statuses and check grades.
function buildCertificationEngine(catalog) {
  const engine = new Engine();

  catalog.columns.forEach((column, c) => {
    // SPEC §4: every marked audit item meets its mark.
    const items = [];
    column.audit.forEach((mark, m) => {
      if (ITEM_MEETS[mark]) items.push(isIn(catalog.measures[m].audit_item, ITEM_MEETS[mark]));
    });
    addChainedRule(engine, {
      name: `audit column ${column.column} met`, priority: 3, conditions: { all: items }, fact: auditMet(c),
    });
    // SPEC §4: every marked check is not applicable or graded well enough
    // (a check not performed has no grade and fails).
    const checks = [];
    column.diagnosis.forEach((mark, k) => {
      const id = catalog.checks[k];
      if (CHECK_MEETS[mark]) {
        checks.push({ any: [eq(id, 'not_applicable'), isIn(gradeFact(id), CHECK_MEETS[mark])] });
      }
    });
    addChainedRule(engine, {
      name: `diagnosis column ${column.column} met`, priority: 3, conditions: { all: checks }, fact: diagnosisMet(c),
    });
  });

  // SPEC §4: a basic measure of category 1 (管理体制) is noncompliant.
  const governance = catalog.measures
    .filter((m) => m.category === GOVERNANCE_CATEGORY && m.tier === 'basic')
    .map((m) => eq(m.audit_item, 'noncompliant'));
  addChainedRule(engine, {
    name: 'basic governance measure noncompliant', priority: 3, conditions: { any: governance }, fact: 'governance_noncompliant',
  });

  // SPEC §4: the diagnosis grade is the worst grade of the performed checks;
  // none performed is no diagnosis.
  const gradeRule = (grade, conditions) => engine.addRule({
    name: `diagnosis grade ${grade}`,
    priority: 3,
    conditions,
    event: { type: 'diagnosis', params: { grade } },
    onSuccess: (event, almanac) => { almanac.addFact('diagnosis_grade', grade); },
  });
  GRADES.forEach((grade, g) => {
    gradeRule(grade, {
      all: [
        { fact: 'check_grades', operator: 'contains', value: grade },
        ...GRADES.slice(g + 1).map((worse) => ({ fact: 'check_grades', operator: 'doesNotContain', value: worse })),
      ],
    });
  });
  gradeRule(NO_GRADE, {
    all: GRADES.map((grade) => ({ fact: 'check_grades', operator: 'doesNotContain', value: grade })),
  });

  // SPEC §4: A when every ★★★ mark is met, B every ★★, C every ★; else E when
  // a basic governance measure is noncompliant, else D.
  const auditRule = (grade, conditions) => engine.addRule({
    name: `audit grade ${grade}`,
    priority: 2,
    conditions,
    event: { type: 'audit', params: { grade } },
    onSuccess: (event, almanac) => { almanac.addFact('audit_grade', grade); },
  });
  auditRule('A', { all: [eq(auditMet(2), true)] });
  auditRule('B', { all: [eq(auditMet(2), false), eq(auditMet(1), true)] });
  auditRule('C', { all: [eq(auditMet(2), false), eq(auditMet(1), false), eq(auditMet(0), true)] });
  const noColumn = [eq(auditMet(2), false), eq(auditMet(1), false), eq(auditMet(0), false)];
  auditRule('E', { all: [...noColumn, eq('governance_noncompliant', true)] });
  auditRule('D', { all: [...noColumn, eq('governance_noncompliant', false)] });

  // SPEC §4: a level is granted when the audit grade and the diagnosis grade
  // are good enough and its column is met in both tables; without a
  // diagnosis, from the audit alone (indicative). The highest granted wins.
  for (const level of LEVELS) {
    engine.setCondition(`level ${level.stars} granted`, {
      all: [
        isIn('audit_grade', level.audit),
        eq(auditMet(level.column), true),
        {
          any: [
            eq('diagnosis_grade', NO_GRADE),
            { all: [isIn('diagnosis_grade', level.diagnosis), eq(diagnosisMet(level.column), true)] },
          ],
        },
      ],
    });
  }
  const levelRule = (stars, conditions) => engine.addRule({
    name: `level ${stars}`, priority: 1, conditions, event: { type: 'level', params: { stars } },
  });
  LEVELS.forEach((level, l) => {
    levelRule(level.stars, {
      all: [ref(`level ${level.stars} granted`), ...LEVELS.slice(0, l).map((h) => not(ref(`level ${h.stars} granted`)))],
    });
  });
  levelRule(0, { all: LEVELS.map((h) => not(ref(`level ${h.stars} granted`))) });
  engine.addRule({
    name: 'indicative', priority: 1, conditions: { all: [eq('diagnosis_grade', NO_GRADE)] }, event: { type: 'indicative' },
  });
  return engine;
}

// Builds both engines once; returns rate(facts) → {audit, diagnosis, stars, indicative}.
// `facts` are the run-1 facts: facility facts stated false, answers given,
// outcomes of checks (see factsOf).
function buildRater(catalog) {
  const checklist = buildChecklistEngine(catalog);
  const certification = buildCertificationEngine(catalog);

  // The rules are written so that at most one status fires per measure and
  // exactly one audit grade, diagnosis grade and level per run; anything else is a
  // mistake in the rules (or the engine), never silently resolved here.
  const fail = (what, facts) => {
    throw new Error(`rules.js: ${what} for ${JSON.stringify(facts)}`);
  };

  return async function rate(facts, { explain = false } = {}) {
    // Run 1.
    const first = await checklist.run(facts);
    // Glue: the events of run 1 become the facts of run 2.
    const second = { check_grades: [] };
    for (const k of catalog.checks) {
      second[k] = facts[k] === undefined ? 'not_performed' : facts[k];
      second[gradeFact(k)] = NO_GRADE;
    }
    for (const { type, params } of first.events) {
      if (type === 'measure') {
        if (second[params.item] !== undefined) fail(`two statuses of ${params.item}`, facts);
        second[params.item] = params.status;
      } else if (type === 'check') {
        second[gradeFact(params.check)] = params.grade;
        second.check_grades.push(params.grade);
      }
    }
    for (const { audit_item: item } of catalog.measures) {
      if (second[item] === undefined) second[item] = 'partial';
    }
    // Run 2.
    const { events, almanac } = await certification.run(second);
    const result = { audit: null, diagnosis: null, stars: null, indicative: false };
    const count = { audit: 0, diagnosis: 0, level: 0 };
    for (const { type, params } of events) {
      if (type === 'audit') result.audit = params.grade;
      else if (type === 'diagnosis') result.diagnosis = params.grade === NO_GRADE ? null : params.grade;
      else if (type === 'level') result.stars = params.stars;
      else if (type === 'indicative') result.indicative = true;
      if (type in count) count[type] += 1;
    }
    for (const [type, n] of Object.entries(count)) {
      if (n !== 1) fail(`${n} ${type} events`, facts);
    }
    if (explain) {
      // What run 2 saw and derived, to find which side is wrong.
      const derived = {};
      for (const id of ['governance_noncompliant', 'audit_grade', 'diagnosis_grade']) {
        derived[id] = await almanac.factValue(id);
      }
      for (let c = 0; c < catalog.columns.length; c += 1) {
        derived[auditMet(c)] = await almanac.factValue(auditMet(c));
        derived[diagnosisMet(c)] = await almanac.factValue(diagnosisMet(c));
      }
      result.explain = { facts: second, derived };
    }
    return result;
  };
}

// The run-1 facts of one line of assessments.jsonl: facts stated false,
// answers other than unanswered, outcomes other than not performed (the
// engine defaults stand for the rest).
function factsOf(catalog, line) {
  const facts = {};
  for (const f of line.false_facts) facts[catalog.facts[f]] = false;
  line.answers.forEach((code, q) => {
    const answer = catalog.answer_codes[code];
    if (answer !== 'unanswered') facts[catalog.questions[q].id] = answer;
  });
  line.checks.forEach((code, k) => {
    const outcome = catalog.outcome_codes[code];
    if (outcome !== 'not_performed') facts[catalog.checks[k]] = outcome;
  });
  return facts;
}

module.exports = { buildChecklistEngine, buildCertificationEngine, buildRater, factsOf };
