// The self-assessment page: rates an assessment of any catalog the engine
// has, in WebAssembly (teleworksec.mjs, the npm package's module), on every
// change. Each catalog's structure and texts come from its data file
// (catalogs/<id>.json: the CLI's `rules --format json` and `template --hints`),
// and the form is chosen by the catalog's kind — certification (facts,
// questions by category, diagnosis), self-check (patterns and BYOD, items by
// role and threat group), policy (statements by group with decisions) or risk
// (measures, the risk matrix) — so a catalog added to the library adds no
// JavaScript. The page edits a teleworksec/assessment/v1 document: what it
// exports is the file `teleworksec rate` reads, and an imported file keeps
// everything the page does not edit (evidence, overrides, notes).

import { load } from './teleworksec.mjs';

const STORE = 'teleworksec.assessments.v1';  // {catalog: document}, and the current catalog
const STORE_LANG = 'teleworksec.lang';

const TEXT = {
  ja: {
    title: 'テレワーク・共同利用型オフィス セキュリティ自己診断',
    import: '読み込み', export: '書き出し', reset: '新規',
    loading: '評価エンジンを読み込んでいます…',
    result: '評価結果', next: '次にすること', fingerprint: 'フィンガープリント',
    facility: '評価の対象', name: '名称', catalog: 'ガイドライン', date: '評価日',
    policy: 'エビデンスの扱い', policySelf: '自己評価（回答どおり）', policyAudit: '監査（エビデンス必須）',
    footer: '評価はすべてこのブラウザ内（WebAssembly）で行われ、回答はどこにも送信されません。',
    yes: 'はい', no: 'いいえ', na: '対象外', unset: '未回答', reason: '対象外とする理由',
    hidden: (n) => `条件により ${n} 件は対象外です。`,
    unanswered: '未回答', provisional: (n) => `${n} 件（未実施として評価）`, none: 'なし',
    facts: '前提条件', factsNote: '該当しない項目のチェックを外すと、関係する項目は表示されません。',
    level: 'レベル', auditGrade: '情報セキュリティ監査', diagnosisGrade: '脆弱性診断',
    indicative: '（参考値：脆弱性診断なし）', noDiagnosis: 'なし',
    diagnosis: '脆弱性診断の結果',
    diagnosisNote: '診断を受けていない場合は「未実施」のままにしてください（レベルは参考値になります）。',
    notPerformed: '未実施', passed: '問題なし', notApplicable: '対象外',
    severity: { low: '指摘あり（低）', medium: '指摘あり（中）', high: '指摘あり（高）', urgent: '指摘あり（緊急）' },
    top: '最上位のレベルです。', target: (level) => `目標：${level}`,
    needAudit: (g) => `監査の評価 ${g} 以上`, needDiagnosis: (g) => `診断の評価 ${g} 以上`,
    diagnosisMissing: '脆弱性診断の実施',
    item: (n) => `監査項目 ${n}`, check: (n) => `診断 ${n}`,
    status: { compliant: '適合', partial: '一部適合', noncompliant: '不適合', not_applicable: '対象外' },
    checkReason: { not_performed: '未実施', grade_too_low: (g) => `評価 ${g}` },
    auditPolicyNote: '監査ではエビデンスのない「はい」は未確認として扱われます（このページはエビデンスを編集しません。読み込んだファイルのエビデンスは保持されます）。',
    chartCategories: 'カテゴリ別の対策状況', chartRoles: '役割 × 脅威グループ（実施／対象）',
    chartGroups: 'グループ別の実施状況',
    patterns: 'テレワークの方式（該当するものすべて）', byod: 'その他', basic: '基本', recommended: '推奨',
    gapsBasic: '未実施の基本対策事項', gapsRecommended: '未実施の推奨対策事項',
    weakest: '最も弱いグループ',
    conformance: '適合性', conformant: '適合', notConformant: '不適合',
    decision: '判断', decisions: { '': '未判断', implemented: '実施済み', planned: '実施予定', not_needed: '不要（テーラリング）' },
    deadline: '期限', justification: '不要とする理由', impact: '影響',
    impacts: { confidentiality: '機密性', integrity: '完全性', availability: '可用性', non_repudiation: '否認防止' },
    impactLevels: { '': '未評価', minor: '軽微', serious: '重大', critical: '極めて重大' },
    plan: '対応計画（影響度、期限の順）', overdue: '期限切れ', nonconforming: '未対応の遵守事項',
    measuresDone: '実施済みの対策', residual: '残存リスク', noResidual: '残存リスクはありません。',
    riskMatrix: 'リスクと対策', risk: 'リスク', mitigatedBy: '軽減する対策',
    allDone: 'すべて実施済みです。',
    confirmReset: '回答をすべて消去しますか？',
    category: (n) => `カテゴリ ${n}`,
    overrides: '検査員による判定（任意）', derived: '回答から判定', by: '判定者',
  },
  en: {
    title: 'Telework and shared-office security self-assessment',
    import: 'Import', export: 'Export', reset: 'New',
    loading: 'Loading the rating engine…',
    result: 'Result', next: 'What to do next', fingerprint: 'Fingerprint',
    facility: 'Subject', name: 'Name', catalog: 'Guideline', date: 'Evaluation date',
    policy: 'Evidence', policySelf: 'Self-assessment (answers as given)', policyAudit: 'Audit (a yes needs evidence)',
    footer: 'Everything is rated in this browser (WebAssembly); no answer is sent anywhere.',
    yes: 'Yes', no: 'No', na: 'N/A', unset: 'Unanswered', reason: 'Why it does not apply',
    hidden: (n) => `${n} entries do not apply here.`,
    unanswered: 'Unanswered', provisional: (n) => `${n} (rated as not done)`, none: 'none',
    facts: 'Conditions', factsNote: 'Untick what does not apply: the entries it concerns are not shown.',
    level: 'Level', auditGrade: 'Security audit', diagnosisGrade: 'Vulnerability diagnosis',
    indicative: '(indicative: no vulnerability diagnosis)', noDiagnosis: 'none',
    diagnosis: 'Vulnerability diagnosis results',
    diagnosisNote: 'Without a diagnosis leave every check "not performed" (the level is then indicative).',
    notPerformed: 'not performed', passed: 'passed', notApplicable: 'not applicable',
    severity: { low: 'findings (low)', medium: 'findings (medium)', high: 'findings (high)', urgent: 'findings (urgent)' },
    top: 'This is the highest level.', target: (level) => `Next: ${level}`,
    needAudit: (g) => `audit grade ${g} or better`, needDiagnosis: (g) => `diagnosis grade ${g} or better`,
    diagnosisMissing: 'a vulnerability diagnosis',
    item: (n) => `Audit item ${n}`, check: (n) => `Check ${n}`,
    status: { compliant: 'compliant', partial: 'partial', noncompliant: 'noncompliant', not_applicable: 'not applicable' },
    checkReason: { not_performed: 'not performed', grade_too_low: (g) => `grade ${g}` },
    auditPolicyNote: 'Under audit a yes without accepted evidence counts as unverified (this page does not edit evidence; evidence in an imported file is kept).',
    chartCategories: 'Measures by category', chartRoles: 'Role × threat group (implemented / applicable)',
    chartGroups: 'Implemented by group',
    patterns: 'Telework patterns (all in use)', byod: 'Other', basic: 'basic', recommended: 'recommended',
    gapsBasic: 'Basic items not implemented', gapsRecommended: 'Recommended items not implemented',
    weakest: 'Weakest groups',
    conformance: 'Conformance', conformant: 'conformant', notConformant: 'not conformant',
    decision: 'Decision', decisions: { '': 'undecided', implemented: 'implemented', planned: 'planned', not_needed: 'not needed (tailored out)' },
    deadline: 'Deadline', justification: 'Why it is not needed', impact: 'Impact',
    impacts: { confidentiality: 'Confidentiality', integrity: 'Integrity', availability: 'Availability', non_repudiation: 'Non-repudiation' },
    impactLevels: { '': 'unrated', minor: 'minor', serious: 'serious', critical: 'critical' },
    plan: 'Plan (by impact, then deadline)', overdue: 'overdue', nonconforming: 'Open SHALL statements',
    measuresDone: 'Measures implemented', residual: 'Residual risks', noResidual: 'No residual risk.',
    riskMatrix: 'Risks and measures', risk: 'Risk', mitigatedBy: 'Mitigated by',
    allDone: 'Everything is implemented.',
    confirmReset: 'Clear every answer?',
    category: (n) => `Category ${n}`,
    overrides: "Inspector's status (optional)", derived: 'from the answers', by: 'set by',
  },
};
const STARS = { 4: '★★★★', 3: '★★★', 2: '★★', 0: '' };
const SEVERITIES = ['low', 'medium', 'high', 'urgent'];

