// Attacks on /wecom/callback by someone who does not hold the token: whatever the body, nothing is
// parsed before the signature is checked, an entity can never smuggle in a ciphertext, and the answer is
// a 4xx with a warning, never a 500 or an error line.
import { describe, expect, it, vi } from 'vitest';
import type { HttpRequest, Route } from '../../../src/core/http-types.js';
import type { WecomMemo } from '../../../src/channels/wecom/wecom-conversation.js';
import { createWecomRoutes } from '../../../src/channels/wecom/wecom-routes.js';
import { parseWecomMessage } from '../../../src/channels/wecom/wecom-xml.js';
import { createMemoryStore } from '../../../src/infra/memory-store.js';
import { fakeHandleTurn, httpRequest, recordingLogger, SAMPLE_KEYS, wecomClient } from '../../support/wecom-client.js';

// Counts every use of the XML parser and validator, so a test can say "not parsed at all".
const xmlUse = vi.hoisted(() => ({ parse: 0, validate: 0 }));
vi.mock('fast-xml-parser', async (importOriginal) => {
  const original = await importOriginal<typeof import('fast-xml-parser')>();
  class CountingParser extends original.XMLParser {
    override parse(xml: string | Uint8Array): unknown {
      xmlUse.parse += 1;
      return super.parse(xml) as unknown;
    }
  }
  return {
    ...original,
    XMLParser: CountingParser,
    XMLValidator: {
      validate: (...args: Parameters<typeof original.XMLValidator.validate>) => {
        xmlUse.validate += 1;
        return original.XMLValidator.validate(...args);
      },
    },
  };
});

const NOW = 1_700_000_000_000;
const now = (): number => NOW;

function setup() {
  const bot = fakeHandleTurn();
  const logger = recordingLogger();
  const routes = createWecomRoutes({
    config: { token: SAMPLE_KEYS.token, encodingAesKey: SAMPLE_KEYS.encodingAesKey, corpId: SAMPLE_KEYS.receiveId },
    handleTurn: bot.handleTurn,
    dedupe: createMemoryStore<WecomMemo>({ maxEntries: 1000, ttlSeconds: 600 }),
    logger,
    now,
  });
  const post = routes.find((route): route is Route => route.method === 'POST');
  if (post === undefined) throw new Error('no POST route');
  return { bot, logger, wecom: wecomClient(SAMPLE_KEYS, now), post: (request: HttpRequest) => post.handle(request, {}) };
}

const textXml = (content: string): string =>
  `<xml><ToUserName><![CDATA[${SAMPLE_KEYS.receiveId}]]></ToUserName><FromUserName><![CDATA[wang]]></FromUserName>`
  + `<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content>`
  + '<MsgId>1001</MsgId></xml>';

