// Tredjeland web app: a client of the HTTP API and nothing more (no legal rules here). Plain DOM, no
// framework, no build step: each page is a function that builds its part of the DOM from API answers.
// Pages are hash routes so the same files work as Workers static assets and on Node without a fallback.
import { expand } from './expand.js';
import { fill, texts } from './i18n.js';

// ---------- state kept in this tab ----------
const store = sessionStorage;
const langKey = 'tl-lang';
const tokenKey = 'tl-token';
const draftKey = 'tl-draft';

function preferredLang() {
  const chosen = localStorage.getItem(langKey);
  if (chosen === 'sv' || chosen === 'en') return chosen;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (base === 'sv' || ['nb', 'nn', 'no', 'da'].includes(base)) return 'sv';
    if (base === 'en') return 'en';
  }
  return 'sv';
}
let lang = preferredLang();
const t = () => texts[lang];

const emptyDraft = () => ({
  title: '',
  caseNumber: '',
  asOf: '',
  parties: [],
  flows: [],
  details: { parties: {}, flows: {} },
  register: null,
  answered: [],
});
function loadDraft() {
  try {
    return { ...emptyDraft(), ...JSON.parse(store.getItem(draftKey) ?? 'null') };
  } catch {
    return emptyDraft();
  }
}
let draft = loadDraft();
const saveDraft = () => store.setItem(draftKey, JSON.stringify(draft));
const hasCase = () => draft.parties.length > 0 && draft.flows.length > 0;

/** The case as the API takes it: `{ asOf?, parties, flows }`. */
function caseBody() {
  // The draft's parties and flows hold case fields only; fields left empty in a form are left out.
  const clean = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));
  const body = { parties: draft.parties.map(clean), flows: draft.flows.map(clean) };
  if (draft.asOf) body.asOf = draft.asOf;
  return body;
}

// ---------- the API ----------
class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function api(path, { method = 'GET', body, headers = {}, raw = false } = {}) {
  const url = `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
  const init = { method, headers: { accept: 'application/json', ...headers } };
  const token = store.getItem(tokenKey);
  if (token) init.headers.authorization = `Bearer ${token}`;
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['content-type'] = 'application/json';
  }
  let res;
  try {
    res = await fetch(url, init);
  } catch {
    throw new ApiError(0, { detail: t().errors.network });
  }
  if (res.status === 401) {
    store.removeItem(tokenKey);
    if (location.hash !== '#/sign-in') {
      store.setItem('tl-after-sign-in', location.hash);
      location.hash = '#/sign-in';
    }
    throw new ApiError(401, await res.json().catch(() => null));
  }
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
  return raw ? res : res.status === 204 ? null : res.json();
}

/**
 * The assessment of the case: asked for in the lean shape (docs/lean-answer.md), which says each question,
 * citation and warning text once, and expanded here by the same code the server's tests check.
 */
async function assessment(query = '') {
  const lean = await api(`/v1/assessments?shape=lean${query ? `&${query}` : ''}`, {
    method: 'POST',
    body: caseBody(),
  });
  return expand(lean);
}

/** Whether a route exists on this service (the register and the interview may not be deployed yet). */
const available = new Map();
async function routeAvailable(path) {
  if (!available.has(path)) {
    available.set(
      path,
      api(path)
        .then(() => true)
        .catch((e) => {
          if (e.status === 401) {
            available.delete(path);
            throw e;
          }
          return e.status !== 404 && e.status !== 405 && e.status !== 0;
        }),
    );
  }
  return available.get(path);
}

let countries = null;
async function countryList() {
  if (!countries || countries.lang !== lang) {
    const answer = await api('/v1/countries');
    const collator = new Intl.Collator(lang === 'sv' ? 'sv-SE' : 'en-GB');
    countries = { lang, list: answer.countries.slice().sort((a, b) => collator.compare(a.name, b.name)) };
  }
  return countries.list;
}

// ---------- DOM helpers ----------
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'value') el.value = v;
    else if (k === 'checked') el.checked = Boolean(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}
let uid = 0;
const nextId = (prefix) => `${prefix}-${++uid}`;
const main = () => document.getElementById('main');
function announce(text) {
  const status = document.getElementById('status');
  status.textContent = '';
  setTimeout(() => {
    status.textContent = text;
  }, 30);
}
const dateFmt = (iso) =>
  iso
    ? new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(
        new Date(`${iso.slice(0, 10)}T12:00:00Z`),
      )
    : '';

/** A labelled control; `field` ties it to API errors that name the same case path. */
function field(labelText, control, { hint, field: path } = {}) {
  const id = control.id || nextId('f');
  control.id = id;
  const describedBy = [];
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, labelText));
  if (hint) {
    const hid = `${id}-hint`;
    describedBy.push(hid);
    wrap.append(h('p', { class: 'hint', id: hid }, hint));
  }
  wrap.append(control);
  if (path) {
    control.dataset.field = path;
    const eid = `${id}-error`;
    describedBy.push(eid);
    wrap.append(h('p', { class: 'error', id: eid, hidden: true }));
  }
  if (describedBy.length) control.setAttribute('aria-describedby', describedBy.join(' '));
  return wrap;
}
function checkbox(labelText, checked, onchange, path) {
  const id = nextId('c');
  const input = h('input', { type: 'checkbox', id, checked, onchange: (e) => onchange(e.target.checked) });
  if (path) input.dataset.field = path;
  return h('div', { class: 'check' }, input, h('label', { for: id }, labelText));
}
/** Yes, no or not given, for a fact the case holds as a boolean that may be unknown. */
function yesNo(value, onchange) {
  const e = t().editor;
  const current = value === true ? 'yes' : value === false ? 'no' : '';
  return select(
    [
      ['', e.notGiven],
      ['yes', e.yes],
      ['no', e.no],
    ],
    current,
    (v) => onchange(v === 'yes' ? true : v === 'no' ? false : undefined),
  );
}

/**
 * A date as Swedes write it (2026-12-05), whatever the browser's locale: a native date field shows its
 * value in the browser's own format (mm/dd/yyyy in an American-English browser), so dates are text fields
 * held to ISO 8601, checked here before anything is sent (see the README, "Dates").
 */
function dateInput(value, oninput) {
  return h('input', {
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    spellcheck: 'false',
    pattern: '\\d{4}-\\d{2}-\\d{2}',
    maxlength: '10',
    size: '12',
    class: 'date',
    value: value ?? '',
    'data-iso-date': '',
    ...(oninput ? { oninput: (ev) => oninput(ev.target.value.trim()) } : {}),
  });
}
/** Why a date field's text is not a date (in the user's language), or null when it is one or is empty. */
function dateProblem(text) {
  const value = text.trim();
  if (!value) return null;
  const e = t().errors;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return e.dateFormat;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? e.dateInvalid : null;
}
/** The date fields of a form that do not hold a date, as errors on their fields (shown beside them). */
function dateErrors(container) {
  return [...container.querySelectorAll('input[data-iso-date]')].flatMap((input) => {
    const reason = dateProblem(input.value);
    return reason ? [{ field: input.dataset.field, reason }] : [];
  });
}

function select(options, value, onchange) {
  return h(
    'select',
    { onchange: (e) => onchange(e.target.value) },
    options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)),
  );
}
function problemBox(error) {
  const errs = error.problem?.errors ?? [];
  return h(
    'div',
    { class: 'alert', role: 'alert' },
    h('p', {}, error.problem?.title ? `${error.problem.title}. ` : '', error.message),
    errs.length
      ? h(
          'ul',
          {},
          errs.map((e) => h('li', {}, `${e.field}: ${e.reason}`)),
        )
      : null,
  );
}
/** Show each API error beside the control that fills its field; the rest in a box on top. */
function showFieldErrors(container, error) {
  for (const el of container.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of container.querySelectorAll('.error')) {
    el.hidden = true;
    el.textContent = '';
  }
  const unplaced = [];
  for (const e of error.problem?.errors ?? []) {
    // The register names fields inside the saved body (`case.flows[0].to`); the form names them in the case.
    const path = String(e.field).replace(/^case\./, '');
    const control = container.querySelector(`[data-field="${CSS.escape(path)}"]`);
    const slot = control && document.getElementById(`${control.id}-error`);
    if (control && slot) {
      control.setAttribute('aria-invalid', 'true');
      slot.hidden = false;
      slot.textContent = e.reason;
    } else unplaced.push(e);
  }
  return unplaced;
}

// ---------- pages ----------
const pages = {
  '': startPage,
  case: editorPage,
  questions: questionsPage,
  verdicts: verdictsPage,
  map: mapPage,
  documents: documentsPage,
  register: registerPage,
  'what-if': whatIfPage,
  'sign-in': signInPage,
};
const navOrder = [
  ['', 'start'],
  ['case', 'case'],
  ['questions', 'questions'],
  ['verdicts', 'verdicts'],
  ['map', 'map'],
  ['documents', 'documents'],
  ['register', 'register'],
  ['what-if', 'whatIf'],
];

function renderChrome(route) {
  document.documentElement.lang = lang;
  document.querySelector('.skip').textContent = t().skip;
  document.getElementById('foot-text').textContent = t().foot;
  const switcher = document.getElementById('lang-switch');
  switcher.textContent = t().langSwitch;
  switcher.lang = lang === 'sv' ? 'en' : 'sv';
  const signOut = document.getElementById('sign-out');
  signOut.textContent = t().signOut;
  signOut.hidden = !store.getItem(tokenKey);
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t().menu);
  nav.replaceChildren(
    h(
      'ul',
      {},
      navOrder.map(([path, key]) =>
        h(
          'li',
          {},
          h('a', { href: `#/${path}`, 'aria-current': path === route ? 'page' : null }, t().nav[key]),
        ),
      ),
    ),
  );
}