const $ = (sel) => document.querySelector(sel);
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  e.append(...children.filter((c) => c !== null && c !== undefined));
  return e;
};
const byId = (a, b) => a.localeCompare(b, 'en', { numeric: true });
const shortId = (id) => id.slice(id.indexOf('/') + 1);
let uid = 0;
const nextId = () => `c${++uid}`;

let lang = localStorage.getItem(STORE_LANG) ?? (navigator.language?.startsWith('ja') ? 'ja' : 'en');
let tws = null;      // the library (teleworksec.mjs)
let data = null;     // the current catalog's {rules, template}
let doc = null;      // the assessment being edited
let result = null;   // its result/v1, or null
const t = () => TEXT[lang];
const say = (o, base = '') => o[`${base}${lang}`] ?? o[`${base}ja`];  // {ja, en} texts

function saved() {
  try { return JSON.parse(localStorage.getItem(STORE)) ?? {}; } catch { return {}; }
}

function kindOf(rules) { return rules.kind ?? 'certification'; }

// The document as a file: members in a stable order, IDs sorted.
function serialize() {
  const sorted = (o) => Object.fromEntries(Object.keys(o).sort(byId).map((k) => [k, o[k]]));
  const out = { ...doc };
  for (const k of ['answers', 'overrides', 'diagnosis', 'decisions']) if (doc[k]) out[k] = sorted(doc[k]);
  return `${JSON.stringify(out, null, 2)}\n`;
}

function showMessage(text) {
  const m = $('#message');
  m.textContent = text ?? '';
  m.hidden = !text;
}

// --- answers shared by the kinds that answer yes / no / na ------------------

function answerOf(id) {
  const a = doc.answers?.[id];
  return typeof a === 'object' && a !== null ? a.answer : a ?? '';
}

function setAnswer(id, value) {
  doc.answers ??= {};
  const cur = doc.answers[id];
  if (value === '') delete doc.answers[id];
  else if (typeof cur === 'object' && cur !== null) cur.answer = value;
  else doc.answers[id] = value;
}

function setReason(id, text) {
  let cur = doc.answers[id];
  if (typeof cur !== 'object' || cur === null) cur = { answer: cur ?? 'na' };
  if (text) cur.reason = text;
  else delete cur.reason;
  doc.answers[id] = Object.keys(cur).length === 1 ? cur.answer : cur;
  update();
}

