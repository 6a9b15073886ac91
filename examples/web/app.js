// The self-assessment page: asks the facility's facts, shows the questions
// those facts make applicable, and rates the assessment in WebAssembly
// (teleworksec.wasm, the C API of the C++ library) on every change. The page
// keeps the assessment as a teleworksec/assessment/v1 document: what it
// exports is the file `teleworksec rate` reads, and an imported file keeps
// everything the page does not edit (evidence, overrides, notes).

import { loadEngine, TWS_OK } from './teleworksec.mjs';

const STORE = 'teleworksec.assessment.v1';
const STORE_LANG = 'teleworksec.lang';
const CATALOGS = ['certification-v2', 'coworking-v2'];

const TEXT = {
  ja: {
    title: '共同利用型オフィス セキュリティ自己診断',
    import: '読み込み', export: '書き出し', reset: '新規',
    loading: '評価エンジンを読み込んでいます…',
    result: '評価結果', level: '認証レベル', indicative: '（参考値：脆弱性診断なし）',
    auditGrade: '情報セキュリティ監査', diagnosisGrade: '脆弱性診断', unanswered: '未回答',
    chart: 'カテゴリ別の対策状況', gaps: '次のレベルに必要なこと', fingerprint: 'フィンガープリント',
    facility: '施設', name: '施設名', catalog: '評価方式',
    catalogCert: '認証プログラム（監査＋脆弱性診断）', catalogChecklist: 'チェックシートのみ',
    policy: 'エビデンスの扱い', policySelf: '自己評価（回答どおり）', policyAudit: '監査（エビデンス必須）',
    facts: '施設の状況',
    factsNote: '該当しない項目のチェックを外すと、関係する質問は表示されません。',
    diagnosis: '脆弱性診断の結果',
    diagnosisNote: '診断を受けていない場合は「未実施」のままにしてください（レベルは参考値になります）。',
    footer: '評価はすべてこのブラウザ内（WebAssembly）で行われ、回答はどこにも送信されません。',
    yes: 'はい', no: 'いいえ', na: '対象外', unset: '未回答', reason: '対象外とする理由',
    hidden: (n) => `施設の状況により ${n} 問は対象外です。`,
    noDiagnosis: 'なし', provisional: (n) => `${n} 問（「いいえ」として評価）`, none: 'なし',
    notPerformed: '未実施', passed: '問題なし', notApplicable: '対象外',
    severity: { low: '指摘あり（低）', medium: '指摘あり（中）', high: '指摘あり（高）', urgent: '指摘あり（緊急）' },
    top: '最上位のレベルです。',
    target: (level) => `目標：${level}`,
    needAudit: (g) => `監査の評価 ${g} 以上`, needDiagnosis: (g) => `診断の評価 ${g} 以上`,
    diagnosisMissing: '脆弱性診断の実施',
    item: (n) => `監査項目 ${n}`, check: (n) => `診断 ${n}`,
    status: { compliant: '適合', partial: '一部適合', noncompliant: '不適合', not_applicable: '対象外' },
    checkReason: { not_performed: '未実施', grade_too_low: (g) => `評価 ${g}` },
    auditPolicyNote: '監査ではエビデンスのない「はい」は未確認として扱われます（このページはエビデンスを編集しません。読み込んだファイルのエビデンスは保持されます）。',
    imported: (name) => `${name} を読み込みました。`,
    unsupported: (c) => `このページは ${c} を扱えません（certification-v2 と coworking-v2 のみ）。`,
    confirmReset: '回答をすべて消去しますか？',
    category: (n) => `カテゴリ ${n}`,
  },
  en: {
    title: 'Shared-office security self-assessment',
    import: 'Import', export: 'Export', reset: 'New',
    loading: 'Loading the rating engine…',
    result: 'Result', level: 'Level', indicative: '(indicative: no vulnerability diagnosis)',
    auditGrade: 'Security audit', diagnosisGrade: 'Vulnerability diagnosis', unanswered: 'Unanswered',
    chart: 'Measures by category', gaps: 'What the next level needs', fingerprint: 'Fingerprint',
    facility: 'Facility', name: 'Name', catalog: 'Rating',
    catalogCert: 'Certification program (audit + diagnosis)', catalogChecklist: 'Checklist only',
    policy: 'Evidence', policySelf: 'Self-assessment (answers as given)', policyAudit: 'Audit (a yes needs evidence)',
    facts: 'About the facility',
    factsNote: 'Untick what does not apply: the questions it concerns are not shown.',
    diagnosis: 'Vulnerability diagnosis results',
    diagnosisNote: 'Without a diagnosis leave every check "not performed" (the level is then indicative).',
    footer: 'Everything is rated in this browser (WebAssembly); no answer is sent anywhere.',
    yes: 'Yes', no: 'No', na: 'N/A', unset: 'Unanswered', reason: 'Why it does not apply',
    hidden: (n) => `${n} questions do not apply to this facility.`,
    noDiagnosis: 'none', provisional: (n) => `${n} (rated as "no")`, none: 'none',
    notPerformed: 'not performed', passed: 'passed', notApplicable: 'not applicable',
    severity: { low: 'findings (low)', medium: 'findings (medium)', high: 'findings (high)', urgent: 'findings (urgent)' },
    top: 'This is the highest level.',
    target: (level) => `Next: ${level}`,
    needAudit: (g) => `audit grade ${g} or better`, needDiagnosis: (g) => `diagnosis grade ${g} or better`,
    diagnosisMissing: 'a vulnerability diagnosis',
    item: (n) => `Audit item ${n}`, check: (n) => `Check ${n}`,
    status: { compliant: 'compliant', partial: 'partial', noncompliant: 'noncompliant', not_applicable: 'not applicable' },
    checkReason: { not_performed: 'not performed', grade_too_low: (g) => `grade ${g}` },
    auditPolicyNote: 'Under audit a yes without accepted evidence counts as unverified (this page does not edit evidence; evidence in an imported file is kept).',
    imported: (name) => `Imported ${name}.`,
    unsupported: (c) => `This page does not rate ${c} (only certification-v2 and coworking-v2).`,
    confirmReset: 'Clear every answer?',
    category: (n) => `Category ${n}`,
  },
};
const LEVEL_NAMES = { 4: '★★★★', 3: '★★★', 2: '★★', 0: '' };

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