async function render() {
  const [route, ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  const page = pages[route] ?? startPage;
  renderChrome(route in pages ? route : '');
  const heading = t().nav[navOrder.find(([p]) => p === route)?.[1] ?? 'start'];
  document.title = route ? `${heading} – Tredjeland` : 'Tredjeland';
  // Each render writes into a fresh container: a slower render that a newer one overtook writes into a
  // container no longer on the page, and cannot overwrite it.
  const root = h('div', {}, h('p', {}, t().loading));
  delete document.body.dataset.ready;
  main().replaceChildren(root);
  try {
    await page(root, rest.map(decodeURIComponent));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return;
    root.replaceChildren(
      problemBox(error instanceof ApiError ? error : new ApiError(0, { detail: String(error) })),
    );
  }
  if (root.isConnected) {
    document.body.dataset.ready = route || 'start';
    // The benchmark reads this mark: the page drawn and its handlers bound.
    performance.mark(`tl-ready-${route || 'start'}`);
  }
}

/** Move focus to the page heading after navigation, so keyboard and screen-reader users land there. */
function focusHeading() {
  const h1 = main().querySelector('h1');
  if (h1) {
    h1.tabIndex = -1;
    h1.focus();
  }
}

function needCase(root) {
  if (hasCase()) return false;
  root.replaceChildren(
    h('h1', {}, t().nav.case),
    h('p', {}, t().errors.noCase),
    h('a', { class: 'button', href: '#/case' }, t().errors.goEditor),
  );
  return true;
}

// Start: the due list and the latest saved cases, or a note that the register is not there yet.
async function startPage(root) {
  const s = t().start;
  const body = [
    h('h1', {}, s.title),
    h('p', { class: 'lead' }, s.lead),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => newCase(false) }, s.newCase),
      h('button', { type: 'button', class: 'secondary', onclick: () => newCase(true) }, s.example),
      hasCase() ? h('a', { class: 'button secondary', href: '#/case' }, s.continue) : null,
    ),
  ];
  if (await routeAvailable('/v1/cases')) {
    const [due, recent] = await Promise.all([
      api('/v1/cases/due?within=90d').catch(() => ({ items: [] })),
      api('/v1/cases?pageSize=10').catch(() => ({ items: [] })),
    ]);
    body.push(h('h2', {}, s.due));
    body.push(
      due.items.length
        ? h(
            'ul',
            {},
            due.items.map((d) =>
              h(
                'li',
                {},
                h('a', { href: `#/register/${encodeURIComponent(d.caseId)}` }, d.title),
                ` – ${dateFmt(d.date)}: ${d.label ?? d.reason}`,
              ),
            ),
          )
        : h('p', {}, s.dueNone),
    );
    body.push(h('h2', {}, s.recent), casesTable(recent.items));
  } else {
    body.push(h('p', { class: 'note' }, s.registerMissing));
  }
  root.replaceChildren(...body);
}

function newCase(example) {
  if (hasCase() && !confirm(t().start.replaceDraft)) return;
  draft = emptyDraft();
  if (example) {
    const sv = lang === 'sv';
    Object.assign(draft, {
      title: sv ? 'Skolplattform med support i Indien' : 'School platform with support in India',
      parties: [
        { id: 'p1', name: 'Exempel kommun', country: 'SE', type: 'public-authority' },
        { id: 'p2', name: 'Skolplattform Inc.', country: 'US', type: 'company' },
        { id: 'p3', name: 'Helpdesk Services Pvt Ltd', country: 'IN', type: 'company' },
      ],
      flows: [
        { id: 'f1', from: 'p1', to: 'p2', fromRole: 'controller', toRole: 'processor', how: 'hosting' },
        { id: 'f2', from: 'p2', to: 'p3', fromRole: 'processor', toRole: 'processor', how: 'remote-access' },
      ],
    });
  }
  saveDraft();
  location.hash = '#/case';
}