// One answerable entry: its ID and heading, its Japanese text, the four
// choices as a labelled radio group, and the reason of an "na".
function answerEntry(id, heading, text) {
  const textId = nextId();
  const current = answerOf(id);
  const reason = el('input', {
    type: 'text', name: `reason:${id}`, placeholder: t().reason, 'aria-label': `${t().reason} (${shortId(id)})`,
    value: doc.answers?.[id]?.reason ?? '',
    oninput: (e) => setReason(id, e.target.value),
  });
  reason.hidden = current !== 'na';
  const choice = (value, label) => el('label', {},
    el('input', {
      type: 'radio', name: id, value, checked: current === value,
      onchange: () => {
        setAnswer(id, value);
        reason.hidden = value !== 'na';
        update();
      },
    }),
    ` ${label}`);
  return el('div', { class: 'entry', id: `entry-${id}`, 'data-id': id },
    el('div', { class: 'entry-head' }, el('span', { class: 'id', text: shortId(id) }), ' ', heading),
    el('p', { class: 'text', lang: 'ja', id: textId, text }),
    el('div', { class: 'answers', role: 'radiogroup', 'aria-labelledby': textId },
      choice('yes', t().yes), choice('no', t().no), choice('na', t().na), choice('', t().unset)),
    reason);
}

function factBox(id, label) {
  return el('label', { class: 'fact' },
    el('input', {
      type: 'checkbox', name: `fact:${id}`, checked: doc.facility?.facts?.[id] !== false,
      onchange: (e) => {
        doc.facility ??= {};
        doc.facility.facts ??= {};
        doc.facility.facts[id] = e.target.checked;
        update();
      },
    }),
    ` ${label}`);
}
const factTrue = (id) => doc.facility?.facts?.[id] !== false;

function section(attrs, title, ...children) {
  return el('section', attrs, el('h2', { text: title }), ...children);
}

// --- charts (inline SVG) ------------------------------------------------------

const NS = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

// Horizontal bars: rows of {key, label, share (0..1 or null), status, title}.
function barChart(caption, rows) {
  const row = 28;
  const width = 320;
  const barX = 150;
  const barW = width - barX - 40;
  const root = svg('svg', { viewBox: `0 0 ${width} ${rows.length * row + 4}`, role: 'img', 'aria-label': caption });
  rows.forEach((r, i) => {
    const y = i * row + 4;
    const label = svg('text', { x: 0, y: y + 15, 'font-size': 11 }, fit(r.label, barX - 6));
    label.append(svg('title', {}, r.title ?? r.label));
    root.append(label);
    root.append(svg('rect', { x: barX, y, width: barW, height: 18, fill: '#eceff3', rx: 3 }));
    root.append(svg('rect', { x: barX, y, width: Math.round(barW * (r.share ?? 0)), height: 18,
      fill: `var(--${r.status})`, rx: 3, 'data-key': r.key, 'data-status': r.status }));
    root.append(svg('text', { x: barX + barW + 4, y: y + 14, 'font-size': 11 },
      r.share === null ? '—' : `${Math.round(r.share * 100)}%`));
  });
  return figure(caption, root);
}

// A label cut to about `width` SVG units at font size 11 (a CJK character is
// about 11 units wide, others about 6), with an ellipsis when cut.
function fit(label, width) {
  let used = 0;
  const chars = [...label];
  for (let i = 0; i < chars.length; i++) {
    used += chars[i].charCodeAt(0) > 0x2e7f ? 11 : 6;
    if (used > width) return `${chars.slice(0, Math.max(i - 1, 1)).join('')}…`;
  }
  return label;
}

function figure(caption, chart) {
  return el('figure', {}, el('figcaption', { text: caption }), chart);
}

const tallyStatus = ({ applicable, implemented }) => (applicable === 0 ? 'na'
  : implemented === applicable ? 'ok' : implemented > 0 ? 'partial' : 'bad');
const share = ({ applicable, implemented }) => (applicable === 0 ? null : implemented / applicable);

// A summary line: <dt>label</dt><dd data-key=key>value</dd>.
function fact(key, label, value, cls = '') {
  return [el('dt', { text: label }), el('dd', { 'data-key': key, class: cls }, ...[value].flat())];
}

function unansweredLine(r) {
  return fact('unanswered', t().unanswered, r.unanswered > 0 ? t().provisional(r.unanswered) : t().none);
}

// --- the kinds ------------------------------------------------------------------
// Each kind: form() builds the entries, applies(id) says which are shown,
// summary(r) the result's headline, chart(r) and next(r) the rest.