let lang = localStorage.getItem(STORE_LANG) ?? (navigator.language?.startsWith('ja') ? 'ja' : 'en');
let engine = null;
let hints = null;   // the catalog's texts: facts, questions, checks
let doc = null;     // the assessment being edited
let result = null;  // its result/v1, or null
let stashedDiagnosis = null;  // kept while the checklist-only catalog is selected
const t = () => TEXT[lang];

function blank() {
  return {
    schema: 'teleworksec/assessment/v1',
    catalog: 'certification-v2',
    policy: 'self_assessment',
    facility: { name: '', facts: {} },
    answers: {},
  };
}

// The document as a file: members in a stable order, IDs sorted.
function serialize() {
  const sorted = (o) => Object.fromEntries(Object.keys(o).sort(byId).map((k) => [k, o[k]]));
  const out = { ...doc };
  out.answers = sorted(doc.answers ?? {});
  if (doc.diagnosis) out.diagnosis = sorted(doc.diagnosis);
  return `${JSON.stringify(out, null, 2)}\n`;
}

function showMessage(text) {
  const m = $('#message');
  m.textContent = text ?? '';
  m.hidden = !text;
}

// --- rating ---------------------------------------------------------------

function rate() {
  const { status, bytes } = engine.rateBytes(serialize(), 'assessment.json');
  const text = new TextDecoder().decode(bytes);
  if (status !== TWS_OK) {
    result = null;
    showMessage(text);
    return;
  }
  result = JSON.parse(text);
  localStorage.setItem(STORE, serialize());
}