// The case editor: parties and flows as forms; API errors appear beside their fields.
async function editorPage(root) {
  const e = t().editor;
  const list = await countryList();
  const countryOptions = [['', e.countryNone], ...list.map((c) => [c.code, c.name])];
  const partyOptions = () => [['', e.pickParty], ...draft.parties.map((p) => [p.id, p.name || p.id])];
  const form = h('form', { novalidate: true });
  const messages = h('div');

  const rebuild = () => {
    saveDraft();
    editorPage(root).then(() => {});
  };

  const general = h(
    'fieldset',
    {},
    h('legend', {}, e.title),
    h(
      'div',
      { class: 'grid' },
      field(
        e.caseTitle,
        h('input', {
          type: 'text',
          value: draft.title,
          required: true,
          oninput: (ev) => {
            draft.title = ev.target.value;
            saveDraft();
          },
        }),
        { field: 'title' },
      ),
      field(
        e.caseNumber,
        h('input', {
          type: 'text',
          value: draft.caseNumber,
          oninput: (ev) => {
            draft.caseNumber = ev.target.value;
            saveDraft();
          },
        }),
      ),
      field(
        e.asOf,
        dateInput(draft.asOf, (v) => {
          draft.asOf = v;
          saveDraft();
        }),
        { hint: e.asOfHint, field: 'asOf' },
      ),
    ),
  );

  const parties = draft.parties.map((p, i) => {
    const set = (k) => (v) => {
      if (v === '' || v === undefined) delete p[k];
      else p[k] = v;
      saveDraft();
    };
    const dpfBox =
      p.country === 'US'
        ? h(
            'fieldset',
            {},
            h('legend', {}, e.dpf),
            checkbox(e.dpfChecked, Boolean(p.dpf), (on) => {
              if (on) p.dpf = { active: false, hrData: false, nonHrData: false };
              else delete p.dpf;
              rebuild();
            }),
            p.dpf
              ? [
                  checkbox(
                    e.dpfActive,
                    p.dpf.active,
                    (v) => {
                      p.dpf.active = v;
                      saveDraft();
                    },
                    `parties[${i}].dpf.active`,
                  ),
                  checkbox(
                    e.dpfHr,
                    p.dpf.hrData,
                    (v) => {
                      p.dpf.hrData = v;
                      saveDraft();
                    },
                    `parties[${i}].dpf.hrData`,
                  ),
                  checkbox(
                    e.dpfNonHr,
                    p.dpf.nonHrData,
                    (v) => {
                      p.dpf.nonHrData = v;
                      saveDraft();
                    },
                    `parties[${i}].dpf.nonHrData`,
                  ),
                ]
              : null,
          )
        : null;
    const countrySelect = select(countryOptions, p.country ?? '', (v) => {
      set('country')(v);
      if (v !== 'US') delete p.dpf;
      rebuild();
    });
    return h(
      'fieldset',
      { id: `party-${p.id}` },
      h('legend', {}, `${e.party} ${i + 1}${p.name ? `: ${p.name}` : ''}`),
      h(
        'div',
        { class: 'grid' },
        field(
          e.name,
          h('input', {
            type: 'text',
            value: p.name,
            required: true,
            oninput: (ev) => set('name')(ev.target.value),
          }),
          { field: `parties[${i}].name` },
        ),
        field(e.country, countrySelect, { field: `parties[${i}].country` }),
        field(e.type, select(Object.entries(e.types), p.type, set('type')), { field: `parties[${i}].type` }),
      ),
      dpfBox,
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          onclick: () => {
            draft.parties.splice(i, 1);
            draft.flows = draft.flows.filter((f) => f.from !== p.id && f.to !== p.id);
            rebuild();
          },
        },
        e.removeParty,
        h('span', { class: 'visually-hidden' }, ` ${i + 1}`),
      ),
    );
  });

  const flows = draft.flows.map((f, i) => {
    const set = (k) => (v) => {
      if (v === '' || v === undefined) delete f[k];
      else f[k] = v;
      saveDraft();
    };
    draft.details.flows[f.id] ??= {};
    const details = draft.details.flows[f.id];
    const lines = (k) => (ev) => {
      const values = ev.target.value
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
      if (values.length) details[k] = values;
      else delete details[k];
      saveDraft();
    };
    return h(
      'fieldset',
      { id: `flow-${f.id}` },
      h('legend', {}, `${e.flow} ${f.id}`),
      h(
        'div',
        { class: 'grid' },
        field(e.from, select(partyOptions(), f.from, set('from')), { field: `flows[${i}].from` }),
        field(
          e.fromRole,
          select(
            ['controller', 'processor', 'data-subject'].map((r) => [r, e.roles[r]]),
            f.fromRole,
            set('fromRole'),
          ),
          { field: `flows[${i}].fromRole` },
        ),
        field(e.to, select(partyOptions(), f.to, set('to')), { field: `flows[${i}].to` }),
        field(
          e.toRole,
          select(
            ['controller', 'processor', 'joint-controller'].map((r) => [r, e.roles[r]]),
            f.toRole,
            set('toRole'),
          ),
          { field: `flows[${i}].toRole` },
        ),
        field(e.how, select(Object.entries(e.hows), f.how ?? '', set('how')), { field: `flows[${i}].how` }),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, e.facts),
        h(
          'div',
          { class: 'grid' },
          // Yes, no, or not given: "not given" leaves the fact out, and the engine asks instead of guessing.
          flowFacts.map((k) => field(e[k], yesNo(f[k], set(k)), { field: `flows[${i}].${k}` })),
        ),
      ),
      h(
        'div',
        { class: 'grid' },
        field(
          e.subjects,
          h('textarea', { oninput: lines('dataSubjects') }, (details.dataSubjects ?? []).join('\n')),
          { field: `details.flows.${f.id}.dataSubjects` },
        ),
        field(
          e.categories,
          h('textarea', { oninput: lines('dataCategories') }, (details.dataCategories ?? []).join('\n')),
          { hint: e.categoriesHint, field: `details.flows.${f.id}.dataCategories` },
        ),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          onclick: () => {
            draft.flows.splice(i, 1);
            rebuild();
          },
        },
        e.removeFlow,
        h('span', { class: 'visually-hidden' }, ` ${f.id}`),
      ),
    );
  });

  const addParty = () => {
    const n = Math.max(0, ...draft.parties.map((p) => Number(p.id.replace(/^p/, '')) || 0)) + 1;
    draft.parties.push({ id: `p${n}`, name: '', type: 'company' });
    saveDraft();
    editorPage(root).then(() => root.querySelector(`#party-p${n} input`)?.focus());
  };
  const addFlow = () => {
    const n = Math.max(0, ...draft.flows.map((f) => Number(f.id.replace(/^f/, '')) || 0)) + 1;
    draft.flows.push({ id: `f${n}`, from: '', to: '', fromRole: 'controller', toRole: 'processor' });
    saveDraft();
    editorPage(root).then(() => root.querySelector(`#flow-f${n} select`)?.focus());
  };

  const assess = async (ev) => {
    ev.preventDefault();
    messages.replaceChildren();
    const local = localErrors();
    if (local.length) {
      const err = new ApiError(400, { detail: e.errorsTitle, errors: local });
      const rest = showFieldErrors(form, err);
      messages.append(
        h(
          'div',
          { class: 'alert', role: 'alert' },
          h('p', {}, e.errorsTitle),
          rest.length
            ? h(
                'ul',
                {},
                rest.map((x) => h('li', {}, x.reason)),
              )
            : null,
        ),
      );
      form.querySelector('[aria-invalid=true]')?.focus();
      return;
    }
    try {
      await assessment('detail=summary');
      location.hash = '#/verdicts';
    } catch (error) {
      if (!(error instanceof ApiError) || error.status === 401) throw error;
      const rest = showFieldErrors(form, error);
      messages.append(
        h(
          'div',
          { class: 'alert', role: 'alert' },
          h('p', {}, error.message),
          rest.length
            ? h(
                'ul',
                {},
                rest.map((x) => h('li', {}, `${x.field}: ${x.reason}`)),
              )
            : null,
        ),
      );
      form.querySelector('[aria-invalid=true]')?.focus();
    }
  };

  form.append(
    general,
    h('h2', {}, e.parties),
    ...parties,
    h('button', { type: 'button', class: 'secondary', onclick: addParty }, e.addParty),
    h('h2', {}, e.flows),
    ...flows,
    h('button', { type: 'button', class: 'secondary', onclick: addFlow }, e.addFlow),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, e.assess), registerSaveButton(messages)),
  );
  form.addEventListener('submit', assess);
  root.replaceChildren(h('h1', {}, e.title), h('p', { class: 'lead' }, e.lead), messages, form);
  const target = sessionStorage.getItem('tl-focus');
  if (target) {
    sessionStorage.removeItem('tl-focus');
    const el = form.querySelector(`[data-field="${CSS.escape(target)}"]`);
    if (el) el.focus();
  }
}