const certification = {
  form() {
    const h = data.template.hints;
    const first = (f) => [...h.facts[f].false_excludes].sort(byId)[0] ?? '~';
    const facts = Object.keys(h.facts).sort((a, b) => byId(first(a), first(b)));
    const byCategory = new Map();
    for (const q of Object.keys(h.questions).sort(byId)) {
      const c = shortId(q).split('.')[0];
      if (!byCategory.has(c)) byCategory.set(c, []);
      byCategory.get(c).push(q);
    }
    const out = [
      section({ id: 'facts' }, t().facts, el('p', { class: 'note', text: t().factsNote }),
        el('div', { class: 'facts' }, ...facts.map((f) => factBox(f, say(h.facts[f], ''))))),
      ...[...byCategory].map(([c, qs]) => section({ class: 'group', 'data-group': c },
        `${c}. ${this.categoryTitle(c)}`,
        ...qs.map((q) => answerEntry(q, el('span', { class: 'measure',
          text: `${h.questions[q][`measure_${lang}`]}${h.questions[q].tier === 'basic' ? '' : ' ★'}` }),
        h.questions[q].ja)),
        el('p', { class: 'hidden-count' }),
        this.overrides(c))),
    ];
    if (h.checks) out.push(this.diagnosisForm(h.checks));
    return out;
  },
  // An inspector's status per audit item of the category (overrides): keyed by
  // the audit item where the catalog has a diagnosis, else by the measure.
  overrides(c) {
    const items = data.rules.audit_items.filter((i) => shortId(i.measure).split('.')[0] === c);
    const keyOf = (i) => (data.template.hints.checks ? i.id : i.measure);
    return el('details', { class: 'overrides' }, el('summary', { text: t().overrides }),
      ...items.map((i) => {
        const key = keyOf(i);
        const o = doc.overrides?.[key] ?? {};
        const ids = { status: nextId(), by: nextId() };
        const edit = (change) => {
          doc.overrides ??= {};
          const cur = { ...(doc.overrides[key] ?? {}) };
          change(cur);
          if (cur.status) doc.overrides[key] = cur;
          else delete doc.overrides[key];
          if (Object.keys(doc.overrides).length === 0) delete doc.overrides;
          update();
        };
        const select = el('select', { id: ids.status, name: `override:${key}`,
          onchange: (e) => edit((cur) => {
            if (e.target.value) cur.status = e.target.value;
            else for (const k of Object.keys(cur)) delete cur[k];
          }) },
        el('option', { value: '', text: t().derived }),
        ...Object.entries(t().status).map(([v, text]) => el('option', { value: v, text })));
        select.value = o.status ?? '';
        return el('p', { class: 'override' },
          el('label', { for: ids.status, text: `${shortId(i.measure)} ${lang === 'ja' ? i.title_ja : i.title_en} ` }),
          select, ' ',
          el('label', { for: ids.by, text: `${t().by} ` }),
          el('input', { type: 'text', id: ids.by, name: `override-by:${key}`, value: o.by ?? '',
            oninput: (e) => edit((cur) => { if (e.target.value) cur.by = e.target.value; else delete cur.by; }) }));
      }));
  },
  categoryTitle(c) {
    const cat = result?.audit?.categories?.[c];
    return cat ? say(cat, 'title_') : t().category(c);
  },
  diagnosisForm(checks) {
    return section({ id: 'diagnosis' }, t().diagnosis, el('p', { class: 'note', text: t().diagnosisNote }),
      ...Object.keys(checks).sort(byId).map((k) => {
        const c = checks[k];
        const label = lang === 'ja' ? `${c.subject_ja}：${c.method_ja}` : c.en;
        const id = nextId();
        const options = [['not_performed', t().notPerformed], ['passed', t().passed],
          ['not_applicable', t().notApplicable],
          ...Object.entries(t().severity).map(([s, text]) => [`findings:${s}`, text])];
        const select = el('select', { name: k, id, onchange: (e) => this.setCheck(k, e.target.value) },
          ...options.map(([v, text]) => el('option', { value: v, text })));
        select.value = this.checkValue(k);
        return el('div', { class: 'check' }, el('label', { for: id, text: `${shortId(k).split('/')[1]}. ${label}` }), select);
      }));
  },
  checkValue(k) {
    const c = doc.diagnosis?.[k];
    if (c === undefined) return 'not_performed';
    if (typeof c === 'string') return c;
    if (c.status !== 'findings') return c.status;
    return `findings:${SEVERITIES[Math.max(...c.findings.map((f) => SEVERITIES.indexOf(f.severity)))]}`;
  },
  setCheck(k, value) {
    doc.diagnosis ??= {};
    if (value === 'not_performed') delete doc.diagnosis[k];
    else if (value.startsWith('findings:')) {
      doc.diagnosis[k] = { status: 'findings', findings: [{ severity: value.split(':')[1] }] };
    } else doc.diagnosis[k] = value;
    update();
  },
  applies(id) { return (data.template.hints.questions[id]?.condition ?? []).every(factTrue); },
  levelText(level) {
    const name = say(level, 'name_');
    return level.stars > 0 ? `${STARS[level.stars]} ${name}` : name;
  },
  summary(r) {
    const grade = (g) => el('span', { class: g ? `grade-${g}` : '', text: g ?? t().noDiagnosis });
    return [
      ...fact('level', t().level, [el('span', { class: 'level', 'data-stars': r.level.stars, text: this.levelText(r.level) }),
        r.level.indicative ? el('span', { class: 'note', text: ` ${t().indicative}` }) : null], r.level.stars ? '' : 'bad'),
      ...fact('audit', t().auditGrade, grade(r.audit.grade)),
      ...(data.template.hints.checks ? fact('diagnosis', t().diagnosisGrade, grade(r.diagnosis?.grade ?? null)) : []),
      ...unansweredLine(r),
    ];
  },
  // Per category, the share of its applicable audit items met (compliant 1, partial ½).
  chart(r) {
    const score = { compliant: 1, partial: 0.5, noncompliant: 0 };
    const per = new Map();
    for (const item of Object.values(r.audit.items)) {
      const c = shortId(item.measure).split('.')[0];
      if (!per.has(c)) per.set(c, { sum: 0, n: 0 });
      if (item.status in score) {
        per.get(c).sum += score[item.status];
        per.get(c).n += 1;
      }
    }
    const color = { compliant: 'ok', partial: 'partial', noncompliant: 'bad', not_applicable: 'na' };
    return barChart(t().chartCategories, Object.keys(r.audit.categories).sort(byId).map((c) => {
      const { sum, n } = per.get(c) ?? { sum: 0, n: 0 };
      const title = this.categoryTitle(c);
      return { key: c, label: `${c}. ${title.replace(/[（(].*$/, '')}`, share: n > 0 ? sum / n : null,
        status: color[r.audit.categories[c].status], title: `${title}: ${t().status[r.audit.categories[c].status]}` };
    }));
  },
  next(r) {
    const g = r.gaps;
    if (!g.target_stars) return [el('p', { text: t().top })];
    const target = data.rules.levels.find((l) => l.stars === g.target_stars);
    const needs = [];
    if (g.audit_grade_needed && g.audit_grade_needed < r.audit.grade) needs.push(t().needAudit(g.audit_grade_needed));
    if (g.diagnosis_missing) needs.push(t().diagnosisMissing);
    else if (g.diagnosis_grade_needed && r.diagnosis && g.diagnosis_grade_needed < r.diagnosis.grade) {
      needs.push(t().needDiagnosis(g.diagnosis_grade_needed));
    }
    const out = [el('p', { text: `${t().target(this.levelText(target))}${needs.length ? ` — ${needs.join(', ')}` : ''}` })];
    const items = g.audit_items.map((item) => el('li', { 'data-id': item.id },
      `${t().item(item.id.split('/').pop())} ${item.mark} ${say(r.audit.items[item.id], 'title_')} (${t().status[item.status]}) `,
      ...item.failing.map(jumpLink)));
    if (items.length) out.push(el('ul', {}, ...items));
    const checks = g.checks.map((c) => {
      const h = data.template.hints.checks[c.id];
      const why = c.reason === 'grade_too_low' ? t().checkReason.grade_too_low(c.grade) : t().checkReason[c.reason];
      const title = lang === 'ja' ? h.subject_ja : h.en;
      return el('li', { 'data-id': c.id, text: `${t().check(c.id.split('/').pop())} ${c.mark} ${title} — ${why}` });
    });
    if (checks.length) out.push(el('ul', {}, ...checks));
    if (doc.policy === 'audit') out.push(el('p', { class: 'note', text: t().auditPolicyNote }));
    return out;
  },
  failing(r) { return Object.values(r.audit.items).flatMap((i) => (i.status === 'compliant' ? [] : i.failing)); },
};

