import { describe, expect, it } from 'vitest';
import type { HttpRequest, Route } from '../../../src/core/http-types.js';
import { createWecomAibotRoutes } from '../../../src/channels/wecom/wecom-aibot-routes.js';
import type { WecomMemo } from '../../../src/channels/wecom/wecom-conversation.js';
import { createMemoryStore } from '../../../src/infra/memory-store.js';
import { fakeHandleTurn, httpRequest, recordingLogger, wecomClient, type WecomKeys } from '../../support/wecom-client.js';

const NOW = 1_700_000_000_000;
const now = (): number => NOW;
const KEYS: WecomKeys = { token: 'hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo', encodingAesKey: '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt', receiveId: '' };

function setup() {
  const bot = fakeHandleTurn();
  const logger = recordingLogger();
  const routes = createWecomAibotRoutes({
    config: { token: KEYS.token, encodingAesKey: KEYS.encodingAesKey },
    handleTurn: bot.handleTurn,
    dedupe: createMemoryStore<WecomMemo>({ maxEntries: 1000, ttlSeconds: 600 }),
    logger,
    now,
  });
  const route = (method: string): Route => {
    const found = routes.find((candidate) => candidate.method === method && candidate.path === '/wecom/aibot');
    if (found === undefined) throw new Error(`no ${method} route`);
    return found;
  };
  const [get, post] = [route('GET'), route('POST')];
  return {
    bot,
    logger,
    wecom: wecomClient(KEYS, now),
    get: (request: HttpRequest) => get.handle(request, {}),
    post: (request: HttpRequest) => post.handle(request, {}),
  };
}

const textMessage = (msgid: string, content: string, extra: object = {}) => ({
  msgid, aibotid: 'AIBOTID', chattype: 'single', from: { userid: 'wang' }, response_url: 'https://example.invalid/r',
  msgtype: 'text', text: { content }, ...extra,
});