/** The yes/no facts of a flow (src/domain/case.ts), each a field of its own in the editor. */
const flowFacts = [
  'hrData',
  'specialCategories',
  'personnummer',
  'children',
  'publicPowers',
  'occasional',
  'combinesWithEuData',
];

/** What the form itself can tell before asking the API: required fields left empty. */
function localErrors() {
  const e = t().editor;
  const errors = [];
  if (!hasCase()) errors.push({ field: 'parties', reason: e.noParties });
  if (!draft.title.trim()) errors.push({ field: 'title', reason: e.required });
  const asOfProblem = dateProblem(draft.asOf ?? '');
  if (asOfProblem) errors.push({ field: 'asOf', reason: asOfProblem });
  draft.parties.forEach((p, i) => {
    if (!p.name?.trim()) errors.push({ field: `parties[${i}].name`, reason: e.required });
    if (!p.country && p.type !== 'international-organisation')
      errors.push({ field: `parties[${i}].country`, reason: e.required });
  });
  draft.flows.forEach((f, i) => {
    if (!f.from) errors.push({ field: `flows[${i}].from`, reason: e.required });
    if (!f.to) errors.push({ field: `flows[${i}].to`, reason: e.required });
  });
  return errors;
}

function registerSaveButton(messages) {
  const button = h('button', { type: 'button', class: 'secondary', hidden: true }, t().editor.save);
  routeAvailable('/v1/cases').then((ok) => {
    button.hidden = !ok;
  });
  button.addEventListener('click', async () => {
    messages.replaceChildren();
    try {
      const saved = await saveToRegister();
      messages.append(
        h('p', { class: 'okbox', role: 'status' }, fill(t().editor.saved, { v: saved.version })),
      );
    } catch (error) {
      if (error.status === 412)
        messages.append(h('p', { class: 'alert', role: 'alert' }, t().editor.conflict));
      else {
        showFieldErrors(button.closest('form'), error);
        messages.append(problemBox(error));
      }
    }
  });
  return button;
}

function hasDetails() {
  const { parties = {}, flows = {} } = draft.details ?? {};
  return [...Object.values(parties), ...Object.values(flows)].some((d) => Object.keys(d).length > 0);
}

async function saveToRegister() {
  const body = {
    title: draft.title || 'Utan titel',
    ...(draft.caseNumber ? { caseNumber: draft.caseNumber } : {}),
    case: hasDetails() ? { ...caseBody(), details: draft.details } : caseBody(),
  };
  const reg = draft.register;
  const res = reg
    ? await api(`/v1/cases/${encodeURIComponent(reg.id)}`, {
        method: 'PUT',
        body,
        headers: { 'if-match': reg.etag },
        raw: true,
      })
    : await api('/v1/cases', { method: 'POST', body, raw: true });
  const saved = await res.json();
  draft.register = { id: saved.id, etag: res.headers.get('etag') ?? saved.etag, version: saved.version };
  saveDraft();
  return saved;
}

// Guided questions: the next question of the case (the interview route when the service has it, else the
// open questions the assessment names), answered into the case field it names.
async function questionsPage(root) {
  if (needCase(root)) return;
  const q = t().questions;
  const next = await nextQuestion();
  const parts = [h('h1', {}, q.title), h('p', { class: 'lead' }, q.lead)];
  if (!next) {
    parts.push(
      h('p', { class: 'okbox' }, q.none),
      h('a', { class: 'button', href: '#/verdicts' }, t().nav.verdicts),
    );
  } else {
    parts.push(h('p', {}, fill(q.remaining, { n: next.remaining })));
    parts.push(questionForm(next, root));
  }
  if (draft.answered.length) {
    parts.push(
      h('h2', {}, q.answered),
      h(
        'ul',
        { class: 'answered' },
        draft.answered.map((a, i) =>
          h(
            'li',
            {},
            `${a.text} – `,
            h('strong', {}, a.label),
            ' ',
            h(
              'button',
              {
                type: 'button',
                class: 'secondary',
                onclick: () => {
                  unsetPath(a.field);
                  draft.answered.splice(i, 1);
                  saveDraft();
                  questionsPage(root).then(focusHeading);
                },
              },
              q.change,
              h('span', { class: 'visually-hidden' }, `: ${a.text}`),
            ),
          ),
        ),
      ),
    );
  }
  root.replaceChildren(...parts);
}

async function nextQuestion() {
  if (await routeAvailable('/v1/interview')) {
    const answer = await api('/v1/interview?shape=lean', { method: 'POST', body: caseBody() });
    if (!answer.next) return null;
    return {
      ...answer.next,
      cites: answer.next.sources ?? [],
      remaining: answer.remaining ?? 1,
      native: true,
    };
  }
  const a = await assessment();
  const open = [];
  const seen = new Set();
  const add = (q) => {
    if (q.field && !seen.has(q.field)) {
      seen.add(q.field);
      open.push(q);
    }
  };
  // The engine's questions first (they decide whether there is a transfer at all), then the TIA's.
  for (const f of a.flows) {
    for (const oq of f.openQuestions) {
      add({
        field: oq.field,
        flowId: f.id,
        text: oq.question,
        help: oq.help,
        choices: oq.choices,
        cites: oq.cites,
      });
    }
  }
  for (const f of a.flows) {
    for (const tq of f.tia?.openQuestions ?? []) {
      const topic = /\.guarantees\.([ABCD])$/.exec(tq.field ?? '')?.[1];
      const profile = a.lawProfiles?.[f.tia?.laws?.profile];
      add({
        field: tq.field,
        flowId: f.id,
        text: tq.text,
        help: tq.help,
        choices: tq.choices,
        cites: tq.cites,
        topic,
        profile,
      });
    }
  }
  return open.length ? { ...open[0], remaining: open.length } : null;
}

/** The interview route, when the service has it (POST only: probe with an empty case). */
let interviewProbe;
function interviewAvailable() {
  interviewProbe ??= api('/v1/interview', { method: 'POST', body: {} })
    .then(() => true)
    .catch((e) => {
      if (e.status === 401) {
        interviewProbe = undefined;
        throw e;
      }
      return e.status !== 404 && e.status !== 405 && e.status !== 0;
    });
  return interviewProbe;
}
function interviewPath() {
  const skip = (draft.skipped ?? []).map((f) => `skip=${encodeURIComponent(f)}`).join('&');
  return `/v1/interview?shape=lean${skip ? `&${skip}` : ''}`;
}
function interviewBody() {
  return hasDetails() ? { ...caseBody(), details: draft.details } : caseBody();
}

/**
 * The value a choice puts in the case. The interview route answers in field values; the assessment's
 * open questions answer yes/no, which the case holds as booleans (and `gdprBasis` as `none`).
 */
function valueFor(question, value) {
  if (question.native) return value;
  if (value === 'yes') return true;
  if (value === 'no') return question.field.endsWith('.gdprBasis') ? 'none' : false;
  return value;
}

/**
 * The control for a question's kind: choices as radio buttons, text, lines, numbers, dates, countries.
 * Kinds that need a whole form (parties, flows, people, measures) are filled in the editor.
 */