// A link that moves the focus to an entry of the form.
function jumpLink(id) {
  return el('a', { href: `#entry-${id}`, text: `${shortId(id)} `,
    onclick: (e) => {
      e.preventDefault();
      const entry = document.querySelector(`.entry[data-id="${id}"]`);
      entry?.scrollIntoView({ block: 'center' });
      entry?.querySelector('input')?.focus();
    } });
}

const selfCheck = {
  form() {
    const { rules } = data;
    const patterns = rules.facts.filter((f) => f.pattern);
    const others = rules.facts.filter((f) => !f.pattern);
    const items = rules.items;
    return [
      section({ id: 'facts' }, t().facts, el('p', { class: 'note', text: t().factsNote }),
        el('fieldset', {}, el('legend', { text: t().patterns }),
          el('div', { class: 'facts' }, ...patterns.map((f) => factBox(f.id, `${f.id.replace('pattern_', '')}. ${say(f)}`)))),
        others.length ? el('fieldset', {}, el('legend', { text: t().byod }),
          el('div', { class: 'facts' }, ...others.map((f) => factBox(f.id, say(f))))) : null),
      ...rules.roles.map((role) => section({ class: 'role', 'data-role': role.id }, say(role),
        ...rules.groups.map((g) => {
          const mine = items.filter((i) => i.role === role.id && i.group === g.no);
          if (!mine.length) return null;
          return el('div', { class: 'group', 'data-group': g.no }, el('h3', { text: `${g.no}. ${say(g)}` }),
            ...mine.map((i) => answerEntry(i.id,
              el('span', { class: 'measure' },
                el('span', { class: `badge ${i.basic ? 'basic' : 'recommended'}`, text: i.basic ? t().basic : t().recommended }),
                ` ${lang === 'en' ? i.en : ''}`,
                i.patterns.length
                  ? el('span', { class: 'note', text: ` [${i.patterns.map((p) => p.replace('pattern_', '')).join(', ')}]` })
                  : null),
              i.ja)),
            el('p', { class: 'hidden-count' }));
        }))),
    ];
  },
  // 【対象】 patterns: one of them in use; needs (BYOD): all true.
  applies(id) {
    const i = data.rules.items.find((x) => x.id === id);
    return (i.patterns.length === 0 || i.patterns.some(factTrue)) && i.needs.every(factTrue);
  },
  levelName(code) { return say(data.rules.levels.find((l) => l.code === code)); },
  summary(r) {
    return [
      ...fact('level', t().level, this.levelName(r.level.code), r.level.code === 'basic_unmet' ? 'bad' : ''),
      ...fact('weakest', t().weakest, r.level.weakest_groups.map((g) => `${g}. ${say(r.groups[g], 'title_')}`).join(' / ')),
      ...data.rules.roles.map((role) => fact(`role:${role.id}`, say(role),
        `${r.roles[role.id].implemented} / ${r.roles[role.id].applicable}`)).flat(),
      ...unansweredLine(r),
    ];
  },
  // Role × threat group: one cell per pair, implemented / applicable, coloured by the share.
  chart(r) {
    const { roles, groups } = data.rules;
    const cell = 40;
    const left = 90;
    const top = 20;
    const root = svg('svg', { viewBox: `0 0 ${left + groups.length * cell} ${top + roles.length * cell}`, role: 'img',
      'aria-label': t().chartRoles });
    groups.forEach((g, x) => {
      const label = svg('text', { x: left + x * cell + cell / 2, y: 14, 'font-size': 11, 'text-anchor': 'middle' },
        String(g.no));
      label.append(svg('title', {}, say(g)));
      root.append(label);
    });
    roles.forEach((role, y) => {
      const label = svg('text', { x: 0, y: top + y * cell + cell / 2 + 4, 'font-size': 11 }, fit(say(role), left - 4));
      label.append(svg('title', {}, say(role)));
      root.append(label);
      groups.forEach((g, x) => {
        const tally = r.groups[String(g.no)].roles[role.id] ?? { applicable: 0, implemented: 0 };
        const box = svg('rect', { x: left + x * cell + 2, y: top + y * cell + 2, width: cell - 4, height: cell - 4, rx: 3,
          fill: `var(--${tallyStatus(tally)})`, 'data-key': `${role.id}:${g.no}` });
        box.append(svg('title', {}, `${say(role)} × ${say(g)}: ${tally.implemented} / ${tally.applicable}`));
        root.append(box);
        root.append(svg('text', { x: left + x * cell + cell / 2, y: top + y * cell + cell / 2 + 4, 'font-size': 10,
          'text-anchor': 'middle', fill: '#fff' }, tally.applicable ? `${tally.implemented}/${tally.applicable}` : '—'));
      });
    });
    return figure(t().chartRoles, root);
  },
  next(r) {
    const list = (ids) => el('ul', {}, ...ids.map((id) => el('li', { 'data-id': id }, jumpLink(id),
      r.items[id].title_en && lang === 'en' ? r.items[id].title_en : this.text(id))));
    const out = [];
    if (r.gaps.basic.length) out.push(el('h3', { text: t().gapsBasic }), list(r.gaps.basic));
    if (r.gaps.recommended.length) out.push(el('h3', { text: t().gapsRecommended }), list(r.gaps.recommended));
    return out.length ? out : [el('p', { text: t().allDone })];
  },
  text(id) { return data.rules.items.find((x) => x.id === id).ja.slice(0, 60); },
  failing(r) { return [...r.gaps.basic, ...r.gaps.recommended]; },
};

