/**
 * The operator console end to end: the real server, the real page in Debian's headless Chromium
 * (driven by playwright-core), an operator working calls as at the hotline seat: a rent question to the
 * copied card, a correction, the facts panel, reset, contact look-ups and information answers, a reload,
 * a failed and a slow send, an English call, today's call list. Screenshots go to docs/ with
 * CONSOLE_SCREENSHOTS=docs.
 * Without chromium on the PATH this is skipped (or fails under REQUIRE_PEERS=1): test/support/peers.ts.
 */
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../../src/app/config.js';
import { silentLogger } from '../../../src/lib/logger.js';
import { startServer, type RunningServer } from '../../../src/app/server.js';
import { describeWithPeer, findPeer } from '../../support/peers.js';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--headless',
];
// The README's screenshots: refreshed into docs/ with CONSOLE_SCREENSHOTS=docs, else written to the temp folder
// (so an ordinary test run leaves the work tree as it was).
const DOCS = process.env.CONSOLE_SCREENSHOTS === 'docs' ? fileURLToPath(new URL('../../../docs/', import.meta.url)) : `${tmpdir()}/`;

describeWithPeer('chromium', 'operator console in headless Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer(loadConfig({ PORT: '0', RATE_LIMIT_PER_MINUTE: '0' }), silentLogger);
    browser = await chromium.launch({ executablePath: findPeer('chromium'), args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    // The page must work with the network closed: anything not from our server fails the test.
    await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('requestfailed', (request) => {
      if (!request.url().endsWith('/api/chat')) pageErrors.push(`request failed: ${request.url()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const answers = () => page.locator('.msg.bot:not(.typing)').count();
  const cardText = async () => ((await page.locator('#card-view').isVisible()) ? (await page.locator('#card').textContent()) ?? '' : '');

  /** Types a message, sends it with Enter and waits for the answer. */
  async function say(text: string): Promise<void> {
    const before = await answers();
    await page.locator('#input').fill(text);
    await page.locator('#input').press('Enter');
    await expect.poll(answers).toBe(before + 1);
  }

  /** Clicks the follow-up button with this label in the latest answer and waits for the next answer. */
  async function answer(label: string): Promise<void> {
    const before = await answers();
    await page.locator('.msg.bot').last().getByRole('button', { name: label, exact: true }).click();
    await expect.poll(answers).toBe(before + 1);
  }

  it('a whole rent question: typed, numbered follow-ups answered with buttons, the card shown and copied with 复制', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.title()).toBe('惠企政策咨询 · 话务台');
    expect(await page.locator('#copy').isDisabled()).toBe(true);
    expect(await page.locator('#card-empty').textContent()).toContain('还没有答复');

    await say('区属国企的门面，月租2万，3、4月房租能免吗');
    expect(await page.locator('.msg.user .bubble').first().textContent()).toBe('区属国企的门面，月租2万，3、4月房租能免吗');
    // Options show the number that picks them.
    expect(await page.locator('.msg.bot').last().locator('.option-number').allTextContents()).toEqual(['1', '2']);

    await answer('是');
    await answer('小型企业');
    await answer('坚持营业');
    await answer('没有裁员');

    await expect.poll(cardText).toContain('金额：40,000 元');
    const card = await cardText();
    expect(card.split('\n').slice(0, 4).join('\n')).toMatch(/^【政策答复单】（一）[^\n]*\n结论：符合\n金额：40,000 元\n联系电话：区国资委 改革协同办 于伟川 66112569/);
    // The clause is folded below the card; the reply does not tell the operator to ask for a card.
    expect(await page.locator('#clause').getAttribute('open')).toBe(null);
    expect(await page.locator('.msg.bot .bubble').last().textContent()).not.toContain('复制版');
    // The contacts panel lists exactly the card's phones.
    const panelPhones = await page.locator('#contacts .phone').allTextContents();
    expect(panelPhones.length).toBeGreaterThan(0);
    for (const phone of panelPhones) expect(card).toContain(phone);
    expect(await page.locator('.option:not([disabled])').count()).toBe(0);

    await page.locator('#copy').click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(card);
    expect(copied).toContain('条款原文：（一）在西城区注册纳税');
    expect(pageErrors).toEqual([]);
  });

  it('a correction replaces the card; the facts panel changes a fact and the amount follows', async () => {
    await say('不对，月租是3万');
    await expect.poll(cardText).toContain('金额：60,000 元');
    expect(await cardText()).not.toContain('40,000');

    const rent = page.locator('.fact[data-fact="monthlyRent"]');
    expect(await rent.locator('.fact-value').textContent()).toBe('30,000 元');
    await rent.locator('.fact-chip').click();
    await page.locator('.fact-input').fill('25000');
    const before = await answers();
    await page.locator('.fact-form button').click();
    await expect.poll(answers).toBe(before + 1);
    await expect.poll(cardText).toContain('金额：50,000 元');
    expect(await rent.locator('.fact-value').textContent()).toBe('25,000 元');

    // A choice fact offers its other values.
    await page.locator('.fact[data-fact="premisesUse"] .fact-chip').click();
    const count = await answers();
    await page.locator('#fact-editor').getByRole('button', { name: '办公' }).click();
    await expect.poll(answers).toBe(count + 1);
    await expect.poll(cardText).toContain('× 50% = 25,000 元');
    await page.screenshot({ path: `${DOCS}console-desktop.png` });
  });

  it('a reload restores the call: log, card and facts, and the dialog goes on', async () => {
    const messages = await page.locator('.msg').count();
    const card = await cardText();
    await page.reload();
    await expect.poll(() => page.locator('.msg').count()).toBe(messages);
    expect(await cardText()).toBe(card);
    expect(await page.locator('.fact[data-fact="monthlyRent"] .fact-value').textContent()).toBe('25,000 元');
    await say('/answer monthlyRent 10000');
    await expect.poll(cardText).toContain('金额：10,000 元');
  });

  it('removing a fact clears the card (the answer no longer holds) and the bot asks for it again', async () => {
    const before = await answers();
    await page.locator('.fact[data-fact="monthlyRent"] .fact-remove').click();
    await expect.poll(answers).toBe(before + 1);
    await expect.poll(() => page.locator('#card-view').isVisible()).toBe(false);
    expect(await page.locator('#card-empty').textContent()).toContain('还没有答复');
    expect(await page.locator('.fact[data-fact="monthlyRent"]').count()).toBe(0);
    await say('2万');
    await expect.poll(cardText).toContain('金额：20,000 元');
  });

  it('/reset clears the card and the facts', async () => {
    await say('/reset');
    await expect.poll(() => page.locator('#card-view').isVisible()).toBe(false);
    expect(await page.locator('#card-empty').isVisible()).toBe(true);
    expect(await page.locator('#copy').isDisabled()).toBe(true);
    expect(await page.locator('#facts-block').isVisible()).toBe(false);
  });

  it('a contact look-up and an information answer each produce a card that agrees with the contacts panel', async () => {
    await say('商务局电话多少');
    await expect.poll(cardText).toMatch(/^【联系方式】区商务局\n联系电话：/);
    const card = await cardText();
    const phones = await page.locator('#contacts .phone').allTextContents();
    expect(phones).toContain('83509352');
    for (const phone of phones) expect(card).toContain(phone);

    await say('银行贷款有什么支持');
    await expect.poll(cardText).toMatch(/^【政策答复单】（五）/);
    expect(await cardText()).toContain('联系电话：');
    expect(await page.locator('#copy').isDisabled()).toBe(false);
  });

  it('a failed send keeps the text and offers retry; a slow reply shows it is working', async () => {
    await context.route('**/api/chat', (route) => route.abort());
    await page.locator('#input').fill('担保费能补贴吗');
    await page.locator('#input').press('Enter');
    await expect.poll(() => page.locator('.msg.error').count()).toBe(1);
    expect(await page.locator('.msg.error').textContent()).toContain('发送失败');
    expect(await page.locator('#input').inputValue()).toBe('担保费能补贴吗');
    await context.unroute('**/api/chat');

    // The server is back but slow: the page says it is still working, then shows the answer.
    await context.route('**/api/chat', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.continue();
    });
    const before = await answers();
    await page.locator('.btn-retry').click();
    await expect.poll(() => page.locator('.typing.slow').count(), { timeout: 4000 }).toBe(1);
    expect(await page.locator('.typing .bubble').textContent()).toContain('仍在处理');
    await expect.poll(answers, { timeout: 10_000 }).toBe(before + 1);
    await context.unroute('**/api/chat');
    expect(await page.locator('.msg.error').count()).toBe(0);
    expect(await page.locator('.msg.user.failed').count()).toBe(0);
    expect(await page.locator('.msg.user .bubble').last().textContent()).toBe('担保费能补贴吗');
  });

  it('new call: asks only when the answer was not copied; today\'s calls list restores an earlier call', async () => {
    let dialogs = 0;
    const onDialog = (dialog: { accept: () => Promise<void> }) => {
      dialogs += 1;
      void dialog.accept();
    };
    page.on('dialog', onDialog);
    const sessionBefore = await page.locator('#session-id').textContent();
    await say('银行贷款有什么支持');
    // The information card on screen has not been copied: confirm first.
    await page.keyboard.press('Alt+N');
    await expect.poll(() => dialogs).toBe(1);
    await expect.poll(() => page.locator('.msg').count()).toBe(0);
    expect(await page.locator('#session-id').textContent()).not.toBe(sessionBefore);

    await say('商务局电话多少');
    await page.keyboard.press('Alt+C');
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('已复制');
    await page.locator('#new-caller').click();
    await expect.poll(() => page.locator('.msg').count()).toBe(0);
    expect(dialogs).toBe(1);
    page.off('dialog', onDialog);

    const items = page.locator('#history .history-item');
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    expect(await items.first().locator('.history-question').textContent()).toBe('商务局电话多少');
    expect(await items.nth(1).locator('.history-question').textContent()).toBe('区属国企的门面，月租2万，3、4月房租能免吗');
    await items.nth(1).locator('.history-open').click();
    await expect.poll(cardText).toMatch(/^【政策答复单】（五）/);
    expect(await page.locator('#session-id').textContent()).toBe(sessionBefore);
    expect(pageErrors).toEqual([]);
  });

  it('an English call: the card stays Chinese and an English card is offered; screenshots of the seat', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('#new-caller').click();
    await page.locator('#lang-toggle').click();
    expect(await page.locator('#new-caller').textContent()).toBe('New call');
    await say('I rent a shop from a district state-owned company for 20,000 yuan a month. Can March and April rent be waived?');
    await answer('Yes');
    await answer('Small');
    await answer('Stayed open');
    await answer('None');
    await expect.poll(cardText).toContain('金额：40,000 元');
    expect(await page.locator('.msg.bot .bubble').last().textContent()).toContain('Xicheng SASAC (区国资委), Reform Coordination Office, Yu Weichuan, 66112569');
    expect(await page.locator('#card-lang').isVisible()).toBe(true);
    await page.locator('#card-lang [data-card-lang="en"]').click();
    await expect.poll(cardText).toContain('Phone: Xicheng SASAC (区国资委), Reform Coordination Office, Yu Weichuan, 66112569');
    await page.screenshot({ path: `${DOCS}console-desktop-en.png` });
    await page.locator('#card-lang [data-card-lang="zh"]').click();

    // The English title, buttons and placeholder fit a phone: nothing sticks out sideways or wraps the top bar.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${DOCS}console-phone.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Counted in line boxes, not pixels: a pixel bound moved with the fonts Debian's chromium finds (70.19 px once no
    // CJK font was installed), while a wrap is a second line box whatever the font.
    const bar = await page.locator('.topbar').evaluate((el) => {
      const lines = (node: Element): number => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
      };
      const buttons = Array.from(el.querySelectorAll('.topbar-actions .btn'));
      return {
        title: lines(el.querySelector('h1')!),
        buttons: buttons.map(lines),
        rows: new Set(buttons.map((button) => Math.round(button.getBoundingClientRect().top))).size,
      };
    });
    expect(bar).toEqual({ title: 1, buttons: [1, 1], rows: 1 });
    const placeholder = await page.locator('#input').evaluate((el: HTMLTextAreaElement) => {
      const probe = document.createElement('span');
      probe.textContent = el.placeholder;
      probe.style.font = getComputedStyle(el).font;
      probe.style.position = 'absolute';
      probe.style.whiteSpace = 'nowrap';
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return { width, box: el.clientWidth };
    });
    expect(placeholder.width).toBeLessThan(placeholder.box);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('#lang-toggle').click();
    expect(pageErrors).toEqual([]);
  });

  it('serves a favicon and a print view with the whole card only', async () => {
    const icon = await page.request.get(`${server.url}/console/favicon.svg`);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toBe('image/svg+xml');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('.layout').isVisible()).toBe(false);
    expect(await page.locator('#ticket-card').textContent()).toContain('条款原文：');
    await page.emulateMedia({ media: 'screen' });
  });

  it('copies through the textarea fallback where navigator.clipboard is unavailable', async () => {
    await page.evaluate(() => {
      // As on a plain-http intranet address, where the page is not a secure context.
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      const copies: string[] = [];
      (window as unknown as { copies: string[] }).copies = copies;
      document.execCommand = (command: string) => {
        const area = document.activeElement;
        if (command === 'copy' && area instanceof HTMLTextAreaElement) copies.push(area.value.slice(area.selectionStart, area.selectionEnd));
        return true;
      };
    });
    await page.locator('#copy').click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('已复制');
    const copies = await page.evaluate(() => (window as unknown as { copies: string[] }).copies);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toContain('40,000');
    expect(copies[0]).toContain('66112569');
    expect(await page.locator('#copy-buffer').count()).toBe(0);
  });

  it('shows user text as text, never as HTML', async () => {
    const before = await answers();
    await page.locator('#input').fill('<img src=x onerror="window.pwned=1">');
    await page.locator('#input').press('Enter');
    await expect.poll(answers).toBe(before + 1);
    expect(await page.locator('.msg.user .bubble').last().textContent()).toBe('<img src=x onerror="window.pwned=1">');
    expect(await page.locator('.log img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });
});