describe('/wecom/aibot', () => {
  it('verifies the URL with receiveId "", answering exactly the echostr', async () => {
    const { get, wecom } = setup();
    const { request, plaintext } = wecom.verifyRequest('/wecom/aibot');
    expect(await get(request)).toMatchObject({ status: 200, body: plaintext });
  });

  it('answers a conversation with finished streams, encrypted for receiveId ""', async () => {
    const { post, bot, wecom } = setup();
    const first = wecom.openJsonReply(await post(wecom.jsonRequest(textMessage('CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI=', '你好'))));
    expect(first.receiveId).toBe('');
    expect(first.reply).toEqual({
      msgtype: 'stream',
      stream: { id: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown, finish: true, content: expect.stringContaining('2. 稳岗补贴') as unknown },
    });
    const second = wecom.openJsonReply(await post(wecom.jsonRequest(textMessage('m2', '1'))));
    expect(second.reply).toMatchObject({ stream: { content: '第2轮：rent', finish: true } });
    expect(bot.calls).toEqual([
      { channel: 'wecom-aibot', userId: 'wang', text: '你好' },
      { channel: 'wecom-aibot', userId: 'wang', text: 'rent' },
    ]);
  });

  it.each([
    ['in front', '@政策助手 房租能免吗', '房租能免吗'],
    ['in the middle, keeping an e-mail address', '房租 @政策助手 能免吗？邮箱 a@b.cn', '房租 能免吗？邮箱 a@b.cn'],
  ])('drops the @mention %s in a group and keeps each member of the group apart', async (_where, text, question) => {
    const { post, bot, wecom } = setup();
    await post(wecom.jsonRequest(textMessage('g1', text, { chattype: 'group', chatid: 'CHAT1' })));
    expect(bot.calls).toEqual([{ channel: 'wecom-aibot', userId: 'CHAT1/wang', text: question }]);
  });

  it('answers a retried message the same and calls the bot once', async () => {
    const { post, bot, wecom } = setup();
    const request = wecom.jsonRequest(textMessage('retry-1', '房租'));
    const replies: Array<Record<string, unknown>> = [];
    for (let delivery = 0; delivery < 4; delivery++) replies.push(wecom.openJsonReply(await post(request)).reply);
    expect(replies.every((reply) => JSON.stringify(reply) === JSON.stringify(replies[0]))).toBe(true);
    expect(bot.calls).toHaveLength(1);
  });

  it('welcomes on enter_chat with a text message (the only event that takes one)', async () => {
    const { post, bot, wecom } = setup();
    const event = { msgid: 'e1', aibotid: 'AIBOTID', from: { userid: 'wang' }, msgtype: 'event', event: { eventtype: 'enter_chat' } };
    const { reply } = wecom.openJsonReply(await post(wecom.jsonRequest(event)));
    expect(reply).toEqual({ msgtype: 'text', text: { content: expect.stringContaining('1. 房租减免') as unknown } });
    expect(bot.calls).toEqual([{ channel: 'wecom-aibot', userId: 'wang', text: '你好' }]);
  });

  it.each([
    ['image', { image: { url: 'https://x/y' } }],
    ['voice', { voice: { content: '' } }],
    ['file', { file: { url: 'https://x/a.pdf' } }],
  ])('asks for the question to be typed when sent a %s', async (msgtype, body) => {
    const { post, bot, wecom } = setup();
    const message = { msgid: `${msgtype}-1`, aibotid: 'AIBOTID', from: { userid: 'wang' }, msgtype, ...body };
    const { reply } = wecom.openJsonReply(await post(wecom.jsonRequest(message)));
    expect(reply).toMatchObject({ msgtype: 'stream', stream: { finish: true, content: expect.stringMatching(/只能看懂文字.*打字提问/) as unknown } });
    expect(bot.calls).toEqual([]);
  });

  it('asks in English once the user has been talking English', async () => {
    const { post, wecom } = setup();
    await post(wecom.jsonRequest(textMessage('en-1', 'rent please')));
    const image = { msgid: 'en-2', aibotid: 'AIBOTID', from: { userid: 'wang' }, msgtype: 'image', image: { url: 'https://x/y' } };
    const { reply } = wecom.openJsonReply(await post(wecom.jsonRequest(image)));
    expect(reply).toMatchObject({ stream: { content: expect.stringContaining('type your question') as unknown } });
  });

  it('answers a mixed message from its text parts, without the @mention, and one with pictures only asks for text', async () => {
    const { post, bot, wecom } = setup();
    const mixed = (msgid: string, items: object[]) => ({
      msgid, aibotid: 'AIBOTID', chatid: 'CHAT1', chattype: 'group', from: { userid: 'wang' }, msgtype: 'mixed', mixed: { msg_item: items },
    });
    const answered = wecom.openJsonReply(await post(wecom.jsonRequest(mixed('mx1', [
      { msgtype: 'text', text: { content: '@政策助手 我的门面' } },
      { msgtype: 'image', image: { url: 'https://x/y' } },
      { msgtype: 'text', text: { content: '月租2万能免吗' } },
    ]))));
    expect(bot.calls).toEqual([{ channel: 'wecom-aibot', userId: 'CHAT1/wang', text: '我的门面\n月租2万能免吗' }]);
    expect(answered.reply).toMatchObject({ stream: { finish: true, content: '第1轮：我的门面\n月租2万能免吗' } });
    const picturesOnly = wecom.openJsonReply(await post(wecom.jsonRequest(mixed('mx2', [{ msgtype: 'image', image: { url: 'https://x/y' } }]))));
    expect(picturesOnly.reply).toMatchObject({ stream: { content: expect.stringContaining('只能看懂文字') as unknown } });
    expect(bot.calls).toHaveLength(1);
  });

  it('answers a refresh of a finished stream with the finished content, and an unknown stream with an apology, never an error', async () => {
    const { post, bot, wecom } = setup();
    const first = wecom.openJsonReply(await post(wecom.jsonRequest(textMessage('s1', '房租')))).reply as { stream: { id: string; content: string } };
    const refresh = (id: string) => ({ msgid: `r-${id}`, aibotid: 'AIBOTID', from: { userid: 'wang' }, msgtype: 'stream', stream: { id } });
    const again = await post(wecom.jsonRequest(refresh(first.stream.id)));
    expect(again.status).toBe(200);
    expect(wecom.openJsonReply(again).reply).toEqual({ msgtype: 'stream', stream: { id: first.stream.id, finish: true, content: first.stream.content } });
    const unknown = await post(wecom.jsonRequest(refresh('0123456789abcdef')));
    expect(unknown.status).toBe(200);
    expect(wecom.openJsonReply(unknown).reply).toMatchObject({ stream: { id: '0123456789abcdef', finish: true, content: expect.stringContaining('稍后再发') as unknown } });
    expect(bot.calls).toHaveLength(1);
  });

  it('acknowledges other events silently', async () => {
    const { post, bot, wecom } = setup();
    const event = { msgid: 'e2', aibotid: 'AIBOTID', from: { userid: 'wang' }, msgtype: 'event', event: { eventtype: 'feedback_event' } };
    expect(await post(wecom.jsonRequest(event))).toMatchObject({ status: 200, body: '' });
    expect(bot.calls).toEqual([]);
  });

  it.each([
    ['a ciphertext carrying a corp id instead of ""', (kit: ReturnType<typeof setup>) => kit.wecom.jsonRequest(textMessage('x', 'y'), { receiveId: 'ww1436e0e65a779aee' }), 403, 'receive-id-mismatch'],
    ['a body that is not JSON', (kit: ReturnType<typeof setup>) => ({ ...kit.wecom.jsonRequest(textMessage('x', 'y')), body: Buffer.from('<xml/>') }), 400, 'malformed-json'],
    ['a bad signature', (kit: ReturnType<typeof setup>) => {
      const request = kit.wecom.jsonRequest(textMessage('x', 'y'));
      request.query.set('nonce', 'other');
      return request;
    }, 403, 'bad-signature'],
    ['a plaintext that is not a message', (kit: ReturnType<typeof setup>) => kit.wecom.jsonRequest({ hello: 'world' }), 400, 'malformed-json'],
    ['a body over 64 KB', () => httpRequest('POST', '/wecom/aibot', '', Buffer.alloc(65 * 1024, 0x20)), 413, 'body-too-large'],
  ] as const)('refuses %s', async (_name, build, status, reason) => {
    const kit = setup();
    const response = await kit.post(build(kit));
    expect(response.status).toBe(status);
    expect(['bad request', 'forbidden', 'payload too large']).toContain(response.body);
    expect(kit.logger.warnings).toEqual([expect.objectContaining({ reason })]);
    expect(kit.bot.calls).toEqual([]);
  });
});