const IMPACTS = ['confidentiality', 'integrity', 'availability', 'non_repudiation'];

const policy = {
  form() {
    const { rules } = data;
    const groupOf = new Map(rules.sections.map((s) => [s.no, s.group]));
    return [
      ...rules.groups.map((g) => section({ class: 'group', 'data-group': g.no }, `${g.section}. ${say(g)}`,
        ...rules.statements.filter((s) => groupOf.get(s.section) === g.no).map((s) => this.statement(s)))),
    ];
  },
  decisionOf(id) {
    const d = doc.decisions?.[id];
    return typeof d === 'object' && d !== null ? d : d ? { decision: d } : null;
  },
  // Writes a statement's decision back in its shortest form.
  store(id, d) {
    doc.decisions ??= {};
    if (!d || !d.decision) delete doc.decisions[id];
    else doc.decisions[id] = Object.keys(d).length === 1 && d.decision === 'implemented' ? 'implemented' : d;
    update();
  },
  statement(s) {
    const level = data.rules.levels.find((l) => l.level === s.level);
    const d = this.decisionOf(s.id) ?? {};
    const textId = nextId();
    const ids = { decision: nextId(), deadline: nextId(), justification: nextId() };
    const edit = (change) => {
      const cur = { ...(this.decisionOf(s.id) ?? {}) };
      change(cur);
      this.store(s.id, cur);
      refresh();
    };
    const decision = el('select', { id: ids.decision, name: `decision:${s.id}`, 'aria-describedby': textId,
      onchange: (e) => edit((cur) => {
        cur.decision = e.target.value;
        if (cur.decision !== 'planned') delete cur.deadline;
        if (cur.decision !== 'not_needed') delete cur.justification;
        if (!cur.decision) for (const k of Object.keys(cur)) delete cur[k];
      }) },
    ...Object.entries(t().decisions).map(([v, text]) => el('option', { value: v, text })));
    decision.value = d.decision ?? '';
    const deadline = el('p', { class: 'deadline' }, el('label', { for: ids.deadline, text: `${t().deadline} ` }),
      el('input', { type: 'date', id: ids.deadline, name: `deadline:${s.id}`, value: d.deadline ?? '',
        onchange: (e) => edit((cur) => { if (e.target.value) cur.deadline = e.target.value; else delete cur.deadline; }) }));
    const justification = el('p', { class: 'justification' }, el('label', { for: ids.justification, text: t().justification }),
      el('input', { type: 'text', id: ids.justification, name: `justification:${s.id}`, value: d.justification ?? '',
        oninput: (e) => edit((cur) => { cur.justification = e.target.value; }) }));
    const impacts = el('fieldset', { class: 'impacts' }, el('legend', { text: t().impact }),
      ...IMPACTS.map((aspect) => {
        const id = nextId();
        const select = el('select', { id, name: `impact:${aspect}:${s.id}`,
          onchange: (e) => edit((cur) => {
            cur.impact = { ...(cur.impact ?? {}) };
            if (e.target.value) cur.impact[aspect] = e.target.value;
            else delete cur.impact[aspect];
            if (Object.keys(cur.impact).length === 0) delete cur.impact;
          }) },
        ...Object.entries(t().impactLevels).map(([v, text]) => el('option', { value: v, text })));
        select.value = d.impact?.[aspect] ?? '';
        return el('span', { class: 'impact' }, el('label', { for: id, text: `${t().impacts[aspect]} ` }), select);
      }));
    // Deadline for planned, a justification when not needed, impacts once decided otherwise than implemented.
    const refresh = () => {
      const cur = this.decisionOf(s.id)?.decision ?? '';
      deadline.hidden = cur !== 'planned';
      justification.hidden = cur !== 'not_needed';
      impacts.hidden = cur === '' || cur === 'implemented';
    };
    refresh();
    return el('div', { class: 'entry', id: `entry-${s.id}`, 'data-id': s.id },
      el('div', { class: 'entry-head' }, el('span', { class: 'id', text: shortId(s.id) }), ' ',
        el('span', { class: `badge ${s.level}`, text: `${level.en}${s.level_read ? '*' : ''}` }), ' ',
        el('span', { class: 'measure', text: lang === 'en' ? s.en : s.title_ja })),
      el('p', { class: 'text', lang: 'ja', id: textId, text: s.ja }),
      el('p', {}, el('label', { for: ids.decision, text: `${t().decision} ` }), decision),
      deadline, justification, impacts);
  },
  applies() { return true; },
  summary(r) {
    return [
      ...fact('conformance', t().conformance, r.conformant ? t().conformant : t().notConformant, r.conformant ? 'ok' : 'bad'),
      ...data.rules.levels.map((l) => fact(`level:${l.level}`, lang === 'en' ? l.en : `${l.en} ${l.ja}`,
        `${r.levels[l.level].implemented} / ${r.levels[l.level].applicable}`)).flat(),
      ...fact('unanswered', t().unanswered, r.undecided > 0 ? t().provisional(r.undecided) : t().none),
    ];
  },
  chart(r) {
    return barChart(t().chartGroups, data.rules.groups.map((g) => {
      const tally = ['shall', 'should', 'may'].reduce((a, l) => ({
        applicable: a.applicable + r.groups[g.no][l].applicable,
        implemented: a.implemented + r.groups[g.no][l].implemented }), { applicable: 0, implemented: 0 });
      return { key: String(g.no), label: `${g.section}. ${say(g)}`, share: share(tally), status: tallyStatus(tally),
        title: `${say(g)}: ${tally.implemented} / ${tally.applicable}` };
    }));
  },
  next(r) {
    const out = [];
    if (r.nonconforming.length) {
      out.push(el('h3', { text: t().nonconforming }), el('p', {}, ...r.nonconforming.map(jumpLink)));
    }
    if (!r.plan.length) return out.length ? out : [el('p', { text: t().allDone })];
    out.push(el('h3', { text: t().plan }), el('ol', { class: 'plan' }, ...r.plan.map((p) => el('li',
      { 'data-id': p.id, class: p.overdue ? 'overdue' : '' },
      jumpLink(p.id), `${p.level.toUpperCase()} · ${t().impactLevels[p.priority]} · `,
      p.deadline ?? t().decisions[''], p.overdue ? el('strong', { text: ` ${t().overdue}` }) : null))));
    return out;
  },
  failing(r) { return r.nonconforming; },
};

