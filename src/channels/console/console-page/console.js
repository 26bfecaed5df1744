// The operator console: plain browser JavaScript, no build step. It talks to POST /api/chat only.
// Every text from the server is put in the page with textContent, never as HTML.
// Calls are kept in this browser's localStorage only (today's calls, clearable); nothing else is sent anywhere.
(function () {
  'use strict';

  var STRINGS = {
    zh: {
      title: '惠企政策咨询 · 话务台',
      subtitle: '西政办发〔2020〕6号 · 疫情期间支持中小微企业的十四项措施',
      newCaller: '新来电',
      newCallerKey: '新来电（Alt+N）',
      conversation: '对话',
      caller: '来电编号',
      emptyHint: '输入来电人的问题，或点一个例子开始：',
      inputLabel: '来电人的问题',
      placeholder: '来电人的问题（回车发送）',
      send: '发送',
      shortcuts: '快捷键：Alt+C 复制卡片 · Alt+N 新来电 · Alt+P 打印 · Esc 回到输入框 · 数字 1–9 选选项',
      card: '答复卡片',
      copy: '复制',
      copyKey: '复制卡片（Alt+C）',
      print: '打印',
      printKey: '打印工单（Alt+P）',
      clause: '条款原文',
      cardEmpty: '还没有答复：问答完成后，这里显示可直接粘贴到工单的答复卡片。',
      cardCleared: '还没有答复：刚才的结论已不再适用（情况有变或重新开始），卡片已清空。',
      contacts: '联系部门',
      facts: '已了解的情况',
      factChange: '改为：',
      factApply: '确定',
      factRemove: '删除',
      changed: '改：',
      removed: '删除：',
      history: '今日来电',
      historyClear: '清空',
      historyEmpty: '今天还没有来电记录。记录只保存在本浏览器。',
      historyConfirm: '清空本浏览器中今天的来电记录？',
      noConclusion: '（未答复）',
      you: '来电人',
      bot: '助手',
      thinking: '正在查询…',
      slow: '仍在处理，请稍候… ',
      seconds: ' 秒',
      copied: '已复制到剪贴板，可直接粘贴到工单。',
      copyFailed: '复制失败：请选中卡片文字后按 Ctrl+C。',
      network: '发送失败：连接服务器失败。问题文字已保留，可重试。',
      timeout: '发送失败：服务器长时间没有回应。问题文字已保留，可重试。',
      httpError: '发送失败：服务器返回错误',
      retry: '重试',
      measure: '措施',
      switchTo: 'English',
      confirmNew: '当前答复卡片还没有复制。确定开始新来电？',
      ticketCaller: '来电编号',
      ticketTime: '时间',
    },
    en: {
      title: 'Relief Hotline Console',
      subtitle: 'Notice 西政办发〔2020〕6号 · 14 measures for small businesses in 2020',
      newCaller: 'New call',
      newCallerKey: 'New call (Alt+N)',
      conversation: 'Conversation',
      caller: 'Call',
      emptyHint: "Type the caller's question, or start with an example:",
      inputLabel: "Caller's question",
      placeholder: "Caller's question (Enter sends)",
      send: 'Send',
      shortcuts: 'Keys: Alt+C copy card · Alt+N new call · Alt+P print · Esc back to the input · 1–9 pick an option',
      card: 'Answer card',
      copy: 'Copy',
      copyKey: 'Copy the card (Alt+C)',
      print: 'Print',
      printKey: 'Print the ticket (Alt+P)',
      clause: 'Clause text',
      cardEmpty: 'No answer yet: when the bot has answered, the card to paste into the ticket appears here.',
      cardCleared: 'No answer yet: the last answer no longer holds (the facts changed or the call started over).',
      contacts: 'Contacts',
      facts: 'Known so far',
      factChange: 'Change to:',
      factApply: 'Apply',
      factRemove: 'Remove',
      changed: 'Change: ',
      removed: 'Remove: ',
      history: "Today's calls",
      historyClear: 'Clear',
      historyEmpty: 'No calls yet today. Calls are kept in this browser only.',
      historyConfirm: "Clear today's calls from this browser?",
      noConclusion: '(no answer)',
      you: 'Caller',
      bot: 'Assistant',
      thinking: 'Looking it up…',
      slow: 'Still working… ',
      seconds: ' s',
      copied: 'Copied: paste it into the ticket.',
      copyFailed: 'Copy failed: select the card text and press Ctrl+C.',
      network: 'Not sent: cannot reach the server. The text is kept; try again.',
      timeout: 'Not sent: the server did not answer in time. The text is kept; try again.',
      httpError: 'Not sent: the server answered with an error',
      retry: 'Retry',
      measure: 'Measure',
      switchTo: '中文',
      confirmNew: 'The card has not been copied. Start a new call anyway?',
      ticketCaller: 'Call',
      ticketTime: 'Time',
    },
  };

  var CALLS_KEY = 'relief-console-calls';
  var CURRENT_KEY = 'relief-console-current';
  var LANG_KEY = 'relief-console-lang';
  var MAX_CALLS = 60;
  /** A reply slower than this shows how long it has taken; one slower than the timeout is a failed send. */
  var SLOW_MS = 1500;
  var TIMEOUT_MS = 20000;
  var CLAUSE_LINE = /^(条款原文：|Clause \(Chinese\): )/;

  var $ = function (id) { return document.getElementById(id); };
  var log = $('log');
  var empty = $('empty');
  var input = $('input');
  var sendButton = $('send');
  var copyButton = $('copy');
  var printButton = $('print');
  var copyStatus = $('copy-status');
  var cardView = $('card-view');
  var cardBox = $('card');
  var clauseBox = $('clause');
  var cardEmpty = $('card-empty');
  var cardLangGroup = $('card-lang');
  var contactsBlock = $('contacts-block');
  var contactsList = $('contacts');
  var factsBlock = $('facts-block');
  var factsList = $('facts');
  var factEditor = $('fact-editor');
  var historyList = $('history');
  var historyEmpty = $('history-empty');

  var state = {
    lang: readStored(LANG_KEY) === 'en' ? 'en' : 'zh',
    busy: false,
    cardLang: 'zh',
    call: null,
  };

  function readStored(key) {
    try { return window.localStorage.getItem(key); } catch { return null; }
  }
  function store(key, value) {
    try { window.localStorage.setItem(key, value); } catch { /* private mode or full: the page still works */ }
  }

  /** A fresh call id: the API accepts 1–128 characters of [A-Za-z0-9_.:-]. */
  function newSessionId() {
    var random = window.crypto && typeof window.crypto.randomUUID === 'function'
      ? window.crypto.randomUUID()
      : Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
    return 'console-' + random;
  }

  function newCall() {
    return { id: newSessionId(), started: Date.now(), entries: [], card: null, cardEn: null, contacts: [], facts: [], copied: false, cleared: false };
  }

  function t(key) { return STRINGS[state.lang][key]; }

  // ---- call history (localStorage) ----

  function sameDay(a, b) {
    var x = new Date(a); var y = new Date(b);
    return x.getFullYear() === y.getFullYear() && x.getMonth() === y.getMonth() && x.getDate() === y.getDate();
  }

  /** Today's calls, newest first; older days are dropped as they are read. */
  function loadCalls() {
    var raw = readStored(CALLS_KEY);
    var calls = [];
    try { calls = raw ? JSON.parse(raw) : []; } catch { calls = []; }
    if (!Array.isArray(calls)) return [];
    var now = Date.now();
    return calls.filter(function (c) { return c && typeof c.id === 'string' && Array.isArray(c.entries) && sameDay(c.started, now); });
  }

  function saveCall() {
    var call = state.call;
    store(CURRENT_KEY, call.id);
    if (call.entries.length === 0) return;
    var calls = loadCalls().filter(function (c) { return c.id !== call.id; });
    calls.unshift(call);
    store(CALLS_KEY, JSON.stringify(calls.slice(0, MAX_CALLS)));
    renderHistory();
  }

  /** The card's conclusion and amount, for the history list: "符合 · 40,000 元". */
  function conclusionOf(call) {
    if (!call.card) return t('noConclusion');
    var lines = call.card.split('\n');
    var pick = function (label) {
      var line = lines.find(function (l) { return l.indexOf(label) === 0; });
      return line ? line.slice(label.length) : '';
    };
    var parts = [pick('结论：'), pick('金额：')].filter(function (p) { return p && p !== '无'; });
    return parts.length > 0 ? parts.join(' · ') : lines[0];
  }

  function renderHistory() {
    var calls = loadCalls();
    historyList.replaceChildren();
    calls.forEach(function (call) {
      var first = call.entries.find(function (e) { return e.kind === 'user'; });
      var item = element('li', call.id === state.call.id ? 'history-item current' : 'history-item');
      var button = element('button', 'history-open');
      button.type = 'button';
      var time = new Date(call.started);
      button.appendChild(element('span', 'history-time', pad(time.getHours()) + ':' + pad(time.getMinutes())));
      button.appendChild(element('span', 'history-question', first ? first.text : ''));
      button.appendChild(element('span', 'history-conclusion', conclusionOf(call)));
      button.addEventListener('click', function () { if (!state.busy) openCall(call); });
      item.appendChild(button);
      historyList.appendChild(item);
    });
    historyEmpty.hidden = calls.length > 0;
  }

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  // ---- language ----

  function applyLanguage() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (el) {
      el.setAttribute('placeholder', t(el.getAttribute('data-i18n-placeholder')));
    });
    document.querySelectorAll('[data-i18n-title]').forEach(function (el) { el.setAttribute('title', t(el.getAttribute('data-i18n-title'))); });
    document.querySelectorAll('[data-example-zh]').forEach(function (el) {
      el.textContent = el.getAttribute('data-example-' + state.lang);
    });
    $('lang-toggle').textContent = t('switchTo');
    copyButton.textContent = t('copy');
    $('session-id').textContent = state.call.id.replace(/^console-/, '').slice(0, 8);
    if (!state.call.card) cardEmpty.textContent = state.call.cleared ? t('cardCleared') : t('cardEmpty');
    renderHistory();
  }

  var NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

  /** As the notice numbers its measures: 13 → "措施（十三）"; "Measure 13" in English. */
  function measureLabel(id) {
    if (state.lang === 'en') return t('measure') + ' ' + id;
    var numeral = id <= 10 ? NUMERALS[id] : '十' + NUMERALS[id - 10];
    return t('measure') + '（' + numeral + '）';
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  // ---- the conversation log ----

  function appendMessage(kind, text) {
    empty.hidden = true;
    var msg = element('div', 'msg ' + kind);
    msg.appendChild(element('div', 'who', kind.indexOf('user') === 0 ? t('you') : t('bot')));
    msg.appendChild(element('div', 'bubble', text));
    log.appendChild(msg);
    log.scrollTop = log.scrollHeight;
    return msg;
  }

  /** Old choices stay visible (what was offered) but cannot be pressed once the dialog moved on. */
  function retireOptions() {
    log.querySelectorAll('.option').forEach(function (button) { button.disabled = true; });
  }

  /** A bot entry: its text, measure tags and numbered options (typing the number picks one too). */
  function showEntry(entry, live) {
    var msg = appendMessage('bot', entry.text);
    if (entry.measures && entry.measures.length > 0) {
      var tags = element('div', 'tags');
      entry.measures.forEach(function (id) { tags.appendChild(element('span', 'tag', measureLabel(id))); });
      msg.appendChild(tags);
    }
    if (entry.options && entry.options.length > 0) {
      var options = element('div', 'options');
      entry.options.forEach(function (option, index) {
        var button = element('button', 'option');
        button.type = 'button';
        if (index < 9) {
          var number = element('span', 'option-number', String(index + 1));
          number.setAttribute('aria-hidden', 'true');
          button.appendChild(number);
        }
        button.appendChild(document.createTextNode(option.label));
        button.disabled = !live;
        button.addEventListener('click', function () {
          if (state.busy) return;
          button.classList.add('chosen');
          send(option.value, option.label);
        });
        options.appendChild(button);
      });
      msg.appendChild(options);
    }
  }

  function rebuildLog() {
    log.querySelectorAll('.msg').forEach(function (el) { el.remove(); });
    var entries = state.call.entries;
    var lastBot = -1;
    entries.forEach(function (e, i) { if (e.kind === 'bot') lastBot = i; });
    entries.forEach(function (entry, index) {
      if (entry.kind === 'user') appendMessage('user', entry.text);
      else showEntry(entry, index === lastBot && index === entries.length - 1);
    });
    empty.hidden = entries.length > 0;
  }

  // ---- the card ----

  function currentCardText() {
    return state.cardLang === 'en' && state.call.cardEn ? state.call.cardEn : state.call.card;
  }

  /** The card as shown: every line but the clause quotation in the card, the clause folded below. */
  function renderCard() {
    var call = state.call;
    var text = currentCardText();
    copyStatus.textContent = '';
    if (!text) {
      cardView.hidden = true;
      cardBox.textContent = '';
      cardEmpty.hidden = false;
      cardEmpty.textContent = call.cleared ? t('cardCleared') : t('cardEmpty');
      copyButton.disabled = true;
      printButton.disabled = true;
      cardLangGroup.hidden = true;
      contactsBlock.hidden = true;
      contactsList.replaceChildren();
      return;
    }
    var lines = text.split('\n');
    var clauseAt = lines.findIndex(function (l) { return CLAUSE_LINE.test(l); });
    cardBox.textContent = (clauseAt >= 0 ? lines.slice(0, clauseAt) : lines).join('\n');
    clauseBox.hidden = clauseAt < 0;
    $('clause-text').textContent = clauseAt >= 0 ? lines.slice(clauseAt).join('\n').replace(CLAUSE_LINE, '') : '';
    cardView.hidden = false;
    cardEmpty.hidden = true;
    copyButton.disabled = false;
    printButton.disabled = false;
    cardLangGroup.hidden = !call.cardEn;
    cardLangGroup.querySelectorAll('button').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-card-lang') === state.cardLang));
    });
    // The same contacts the card lists (the reply's), so the panel and the card never disagree.
    contactsList.replaceChildren();
    call.contacts.forEach(function (c) {
      var item = element('li', '', c.unit + ' ' + c.office + ' ' + c.person + ' ');
      item.appendChild(element('span', 'phone', c.phone));
      contactsList.appendChild(item);
    });
    contactsBlock.hidden = call.contacts.length === 0;
  }

  // ---- the facts panel ----

  function renderFacts() {
    var facts = state.call.facts || [];
    factsList.replaceChildren();
    factEditor.hidden = true;
    factEditor.replaceChildren();
    facts.forEach(function (fact) {
      var item = element('li', 'fact');
      item.setAttribute('data-fact', fact.name);
      var chip = element('button', 'fact-chip');
      chip.type = 'button';
      chip.appendChild(element('span', 'fact-label', fact.label));
      chip.appendChild(element('span', 'fact-value', fact.text));
      chip.addEventListener('click', function () { editFact(fact); });
      var remove = element('button', 'fact-remove', '×');
      remove.type = 'button';
      remove.setAttribute('aria-label', t('factRemove') + ' ' + fact.label);
      remove.addEventListener('click', function () { send('/forget ' + fact.name, t('removed') + fact.label); });
      item.appendChild(chip);
      item.appendChild(remove);
      factsList.appendChild(item);
    });
    factsBlock.hidden = facts.length === 0;
  }

  /** Below the chips: the other values of a choice fact, or a box for a new amount; either sends /answer. */
  function editFact(fact) {
    factEditor.replaceChildren();
    factEditor.appendChild(element('span', 'fact-editor-label', fact.label + ' ' + t('factChange')));
    var choose = function (value, label) { send('/answer ' + fact.name + ' ' + value, t('changed') + fact.label + ' → ' + label); };
    if (fact.options.length > 0) {
      fact.options.forEach(function (option) {
        var button = element('button', 'option', option.label);
        button.type = 'button';
        if (option.value === '/answer ' + fact.name + ' ' + fact.value) button.classList.add('chosen');
        button.addEventListener('click', function () { if (!state.busy) send(option.value, t('changed') + fact.label + ' → ' + option.label); });
        factEditor.appendChild(button);
      });
    } else {
      var form = element('form', 'fact-form');
      var box = element('input', 'fact-input');
      box.type = 'text';
      box.inputMode = 'decimal';
      box.value = fact.value;
      box.setAttribute('aria-label', fact.label);
      var apply = element('button', 'btn btn-small btn-primary', t('factApply'));
      apply.type = 'submit';
      form.appendChild(box);
      form.appendChild(apply);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var value = box.value.replace(/[,，\s]/g, '').replace(/[%％]$/, '');
        if (value && !state.busy) choose(value, box.value);
      });
      factEditor.appendChild(form);
      window.setTimeout(function () { box.focus(); box.select(); }, 0);
    }
    factEditor.hidden = false;
  }

  // ---- replies ----

  function showReply(reply) {
    var call = state.call;
    var text = reply.text;
    // The reply's "send 复制版" line is for text channels: here the card is on screen.
    if (reply.card && reply.cardHint && text.slice(-reply.cardHint.length) === reply.cardHint) text = text.slice(0, -reply.cardHint.length).trimEnd();
    var entry = { kind: 'bot', text: text, measures: reply.measures || [], options: reply.options || [] };
    call.entries.push(entry);
    showEntry(entry, true);
    if (reply.card) {
      call.card = reply.card;
      call.cardEn = reply.cardEn || null;
      call.contacts = reply.contacts || [];
      call.copied = false;
      call.cleared = false;
      if (!call.cardEn) state.cardLang = 'zh';
      renderCard();
    } else if (reply.cardCleared) {
      call.card = null;
      call.cardEn = null;
      call.contacts = [];
      call.cleared = true;
      renderCard();
    }
    if (Array.isArray(reply.facts)) {
      call.facts = reply.facts;
      renderFacts();
    }
    saveCall();
    log.scrollTop = log.scrollHeight;
  }

  function setBusy(busy) {
    state.busy = busy;
    sendButton.disabled = busy;
  }

  /** "Looking it up…", then, when slow, how long it has taken, so the operator knows it is working. */
  function showWorking() {
    var typing = appendMessage('bot typing', t('thinking'));
    var started = Date.now();
    var timer = window.setInterval(function () {
      var ms = Date.now() - started;
      if (ms >= SLOW_MS) {
        typing.classList.add('slow');
        typing.querySelector('.bubble').textContent = t('slow') + Math.floor(ms / 1000) + t('seconds');
      }
    }, 500);
    return function done() { window.clearInterval(timer); typing.remove(); };
  }

  /** A send that failed: the caller's words stay (in the input when it is empty) and one click retries. */
  function showFailure(message, text, shown, userMsg) {
    userMsg.classList.add('failed');
    var error = appendMessage('error', message);
    var retry = element('button', 'btn btn-small btn-retry', t('retry'));
    retry.type = 'button';
    retry.addEventListener('click', function () {
      if (state.busy) return;
      error.remove();
      userMsg.remove();
      if (input.value === text) input.value = '';
      send(text, shown);
    });
    error.appendChild(retry);
    if (!input.value && text.charAt(0) !== '/') input.value = text;
  }

  /** Sends `text` as the caller's message; `shown` is what the log displays (a button's label). */
  function send(text, shown) {
    if (state.busy || !text.trim()) return;
    retireOptions();
    var userMsg = appendMessage('user', shown || text);
    setBusy(true);
    var done = showWorking();
    var controller = typeof window.AbortController === 'function' ? new window.AbortController() : null;
    var timeout = window.setTimeout(function () { if (controller) controller.abort(); }, TIMEOUT_MS);
    fetch('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId: state.call.id, text: text }),
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) {
        return response.json().catch(function () { return null; }).then(function (body) {
          done();
          if (!response.ok) {
            var detail = body && (body.error || body.text) ? '：' + (body.error || body.text) : '';
            showFailure(t('httpError') + ' (' + response.status + ')' + detail, text, shown, userMsg);
            return;
          }
          state.call.entries.push({ kind: 'user', text: shown || text });
          showReply(body);
        });
      })
      .catch(function (error) {
        done();
        showFailure(error && error.name === 'AbortError' ? t('timeout') : t('network'), text, shown, userMsg);
      })
      .then(function () {
        window.clearTimeout(timeout);
        setBusy(false);
        input.focus();
      });
  }

  // ---- copy, print ----

  /** navigator.clipboard where the page is a secure context; otherwise a hidden textarea and execCommand. */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithTextarea(text); });
    }
    return copyWithTextarea(text);
  }

  function copyWithTextarea(text) {
    var area = element('textarea', 'visually-hidden');
    area.id = 'copy-buffer';
    area.value = text;
    area.setAttribute('readonly', '');
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch { ok = false; }
    area.remove();
    return ok ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }

  function copyCard() {
    var text = currentCardText();
    if (!text) return;
    copyText(text).then(
      function () {
        state.call.copied = true;
        saveCall();
        copyStatus.textContent = t('copied');
      },
      function () { copyStatus.textContent = t('copyFailed'); },
    );
  }

  /** The ticket view: only the whole card (clause unfolded), the time and the call id, as printed. */
  function fillTicket() {
    var time = new Date();
    $('ticket-meta').textContent = t('ticketTime') + ' ' + time.getFullYear() + '-' + pad(time.getMonth() + 1) + '-' + pad(time.getDate()) + ' ' +
      pad(time.getHours()) + ':' + pad(time.getMinutes()) + ' · ' + t('ticketCaller') + ' ' + $('session-id').textContent;
    $('ticket-card').textContent = currentCardText() || '';
  }

  function printCard() {
    if (!currentCardText()) return;
    fillTicket();
    window.print();
  }

  // ---- calls ----

  function openCall(call) {
    state.call = call;
    state.cardLang = 'zh';
    store(CURRENT_KEY, call.id);
    rebuildLog();
    renderCard();
    renderFacts();
    applyLanguage();
    input.focus();
  }

  function newCaller() {
    openCall(newCall());
    input.value = '';
  }

  $('composer').addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim() || state.busy) return;
    input.value = '';
    send(text);
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $('composer').requestSubmit();
    }
  });

  document.querySelectorAll('[data-example-zh]').forEach(function (chip) {
    chip.addEventListener('click', function () { send(chip.textContent); });
  });

  copyButton.addEventListener('click', copyCard);
  printButton.addEventListener('click', printCard);
  window.addEventListener('beforeprint', fillTicket);

  cardLangGroup.addEventListener('click', function (event) {
    var button = event.target.closest('[data-card-lang]');
    if (!button) return;
    state.cardLang = button.getAttribute('data-card-lang');
    renderCard();
  });

  /** Only an answer not yet copied is worth a question before it is put away. */
  function confirmNewCall() {
    return !state.call.card || state.call.copied || window.confirm(t('confirmNew'));
  }

  $('new-caller').addEventListener('click', function () { if (!state.busy && confirmNewCall()) newCaller(); });

  $('history-clear').addEventListener('click', function () {
    if (!window.confirm(t('historyConfirm'))) return;
    store(CALLS_KEY, '[]');
    renderHistory();
  });

  $('lang-toggle').addEventListener('click', function () {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    store(LANG_KEY, state.lang);
    applyLanguage();
    rebuildLog();
    renderFacts();
  });

  // Alt+letter by key position, so a layout or an input method does not change the shortcut.
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { input.focus(); return; }
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    var action = { KeyC: copyCard, KeyN: function () { $('new-caller').click(); }, KeyP: printCard }[event.code];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  // The current call survives a reload: the same session id, so the bot's dialog goes on too.
  var currentId = readStored(CURRENT_KEY);
  var saved = currentId ? loadCalls().find(function (c) { return c.id === currentId; }) : undefined;
  state.call = saved || newCall();
  openCall(state.call);
})();