function answerControl(question, name) {
  const kind = question.kind ?? 'choice';
  if ((kind === 'choice' || kind === 'boolean') && question.choices?.length) {
    const radios = question.choices.map((c, i) => {
      const id = `${name}-${i}`;
      return h(
        'div',
        { class: 'check' },
        h('input', { type: 'radio', name, id, value: String(i) }),
        h('label', { for: id }, c.label),
      );
    });
    return {
      element: radios,
      read: (form) => {
        const picked = form.querySelector(`input[name="${name}"]:checked`);
        if (!picked) return undefined;
        const choice = question.choices[Number(picked.value)];
        return { value: valueFor(question, choice.value), label: choice.label };
      },
    };
  }
  const id = `${name}-input`;
  const labelled = (control) => [h('label', { for: id, class: 'visually-hidden' }, question.text), control];
  if (kind === 'text' || kind === 'number' || kind === 'date') {
    const input = h('input', { id, type: kind === 'text' ? 'text' : kind, value: question.example ?? '' });
    if (kind === 'text') input.value = '';
    return {
      element: labelled(input),
      read: () => {
        if (input.value.trim() === '') return undefined;
        const value = kind === 'number' ? Number(input.value) : input.value.trim();
        return { value, label: input.value.trim() };
      },
    };
  }
  if (kind === 'texts') {
    const area = h('textarea', { id });
    return {
      element: [...labelled(area), h('p', { class: 'hint' }, t().questions.oneALine)],
      read: () => {
        const lines = area.value
          .split('\n')
          .map((x) => x.trim())
          .filter(Boolean);
        return lines.length ? { value: lines, label: lines.join(', ') } : undefined;
      },
    };
  }
  if (kind === 'country') {
    const sel = h('select', { id }, h('option', { value: '' }, t().editor.countryNone));
    countryList().then((list) => sel.append(...list.map((c) => h('option', { value: c.code }, c.name))));
    return {
      element: labelled(sel),
      read: () =>
        sel.value ? { value: sel.value, label: sel.selectedOptions[0]?.textContent ?? sel.value } : undefined,
    };
  }
  return {
    element: h(
      'p',
      {},
      t().questions.inEditor,
      ' ',
      h(
        'a',
        { href: '#/case', onclick: () => sessionStorage.setItem('tl-focus', question.field) },
        t().errors.goEditor,
      ),
    ),
    read: () => undefined,
    editorOnly: true,
  };
}

function questionForm(question, root) {
  const q = t().questions;
  const name = nextId('q');
  const error = h('p', { class: 'error', id: `${name}-error`, hidden: true });
  const control = answerControl(question, name);
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h(
      'fieldset',
      { 'aria-describedby': `${name}-error` },
      h('legend', {}, question.text),
      question.flowId ? h('p', { class: 'hint' }, fill(q.forFlow, { f: question.flowId })) : null,
      question.help ? h('p', {}, question.help) : null,
      control.element,
      error,
    ),
    findingsFor(question),
    question.cites?.length
      ? h(
          'details',
          {},
          h('summary', {}, q.sources),
          h(
            'ol',
            { class: 'sources' },
            question.cites.map((c) =>
              h('li', {}, typeof c === 'string' ? c : (c.title ?? JSON.stringify(c))),
            ),
          ),
        )
      : null,
    h(
      'div',
      { class: 'actions' },
      control.editorOnly ? null : h('button', { type: 'submit' }, q.answer),
      question.native
        ? h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              onclick: () => {
                draft.skipped = [...(draft.skipped ?? []), question.field];
                saveDraft();
                questionsPage(root).then(() =>
                  root.querySelector('form input, form select, form textarea')?.focus(),
                );
              },
            },
            q.skip,
          )
        : null,
    ),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const answer = control.read(form);
    if (!answer) {
      error.hidden = false;
      error.textContent = q.pick;
      form.querySelector('input, select, textarea')?.focus();
      return;
    }
    setPath(question.field, answer.value);
    draft.answered.push({ field: question.field, text: question.text, label: answer.label });
    saveDraft();
    try {
      if (question.native) await api(interviewPath(), { method: 'POST', body: interviewBody() });
      else await assessment('detail=summary');
    } catch (e) {
      // The answer did not fit the case: take it back and say why, beside the question.
      unsetPath(question.field);
      draft.answered.pop();
      saveDraft();
      error.hidden = false;
      error.textContent = e.problem?.errors?.map((x) => `${x.field}: ${x.reason}`).join('; ') || e.message;
      return;
    }
    announce(`${question.text} ${answer.label}`);
    await questionsPage(root);
    root.querySelector('form input, form select, form textarea')?.focus();
  });
  return form;
}

/** Beside a TIA guarantee question: what the destination's law profile says on the same guarantee. */
function findingsFor(question) {
  let title = t().questions.findings;
  let statements = question.findings ?? [];
  if (!statements.length && question.profile && question.topic) {
    title = `${title}: ${question.profile.title}`;
    statements = question.profile.statements.filter((s) => s.topic === question.topic);
  }
  if (!statements.length) return null;
  return h(
    'details',
    { open: true },
    h('summary', {}, title),
    h(
      'ul',
      {},
      statements.map((s) =>
        h(
          'li',
          {},
          s.law ? `${s.law}: ` : '',
          s.text,
          s.confidence === 'unconfirmed' ? h('em', {}, ` (${t().questions.unconfirmed})`) : null,
        ),
      ),
    ),
  );
}

function pathParts(path) {
  return path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '');
}
function setPath(path, value) {
  const parts = pathParts(path);
  let node = draft;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i];
    node[k] ??= /^\d+$/.test(parts[i + 1]) ? [] : {};
    node = node[k];
  }
  node[parts.at(-1)] = value;
}
function unsetPath(path) {
  const parts = pathParts(path);
  let node = draft;
  for (const k of parts.slice(0, -1)) {
    node = node?.[k];
    if (!node) return;
  }
  delete node[parts.at(-1)];
}

