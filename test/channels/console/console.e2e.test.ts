/**
 * The operator console end to end: the real server, the real page in Debian's headless Chromium
 * (driven by playwright-core), an operator working through a whole rent question to the copied card.
 * Without chromium on the PATH this is skipped (or fails under REQUIRE_PEERS=1): test/support/peers.ts.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../../src/app/config.js';
import { silentLogger } from '../../../src/lib/logger.js';
import { startServer, type RunningServer } from '../../../src/app/server.js';
import { describeWithPeer, findPeer } from '../../support/peers.js';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--headless',
];
const SCREENSHOT = '/tmp/console.png';

describeWithPeer('chromium', 'operator console in headless Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer(loadConfig({ PORT: '0' }), silentLogger);
    browser = await chromium.launch({ executablePath: findPeer('chromium'), args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    // The page must work with the network closed: anything not from our server fails the test.
    await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('requestfailed', (request) => pageErrors.push(`request failed: ${request.url()}`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Clicks the follow-up button with this label in the latest answer and waits for the next answer. */
  async function answer(label: string): Promise<void> {
    const before = await page.locator('.msg.bot:not(.typing)').count();
    await page.locator('.msg.bot').last().getByRole('button', { name: label, exact: true }).click();
    await expect.poll(() => page.locator('.msg.bot:not(.typing)').count()).toBe(before + 1);
  }

  it('a whole rent question: typed, follow-ups answered with buttons, the card shown and copied with 复制', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.title()).toBe('惠企政策咨询 · 话务台');
    expect(await page.locator('#copy').textContent()).toBe('复制');
    expect(await page.locator('#copy').isDisabled()).toBe(true);

    await page.locator('#input').fill('区属国企的门面，月租2万，3、4月房租能免吗');
    await page.locator('#input').press('Enter');
    await expect.poll(() => page.locator('.msg.bot:not(.typing)').count()).toBe(1);
    expect(await page.locator('.msg.user .bubble').first().textContent()).toBe('区属国企的门面，月租2万，3、4月房租能免吗');
    expect(await page.locator('.msg.bot .bubble').last().textContent()).toContain('西城区注册');

    await answer('是');
    await answer('小型企业');
    await answer('坚持营业');
    await answer('没有裁员');

    const card = page.locator('#card');
    await expect.poll(() => card.isVisible()).toBe(true);
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain('【政策答复单】');
    expect(cardText).toContain('40,000 元');
    expect(cardText).toContain('66112569');
    expect(await page.locator('.msg.bot .tag').last().textContent()).toBe('措施（一）');
    // The buttons of earlier questions cannot be pressed again.
    expect(await page.locator('.option:not([disabled])').count()).toBe(0);

    await page.locator('#copy').click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(cardText);
    expect(copied).toContain('40,000');
    expect(copied).toContain('66112569');

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(pageErrors).toEqual([]);
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
    await page.locator('#copy-status').evaluate((el) => {
      el.textContent = '';
    });
    await page.locator('#copy').click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('已复制');
    const copies = await page.evaluate(() => (window as unknown as { copies: string[] }).copies);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toContain('40,000');
    expect(copies[0]).toContain('66112569');
    expect(await page.locator('#copy-buffer').count()).toBe(0);
  });

  it('switches to English and back; 新来电 starts a new caller with an empty card', async () => {
    const sessionBefore = await page.locator('#session-id').textContent();
    await page.locator('#lang-toggle').click();
    expect(await page.locator('#new-caller').textContent()).toBe('New caller');
    expect(await page.locator('#copy').textContent()).toBe('Copy');
    await page.locator('#lang-toggle').click();
    expect(await page.locator('#new-caller').textContent()).toBe('新来电');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('#new-caller').click();
    expect(await page.locator('.msg').count()).toBe(0);
    expect(await page.locator('#card').isVisible()).toBe(false);
    expect(await page.locator('#copy').isDisabled()).toBe(true);
    expect(await page.locator('#session-id').textContent()).not.toBe(sessionBefore);

    // The new caller's dialog starts afresh: a follow-up answer alone means nothing to it.
    await page.locator('#input').fill('你好');
    await page.locator('#send').click();
    await expect.poll(() => page.locator('.msg.bot:not(.typing)').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('shows user text as text, never as HTML', async () => {
    await page.locator('#input').fill('<img src=x onerror="window.pwned=1">');
    await page.locator('#input').press('Enter');
    await expect.poll(() => page.locator('.msg.bot:not(.typing)').count()).toBe(2);
    expect(await page.locator('.msg.user .bubble').last().textContent()).toBe('<img src=x onerror="window.pwned=1">');
    expect(await page.locator('.log img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });
});
