/**
 * The staff page end to end: the real server with STAFF_TOKEN and a real SQLite file in DATA_DIR,
 * owners' messages through POST /api/chat, then the page in Debian's headless Chromium (playwright-core):
 * the token asked for, the chart drawn, the inbox groups listed with the phone number masked, an answer
 * found by the id printed on its card. Without a token the page does not exist. Without chromium on the
 * PATH the browser part is skipped (or fails under REQUIRE_PEERS=1): test/support/peers.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/app/config.js';
import { silentLogger } from '../../../src/lib/logger.js';
import { startServer, type RunningServer } from '../../../src/app/server.js';
import { describeWithPeer, findPeer } from '../../support/peers.js';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--headless'];
const TOKEN = 'staff-test-token-0123456789';
const PHONE = '13812345678';

async function chat(url: string, sessionId: string, text: string): Promise<{ answerId?: string; card: string | null; text: string }> {
  const response = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId, text }) });
  return (await response.json()) as { answerId?: string; card: string | null; text: string };
}

describe('staff page routes', () => {
  it('without STAFF_TOKEN the page is off (404); with it, the data needs the token (401 otherwise)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'staff-off-'));
    const off = await startServer(loadConfig({ PORT: '0', DATA_DIR: dir }), silentLogger);
    try {
      expect((await fetch(`${off.url}/staff`)).status).toBe(404);
      expect((await fetch(`${off.url}/staff/api/groups`)).status).toBe(404);
    } finally {
      await off.stop();
    }
    const on = await startServer(loadConfig({ PORT: '0', DATA_DIR: dir, STAFF_TOKEN: TOKEN }), silentLogger);
    try {
      expect(on.channels).toContain('staff');
      expect((await fetch(`${on.url}/staff`)).status).toBe(200);
      expect((await fetch(`${on.url}/staff/api/groups`)).status).toBe(401);
      expect((await fetch(`${on.url}/staff/api/groups`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
      const ok = await fetch(`${on.url}/staff/api/groups`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('cache-control')).toBe('no-store');
      expect((await fetch(`${on.url}/staff/api/answers/nonsense`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(400);
    } finally {
      await on.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeWithPeer('chromium', 'staff page in headless Chromium', () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let answerId = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'staff-page-'));
    server = await startServer(loadConfig({ PORT: '0', DATA_DIR: dir, STAFF_TOKEN: TOKEN }), silentLogger);
    await chat(server.url, 'owner-a', `我电话${PHONE}，帮我查一下个人公积金缴存记录`);
    await chat(server.url, 'owner-b', '帮我查查个人公积金缴存记录');
    await chat(server.url, 'owner-c', '讲个笑话');
    let last = await chat(server.url, 'owner-d', '区属国企的门面，月租2万，3、4月房租能免吗');
    for (const text of ['是', '小型企业', '坚持营业', '没有裁员']) last = await chat(server.url, 'owner-d', text);
    answerId = last.answerId ?? '';
    expect(last.card).toContain(`答复编号：${answerId}`);
    browser = await chromium.launch({ executablePath: findPeer('chromium'), args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('asks for the token, refuses a wrong one, then shows the chart and the inbox groups, largest first, phone masked', async () => {
    await page.goto(`${server.url}/staff`);
    expect(await page.title()).toBe('惠企政策咨询 · 工作人员');
    await page.locator('#token').fill('wrong-token-0123456789');
    await page.locator('#login button').click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('令牌不对');
    await page.locator('#token').fill(TOKEN);
    await page.locator('#login button').click();
    await expect.poll(() => page.locator('#main').isVisible()).toBe(true);

    await expect.poll(() => page.locator('#groups .group').count()).toBe(2);
    const first = page.locator('#groups .group').first();
    expect(await first.locator('.count').textContent()).toBe('×2');
    expect(await first.locator('.example').allTextContents()).toEqual(['帮我查查个人公积金缴存记录', '我电话〔电话〕，帮我查一下个人公积金缴存记录']);
    expect(await page.locator('body').textContent()).not.toContain(PHONE);

    await expect.poll(() => page.locator('#chart svg rect.bar').count()).toBeGreaterThan(0);
    expect(await page.locator('#chart svg rect.bar.answered').count()).toBe(1);
    expect(await page.locator('#chart svg rect.bar.not_understood').count()).toBe(1);
    expect(await page.locator('#shares').textContent()).toMatch(/共 8 轮；已答复 12\.5%/);
    expect(await page.locator('#topics li').first().textContent()).toBe('rent-tenant：5');
  });

  it('finds an answer by the id on its card, typed in lower case: facts, verdict, arithmetic, clause, unchanged policy data', async () => {
    await page.locator('#answer-id').fill(answerId.toLowerCase());
    await page.locator('#lookup button').click();
    await expect.poll(() => page.locator('#answer h3').textContent()).toBe(`答复编号 ${answerId}`);
    const text = (await page.locator('#answer').textContent()) ?? '';
    expect(text).toContain('rent-waiver（措施 1）：符合，40,000 元');
    expect(text).toContain('20,000 元 × 2 个月');
    expect(text).toContain('区属国有企业');
    expect(text).toContain('政策数据自答复以来未变更');
    await page.locator('#answer-id').fill('XXXX-XXXX-XXXX');
    await page.locator('#lookup button').click();
    await expect.poll(() => page.locator('#answer .error').textContent()).toBe('no answer XXXX-XXXX-XXXX');
    await page.screenshot({ path: '/tmp/staff-page.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