// Verdicts: one card per flow; warnings needing review set apart; the trail collapsed.
async function verdictsPage(root) {
  if (needCase(root)) return;
  const v = t().verdicts;
  const a = await assessment();
  const cards = a.flows.map((f) => {
    const review = f.warnings.filter((w) => w.review);
    const other = f.warnings.filter((w) => !w.review);
    const footClass = {
      adequacy: 'f-adequacy',
      scc: 'f-scc',
      none: f.kind === 'not-a-transfer' ? 'f-not' : 'f-none',
      unresolved: 'f-unresolved',
    }[f.mechanism];
    return h(
      'section',
      { class: 'card', 'aria-labelledby': `v-${f.id}` },
      h(
        'h2',
        { id: `v-${f.id}` },
        `${t().map.flow} ${f.id}: ${f.exporter?.name ?? '?'} → ${f.importer?.name ?? '?'}`,
      ),
      h(
        'dl',
        {},
        h('dt', {}, v.kind),
        h('dd', {}, v.kinds[f.kind] ?? f.kind),
        h('dt', {}, v.mechanism),
        h(
          'dd',
          {},
          // An onward transfer rests on the instrument of the transfer it continues, not on no footing.
          f.kind === 'onward-transfer'
            ? h(
                'span',
                { class: 'badge f-scc' },
                fill(v.onwardFooting, { f: (f.continues?.flows ?? f.originatingFlows ?? []).join(', ') }),
              )
            : h('span', { class: `badge ${footClass}` }, v.mechanisms[f.mechanism] ?? f.mechanism),
          f.scc ? ` – ${fill(v.module, { m: f.scc.module })}` : null,
        ),
        f.adequacy
          ? [
              h('dt', {}, v.adequacyDecision),
              h('dd', {}, h('span', {}, f.adequacy.title), h('br'), f.adequacy.reason),
            ]
          : null,
        f.tia ? [h('dt', {}, v.tiaLabel), h('dd', {}, v.tiaStatus[f.tia.status] ?? f.tia.status)] : null,
      ),
      review.length
        ? [
            h('h3', {}, v.review),
            review.map((w) => h('p', { class: 'review' }, h('strong', {}, `${v.review}: `), w.message)),
          ]
        : null,
      f.openQuestions.length || f.tia?.openQuestions?.length
        ? [
            h('h3', {}, v.open),
            h(
              'ul',
              {},
              [...f.openQuestions.map((q) => q.question), ...(f.tia?.openQuestions ?? []).map((q) => q.text)]
                .slice(0, 5)
                .map((q) => h('li', {}, q)),
            ),
            h('a', { class: 'button', href: '#/questions' }, v.goQuestions),
          ]
        : null,
      f.scc?.choices?.length
        ? [
            h('h3', {}, v.choices),
            h(
              'ul',
              {},
              f.scc.choices.map((c) => h('li', {}, h('strong', {}, `${c.clause}: `), c.text)),
            ),
          ]
        : null,
      f.alternatives.length
        ? [
            h('h3', {}, v.alternatives),
            h(
              'ul',
              {},
              f.alternatives.map((x) => h('li', {}, v.alternativeNames[x] ?? x)),
            ),
          ]
        : null,
      f.derogations.length
        ? [
            h('h3', {}, v.derogations),
            h(
              'p',
              {},
              f.derogations
                .map((d) =>
                  d === '49-1-second'
                    ? lang === 'sv'
                      ? 'artikel 49.1 andra stycket'
                      : 'Art. 49(1), second subparagraph'
                    : `${lang === 'sv' ? 'artikel 49.1' : 'Art. 49(1)'} ${d.slice(-1)}`,
                )
                .join(', '),
            ),
          ]
        : null,
      f.obligations.length
        ? [
            h('h3', {}, v.obligations),
            h(
              'ul',
              {},
              f.obligations.map((x) => h('li', {}, v.obligationNames[x] ?? x)),
            ),
          ]
        : null,
      other.length ? [h('h3', {}, v.warnings), other.map((w) => h('p', { class: 'note' }, w.message))] : null,
      h(
        'details',
        {},
        h('summary', {}, v.trail),
        h(
          'ol',
          {},
          f.trail.map((s) =>
            h(
              'li',
              {},
              h('strong', {}, s.question),
              ' ',
              s.answer,
              s.by ? h('span', { class: 'hint' }, ` (${fill(v.by, { b: s.by })})`) : null,
              s.cites.length
                ? h(
                    'ul',
                    { class: 'sources' },
                    s.cites.map((c) => h('li', {}, c)),
                  )
                : null,
            ),
          ),
        ),
      ),
    );
  });
  // What the case merely assumes is said once for the case, below the flows' verdicts.
  const assumed = a.assumptions?.length
    ? h(
        'section',
        { class: 'assumptions', 'aria-labelledby': 'v-assumed' },
        h('h2', { id: 'v-assumed' }, v.assumed),
        h('p', {}, v.assumedLead),
        h(
          'ul',
          {},
          a.assumptions.map((x) =>
            h(
              'li',
              {},
              x.message,
              h(
                'span',
                { class: 'hint' },
                ` (${fill(x.flows.length === 1 ? v.assumedFlow : v.assumedFlows, { f: x.flows.join(', ') })})`,
              ),
            ),
          ),
        ),
      )
    : null;
  root.replaceChildren(
    h('h1', {}, v.title),
    h('p', { class: 'lead' }, v.lead),
    h('p', {}, fill(v.asOf, { d: dateFmt(a.asOf) })),
    ...cards,
    ...(assumed ? [assumed] : []),
    h('p', { class: 'hint' }, fill(v.dataVersion, { v: a.dataVersion })),
  );
}

// The transfer map: the SVG the API draws, inlined so its title and description reach screen readers,
// and the same facts as a table.
async function mapPage(root) {
  if (needCase(root)) return;
  const m = t().map;
  const [res, a] = await Promise.all([
    api('/v1/map', { method: 'POST', body: caseBody(), headers: { accept: 'image/svg+xml' }, raw: true }),
    assessment('detail=summary'),
  ]);
  const svgText = await res.text();
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const figure = h('figure', { class: 'map' }, document.importNode(doc.documentElement, true));
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  const names = Object.fromEntries(draft.parties.map((p) => [p.id, p.name]));
  const v = t().verdicts;
  root.replaceChildren(
    h('h1', {}, m.title),
    h('p', { class: 'lead' }, m.lead),
    figure,
    h(
      'div',
      { class: 'actions' },
      h(
        'a',
        {
          class: 'button secondary',
          href: url,
          download: lang === 'sv' ? 'overforingskarta.svg' : 'transfer-map.svg',
        },
        m.download,
      ),
    ),
    h('h2', {}, m.text),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [m.flow, m.from, m.to, m.footing].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        a.flows.map((f, i) => {
          const flow = draft.flows[i];
          const footing =
            f.kind === 'onward-transfer'
              ? `${v.kinds['onward-transfer']}${f.originatingFlows?.length ? ` (${f.originatingFlows.join(', ')})` : ''}`
              : f.kind === 'not-a-transfer'
                ? v.kinds['not-a-transfer']
                : `${v.mechanisms[f.mechanism]}${f.scc ? ` – ${fill(v.module, { m: f.scc.module })}` : ''}`;
          return h(
            'tr',
            {},
            h('td', {}, f.id),
            h('td', {}, names[flow?.from] ?? ''),
            h('td', {}, names[flow?.to] ?? ''),
            h('td', {}, footing),
          );
        }),
      ),
    ),
  );
}

// Documents: draft a kind or the bundle, download it, and list the placeholders still to fill.
async function documentsPage(root) {
  if (needCase(root)) return;
  const d = t().documents;
  const docLang = h(
    'select',
    {},
    [
      ['sv', 'Svenska'],
      ['en', 'English'],
    ].map(([v, l]) => h('option', { value: v, selected: v === lang }, l)),
  );
  const output = h('div', { 'aria-live': 'polite' });
  const buttons = Object.entries(d.kinds).map(([kind, label]) =>
    h(
      'button',
      {
        type: 'button',
        class: kind === 'bundle' ? '' : 'secondary',
        onclick: () => draftDocument(kind, docLang.value, output),
      },
      `${d.draft}: ${label}`,
    ),
  );
  root.replaceChildren(
    h('h1', {}, d.title),
    h('p', { class: 'lead' }, d.lead),
    field(d.language, docLang),
    h('div', { class: 'actions' }, buttons),
    output,
  );
}

