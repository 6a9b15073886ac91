'use strict';

// The certification rules of SPEC §4 as a GoRules zen-engine decision graph
// (JDM), the JSON-in, JSON-out rules engine a tool author might pick instead
// of teleworksec. buildGraph(catalog) writes the graph from catalog.json (the
// tables the C++ exporter writes from the constexpr catalog), so neither side
// holds its own copy of the tables; the graph it builds for certification-v2
// is committed as certification.zen.json, and zen_compare.js refuses to run
// when the committed file and the catalog disagree.
//
// The graph's input is the assessment as JSON, the way a tool would send it:
//   { "facts": { "<fact>": false, … },           // a fact left out is true
//     "answers": { "<question id>": "yes" | "no" | "na", … },  // left out: unanswered
//     "diagnosis": { "<check id>": "passed" | "not_applicable" | "low" | … } }
// Its output: { "audit": "A"–"E", "diagnosis": "A"–"E" | "none", "stars": 0–4,
// "indicative": true | false }.
//
// Nodes, in order (each passes its input through and adds fields):
//   1. expression "statuses": each audit item's status (SPEC §3: not
//      applicable, compliant, partial, noncompliant) from its questions'
//      answers and the facts of their conditions; each check's grade as a
//      number (passed 0, low 1 … urgent 4; -1 when not performed or not
//      applicable);
//   2. expression "columns": per column ★ / ★★ / ★★★ whether every marked
//      audit item and every marked check meets its mark (●/▲), whether a
//      basic governance measure is noncompliant, the diagnosis grade (the
//      worst performed check's, or none);
//   3. decision table "audit grade" (first hit): A, B, C by the highest
//      column met, else E when governance fails, else D;
//   4. decision table "level" (first hit): the granting rows of the level
//      table, highest first, with and without a diagnosis; else 0;
//   5. expression "result": the four fields of the output.

const GRADES = ['A', 'B', 'C', 'D', 'E'];
// SPEC §4: the statuses that meet a mark: ● compliant or not applicable, ▲
// also partial; - always (評価対象外).
const ITEM_MEETS = {
  '●': ['compliant', 'not_applicable'],
  '▲': ['compliant', 'partial', 'not_applicable'],
};
// SPEC §4: a check's grade by outcome; a check meets ● with A–B, ▲ with A–C,
// or when not applicable.
const OUTCOME_GRADE = { passed: 0, low: 1, medium: 2, high: 3, urgent: 4 };
const CHECK_MEETS = { '●': 1, '▲': 2 };  // the worst grade (as a number) that meets
const GOVERNANCE_CATEGORY = 1;
// SPEC §4 / README 認証レベル: the granting rows, highest first.
const LEVELS = [
  { stars: 4, audit: ['A'], diagnosis: ['A', 'B'], column: 3 },
  { stars: 3, audit: ['A', 'B'], diagnosis: ['A', 'B'], column: 2 },
  { stars: 2, audit: ['A', 'B', 'C'], diagnosis: ['A', 'B', 'C'], column: 1 },
];

const str = (s) => `'${s}'`;
const list = (xs) => `[${xs.map(str).join(', ')}]`;
const or = (xs) => (xs.length === 0 ? 'false' : xs.map((x) => `(${x})`).join(' or '));
const and = (xs) => (xs.length === 0 ? 'true' : xs.map((x) => `(${x})`).join(' and '));

function statusExpression(catalog, m) {
  const qs = catalog.questions.filter((q) => q.measure === m).map((q) => {
    const answer = `answers[${str(q.id)}]`;
    const applicable = and([...q.condition.map((f) => `facts.${catalog.facts[f]} != false`), `${answer} != 'na'`]);
    return { applicable, yes: `${answer} == 'yes'`, notYes: `${answer} != 'yes'` };
  });
  const anyApplicable = or(qs.map((q) => q.applicable));
  // Unanswered (left out) counts as no.
  const anyFailing = or(qs.map((q) => and([q.applicable, q.notYes])));
  const anyYes = or(qs.map((q) => and([q.applicable, q.yes])));
  return `not (${anyApplicable}) ? 'not_applicable' : (not (${anyFailing}) ? 'compliant' : ` +
    `((${anyYes}) ? 'partial' : 'noncompliant'))`;
}