function factValue(id) { return doc.facility?.facts?.[id] !== false; }
function applicable(qid) { return hints.questions[qid].condition.every(factValue); }
function categoryOf(id) { return id.replace(/^coworking-v2\//, '').split('.')[0]; }

function categoryTitle(n) {
  const c = result?.audit?.categories?.[n];
  return c ? c[`title_${lang}`] : t().category(n);
}

function levelText(level) {
  const name = lang === 'ja' ? level.name_ja : level.name_en;
  return level.stars > 0 ? `${LEVEL_NAMES[level.stars]} ${name}` : name;
}

// --- the form -------------------------------------------------------------

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
  $('#catalog').value = doc.catalog;
  $('#policy').value = doc.policy ?? 'self_assessment';

  // Facts, in the order of the first question each one concerns.
  const first = (f) => [...hints.facts[f].false_excludes].sort(byId)[0] ?? '~';
  const facts = Object.keys(hints.facts).sort((a, b) => byId(first(a), first(b)));
  $('#facts').replaceChildren(...facts.map((f) => el('label', { class: 'fact' },
    el('input', {
      type: 'checkbox', name: `fact:${f}`, checked: factValue(f),
      onchange: (e) => {
        doc.facility ??= {};
        doc.facility.facts ??= {};
        doc.facility.facts[f] = e.target.checked;
        update();
      },
    }),
    ` ${hints.facts[f][lang]}`)));

  // Questions by category.
  const byCategory = new Map();
  for (const q of Object.keys(hints.questions).sort(byId)) {
    const c = categoryOf(q);
    if (!byCategory.has(c)) byCategory.set(c, []);
    byCategory.get(c).push(q);
  }
  $('#categories').replaceChildren(...[...byCategory].map(([c, qs]) => el('section',
    { class: 'category', 'data-category': c },
    el('h2', { text: `${c}. ${categoryTitle(c)}` }),
    ...qs.map(renderQuestion),
    el('p', { class: 'hidden-count' }))));

  // Diagnosis checks.
  const checks = Object.keys(hints.checks).sort(byId);
  $('#checks').replaceChildren(...checks.map((k) => {
    const h = hints.checks[k];
    const n = k.split('/').pop();
    const label = lang === 'ja' ? `${h.subject_ja}：${h.method_ja}` : h.en;
    const options = [['not_performed', t().notPerformed], ['passed', t().passed],
      ['not_applicable', t().notApplicable],
      ...Object.entries(t().severity).map(([s, text]) => [`findings:${s}`, text])];
    const select = el('select', { name: k, onchange: (e) => setCheck(k, e.target.value) },
      ...options.map(([v, text]) => el('option', { value: v, text })));
    select.value = checkValue(k);
    return el('div', { class: 'check' }, el('span', { text: `${n}. ${label}` }), select);
  }));
  update();
}

function answerOf(q) {
  const a = doc.answers[q];
  return typeof a === 'object' && a !== null ? a.answer : a ?? '';
}

function renderQuestion(q) {
  const h = hints.questions[q];
  const current = answerOf(q);
  const reason = el('input', {
    type: 'text', name: `reason:${q}`, placeholder: t().reason,
    value: doc.answers[q]?.reason ?? '',
    oninput: (e) => setReason(q, e.target.value),
  });
  reason.hidden = current !== 'na';
  const choice = (value, text) => el('label', {},
    el('input', {
      type: 'radio', name: q, value, checked: current === value,
      onchange: () => {
        setAnswer(q, value);
        reason.hidden = value !== 'na';
        update();
      },
    }),
    ` ${text}`);
  return el('div', { class: 'question', 'data-id': q },
    el('div', {},
      el('span', { class: 'id', text: q.replace('coworking-v2/', '') }), ' ',
      el('span', { class: 'measure', text: `${h[`measure_${lang}`]}${h.tier === 'basic' ? '' : ' ★'}` })),
    el('p', { class: 'text', lang: 'ja', text: h.ja }),
    el('div', { class: 'answers' },
      choice('yes', t().yes), choice('no', t().no), choice('na', t().na), choice('', t().unset)),
    reason);
}

function setAnswer(q, value) {
  const cur = doc.answers[q];
  if (value === '') delete doc.answers[q];
  else if (typeof cur === 'object' && cur !== null) cur.answer = value;
  else doc.answers[q] = value;
}

function setReason(q, text) {
  let cur = doc.answers[q];
  if (typeof cur !== 'object' || cur === null) cur = { answer: cur ?? 'na' };
  if (text) cur.reason = text;
  else delete cur.reason;
  doc.answers[q] = Object.keys(cur).length === 1 ? cur.answer : cur;
  update();
}

const SEVERITIES = ['low', 'medium', 'high', 'urgent'];

function checkValue(k) {
  const c = doc.diagnosis?.[k];
  if (c === undefined) return 'not_performed';
  if (typeof c === 'string') return c;
  if (c.status !== 'findings') return c.status;
  const worst = Math.max(...c.findings.map((f) => SEVERITIES.indexOf(f.severity)));
  return `findings:${SEVERITIES[worst]}`;
}

function setCheck(k, value) {
  doc.diagnosis ??= {};
  if (value === 'not_performed') delete doc.diagnosis[k];
  else if (value.startsWith('findings:')) {
    doc.diagnosis[k] = { status: 'findings', findings: [{ severity: value.split(':')[1] }] };
  } else doc.diagnosis[k] = value;
  if (Object.keys(doc.diagnosis).length === 0) delete doc.diagnosis;
  update();
}

// --- after every change -----------------------------------------------------

function update() {
  showMessage(null);
  rate();
  // Only the applicable questions are shown.
  for (const section of document.querySelectorAll('#categories .category')) {
    let hidden = 0;
    for (const div of section.querySelectorAll('.question')) {
      const show = applicable(div.dataset.id);
      div.hidden = !show;
      if (!show) hidden += 1;
    }
    const count = section.querySelector('.hidden-count');
    count.textContent = hidden > 0 ? t().hidden(hidden) : '';
    section.hidden = hidden === section.querySelectorAll('.question').length;
    section.querySelector('h2').textContent =
      `${section.dataset.category}. ${categoryTitle(section.dataset.category)}`;
  }
  $('#diagnosis').hidden = doc.catalog !== 'certification-v2';
  renderSummary();
}

function renderSummary() {
  if (result === null) return;
  const r = result;
  const level = $('#level');
  level.textContent = levelText(r.level);
  level.dataset.stars = String(r.level.stars);
  $('#indicative').hidden = !r.level.indicative;
  const grade = (node, g) => {
    node.textContent = g ?? t().noDiagnosis;
    node.className = g ? `grade-${g}` : '';
  };
  grade($('#audit-grade'), r.audit.grade);
  grade($('#diagnosis-grade'), r.diagnosis?.grade ?? null);
  $('#unanswered').textContent = r.unanswered > 0 ? t().provisional(r.unanswered) : t().none;
  $('#fingerprint').textContent = r.fingerprint;
  $('#chart').replaceChildren(chart(r));
  $('#gaps').replaceChildren(...gaps(r));
  for (const div of document.querySelectorAll('.question')) div.classList.remove('failing');
  for (const item of r.gaps?.audit_items ?? []) {
    for (const q of item.failing ?? []) {
      document.querySelector(`.question[data-id="${q}"]`)?.classList.add('failing');
    }
  }
}

// Inline SVG: per category, the share of its applicable measures met
// (compliant 1, partial ½), coloured by the category's status.
function chart(r) {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = (tag, attrs, text) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const score = { compliant: 1, partial: 0.5, noncompliant: 0 };
  const per = new Map();
  for (const [id, item] of Object.entries(r.audit.items ?? {})) {
    const c = categoryOf(item.measure ?? id);
    if (!per.has(c)) per.set(c, { sum: 0, n: 0 });
    if (item.status in score) {
      per.get(c).sum += score[item.status];
      per.get(c).n += 1;
    }
  }
  const cats = Object.keys(r.audit.categories ?? {}).sort(byId);
  const row = 28;
  const width = 320;
  const barX = 150;
  const barW = width - barX - 40;
  const root = svg('svg', { viewBox: `0 0 ${width} ${cats.length * row + 4}`, role: 'img',
    'aria-label': t().chart });
  const colors = { compliant: 'var(--ok)', partial: 'var(--partial)', noncompliant: 'var(--bad)',
    not_applicable: 'var(--na)' };
  cats.forEach((c, i) => {
    const { status } = r.audit.categories[c];
    const { sum, n } = per.get(c) ?? { sum: 0, n: 0 };
    const share = n > 0 ? sum / n : 0;
    const y = i * row + 4;
    const title = categoryTitle(c).replace(/[（(].*$/, '');
    const label = svg('text', { x: 0, y: y + 15, 'font-size': 11 }, `${c}. ${title}`);
    label.append(svg('title', {}, `${categoryTitle(c)}: ${t().status[status]}`));
    root.append(label);
    root.append(svg('rect', { x: barX, y, width: barW, height: 18, fill: '#eceff3', rx: 3 }));
    root.append(svg('rect', { x: barX, y, width: Math.round(barW * share), height: 18,
      fill: colors[status] ?? 'var(--na)', rx: 3, 'data-category': c, 'data-status': status }));
    root.append(svg('text', { x: barX + barW + 4, y: y + 14, 'font-size': 11 },
      n > 0 ? `${Math.round(share * 100)}%` : '—'));
  });
  return root;
}

function gaps(r) {
  const g = r.gaps;
  if (!g || !g.target_stars) return [el('p', { text: t().top })];
  const target = { stars: g.target_stars,
    name_ja: { 4: '信頼', 3: '安全', 2: '安心' }[g.target_stars],
    name_en: { 4: 'Trusted', 3: 'Safe', 2: 'Reassuring' }[g.target_stars] };
  const needs = [];
  if (g.audit_grade_needed && g.audit_grade_needed < r.audit.grade) needs.push(t().needAudit(g.audit_grade_needed));
  if (g.diagnosis_missing) needs.push(t().diagnosisMissing);
  else if (g.diagnosis_grade_needed && r.diagnosis && g.diagnosis_grade_needed < r.diagnosis.grade) {
    needs.push(t().needDiagnosis(g.diagnosis_grade_needed));
  }
  const out = [el('p', { text: `${t().target(levelText(target))}${needs.length ? ` — ${needs.join(', ')}` : ''}` })];
  const items = (g.audit_items ?? []).map((item) => {
    const info = r.audit.items?.[item.id] ?? {};
    const n = item.id.split('/').pop();
    return el('li', {},
      `${t().item(n)} ${item.mark ?? ''} ${info[`title_${lang}`] ?? ''} (${t().status[item.status] ?? item.status}) `,
      ...(item.failing ?? []).map((q) => el('a', { href: '#', text: `${q.replace('coworking-v2/', '')} `,
        onclick: (e) => {
          e.preventDefault();
          document.querySelector(`.question[data-id="${q}"]`)?.scrollIntoView({ block: 'center' });
        } })));
  });
  if (items.length) out.push(el('ul', { class: 'gap-items' }, ...items));
  const checks = (g.checks ?? []).map((c) => {
    const n = c.id.split('/').pop();
    const h = hints.checks[c.id];
    const why = c.reason === 'grade_too_low' ? t().checkReason.grade_too_low(c.grade)
      : t().checkReason[c.reason] ?? c.reason;
    return el('li', { text: `${t().check(n)} ${c.mark ?? ''} ${h ? (lang === 'ja' ? h.subject_ja : h.en) : ''} — ${why}` });
  });
  if (checks.length) out.push(el('ul', { class: 'gap-checks' }, ...checks));
  if (doc.policy === 'audit') out.push(el('p', { class: 'note', text: t().auditPolicyNote }));
  return out;
}

// --- import, export, reset ----------------------------------------------------

async function importFile(file) {
  const text = await file.text();
  const { status, bytes } = engine.rateBytes(text, file.name);
  if (status !== TWS_OK) {
    showMessage(new TextDecoder().decode(bytes));
    return;
  }
  const parsed = JSON.parse(text);
  if (!CATALOGS.includes(parsed.catalog)) {
    showMessage(t().unsupported(parsed.catalog));
    return;
  }
  doc = parsed;
  doc.answers ??= {};
  stashedDiagnosis = null;
  renderForm();
  showMessage(null);
  $('#message').hidden = true;
  $('#loading').textContent = '';
  console.info(t().imported(file.name));
}

function exportFile() {
  const blob = new Blob([serialize()], { type: 'application/json' });
  const a = el('a', { href: URL.createObjectURL(blob),
    download: `${(doc.facility?.name || 'assessment').replace(/[\\/:*?"<>|\s]+/g, '_')}.json` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

function wire() {
  $('#lang-ja').addEventListener('click', () => { lang = 'ja'; localStorage.setItem(STORE_LANG, lang); renderForm(); });
  $('#lang-en').addEventListener('click', () => { lang = 'en'; localStorage.setItem(STORE_LANG, lang); renderForm(); });
  $('#import-file').addEventListener('change', (e) => {
    const [file] = e.target.files;
    if (file) importFile(file);
    e.target.value = '';
  });
  $('#export').addEventListener('click', exportFile);
  $('#reset').addEventListener('click', () => {
    if (!window.confirm(t().confirmReset)) return;
    doc = blank();
    renderForm();
  });
  $('#facility-name').addEventListener('input', (e) => {
    doc.facility ??= {};
    doc.facility.name = e.target.value;
    update();
  });
  $('#policy').addEventListener('change', (e) => { doc.policy = e.target.value; update(); });
  $('#catalog').addEventListener('change', (e) => {
    doc.catalog = e.target.value;
    if (doc.catalog === 'coworking-v2') {
      stashedDiagnosis = doc.diagnosis ?? null;
      delete doc.diagnosis;
    } else if (stashedDiagnosis) {
      doc.diagnosis = stashedDiagnosis;
    }
    update();
  });
}

async function main() {
  if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
    navigator.serviceWorker.register('sw.js').catch(() => {});
  }
  try {
    const [e, catalog] = await Promise.all([
      loadEngine(new URL('teleworksec.wasm', import.meta.url)),
      fetch(new URL('catalog.json', import.meta.url)).then((r) => r.json()),
    ]);
    engine = e;
    hints = catalog.hints;
  } catch (err) {
    $('#loading').textContent = `teleworksec: ${err.message}`;
    return;
  }
  doc = blank();
  const saved = localStorage.getItem(STORE);
  if (saved) {
    const { status } = engine.rateBytes(saved, 'saved');
    if (status === TWS_OK) doc = JSON.parse(saved);
  }
  wire();
  rate();
  renderForm();
  $('#loading').hidden = true;
  document.querySelector('main').hidden = false;
  document.body.dataset.ready = 'true';
}

main();