describe('POST /wecom/callback before the signature', () => {
  it('does not parse a 60 KB body of 15,000 empty elements: it checks the signature and refuses it', async () => {
    const { post, wecom, logger, bot } = setup();
    const ciphertext = wecom.seal(textXml('hi'));
    const query = wecom.signedQuery(ciphertext);
    query.set('msg_signature', '0'.repeat(40));
    const body = `<xml>${'<a/>'.repeat(15_000)}<Encrypt><![CDATA[${ciphertext}]]></Encrypt></xml>`;
    expect(body.length).toBeGreaterThan(60_000);
    xmlUse.parse = 0;
    xmlUse.validate = 0;
    const response = await post(httpRequest('POST', '/wecom/callback', query, body));
    expect(response.status).toBe(403);
    expect(xmlUse).toEqual({ parse: 0, validate: 0 });
    expect(logger.errors).toEqual([]);
    expect(bot.calls).toEqual([]);
  });

  it('refuses the comment-before-DOCTYPE bypass: a real ciphertext supplied through an entity is a 400, correctly signed or not', async () => {
    const { post, wecom, logger, bot } = setup();
    const ciphertext = wecom.seal(textXml('hi'));
    const body = `<!-- <xml> --><!DOCTYPE xml [<!ENTITY c "${ciphertext}">]><xml><Encrypt>&c;</Encrypt></xml>`;
    const signed = await post(httpRequest('POST', '/wecom/callback', wecom.signedQuery(ciphertext), body));
    const unsigned = await post(httpRequest('POST', '/wecom/callback', wecom.signedQuery('&c;'), body));
    expect([signed.status, unsigned.status]).toEqual([400, 400]);
    expect(logger.warnings).toEqual([expect.objectContaining({ reason: 'malformed-xml' }), expect.objectContaining({ reason: 'malformed-xml' })]);
    expect(logger.errors).toEqual([]);
    expect(bot.calls).toEqual([]);
  });

  it.each([
    ['a DOCTYPE after the root', (c: string) => `<xml><Encrypt><![CDATA[${c}]]></Encrypt></xml><!DOCTYPE x>`],
    ['a lower-case doctype inside the root', (c: string) => `<xml><!doctype x><Encrypt><![CDATA[${c}]]></Encrypt></xml>`],
    ['an ENTITY declaration alone', (c: string) => `<xml><!ENTITY a "b"><Encrypt><![CDATA[${c}]]></Encrypt></xml>`],
    ['a billion-laughs entity bomb', (c: string) => `<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${'&a;'.repeat(10)}">`).join('')}]><xml><Encrypt><![CDATA[${c}]]></Encrypt><X>&bbbbbbbbb;</X></xml>`],
    ['two Encrypt elements', (c: string) => `<xml><Encrypt><![CDATA[${c}]]></Encrypt><Encrypt><![CDATA[${c}]]></Encrypt></xml>`],
    ['another root', (c: string) => `<doc><Encrypt><![CDATA[${c}]]></Encrypt></doc>`],
    ['an unclosed CDATA', (c: string) => `<xml><Encrypt><![CDATA[${c}</Encrypt></xml>`],
  ])('refuses %s with a 400 and no error line, even correctly signed', async (_name, build) => {
    const { post, wecom, logger, bot } = setup();
    const ciphertext = wecom.seal(textXml('hi'));
    const response = await post(httpRequest('POST', '/wecom/callback', wecom.signedQuery(ciphertext), build(ciphertext)));
    expect(response.status).toBe(400);
    expect(logger.errors).toEqual([]);
    expect(bot.calls).toEqual([]);
  });

  it('answers a genuine message after all that, parsing only its decrypted text', async () => {
    const { post, wecom, bot } = setup();
    xmlUse.parse = 0;
    const response = await post(wecom.textRequest('wang', '你好', '42'));
    expect(response.status).toBe(200);
    expect(bot.calls).toEqual([expect.objectContaining({ userId: 'wang', text: '你好' })]);
    expect(xmlUse.parse).toBe(1);
  });

  it('refuses 200 anonymous bodies of many shapes without a single 500 or error line', async () => {
    const { post, wecom, logger } = setup();
    const shapes = [
      (i: number) => `<xml>${'<a>'.repeat(i * 50)}</xml>`,
      (i: number) => `<xml><Encrypt>${'&x;'.repeat(i)}</Encrypt></xml>`,
      (i: number) => `${'<!--'.repeat(i)}<xml><Encrypt>x</Encrypt></xml>`,
      (i: number) => `<xml><Encrypt><![CDATA[${'A'.repeat(i * 100)}]]></Encrypt></xml>`,
      (i: number) => Buffer.from(Array.from({ length: i * 10 }, (_, j) => (j * 37 + i) % 256)).toString('latin1'),
    ];
    const statuses = new Set<number>();
    for (let i = 1; i <= 40; i += 1) {
      for (const shape of shapes) {
        const response = await post(httpRequest('POST', '/wecom/callback', wecom.signedQuery('x'), shape(i)));
        statuses.add(response.status);
      }
    }
    expect([...statuses].every((status) => status === 400 || status === 403)).toBe(true);
    expect(logger.errors).toEqual([]);
  });
});

describe('the decrypted message, once signed', () => {
  const fields = '<ToUserName>ww1</ToUserName><FromUserName>u</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType>';

  it('refuses a DOCTYPE hidden after a comment that mentions <xml>, and never expands its entity', () => {
    const xml = `<!-- <xml> --><!DOCTYPE x [<!ENTITY e "expanded">]><xml>${fields}<Content>&e;</Content><MsgId>1</MsgId></xml>`;
    expect(parseWecomMessage(xml)).toEqual({ ok: false, error: 'malformed-xml' });
  });

  it('leaves an undeclared entity as the text it was', () => {
    const parsed = parseWecomMessage(`<xml>${fields}<Content>&e; &#x4F60;&#22909; &amp;</Content><MsgId>1</MsgId></xml>`);
    expect(parsed.ok && parsed.value.content).toBe('&e; 你好 &');
  });

  it('keeps CDATA literal: "&amp;" typed by a user stays "&amp;"', () => {
    const parsed = parseWecomMessage(`<xml>${fields}<Content><![CDATA[a &amp; b <!ENTITY x>]]></Content><MsgId>1</MsgId></xml>`);
    expect(parsed.ok && parsed.value.content).toBe('a &amp; b <!ENTITY x>');
  });
});