const risk = {
  form() {
    const { rules } = data;
    return rules.groups.map((g) => section({ class: 'group', 'data-group': g.no }, `${g.no}. ${say(g)}`,
      ...rules.measures.filter((m) => m.group === g.no).map((m) => answerEntry(m.id,
        el('span', { class: 'measure', text: lang === 'en' ? m.en : m.title_ja }), m.ja))));
  },
  applies() { return true; },
  summary(r) {
    return [
      ...fact('measures', t().measuresDone, `${r.overall.implemented} / ${r.overall.applicable}`),
      ...fact('residual', t().residual, r.residual_risks.length ? String(r.residual_risks.length) : t().none,
        r.residual_risks.length ? 'bad' : 'ok'),
      ...unansweredLine(r),
    ];
  },
  chart(r) {
    return barChart(t().chartGroups, data.rules.groups.map((g) => {
      const tally = r.groups[g.no];
      return { key: String(g.no), label: `${g.no}. ${say(g)}`, share: share(tally), status: tallyStatus(tally),
        title: `${say(g)}: ${tally.implemented} / ${tally.applicable}` };
    }));
  },
  // The risk matrix: every risk with the measures that mitigate it; residual ones highlighted.
  next(r) {
    const residual = new Set(r.residual_risks.map((x) => x.id));
    const status = (m) => r.measures[m].status;
    return [
      r.residual_risks.length ? null : el('p', { text: t().noResidual }),
      el('table', { class: 'matrix' },
        el('caption', { text: t().riskMatrix }),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col', text: t().risk }), el('th', { scope: 'col', text: t().mitigatedBy }))),
        el('tbody', {}, ...data.rules.risks.map((k) => el('tr', { 'data-id': k.id, class: residual.has(k.id) ? 'residual' : '' },
          el('th', { scope: 'row' }, `${shortId(k.id).replace('risk/', '')} ${lang === 'en' ? k.en : k.title_ja}`,
            residual.has(k.id) ? el('strong', { text: ` — ${t().residual}` }) : null),
          el('td', {}, ...k.mitigated_by.map((m) => el('span', { class: `chip ${status(m)}`,
            title: `${say(r.measures[m], 'title_')}: ${status(m)}` }, jumpLink(m)))))))),
    ];
  },
  failing(r) { return r.residual_risks.flatMap((x) => x.mitigated_by); },
};

const KINDS = { certification, self_check: selfCheck, policy, risk };
const kind = () => KINDS[kindOf(data.rules)];

// --- rendering -----------------------------------------------------------------

function rate() {
  const { status, bytes } = tws.engine.rateBytes(serialize(), 'assessment.json');
  const text = new TextDecoder().decode(bytes);
  // An incomplete entry (a plan without its deadline) leaves the document
  // invalid: the engine's message says what is missing, the last result is
  // dimmed until it is fixed.
  $('#summary').classList.toggle('stale', status !== 0);
  if (status !== 0) {
    result = null;
    showMessage(text);
    return;
  }
  result = JSON.parse(text);
  const store = saved();
  store[doc.catalog] = doc;
  store.current = doc.catalog;
  localStorage.setItem(STORE, JSON.stringify(store));
}