function gradeExpression(check) {
  const outcome = `diagnosis[${str(check)}]`;
  let e = '-1';
  for (const [name, grade] of Object.entries(OUTCOME_GRADE).reverse()) {
    e = `(${outcome} == ${str(name)} ? ${grade} : ${e})`;
  }
  return e;
}

let nextId = 0;
const id = (prefix) => `${prefix}-${(nextId += 1)}`;
const at = (x) => ({ x: 250 * x, y: 100 });

function buildGraph(catalog) {
  nextId = 0;
  const itemField = (m) => `status.item${m + 1}`;
  const gradeField = (k) => `grade.check${k + 1}`;

  const statuses = catalog.measures.map((measure, m) => ({
    id: id('status'), key: itemField(m), value: statusExpression(catalog, m),
  }));
  const grades = catalog.checks.map((check, k) => ({ id: id('grade'), key: gradeField(k), value: gradeExpression(check) }));

  const columns = [];
  catalog.columns.forEach((column, c) => {
    const items = [];
    column.audit.forEach((mark, m) => {
      if (ITEM_MEETS[mark]) items.push(`${itemField(m)} in ${list(ITEM_MEETS[mark])}`);
    });
    columns.push({ id: id('column'), key: `audit_met.column${c + 1}`, value: and(items) });
    const checks = [];
    column.diagnosis.forEach((mark, k) => {
      if (CHECK_MEETS[mark] !== undefined) {
        checks.push(or([`diagnosis[${str(catalog.checks[k])}] == 'not_applicable'`,
          and([`${gradeField(k)} >= 0`, `${gradeField(k)} <= ${CHECK_MEETS[mark]}`])]));
      }
    });
    columns.push({ id: id('column'), key: `diagnosis_met.column${c + 1}`, value: and(checks) });
  });
  const governance = catalog.measures
    .map((m, i) => ({ ...m, i }))
    .filter((m) => m.category === GOVERNANCE_CATEGORY && m.tier === 'basic')
    .map((m) => `${itemField(m.i)} == 'noncompliant'`);
  columns.push({ id: id('column'), key: 'governance_noncompliant', value: or(governance) });
  const worst = `max([${catalog.checks.map((_, k) => gradeField(k)).join(', ')}])`;
  columns.push({ id: id('column'), key: 'worst_check', value: worst });
  columns.push({ id: id('column'), key: 'diagnosis_grade', value: `$.worst_check < 0 ? 'none' : ${list(GRADES)}[$.worst_check]` });

  // Decision table: the audit grade, first hit.
  const auditInputs = [3, 2, 1].map((c) => ({ id: id('in'), name: `column ${'★'.repeat(c)} met`, field: `audit_met.column${c}` }));
  const governanceInput = { id: id('in'), name: 'basic governance noncompliant', field: 'governance_noncompliant' };
  const auditOutput = { id: id('out'), name: 'audit grade', field: 'audit_grade' };
  const auditRow = (cells, grade) => {
    const row = { _id: id('row') };
    [...auditInputs, governanceInput].forEach((input, i) => { row[input.id] = cells[i] ?? ''; });
    row[auditOutput.id] = str(grade);
    return row;
  };
  const auditTable = {
    hitPolicy: 'first',
    passThrough: true,
    inputs: [...auditInputs, governanceInput],
    outputs: [auditOutput],
    rules: [
      auditRow(['true'], 'A'),
      auditRow(['', 'true'], 'B'),
      auditRow(['', '', 'true'], 'C'),
      auditRow(['', '', '', 'true'], 'E'),
      auditRow([], 'D'),
    ],
  };

  // Decision table: the level, first hit.
  const levelInputs = {
    audit: { id: id('in'), name: 'audit grade', field: 'audit_grade' },
    diagnosis: { id: id('in'), name: 'diagnosis grade', field: 'diagnosis_grade' },
  };
  for (const c of [1, 2, 3]) {
    levelInputs[`audit${c}`] = { id: id('in'), name: `audit column ${'★'.repeat(c)} met`, field: `audit_met.column${c}` };
    levelInputs[`diagnosis${c}`] = { id: id('in'), name: `diagnosis column ${'★'.repeat(c)} met`, field: `diagnosis_met.column${c}` };
  }
  const starsOutput = { id: id('out'), name: 'stars', field: 'stars' };
  const levelRow = (cells, stars) => {
    const row = { _id: id('row') };
    for (const [key, input] of Object.entries(levelInputs)) row[input.id] = cells[key] ?? '';
    row[starsOutput.id] = String(stars);
    return row;
  };
  const levelRows = [];
  for (const level of LEVELS) {
    const audit = { audit: level.audit.map(str).join(', '), [`audit${level.column}`]: 'true' };
    levelRows.push(levelRow({ ...audit, diagnosis: "'none'" }, level.stars));
    levelRows.push(levelRow({ ...audit, diagnosis: level.diagnosis.map(str).join(', '), [`diagnosis${level.column}`]: 'true' }, level.stars));
  }
  levelRows.push(levelRow({}, 0));
  const levelTable = {
    hitPolicy: 'first', passThrough: true, inputs: Object.values(levelInputs), outputs: [starsOutput], rules: levelRows,
  };

  const result = [
    { id: id('result'), key: 'audit', value: 'audit_grade' },
    { id: id('result'), key: 'diagnosis', value: 'diagnosis_grade' },
    { id: id('result'), key: 'stars', value: 'stars' },
    { id: id('result'), key: 'indicative', value: "diagnosis_grade == 'none'" },
  ];

  const nodes = [
    { id: 'input', type: 'inputNode', name: 'assessment', position: at(0) },
    { id: 'statuses', type: 'expressionNode', name: 'statuses', position: at(1), content: { passThrough: true, expressions: [...statuses, ...grades] } },
    { id: 'columns', type: 'expressionNode', name: 'columns', position: at(2), content: { passThrough: true, expressions: columns } },
    { id: 'audit', type: 'decisionTableNode', name: 'audit grade', position: at(3), content: auditTable },
    { id: 'level', type: 'decisionTableNode', name: 'level', position: at(4), content: levelTable },
    { id: 'result', type: 'expressionNode', name: 'result', position: at(5), content: { expressions: result } },
    { id: 'output', type: 'outputNode', name: 'result', position: at(6) },
  ];
  const edges = [];
  for (let i = 0; i + 1 < nodes.length; i += 1) {
    edges.push({ id: `edge-${i + 1}`, type: 'edge', sourceId: nodes[i].id, targetId: nodes[i + 1].id });
  }
  return { contentType: 'application/vnd.gorules.decision', nodes, edges };
}

// The graph's input for one line of assessments.jsonl (see the top).
function inputOf(catalog, line) {
  const input = { facts: {}, answers: {}, diagnosis: {} };
  for (const f of line.false_facts) input.facts[catalog.facts[f]] = false;
  line.answers.forEach((code, q) => {
    const answer = catalog.answer_codes[code];
    if (answer !== 'unanswered') input.answers[catalog.questions[q].id] = answer;
  });
  line.checks.forEach((code, k) => {
    const outcome = catalog.outcome_codes[code];
    if (outcome !== 'not_performed') input.diagnosis[catalog.checks[k]] = outcome;
  });
  return input;
}

module.exports = { buildGraph, inputOf };

// `node zen_graph.js DATA_DIR` writes the graph for DATA_DIR/catalog.json to
// standard output (how certification.zen.json was made).
if (require.main === module) {
  const fs = require('node:fs');
  const path = require('node:path');
  const catalog = JSON.parse(fs.readFileSync(path.join(process.argv[2], 'catalog.json'), 'utf8'));
  process.stdout.write(`${JSON.stringify(buildGraph(catalog), null, 1)}\n`);
}