function base64Bytes(text) {
  const bin = atob(text);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

async function draftDocument(kind, docLang, output) {
  const d = t().documents;
  output.replaceChildren(h('p', {}, t().loading));
  const body = { case: caseBody(), details: draft.details };
  let answer;
  try {
    const token = store.getItem(tokenKey);
    const res = await fetch(`/v1/documents/${kind}?lang=${docLang}&format=json`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    answer = await res.json();
    if (!res.ok) throw new ApiError(res.status, answer);
  } catch (error) {
    output.replaceChildren(
      error.status === 422
        ? h('p', { class: 'note' }, d.notApplicable, ' ', error.message)
        : problemBox(error),
    );
    return;
  }
  const files = [];
  if (answer.bundle)
    files.push({
      fileName: answer.bundle.fileName,
      contentType: 'application/zip',
      content: answer.bundle.content,
    });
  if (kind === 'bundle' && !answer.bundle) {
    // The JSON form lists each document; the zip itself comes from the plain request.
    const token = store.getItem(tokenKey);
    const res = await fetch(`/v1/documents/bundle?lang=${docLang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const disposition = res.headers.get('content-disposition') ?? '';
    const name =
      decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '') || 'tredjeland.zip';
    files.push({ fileName: name, blob: await res.blob() });
  } else if (kind !== 'bundle') {
    for (const doc of answer.documents) files.push(doc);
  }
  const links = files.map((f) => {
    const blob = f.blob ?? new Blob([base64Bytes(f.content)], { type: f.contentType });
    f.blob = blob;
    return h(
      'li',
      {},
      h('a', { href: URL.createObjectURL(blob), download: f.fileName, class: 'download' }, f.fileName),
    );
  });
  // What is still to fill: the interview names each missing fact's field (linked to where it is filled);
  // without it, the documents' own placeholder texts.
  const missing = (await interviewAvailable())
    ? ((await api(interviewPath(), { method: 'POST', body: interviewBody() }).catch(() => null))?.documents
        ?.missing ?? [])
    : answer.documents.flatMap((doc) =>
        (doc.placeholders ?? []).map((text) => ({ label: text, doc: doc.title })),
      );
  // Grouped by document (the interview's list is one group), each group a heading and its list.
  const groups = new Map();
  for (const m of missing) groups.set(m.doc ?? '', [...(groups.get(m.doc ?? '') ?? []), m]);
  output.replaceChildren(
    ...[
      h('ul', {}, links),
      h('h2', {}, fill(d.placeholders, { n: missing.length })),
      missing.length
        ? [...groups].map(([doc, items]) => [
            doc ? h('h3', {}, doc) : null,
            h(
              'ul',
              {},
              items.map((m) => h('li', {}, m.label ?? m.field, fillLink(m.field))),
            ),
          ])
        : h('p', {}, d.noPlaceholders),
      draft.register ? h('h2', {}, d.fileTitle) : null,
      files.map((f) => fileButton(kind, docLang, output, f)),
    ]
      .flat(2)
      .filter(Boolean),
  );
  links[0]?.querySelector('a')?.click();
  announce(fill(d.downloaded, { f: files.map((f) => f.fileName).join(', ') }));
}

/** A link from a missing fact to where it is filled: its editor field, else the guided questions. */
function fillLink(path) {
  if (!path) return null;
  const inEditor =
    /^details\.flows\.[^.]+\.(dataCategories|dataSubjects)$/.test(path) ||
    /^parties\[\d+\]\.(name|country|type)$/.test(path) ||
    new RegExp(`^flows\\[\\d+\\]\\.(from|to|fromRole|toRole|how|${flowFacts.join('|')})$`).test(path);
  const d = t().documents;
  return [
    ' – ',
    inEditor
      ? h('a', { href: '#/case', onclick: () => sessionStorage.setItem('tl-focus', path) }, d.edit)
      : h('a', { href: '#/questions' }, d.answer),
  ];
}

/** Files one drafted file with the case's latest saved version; the register then lists it with the case. */
function fileButton(kind, docLang, output, file) {
  if (!draft.register || !file) return null;
  const d = t().documents;
  const status = h('span', { role: 'status' });
  const button = h(
    'button',
    { type: 'button', class: 'secondary' },
    d.file,
    h('span', { class: 'visually-hidden' }, `: ${file.fileName}`),
  );
  button.addEventListener('click', async () => {
    status.replaceChildren();
    try {
      const bytes = new Uint8Array(await file.blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      await api(`/v1/cases/${encodeURIComponent(draft.register.id)}/documents`, {
        method: 'POST',
        body: {
          kind,
          lang: docLang,
          filename: file.fileName,
          contentType: file.blob.type || undefined,
          contentBase64: btoa(binary),
        },
      });
      button.disabled = true;
      status.append(
        h('span', { class: 'okbox' }, fill(d.filed, { f: file.fileName }), ' '),
        h('a', { href: `#/register/${encodeURIComponent(draft.register.id)}` }, d.seeFiled),
      );
    } catch (error) {
      if (error.status === 401) throw error;
      output.append(problemBox(error));
    }
  });
  return h('p', { class: 'file-row' }, button, ' ', status);
}

/** The documents filed with a saved case (the register's list, no bytes), each to download on demand. */
async function filedDocuments(caseId) {
  const r = t().register;
  const list = await api(`/v1/cases/${encodeURIComponent(caseId)}/documents`).catch(() => null);
  const items = list?.items ?? [];
  if (!items.length) return [h('h2', {}, r.filed), h('p', {}, r.noFiled)];
  const kinds = t().documents.kinds;
  const download = (doc) => {
    const button = h(
      'button',
      { type: 'button', class: 'secondary' },
      r.download,
      h('span', { class: 'visually-hidden' }, `: ${doc.filename}`),
    );
    button.addEventListener('click', async () => {
      const res = await api(
        `/v1/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(doc.id)}`,
        { raw: true },
      );
      const link = h('a', { href: URL.createObjectURL(await res.blob()), download: doc.filename });
      link.click();
      announce(fill(t().documents.downloaded, { f: doc.filename }));
    });
    return button;
  };
  return [
    h('h2', {}, r.filed),
    h(
      'table',
      {},
      h('caption', { class: 'visually-hidden' }, r.filed),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [r.filedColumns.file, r.filedColumns.kind, r.filedColumns.version, r.filedColumns.filedAt, ''].map(
            (c) => h('th', { scope: 'col' }, c),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        items.map((doc) =>
          h(
            'tr',
            {},
            h('td', {}, doc.filename),
            h('td', {}, `${kinds[doc.kind] ?? doc.kind} (${r.langs[doc.lang] ?? doc.lang})`),
            h('td', {}, String(doc.version)),
            h('td', {}, `${dateFmt(doc.filedAt)}${doc.filedBy ? `, ${doc.filedBy}` : ''}`),
            h('td', {}, download(doc)),
          ),
        ),
      ),
    ),
  ];
}

// The register: search and filter, a case with its history.
function casesTable(items) {
  const c = t().register.columns;
  if (!items?.length) return h('p', {}, t().register.none);
  return h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        [c.title, c.caseNumber, c.flows, c.savedAt].map((x) => h('th', { scope: 'col' }, x)),
      ),
    ),
    h(
      'tbody',
      {},
      items.map((item) =>
        h(
          'tr',
          {},
          h('td', {}, h('a', { href: `#/register/${encodeURIComponent(item.id)}` }, item.title)),
          h('td', {}, item.caseNumber ?? ''),
          h(
            'td',
            {},
            (item.flows ?? [])
              .map(
                (f) =>
                  `${f.id}: ${t().verdicts.mechanisms[f.mechanism] ?? f.mechanism}${f.module ? ` (${fill(t().verdicts.module, { m: f.module })})` : ''}`,
              )
              .join('; '),
          ),
          h('td', {}, dateFmt(item.savedAt)),
        ),
      ),
    ),
  );
}