function renderForm() {
  document.documentElement.lang = lang;
  document.title = `${t().title} — teleworksec`;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const v = t()[node.dataset.i18n];
    if (typeof v === 'string') node.textContent = v;
  }
  $('#lang-ja').setAttribute('aria-pressed', String(lang === 'ja'));
  $('#lang-en').setAttribute('aria-pressed', String(lang === 'en'));
  $('#facility-name').value = doc.facility?.name ?? '';
  $('#date').value = doc.date ?? '';
  const picker = $('#catalog');
  picker.replaceChildren(...tws.catalogs().map((c) => el('option', { value: c.id, text: c.id })));
  picker.value = doc.catalog;
  const certificationKind = kindOf(data.rules) === 'certification';
  $('#policy-row').hidden = !certificationKind;
  $('#policy').value = doc.policy ?? 'self_assessment';
  rate();
  $('#entries').replaceChildren(...kind().form().filter(Boolean));
  document.body.dataset.catalog = doc.catalog;
  update();
}

function update() {
  showMessage(null);
  rate();
  for (const group of document.querySelectorAll('#entries .group')) {
    let hidden = 0;
    const entries = group.querySelectorAll('.entry');
    for (const entry of entries) {
      const show = kind().applies(entry.dataset.id);
      entry.hidden = !show;
      if (!show) hidden += 1;
    }
    const count = group.querySelector('.hidden-count');
    if (count) count.textContent = hidden > 0 ? t().hidden(hidden) : '';
    group.hidden = entries.length > 0 && hidden === entries.length;
  }
  if (kindOf(data.rules) === 'certification') {
    for (const s of document.querySelectorAll('#entries section.group')) {
      s.querySelector('h2').textContent = `${s.dataset.group}. ${certification.categoryTitle(s.dataset.group)}`;
    }
  }
  renderSummary();
}

function renderSummary() {
  if (result === null) return;
  const r = result;
  $('#headline').replaceChildren(...kind().summary(r));
  $('#fingerprint').textContent = r.fingerprint;
  $('#chart').replaceChildren(kind().chart(r));
  $('#next').replaceChildren(...kind().next(r).filter(Boolean));
  const failing = new Set(kind().failing(r));
  for (const entry of document.querySelectorAll('#entries .entry')) {
    entry.classList.toggle('failing', failing.has(entry.dataset.id));
  }
  // Counts the ratings shown; the first is marked for bench/page_bench.mjs.
  if (!document.body.dataset.rated) performance.mark('teleworksec:first-rating');
  document.body.dataset.rated = String(Number(document.body.dataset.rated ?? 0) + 1);
}

// --- catalogs, import, export, reset --------------------------------------------

async function openAssessment(assessment) {
  data = { rules: await tws.rules(assessment.catalog), template: await tws.template(assessment.catalog, { hints: true }) };
  doc = assessment;
  renderForm();
}

async function switchCatalog(catalog) {
  const stored = saved()[catalog];
  const usable = stored && tws.engine.rateBytes(JSON.stringify(stored)).status === 0;
  await openAssessment(usable ? stored : await tws.template(catalog));
}

async function importFile(file) {
  const text = await file.text();
  const { status, bytes } = tws.engine.rateBytes(text, file.name);
  if (status !== 0) {
    showMessage(new TextDecoder().decode(bytes));
    return;
  }
  await openAssessment(JSON.parse(text));
}

function exportFile() {
  const blob = new Blob([serialize()], { type: 'application/json' });
  const a = el('a', { href: URL.createObjectURL(blob),
    download: `${(doc.facility?.name || doc.catalog).replace(/[\\/:*?"<>|\s]+/g, '_')}.json` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

function wire() {
  const setLang = (l) => { lang = l; localStorage.setItem(STORE_LANG, lang); renderForm(); };
  $('#lang-ja').addEventListener('click', () => setLang('ja'));
  $('#lang-en').addEventListener('click', () => setLang('en'));
  $('#import').addEventListener('click', () => $('#import-file').click());
  $('#import-file').addEventListener('change', (e) => {
    const [file] = e.target.files;
    if (file) importFile(file);
    e.target.value = '';
  });
  $('#export').addEventListener('click', exportFile);
  $('#reset').addEventListener('click', async () => {
    if (!window.confirm(t().confirmReset)) return;
    await openAssessment(await tws.template(doc.catalog));
  });
  $('#facility-name').addEventListener('input', (e) => {
    doc.facility ??= {};
    doc.facility.name = e.target.value;
    update();
  });
  $('#date').addEventListener('change', (e) => {
    if (e.target.value) doc.date = e.target.value;
    else delete doc.date;
    update();
  });
  $('#policy').addEventListener('change', (e) => { doc.policy = e.target.value; update(); });
  $('#catalog').addEventListener('change', (e) => switchCatalog(e.target.value));
}

async function main() {
  if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
    navigator.serviceWorker.register('sw.js').catch(() => {});
  }
  try {
    tws = await load();
    const current = saved().current ?? tws.catalogs().find((c) => c.id === 'certification-v2')?.id ?? tws.catalogs()[0].id;
    wire();
    await switchCatalog(current);
  } catch (err) {
    $('#loading').textContent = `teleworksec: ${err.message}`;
    return;
  }
  $('#loading').hidden = true;
  document.querySelector('main').hidden = false;
  document.body.dataset.ready = 'true';
}

main();
