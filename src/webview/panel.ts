/**
 * The trust panel's page. Renders what the extension sends, with createElement/textContent only:
 * every string in the state may come from a scanned tool. Sends back only protocol messages
 * carrying ids the extension gave it.
 */
import { ALERT_STATE_LABEL } from '../core/review/alert-state';
import type { AlertView, ChecklistView, ExtensionMessage, PageMessage, PanelState, ToolView } from './protocol';
// The controls are VS Code's own look, from vscode-elements (web components themed by the webview's
// CSS variables), bundled into this page: nothing is loaded from the network.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-icon/index.js';
import '@vscode-elements/elements/dist/vscode-radio/index.js';
import '@vscode-elements/elements/dist/vscode-radio-group/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';

declare function acquireVsCodeApi(): { postMessage(m: PageMessage): void; getState(): unknown; setState(s: unknown): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
let current: PanelState | undefined;
let lastJson = '';
/** Which sections and groups a person opened or closed: re-renders keep them as they were. */
const openState = new Map<string, boolean>();
const drafts = new Map<string, { state?: string; note?: string }>();

type Child = Node | string | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === undefined || c === false) continue;
    e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return e;
}

/** A plain button styled as a link or a trace step: for text that reads as a link, not an action. */
function button(label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** An action: VS Code's button, secondary unless it is the view's main action, with a codicon. */
function action(label: string, icon: string, onClick: () => void, opts: { primary?: boolean; attrs?: Record<string, string> } = {}): HTMLElement {
  const b = el('vscode-button', { icon, ...(opts.primary ? {} : { secondary: '' }), ...opts.attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

function icon(name: string, label?: string): HTMLElement {
  return el('vscode-icon', { name, ...(label ? { label, role: 'img', 'aria-label': label } : { 'aria-hidden': 'true' }) });
}

/**
 * VS Code's dropdown. The choices are given as data, not as <vscode-option> children: the element
 * reads a child option's label from its innerText, which is empty while the dropdown sits in a
 * closed <details> (content-visibility), so the list would show blank rows there.
 */
function choices(label: string, options: [value: string, label: string][], selected: string): HTMLElementTagNameMap['vscode-single-select'] {
  const select = el('vscode-single-select', { label, 'aria-label': label });
  select.options = options.map(([value, text]) => ({ value, label: text, description: '', selected: value === selected, disabled: false }));
  // The options' own flags do not choose one: the value does.
  select.value = selected;
  return select;
}

const RISK_ICON: Record<string, string> = { critical: 'error', high: 'error', fail: 'error', medium: 'warning', concern: 'warning', low: 'info', info: 'info', none: 'pass', pass: 'pass', unknown: 'question', muted: 'loading' };

function remember(d: HTMLDetailsElement, key: string, byDefault: boolean): void {
  d.open = openState.get(key) ?? byDefault;
  d.addEventListener('toggle', () => openState.set(key, d.open));
}

function section(title: string, count: number | undefined, open: boolean, ...body: Child[]): HTMLElement {
  const d = el('details', { class: 'section' });
  // The report in the editor area has room: every section starts open there.
  remember(d, `section:${title}`, open || current?.layout === 'report');
  d.append(el('summary', {}, el('h2', {}, title, count !== undefined ? el('span', { class: 'count' }, ` ${count}`) : undefined)), ...body.filter((c): c is Node | string => !!c));
  return d;
}

function render(state: PanelState): void {
  current = state;
  root.replaceChildren();
  const report = state.layout === 'report';
  document.body.classList.toggle('report', report);
  // Kept by VS Code with the editor: after a reload the report is restored for the same tool.
  if (report && state.tool) vscode.setState({ ...(vscode.getState() as object | undefined), toolId: state.tool.id });
  if (state.tools.length > 1 && !report) {
    const select = choices('Tool', [['', 'Choose a tool…'], ...state.tools.map((t): [string, string] => [t.id, t.label])], state.tool?.id ?? '');
    select.id = 'tool-select';
    select.addEventListener('change', () => {
      if (select.value) vscode.postMessage({ type: 'selectTool', toolId: select.value });
    });
    root.append(el('div', { class: 'picker' }, select));
  }
  if (!state.tool) {
    root.append(el('p', { class: 'muted' }, state.scanning ? 'Scanning installed AI tools…' : state.tools.length ? 'Select a tool in the AI Tools view to see what it senses and does.' : state.scanned ? 'No AI tools found.' : 'Not scanned yet.'));
    return;
  }
  root.append(report ? renderTool(state.tool, state) : renderSummary(state.tool, state));
}

/**
 * The sidebar's compact summary of the selected tool: its verdict, its alerts one line each (a
 * link to the code), what it senses in counts and where its checklist stands. Everything else —
 * traces, decoded values, the inventory, reviews and decisions — is in the Trust Report.
 */
function renderSummary(t: ToolView, state: PanelState): HTMLElement {
  const wrap = el('div', { class: 'tool summary' });
  wrap.append(...toolHead(t), toolActions(t, false));
  if (t.alerts.length) {
    const list = el('ul', { class: 'alert-lines', 'aria-label': 'Alerts' });
    for (const a of t.alerts) {
      const decided = a.decision && a.decision.status === 'current' ? ` · ${ALERT_STATE_LABEL[a.decision.state]}` : '';
      list.append(el('li', { class: `alert-line sev-${a.severity}` }, badge(a.severity, a.severity), ' ', button(`${a.ruleName}${decided}`, () => vscode.postMessage({ type: 'openReadable', toolId: t.id, fingerprint: a.fingerprint, occurrence: a.occurrence }), { class: 'link', title: a.message })));
    }
    wrap.append(el('h2', { class: 'summary-head' }, 'Alerts ', el('span', { class: 'count' }, String(t.alerts.length))), list);
  }
  const senses = t.capabilities.map((c) => `${c.label} ${c.count}`);
  wrap.append(el('p', { class: 'muted small-line' }, senses.length ? `Senses and does: ${senses.join(' · ')}` : t.status === 'done' ? 'Nothing sensed.' : 'Not scanned yet.'));
  if (t.checklist) {
    const by = (s: string) => t.checklist!.filter((i) => i.state === s).length;
    const reviewed = t.checklist.filter((i) => i.review?.current).length;
    wrap.append(
      el(
        'p',
        { class: 'checklist-line' },
        'Disclosure checklist: ',
        t.checklistVerdict ? badge(STATE_LABEL[t.checklistVerdict], t.checklistVerdict) : undefined,
        ` ${by('pass')} pass, ${by('concern')} concern, ${by('fail')} fail, ${by('unknown')} unknown; ${reviewed} of ${t.checklist.length} reviewed${t.reviewStale?.length ? ' (stale)' : ''}.`,
      ),
    );
  }
  if (t.errors.length) wrap.append(el('p', { class: 'warning' }, `${t.errors.length} ${t.errors.length === 1 ? 'file' : 'files'} not analysed — not the same as safe.`));
  if (state.reviewProblem) wrap.append(el('p', { class: 'warning', role: 'alert' }, state.reviewProblem));
  return wrap;
}

function badge(text: string, kind: string): HTMLElement {
  const i = RISK_ICON[kind];
  return el('span', { class: `badge badge-${kind}` }, i ? icon(i) : undefined, text);
}

/** The tool's name, version and risk, and its one-line verdict. */
function toolHead(t: ToolView): HTMLElement[] {
  const scanning = t.status === 'scanning';
  return [
    el('header', {}, el('h1', {}, t.name, t.version ? el('span', { class: 'version' }, ` ${t.version}`) : undefined), badge(scanning ? 'scanning…' : t.risk === 'none' ? 'no alerts' : `${t.risk} risk`, scanning ? 'muted' : t.risk)),
    el('p', { class: `verdict verdict-${t.risk}`, role: 'status' }, t.verdict),
  ];
}

/** The tool's actions: in the sidebar, Open Trust Report comes first; the report itself adds the install folder. */
function toolActions(t: ToolView, report: boolean): HTMLElement {
  const post = (type: 'openReport' | 'rescan' | 'export' | 'revealInstall' | 'compare') => () => vscode.postMessage({ type, toolId: t.id });
  const actions = el(
    'div',
    { class: 'actions' },
    report ? undefined : action('Open Trust Report', 'preview', post('openReport'), { primary: true }),
    action('Rescan', 'refresh', post('rescan')),
    action('Export…', 'export', post('export')),
    report ? action('Install folder', 'folder-opened', post('revealInstall')) : undefined,
  );
  if (t.hasPrevious) actions.append(action('Compare with previous', 'diff', post('compare')));
  return actions;
}

function renderTool(t: ToolView, state: PanelState): HTMLElement {
  const wrap = el('div', { class: 'tool' });
  wrap.append(...toolHead(t), toolActions(t, true));

  const dl = el('dl', { class: 'identity' });
  const row = (k: string, v: string | undefined, cls = '') => {
    if (v) dl.append(el('dt', {}, k), el('dd', { class: cls }, v));
  };
  row('Vendor', t.vendor);
  row('Publisher', t.publisher);
  row('Version', t.version);
  row('Kind', t.kind);
  row('Installed at', t.installPath, 'path');
  row('Found by', t.foundBy, 'path');
  row('Content hash', t.contentHash ? `sha256:${t.contentHash}` : undefined, 'hash');
  wrap.append(section('Identity', undefined, false, dl));

  wrap.append(section('Alerts', t.alerts.length, true, t.alerts.length ? el('ol', { class: 'alerts' }, ...t.alerts.map((a) => renderAlert(t.id, a, state.reviewsWritable))) : el('p', { class: 'muted' }, 'No alerts.')));

  if (t.decoded.length) {
    const list = el('ul', { class: 'decoded' });
    for (const d of t.decoded) {
      const li = el('li', {}, el('code', {}, d.value), el('span', { class: 'muted' }, ` — ${d.how} `));
      li.append(button('Show code', () => vscode.postMessage({ type: 'openReadable', toolId: t.id, fingerprint: d.fingerprint, occurrence: d.occurrence }), { class: 'link', 'aria-label': `Show the code that decodes ${d.value.slice(0, 40)}` }));
      list.append(li);
    }
    wrap.append(section('Decoded values', t.decoded.length, t.alerts.length > 0, list));
  }

  const caps = el('div', { class: 'caps' });
  for (const c of t.capabilities) {
    const body = el('div', {});
    for (const g of c.groups) {
      if (g.label) body.append(el('h4', {}, g.label));
      body.append(el('ul', { class: 'entries' }, ...g.entries.map((x) => el('li', {}, el('code', {}, x)))));
    }
    const d = el('details', { class: 'cap' });
    remember(d, `cap:${c.label}`, false);
    d.append(el('summary', {}, c.label, el('span', { class: 'count' }, ` ${c.count}`)), body);
    caps.append(d);
  }
  wrap.append(section('What it senses and does', t.capabilities.length, true, t.capabilities.length ? caps : el('p', { class: 'muted' }, t.status === 'done' ? 'Nothing sensed.' : 'Not scanned yet.')));

  if (t.checklist) wrap.append(renderChecklist(t, state));
  if (t.errors.length) {
    wrap.append(section('Not analysed', t.errors.length, false, el('p', { class: 'muted' }, 'Not analysed is not the same as safe.'), el('ul', { class: 'errors' }, ...t.errors.map((e) => el('li', {}, el('code', { class: 'path' }, e.path), ` — ${e.kind}: ${e.reason}`)))));
  }
  return wrap;
}


/** A decision on one alert: accepted, a false positive or to fix, with a reason and an optional last day. */
function alertDecisionForm(toolId: string, a: AlertView): HTMLElement {
  const key = `alert:${a.fingerprint}`;
  const box = el('details', { class: 'decide' });
  remember(box, `decide:${a.fingerprint}`, false);
  const form = el('form', { class: 'review alert-decision', 'aria-label': `Decision on: ${a.ruleName}` });
  const select = choices('Decision', [['accepted', 'Accepted'], ['false-positive', 'False positive'], ['to-fix', 'To fix'], ['clear', 'No decision']], a.decision?.state ?? 'clear');
  select.id = `decision-${a.fingerprint}`;
  const reason = el('vscode-textfield', { label: 'Reason', placeholder: 'Reason', maxlength: '4000', id: `reason-${a.fingerprint}` });
  reason.value = a.decision?.reason ?? '';
  const expires = el('vscode-textfield', { type: 'date', label: 'Holds until (optional)', id: `expires-${a.fingerprint}` });
  expires.value = a.decision?.expires ?? '';
  const status = el('span', { class: 'save-status', 'aria-live': 'polite', id: `saved-${key}` });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (select.value !== 'clear' && !reason.value.trim()) {
      status.textContent = 'Say why first.';
      return;
    }
    status.textContent = 'Saving…';
    vscode.postMessage({ type: 'decideAlert', toolId, fingerprint: a.fingerprint, state: select.value as 'accepted', reason: reason.value.slice(0, 4000), expires: expires.value });
  });
  form.append(select, reason, el('label', { class: 'until' }, el('span', {}, 'Holds until'), expires), el('div', { class: 'actions' }, el('vscode-button', { type: 'submit', icon: 'check' }, 'Save decision'), status));
  box.append(el('summary', {}, a.decision ? 'Change the decision' : 'Decide on this alert'), form);
  return box;
}

function renderAlert(toolId: string, a: AlertView, writable = false): HTMLElement {
  const li = el('li', { class: `alert sev-${a.severity}` });
  li.append(el('div', { class: 'alert-head' }, badge(a.severity, a.severity), el('strong', {}, a.ruleName)), el('p', {}, a.message));
  if (a.values.length) li.append(el('p', { class: 'values' }, 'Values: ', ...a.values.flatMap((v, i) => [i ? ', ' : '', el('code', {}, v)])));
  const steps = el('ol', { class: 'trace', 'aria-label': 'Trace' });
  for (const s of a.steps) {
    const b = button(`${s.role}: ${s.note}`, () => vscode.postMessage({ type: 'openStep', toolId, fingerprint: a.fingerprint, occurrence: a.occurrence, step: s.index }), { class: `step role-${s.role}`, title: s.where });
    steps.append(el('li', {}, b));
  }
  li.append(steps);
  li.append(el('div', { class: 'actions' }, action('Show readable code', 'go-to-file', () => vscode.postMessage({ type: 'openReadable', toolId, fingerprint: a.fingerprint, occurrence: a.occurrence }), { primary: true })));
  if (a.decision) {
    const d = a.decision;
    const lapse = d.status === 'expired' ? ` — expired on ${d.expires}: open again` : d.status === 'changed' ? ' — the tool changed since: open again' : d.expires ? ` (until ${d.expires})` : '';
    li.append(el('p', { class: d.status === 'current' ? 'reviewed decision' : 'reviewed stale decision' }, `Decision: ${ALERT_STATE_LABEL[d.state]} by ${d.reviewer}, ${d.date.slice(0, 10)}${d.reason ? ` — “${d.reason}”` : ''}${lapse}`));
  }
  if (writable) li.append(alertDecisionForm(toolId, a));
  if (a.rationale) {
    const why = el('details', { class: 'why' });
    remember(why, `why:${a.fingerprint}:${a.occurrence}`, false);
    why.append(el('summary', {}, 'Why it matters'), el('p', {}, a.rationale));
    li.append(why);
  }
  return li;
}

const STATE_LABEL: Record<string, string> = { pass: 'pass', concern: 'concern', fail: 'fail', unknown: 'unknown' };
const DISCLOSURE_LABEL: Record<string, string> = { documented: 'documented', undocumented: 'undocumented', contradicts: 'contradicts the docs', unknown: 'no record' };
const REVIEW_LABEL: Record<string, string> = { accepted: 'Accept', rejected: 'Reject', 'needs-info': 'Needs info' };

function renderChecklist(t: ToolView, state: PanelState): HTMLElement {
  const list = el('ol', { class: 'checklist' });
  for (const item of t.checklist!) list.append(renderItem(t, item, state));
  const intro: Child[] = [];
  if (t.reviewStale?.length) intro.push(el('p', { class: 'warning', role: 'alert' }, `The review is stale: ${t.reviewStale.join('; ')}.`));
  if (state.reviewProblem) intro.push(el('p', { class: 'warning', role: 'alert' }, state.reviewProblem));
  if (!state.reviewsWritable) intro.push(el('p', { class: 'muted' }, 'Restricted Mode: reviews are read-only.'));
  else if (state.reviewsFile) intro.push(el('p', { class: 'muted small' }, `Reviews are saved to ${state.reviewsFile}`));
  return section('Disclosure checklist', t.checklist!.length, true, t.checklistVerdict ? el('p', {}, 'Overall: ', badge(STATE_LABEL[t.checklistVerdict], t.checklistVerdict)) : undefined, ...intro, list);
}

function renderItem(t: ToolView, item: ChecklistView, state: PanelState): HTMLElement {
  const li = el('li', { class: `item state-${item.state}`, id: `item-${item.id}` });
  li.append(el('div', { class: 'item-head' }, badge(STATE_LABEL[item.state], item.state), el('strong', {}, item.question)), el('p', {}, item.summary));
  if (item.disclosure !== 'unknown' || item.disclosureNote) li.append(el('p', { class: 'muted' }, `Vendor disclosure: ${DISCLOSURE_LABEL[item.disclosure] ?? item.disclosure}${item.disclosureNote ? ' — ' + item.disclosureNote : ''}`));
  if (item.undocumented?.length) {
    const more = (item.undocumentedTotal ?? item.undocumented.length) - item.undocumented.length;
    li.append(
      el('p', { class: 'small' }, `Not documented by the vendor (${item.undocumentedTotal ?? item.undocumented.length}${item.documentedCount !== undefined ? `; ${item.documentedCount} documented` : ''}):`),
      el('ul', { class: 'undocumented' }, ...item.undocumented.map((u) => el('li', {}, el('code', {}, u.value), u.where ? ` — ${u.where}` : '')), ...(more > 0 ? [el('li', { class: 'muted' }, `… and ${more} more (the exported report lists every one)`)] : [])),
    );
  }
  if (item.evidence.length) {
    li.append(el('ul', { class: 'evidence' }, ...item.evidence.map((ev) => el('li', {}, button(ev.label, () => vscode.postMessage({ type: 'openReadable', toolId: t.id, fingerprint: ev.fingerprint, occurrence: ev.occurrence }), { class: 'link' })))));
  }
  if (item.review) li.append(el('p', { class: item.review.current ? 'reviewed' : 'reviewed stale' }, `Reviewed: ${item.review.state} by ${item.review.reviewer}, ${item.review.date.slice(0, 10)}${item.review.current ? '' : ' (evidence changed since)'}${item.review.note ? ` — “${item.review.note}”` : ''}`));
  if (state.reviewsWritable) li.append(reviewForm(t, item));
  return li;
}

function reviewForm(t: ToolView, item: ChecklistView): HTMLElement {
  const key = `${t.id}\u0000${item.id}`;
  const draft = drafts.get(key) ?? {};
  const form = el('form', { class: 'review', 'aria-label': `Review: ${item.question}` });
  const group = el('vscode-radio-group', { class: 'review-states', 'aria-label': 'Decision' });
  const name = `review-${item.id}`;
  const radios: HTMLElementTagNameMap['vscode-radio'][] = [];
  for (const s of ['accepted', 'rejected', 'needs-info']) {
    // vscode-radio gives its host no role: say what it is, and whether it is chosen, to assistive technology.
    const radio = el('vscode-radio', { name, value: s, id: `${name}-${s}`, role: 'radio' }, REVIEW_LABEL[s]);
    radio.checked = (draft.state ?? item.review?.state) === s;
    radio.addEventListener('change', () => {
      if (radio.checked) drafts.set(key, { ...drafts.get(key), state: s });
    });
    radios.push(radio);
    group.append(radio);
  }
  const checkedState = () => {
    for (const r of radios) r.setAttribute('aria-checked', String(r.checked));
  };
  checkedState();
  group.addEventListener('change', checkedState);
  const note = el('vscode-textarea', { rows: '2', label: 'Note', placeholder: 'Note (why)', maxlength: '4000', class: 'note', id: `note-${item.id}` });
  note.value = draft.note ?? item.review?.note ?? '';
  note.addEventListener('input', () => drafts.set(key, { ...drafts.get(key), note: note.value }));
  const status = el('span', { class: 'save-status', 'aria-live': 'polite', id: `saved-${item.id}` });
  const save = el('vscode-button', { type: 'submit', icon: 'check' }, 'Save review');
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const chosen = radios.find((r) => r.checked)?.value;
    if (chosen !== 'accepted' && chosen !== 'rejected' && chosen !== 'needs-info') {
      status.textContent = 'Choose accept, reject or needs info first.';
      return;
    }
    status.textContent = 'Saving…';
    vscode.postMessage({ type: 'review', toolId: t.id, itemId: item.id, state: chosen, note: note.value.slice(0, 4000) });
  });
  form.append(group, note, el('div', { class: 'actions' }, save, status));
  return form;
}

window.addEventListener('message', (ev: MessageEvent<ExtensionMessage>) => {
  const m = ev.data;
  if (!m || typeof m !== 'object') return;
  if (m.type === 'state') {
    // Progress during a scan re-sends state often; an unchanged state must not reset the page.
    const json = JSON.stringify(m);
    if (json === lastJson) return;
    lastJson = json;
    const focused = document.activeElement?.id;
    const scroll = document.scrollingElement?.scrollTop ?? 0;
    render(m);
    if (document.scrollingElement) document.scrollingElement.scrollTop = scroll;
    if (focused) document.getElementById(focused)?.focus();
  } else if (m.type === 'saved') {
    if (m.ok && current?.tool) drafts.delete(`${current.tool.id}\u0000${m.itemId}`);
    const s = document.getElementById(`saved-${m.itemId}`);
    if (s) s.textContent = m.message;
  }
});

vscode.postMessage({ type: 'ready' });
