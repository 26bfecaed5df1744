// The staff page: asks for the token once (kept for this tab only), then shows the chart, the inbox
// groups and an answer looked up by id. Every call goes to /staff/api/ on this server; text from the
// server is inserted as text, never as HTML, except the chart, which the server builds and escapes.
/* global document, window, fetch, DOMParser */
'use strict';

const $ = (id) => document.getElementById(id);
const TOKEN_KEY = 'relief-staff-token';

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { authorization: `Bearer ${window.sessionStorage.getItem(TOKEN_KEY) ?? ''}` } });
  const body = await response.json();
  if (response.status === 401) {
    window.sessionStorage.removeItem(TOKEN_KEY);
    showLogin('令牌不对，请重新输入。');
    throw new Error('unauthorized');
  }
  return { status: response.status, body };
}

const pct = (share) => `${(share * 100).toFixed(1)}%`;

async function loadStats() {
  const { body } = await api(`/staff/api/stats?days=${$('days').value}`);
  $('shares').textContent = `${body.from} 至 ${body.to}：共 ${body.turns} 轮；已答复 ${pct(body.shares.answered)}，转人工 ${pct(body.shares.handedOff)}，未理解 ${pct(body.shares.notUnderstood)}`;
  const svg = new DOMParser().parseFromString(body.chart, 'image/svg+xml').documentElement;
  $('chart').replaceChildren(document.importNode(svg, true));
  $('topics').replaceChildren(...body.topics.slice(0, 8).map((t) => el('li', `${t.topic}：${t.turns}`)));
}

async function loadGroups() {
  const { body } = await api('/staff/api/groups');
  if (body.length === 0) {
    $('groups').replaceChildren(el('p', '收件箱是空的。'));
    return;
  }
  $('groups').replaceChildren(...body.map((group) => {
    const box = el('div', undefined, 'group');
    box.dataset.group = group.id;
    const head = el('div');
    head.append(el('span', `×${group.count}`, 'count'), el('span', group.id, 'id'), el('span', `  ${Object.keys(group.shortfalls).join('、')} · 理解为 ${Object.keys(group.intents).join('、')}`));
    const list = el('ul');
    list.append(...group.examples.map((example) => el('li', example.text, 'example')));
    box.append(head, list);
    return box;
  }));
}

function verdict(outcome) {
  const word = outcome.eligible === true ? '符合' : outcome.eligible === false ? '不符合' : '待定';
  return outcome.amount === null ? word : `${word}，${Number(outcome.amount).toLocaleString('zh-CN')} 元`;
}

async function lookUp(event) {
  event.preventDefault();
  const id = $('answer-id').value.trim();
  const { status, body } = await api(`/staff/api/answers/${encodeURIComponent(id)}`);
  const out = $('answer');
  if (status !== 200) {
    out.replaceChildren(el('p', body.error, 'error'));
    return;
  }
  const record = body.record;
  const facts = el('dl');
  for (const [name, value] of Object.entries(record.facts)) facts.append(el('dt', name), el('dd', String(value)));
  const parts = [el('h3', `答复编号 ${record.id}`), el('p', `${new Date(record.at).toLocaleString('zh-CN')} · ${record.channel} · 政策数据 ${record.policy.version}`), facts];
  for (const outcome of record.outcomes) {
    parts.push(el('p', `${outcome.rule}（措施 ${outcome.measure}）：${verdict(outcome)}`, 'outcome'));
    for (const line of outcome.breakdown) parts.push(el('p', line.zh, 'hint'));
    const clause = record.clauses[String(outcome.measure)];
    if (clause) parts.push(el('p', `条款：${clause}`, 'hint'));
  }
  if (body.recomputed === null) {
    parts.push(el('p', '政策数据自答复以来未变更。', 'same'));
  } else {
    parts.push(el('p', `政策数据已变更（${body.changed.join('、')}）。同样的情况按现行数据：`, 'changed'));
    for (const item of body.recomputed) parts.push(el('p', `${item.rule}：${item.today ? verdict(item.today) : '该规则已不存在'}${item.same ? '（结论相同）' : '（结论不同）'}`));
  }
  out.replaceChildren(...parts);
}

function showLogin(message) {
  $('main').hidden = true;
  $('login').hidden = false;
  $('status').textContent = message ?? '';
}

async function showMain() {
  $('login').hidden = true;
  $('main').hidden = false;
  $('status').textContent = '';
  await Promise.all([loadStats(), loadGroups()]);
}

$('login').addEventListener('submit', (event) => {
  event.preventDefault();
  window.sessionStorage.setItem(TOKEN_KEY, $('token').value);
  showMain().catch(() => undefined);
});
$('lookup').addEventListener('submit', (event) => { lookUp(event).catch(() => undefined); });
$('days').addEventListener('change', () => { loadStats().catch(() => undefined); });
if (window.sessionStorage.getItem(TOKEN_KEY)) showMain().catch(() => undefined);
else showLogin();