async function registerPage(root, [id]) {
  const r = t().register;
  if (!(await routeAvailable('/v1/cases'))) {
    root.replaceChildren(h('h1', {}, r.title), h('p', { class: 'note' }, t().start.registerMissing));
    return;
  }
  if (id) return registerCasePage(root, id);
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const list = await countryList();
  const q = h('input', { type: 'search', name: 'q', value: params.get('q') ?? '' });
  const country = select(
    [['', r.any], ...list.map((c) => [c.code, c.name])],
    params.get('country') ?? '',
    () => {},
  );
  const mechanism = select(
    [['', r.any], ...Object.entries(t().verdicts.mechanisms)],
    params.get('mechanism') ?? '',
    () => {},
  );
  const openTia = h('input', {
    type: 'checkbox',
    id: nextId('c'),
    checked: params.get('openTia') === 'true',
  });
  const dueBefore = dateInput(params.get('dueBefore'));
  const results = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { role: 'search', class: 'card', novalidate: true },
    h(
      'div',
      { class: 'grid' },
      field(r.q, q),
      field(r.country, country),
      field(r.mechanism, mechanism),
      field(r.dueBefore, dueBefore, { hint: t().errors.dateHint, field: 'dueBefore' }),
    ),
    h('div', { class: 'check' }, openTia, h('label', { for: openTia.id }, r.openTia)),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, r.search)),
  );
  const search = async () => {
    const query = new URLSearchParams();
    if (q.value) query.set('q', q.value);
    if (country.value) query.set('country', country.value);
    if (mechanism.value) query.set('mechanism', mechanism.value);
    if (openTia.checked) query.set('openTia', 'true');
    if (dueBefore.value) query.set('dueBefore', dueBefore.value);
    const answer = await api(`/v1/cases?${query}`);
    results.replaceChildren(h('p', {}, fill(r.total, { n: answer.total })), casesTable(answer.items));
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const wrong = dateErrors(form);
    showFieldErrors(form, new ApiError(400, { errors: wrong }));
    if (wrong.length) {
      form.querySelector('[aria-invalid=true]')?.focus();
      return;
    }
    search().catch((e) => results.replaceChildren(problemBox(e)));
  });
  root.replaceChildren(h('h1', {}, r.title), h('p', { class: 'lead' }, r.lead), form, results);
  await search();
}

async function registerCasePage(root, id) {
  const r = t().register;
  const res = await api(`/v1/cases/${encodeURIComponent(id)}`, { raw: true });
  const saved = await res.json();
  const history = await api(`/v1/cases/${encodeURIComponent(id)}/history`).catch(() => null);
  const open = () => {
    const c = saved.case ?? {};
    draft = {
      ...emptyDraft(),
      title: saved.title ?? '',
      caseNumber: saved.caseNumber ?? '',
      asOf: c.asOf ?? '',
      parties: c.parties ?? [],
      flows: c.flows ?? [],
      details: { parties: {}, flows: {}, ...(c.details ?? {}) },
      register: { id: saved.id, etag: res.headers.get('etag') ?? saved.etag, version: saved.version },
    };
    saveDraft();
    location.hash = '#/case';
  };
  const versions = history?.items ?? history?.versions ?? [];
  root.replaceChildren(
    h('h1', {}, saved.title),
    h(
      'p',
      {},
      [saved.caseNumber, fill(r.version, { v: saved.version }), dateFmt(saved.savedAt), saved.savedBy]
        .filter(Boolean)
        .join(' · '),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: open }, r.open)),
    h('h2', {}, r.history),
    versions.length
      ? h(
          'ul',
          {},
          versions.map((v) =>
            h(
              'li',
              {},
              `${fill(r.version, { v: v.version })} – ${dateFmt(v.savedAt)}${v.savedBy ? `, ${v.savedBy}` : ''}`,
            ),
          ),
        )
      : h('p', {}, '–'),
    ...(await filedDocuments(id)),
  );
}

// What if: the register's re-assessment under a scenario, and the flows it hits.
async function whatIfPage(root) {
  const w = t().whatIf;
  if (!(await routeAvailable('/v1/cases'))) {
    root.replaceChildren(h('h1', {}, w.title), h('p', { class: 'note' }, t().start.registerMissing));
    return;
  }
  const today = new Date().toISOString().slice(0, 10);
  const asOf = dateInput(today);
  asOf.required = true;
  const falls = h('input', { type: 'checkbox', id: nextId('c'), checked: true });
  const from = dateInput(today);
  const output = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    field(w.asOf, asOf, { hint: t().errors.dateHint, field: 'asOf' }),
    h(
      'fieldset',
      {},
      h('legend', {}, w.scenario),
      h('div', { class: 'check' }, falls, h('label', { for: falls.id }, w.dpfFalls)),
      field(w.from, from, { hint: t().errors.dateHint, field: 'scenario.adequacyEnded[0].from' }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, w.run)),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const wrong = dateErrors(form);
    if (!asOf.value.trim()) wrong.unshift({ field: 'asOf', reason: t().editor.required });
    showFieldErrors(form, new ApiError(400, { errors: wrong }));
    if (wrong.length) {
      form.querySelector('[aria-invalid=true]')?.focus();
      return;
    }
    const body = { asOf: asOf.value.trim() };
    if (falls.checked) {
      body.scenario = {
        name: w.dpfFalls,
        adequacyEnded: [{ decision: '2023-1795', from: from.value.trim() || body.asOf }],
      };
    }
    output.replaceChildren(h('p', {}, t().loading));
    try {
      const answer = await api('/v1/cases/reassess', { method: 'POST', body });
      showFieldErrors(form, new ApiError(200, {}));
      const hits = answer.cases.flatMap((c) =>
        c.flows.filter((f) => f.changed).map((f) => ({ ...f, caseId: c.caseId, title: c.title })),
      );
      const v = t().verdicts;
      const label = (x) =>
        x
          ? [
              v.kinds[x.kind] ?? x.kind,
              v.mechanisms[x.mechanism] ?? x.mechanism,
              x.module ? fill(v.module, { m: x.module }) : null,
            ]
              .filter(Boolean)
              .join(', ')
          : '–';
      output.replaceChildren(
        h('h2', {}, w.hits),
        hits.length
          ? h(
              'table',
              {},
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  [t().register.columns.title, t().map.flow, w.before, w.after].map((c) =>
                    h('th', { scope: 'col' }, c),
                  ),
                ),
              ),
              h(
                'tbody',
                {},
                hits.map((x) =>
                  h(
                    'tr',
                    {},
                    h('td', {}, h('a', { href: `#/register/${encodeURIComponent(x.caseId)}` }, x.title)),
                    h('td', {}, x.flowId),
                    h('td', {}, label(x.before)),
                    h('td', {}, label(x.after)),
                  ),
                ),
              ),
            )
          : h('p', {}, w.noHits),
      );
    } catch (error) {
      if (error.status === 401) throw error;
      showFieldErrors(form, error);
      output.replaceChildren(problemBox(error));
    }
  });
  root.replaceChildren(h('h1', {}, w.title), h('p', { class: 'lead' }, w.lead), form, output);
}

// Sign-in: a bearer token kept in this tab's session storage only.
async function signInPage(root) {
  const s = t().signIn;
  const token = h('input', { type: 'password', autocomplete: 'off', required: true });
  const error = h('p', { class: 'error', hidden: true, role: 'alert' });
  const form = h(
    'form',
    { class: 'card' },
    field(s.token, token),
    error,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, s.submit)),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const res = await fetch(`/v1/meta?lang=${lang}`, { headers: { authorization: `Bearer ${token.value}` } });
    if (!res.ok) {
      error.hidden = false;
      error.textContent = s.wrong;
      token.setAttribute('aria-invalid', 'true');
      token.focus();
      return;
    }
    store.setItem(tokenKey, token.value);
    available.clear();
    location.hash = store.getItem('tl-after-sign-in') || '#/';
    store.removeItem('tl-after-sign-in');
  });
  root.replaceChildren(h('h1', {}, s.title), h('p', { class: 'lead' }, s.lead), form);
}

// ---------- start ----------
document.getElementById('lang-switch').addEventListener('click', () => {
  lang = lang === 'sv' ? 'en' : 'sv';
  localStorage.setItem(langKey, lang);
  render().then(() => document.getElementById('lang-switch').focus());
});
document.getElementById('sign-out').addEventListener('click', () => {
  store.removeItem(tokenKey);
  available.clear();
  location.hash = '#/sign-in';
});
window.addEventListener('hashchange', () => render().then(focusHeading));
render();
