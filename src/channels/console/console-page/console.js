// The operator console: plain browser JavaScript, no build step. It talks to POST /api/chat only.
// Every text from the server is put in the page with textContent, never as HTML.
(function () {
  'use strict';

  var STRINGS = {
    zh: {
      title: '惠企政策咨询 · 话务台',
      subtitle: '西政办发〔2020〕6号 · 疫情期间支持中小微企业的十四项措施',
      newCaller: '新来电',
      conversation: '对话',
      caller: '来电编号',
      emptyHint: '输入来电人的问题，或点一个例子开始：',
      inputLabel: '来电人的问题',
      placeholder: '输入来电人的问题，回车发送，Shift+回车换行',
      send: '发送',
      card: '答复卡片',
      copy: '复制',
      cardEmpty: '问答完成后，这里显示可直接粘贴到工单的答复卡片。',
      contacts: '联系部门',
      you: '来电人',
      bot: '助手',
      thinking: '正在查询…',
      copied: '已复制到剪贴板，可直接粘贴到工单。',
      copyFailed: '复制失败：请选中卡片文字后按 Ctrl+C。',
      network: '连接服务器失败，请检查网络后重试。',
      httpError: '服务器返回错误',
      measure: '措施',
      switchTo: 'English',
      confirmNew: '开始新来电？当前对话和答复卡片将被清空。',
    },
    en: {
      title: 'SME Relief Hotline Console',
      subtitle: 'Xizhengbanfa [2020] No. 6 · 14 measures supporting small businesses during the epidemic',
      newCaller: 'New caller',
      conversation: 'Conversation',
      caller: 'Caller',
      emptyHint: "Type the caller's question, or start with an example:",
      inputLabel: "Caller's question",
      placeholder: "Type the caller's question; Enter sends, Shift+Enter for a new line",
      send: 'Send',
      card: 'Answer card',
      copy: 'Copy',
      cardEmpty: 'When the bot has answered, the card to paste into the ticket appears here.',
      contacts: 'Contacts',
      you: 'Caller',
      bot: 'Assistant',
      thinking: 'Looking it up…',
      copied: 'Copied: paste it into the ticket.',
      copyFailed: 'Copy failed: select the card text and press Ctrl+C.',
      network: 'Cannot reach the server; check the network and try again.',
      httpError: 'The server answered with an error',
      measure: 'Measure',
      switchTo: '中文',
      confirmNew: 'Start a new caller? The conversation and card will be cleared.',
    },
  };

  var $ = function (id) { return document.getElementById(id); };
  var log = $('log');
  var empty = $('empty');
  var input = $('input');
  var sendButton = $('send');
  var copyButton = $('copy');
  var copyStatus = $('copy-status');
  var cardBox = $('card');
  var cardEmpty = $('card-empty');
  var contactsBlock = $('contacts-block');
  var contactsList = $('contacts');

  var state = {
    lang: readStored(window.localStorage, 'relief-console-lang') === 'en' ? 'en' : 'zh',
    // A reload starts a new caller: the log is not kept, so the session should not be either.
    sessionId: newSessionId(),
    busy: false,
    card: null,
  };

  function readStored(storage, key) {
    try { return storage.getItem(key); } catch { return null; }
  }
  function store(storage, key, value) {
    try { storage.setItem(key, value); } catch { /* private mode: the page still works */ }
  }

  /** A fresh caller: the API accepts 1–128 characters of [A-Za-z0-9_.:-]. */
  function newSessionId() {
    var random = window.crypto && typeof window.crypto.randomUUID === 'function'
      ? window.crypto.randomUUID()
      : Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
    return 'console-' + random;
  }

  function t(key) { return STRINGS[state.lang][key]; }

  function applyLanguage() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (el) {
      el.setAttribute('placeholder', t(el.getAttribute('data-i18n-placeholder')));
    });
    document.querySelectorAll('[data-example-zh]').forEach(function (el) {
      el.textContent = el.getAttribute('data-example-' + state.lang);
    });
    $('lang-toggle').textContent = t('switchTo');
    copyButton.textContent = t('copy');
    $('session-id').textContent = state.sessionId.replace(/^console-/, '').slice(0, 8);
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

  function appendMessage(kind, text) {
    empty.hidden = true;
    var msg = element('div', 'msg ' + kind);
    msg.appendChild(element('div', 'who', kind === 'user' ? t('you') : t('bot')));
    msg.appendChild(element('div', 'bubble', text));
    log.appendChild(msg);
    log.scrollTop = log.scrollHeight;
    return msg;
  }

  /** Old choices stay visible (what was offered) but cannot be pressed once the dialog moved on. */
  function retireOptions() {
    log.querySelectorAll('.option').forEach(function (button) { button.disabled = true; });
  }

  function showReply(reply) {
    var msg = appendMessage('bot', reply.text);
    if (Array.isArray(reply.measures) && reply.measures.length > 0) {
      var tags = element('div', 'tags');
      reply.measures.forEach(function (id) { tags.appendChild(element('span', 'tag', measureLabel(id))); });
      msg.appendChild(tags);
    }
    if (Array.isArray(reply.options) && reply.options.length > 0) {
      var options = element('div', 'options');
      reply.options.forEach(function (option) {
        var button = element('button', 'option', option.label);
        button.type = 'button';
        button.addEventListener('click', function () {
          if (state.busy) return;
          button.classList.add('chosen');
          send(option.value, option.label);
        });
        options.appendChild(button);
      });
      msg.appendChild(options);
    }
    if (reply.card) showCard(reply.card, reply.contacts || []);
    log.scrollTop = log.scrollHeight;
  }

  function showCard(card, contacts) {
    state.card = card;
    cardBox.textContent = card;
    cardBox.hidden = false;
    cardEmpty.hidden = true;
    copyButton.disabled = false;
    copyStatus.textContent = '';
    contactsList.replaceChildren();
    contacts.forEach(function (c) {
      var item = element('li', '', c.unit + ' ' + c.office + ' ' + c.person + ' ');
      item.appendChild(element('span', 'phone', c.phone));
      contactsList.appendChild(item);
    });
    contactsBlock.hidden = contacts.length === 0;
  }

  function clearCard() {
    state.card = null;
    cardBox.textContent = '';
    cardBox.hidden = true;
    cardEmpty.hidden = false;
    copyButton.disabled = true;
    copyStatus.textContent = '';
    contactsList.replaceChildren();
    contactsBlock.hidden = true;
  }

  function setBusy(busy) {
    state.busy = busy;
    sendButton.disabled = busy;
  }

  /** Sends `text` as the caller's message; `shown` is what the log displays (a button's label). */
  function send(text, shown) {
    if (state.busy || !text.trim()) return;
    retireOptions();
    appendMessage('user', shown || text);
    setBusy(true);
    var typing = appendMessage('bot typing', t('thinking'));
    fetch('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId: state.sessionId, text: text }),
    })
      .then(function (response) {
        return response.json().catch(function () { return null; }).then(function (body) {
          typing.remove();
          if (!response.ok) {
            appendMessage('error', t('httpError') + ' (' + response.status + ')' + (body && body.error ? '：' + body.error : ''));
            return;
          }
          showReply(body);
        });
      })
      .catch(function () {
        typing.remove();
        appendMessage('error', t('network'));
      })
      .then(function () {
        setBusy(false);
        input.focus();
      });
  }

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

  function newCaller() {
    state.sessionId = newSessionId();
    log.querySelectorAll('.msg').forEach(function (el) { el.remove(); });
    empty.hidden = false;
    clearCard();
    applyLanguage();
    input.value = '';
    input.focus();
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

  copyButton.addEventListener('click', function () {
    if (!state.card) return;
    copyText(state.card).then(
      function () { copyStatus.textContent = t('copied'); },
      function () { copyStatus.textContent = t('copyFailed'); },
    );
  });

  $('new-caller').addEventListener('click', function () {
    var started = log.querySelector('.msg') !== null;
    if (started && !window.confirm(t('confirmNew'))) return;
    newCaller();
  });

  $('lang-toggle').addEventListener('click', function () {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    store(window.localStorage, 'relief-console-lang', state.lang);
    applyLanguage();
  });

  applyLanguage();
  input.focus();
})();
