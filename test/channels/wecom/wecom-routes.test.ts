import { encrypt as libEncrypt } from '@wecom/crypto';
import { describe, expect, it } from 'vitest';
import type { HttpRequest, Route } from '../../../src/core/http-types.js';
import type { Message } from '../../../src/core/message.js';
import type { WecomMemo } from '../../../src/channels/wecom/wecom-conversation.js';
import { createWecomRoutes, type WecomRoutesDeps } from '../../../src/channels/wecom/wecom-routes.js';
import { createMemoryStore } from '../../../src/infra/memory-store.js';
import type { Reply } from '../../../src/core/reply.js';
import vectors from '../../fixtures/wecom-vectors.json' with { type: 'json' };
import {
  fakeHandleTurn,
  fakeReply,
  httpRequest,
  recordingLogger,
  SAMPLE_KEYS,
  wecomClient,
} from '../../support/wecom-client.js';

const NOW = 1_700_000_000_000;
const now = (): number => NOW;

function setup(overrides: Partial<WecomRoutesDeps> = {}, config: Partial<WecomRoutesDeps['config']> = {}) {
  const bot = fakeHandleTurn();
  const logger = recordingLogger();
  const routes = createWecomRoutes({
    config: { token: SAMPLE_KEYS.token, encodingAesKey: SAMPLE_KEYS.encodingAesKey, corpId: SAMPLE_KEYS.receiveId, ...config },
    handleTurn: bot.handleTurn,
    dedupe: createMemoryStore<WecomMemo>({ maxEntries: 1000, ttlSeconds: 600 }),
    logger,
    now,
    ...overrides,
  });
  const route = (method: string): Route => {
    const found = routes.find((candidate) => candidate.method === method && candidate.path === '/wecom/callback');
    if (found === undefined) throw new Error(`no ${method} route`);
    return found;
  };
  const get = route('GET');
  const post = route('POST');
  return {
    bot,
    logger,
    wecom: wecomClient(SAMPLE_KEYS, now),
    get: (request: HttpRequest) => get.handle(request, {}),
    post: (request: HttpRequest) => post.handle(request, {}),
  };
}

const vector = (name: string) => {
  const found = vectors.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no vector ${name}`);
  return found;
};

describe('GET /wecom/callback: URL verification', () => {
  it('answers the official sample with exactly the decrypted echostr (tolerance 0 to replay 2014 data)', async () => {
    const sample = vector('wecom-official-verify-url-QDG6eK');
    const { get } = setup({}, { timestampToleranceSeconds: 0 });
    const response = await get(httpRequest('GET', '/wecom/callback', sample.rawQuery ?? ''));
    expect(response.status).toBe(200);
    expect(response.body).toBe('1616140317555161061');
  });

  it('answers the Python sample for its own corp', async () => {
    const sample = vector('wecom-python-sample-verify-url');
    const { get } = setup({}, {
      token: sample.token, encodingAesKey: sample.encodingAESKey, corpId: sample.receiveId, timestampToleranceSeconds: 0,
    });
    const query = new URLSearchParams({ msg_signature: sample.msgSignature, timestamp: sample.timestamp, nonce: sample.nonce, echostr: sample.encrypt });
    const response = await get(httpRequest('GET', '/wecom/callback', query.toString()));
    expect(response).toMatchObject({ status: 200, body: sample.plaintext });
  });

  it('refuses the 2014 sample under the default 300 s window', async () => {
    const { get, logger } = setup();
    const response = await get(httpRequest('GET', '/wecom/callback', vector('wecom-official-verify-url-QDG6eK').rawQuery ?? ''));
    expect(response).toMatchObject({ status: 403, body: 'forbidden' });
    expect(logger.warnings).toEqual([expect.objectContaining({ reason: 'stale-timestamp' })]);
  });

  it('verifies a fresh request', async () => {
    const { get, wecom } = setup();
    const { request, plaintext } = wecom.verifyRequest('/wecom/callback');
    expect(await get(request)).toMatchObject({ status: 200, body: plaintext });
  });
});

describe('POST /wecom/callback: the published text message', () => {
  it('decrypts and parses it, hands "hello" from mycreate to the bot, and answers with an encrypted reply', async () => {
    const sample = vector('wecom-official-post-text-QDG6eK');
    const { post, bot, wecom } = setup({}, { timestampToleranceSeconds: 0 });
    const query = new URLSearchParams({ msg_signature: sample.msgSignature, timestamp: sample.timestamp, nonce: sample.nonce });
    const response = await post(httpRequest('POST', '/wecom/callback', query, sample.postBody));
    expect(response.status).toBe(200);
    expect(bot.calls).toEqual([{ channel: 'wecom', userId: 'mycreate', text: 'hello' }]);
    expect(wecom.openXmlReply(response)).toEqual({
      toUserName: 'mycreate', fromUserName: 'wx5823bf96d3bd56c7', msgType: 'text', content: '第1轮：hello', receiveId: 'wx5823bf96d3bd56c7',
    });
  });

  it('handles the Python sample (no CDATA, Chinese) for its corp', async () => {
    const sample = vector('wecom-python-sample-post-text');
    const { post, bot } = setup({}, {
      token: sample.token, encodingAesKey: sample.encodingAESKey, corpId: sample.receiveId, timestampToleranceSeconds: 0,
    });
    const query = new URLSearchParams({ msg_signature: sample.msgSignature, timestamp: sample.timestamp, nonce: sample.nonce });
    expect((await post(httpRequest('POST', '/wecom/callback', query, sample.postBody))).status).toBe(200);
    expect(bot.calls).toEqual([{ channel: 'wecom', userId: 'ChenJiaShun', text: '你好' }]);
  });

  it('refuses the JSON sample posted to the corp its envelope names: its ciphertext carries another corp id', async () => {
    const sample = vector('wecom-python-json-sample-post');
    const { post, bot, logger } = setup({}, {
      token: sample.token, encodingAesKey: sample.encodingAESKey, corpId: 'wx5823bf96d3bd56c7', timestampToleranceSeconds: 0,
    });
    const query = new URLSearchParams({ msg_signature: sample.msgSignature, timestamp: sample.timestamp, nonce: sample.nonce });
    const body = `<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[${sample.encrypt}]]></Encrypt></xml>`;
    expect(await post(httpRequest('POST', '/wecom/callback', query, body))).toMatchObject({ status: 403, body: 'forbidden' });
    expect(bot.calls).toEqual([]);
    expect(logger.warnings).toEqual([expect.objectContaining({ reason: 'receive-id-mismatch' })]);
  });
});

describe('POST /wecom/callback: a conversation', () => {
  it('carries a whole conversation, each reply encrypted for the corp and addressed to the user', async () => {
    const { post, bot, wecom } = setup();
    const first = wecom.openXmlReply(await post(wecom.textRequest('wang', '你好', '7000000000000000001')));
    expect(first.content).toBe('您好！我可以解答西政办发〔2020〕6号的问题。\n\n请回复序号或选项文字：\n1. 房租减免\n2. 稳岗补贴');
    expect(first).toMatchObject({ toUserName: 'wang', fromUserName: SAMPLE_KEYS.receiveId, receiveId: SAMPLE_KEYS.receiveId });

    // Answering "2" picks the second choice; the bot sees its value, not the digit.
    const second = wecom.openXmlReply(await post(wecom.textRequest('wang', '2', '7000000000000000002')));
    expect(second.content).toBe('第2轮：jobs');
    // With no choices pending, a number is just a number (e.g. a rent amount).
    const third = wecom.openXmlReply(await post(wecom.textRequest('wang', '20000', '7000000000000000003')));
    expect(third.content).toBe('第3轮：20000');
    expect(bot.calls.map((call) => call.text)).toEqual(['你好', 'jobs', '20000']);
  });

  it('keeps two users apart', async () => {
    const { post, wecom } = setup();
    await post(wecom.textRequest('a', 'x', '1'));
    const reply = wecom.openXmlReply(await post(wecom.textRequest('b', 'y', '2')));
    expect(reply).toMatchObject({ toUserName: 'b', content: '第1轮：y' });
  });

  it('shortens a long answer to 2048 bytes with the phone kept', async () => {
    const contact = { unit: '区商务局', office: '流通业发展科', person: '张三', phone: '88064101' };
    const { post, wecom } = setup({ handleTurn: () => Promise.resolve(fakeReply({ text: '很长的答复。'.repeat(500), contacts: [contact] })) });
    const { content } = wecom.openXmlReply(await post(wecom.textRequest('wang', '房租', '1')));
    expect(Buffer.byteLength(content, 'utf8')).toBeLessThanOrEqual(2048);
    expect(content).toContain('88064101');
  });
});

describe('POST /wecom/callback: retries', () => {
  it('answers four identical deliveries the same and calls the bot once', async () => {
    const { post, bot, wecom } = setup();
    const request = wecom.textRequest('wang', '房租能免吗', '4561255354251345929');
    const answers: string[] = [];
    for (let delivery = 0; delivery < 4; delivery++) answers.push(wecom.openXmlReply(await post(request)).content);
    expect(new Set(answers)).toEqual(new Set(['第1轮：房租能免吗']));
    expect(bot.calls).toHaveLength(1);
  });

  it('makes a retry that arrives while the first delivery is still being answered wait for that answer', async () => {
    let release: (reply: Reply) => void = () => undefined;
    const calls: Message[] = [];
    const { post, wecom } = setup({
      handleTurn: (message) => {
        calls.push(message);
        return new Promise<Reply>((resolve) => { release = resolve; });
      },
    });
    const request = wecom.textRequest('wang', '房租', '99');
    const pending = [post(request), post(request), post(request), post(request)];
    await new Promise((resolve) => setImmediate(resolve));
    release(fakeReply({ text: '只算一次' }));
    const contents = (await Promise.all(pending)).map((response) => wecom.openXmlReply(response).content);
    expect(contents).toEqual(['只算一次', '只算一次', '只算一次', '只算一次']);
    expect(calls).toHaveLength(1);
  });

  it('answers the same text sent again as a new message (new MsgId)', async () => {
    const { post, bot, wecom } = setup();
    await post(wecom.textRequest('wang', '好', '1'));
    const again = wecom.openXmlReply(await post(wecom.textRequest('wang', '好', '2')));
    expect(again.content).toBe('第2轮：好');
    expect(bot.calls).toHaveLength(2);
  });

  it('apologises when the bot fails, and lets the user try again', async () => {
    let fail = true;
    const { post, wecom, logger } = setup({
      handleTurn: () => (fail ? Promise.reject(new Error('database exploded at /srv/x')) : Promise.resolve(fakeReply({ text: '好的' }))),
    });
    const request = wecom.textRequest('wang', '房租', '5');
    const first = await post(request);
    expect(first.status).toBe(200);
    expect(wecom.openXmlReply(first).content).toBe('抱歉，系统暂时出了点问题，请稍后再发一次。');
    expect(logger.errors).toHaveLength(1);
    fail = false;
    expect(wecom.openXmlReply(await post(request)).content).toBe('好的');
  });
});

describe('POST /wecom/callback: events and other message types', () => {
  it('welcomes a subscriber with the menu, once per event however often it is delivered', async () => {
    const { post, bot, wecom } = setup();
    const request = wecom.eventRequest('wang', 'subscribe', '1700000000');
    const first = wecom.openXmlReply(await post(request));
    const retry = wecom.openXmlReply(await post(request));
    expect(first.content).toContain('1. 房租减免');
    expect(retry.content).toBe(first.content);
    expect(bot.calls).toEqual([{ channel: 'wecom', userId: 'wang', text: '你好' }]);
  });

  it('welcomes on enter_agent too, and treats two different events in one second as two', async () => {
    const { post, bot, wecom } = setup();
    await post(wecom.eventRequest('wang', 'subscribe', '1700000000'));
    const entered = wecom.openXmlReply(await post(wecom.eventRequest('wang', 'enter_agent', '1700000000')));
    expect(entered.content).toContain('请回复序号或选项文字');
    expect(bot.calls).toHaveLength(2);
  });

  it('uses an injected welcome instead of the bot when given one', async () => {
    const { post, bot, wecom } = setup({ welcome: () => Promise.resolve(fakeReply({ text: '欢迎！' })) });
    expect(wecom.openXmlReply(await post(wecom.eventRequest('wang', 'enter_agent', '1700000000'))).content).toBe('欢迎！');
    expect(bot.calls).toEqual([]);
  });

  it('acknowledges other events with an empty 200 and no reply', async () => {
    const { post, bot, wecom } = setup();
    expect(await post(wecom.eventRequest('wang', 'click', '1700000000', 'MENU_1'))).toEqual({ status: 200, body: '' });
    expect(bot.calls).toEqual([]);
  });

  it('asks politely for text when sent a picture, in Chinese by default', async () => {
    const { post, bot, wecom } = setup();
    const image = wecom.xmlRequest('<xml><ToUserName>wx5823bf96d3bd56c7</ToUserName><FromUserName>wang</FromUserName>'
      + '<CreateTime>1700000000</CreateTime><MsgType>image</MsgType><PicUrl>http://x/y.jpg</PicUrl><MediaId>m</MediaId>'
      + '<MsgId>123</MsgId></xml>');
    expect(wecom.openXmlReply(await post(image)).content).toContain('只能看懂文字');
    expect(bot.calls).toEqual([]);
  });

  it('asks for text in English when the user has been talking English', async () => {
    const { post, wecom } = setup();
    await post(wecom.textRequest('tom', 'rent please', '1'));
    const voice = wecom.xmlRequest('<xml><ToUserName>wx5823bf96d3bd56c7</ToUserName><FromUserName>tom</FromUserName>'
      + '<CreateTime>1700000000</CreateTime><MsgType>voice</MsgType><MediaId>m</MediaId><MsgId>124</MsgId></xml>');
    expect(wecom.openXmlReply(await post(voice)).content).toContain('I can only read text');
  });

  it.each([
    ['image', '<PicUrl>http://x/y.jpg</PicUrl><MediaId>m</MediaId>'],
    ['voice', '<MediaId>m</MediaId><Format>amr</Format>'],
    ['video', '<MediaId>m</MediaId><ThumbMediaId>t</ThumbMediaId>'],
    ['location', '<Location_X>39.9</Location_X><Location_Y>116.3</Location_Y><Scale>15</Scale><Label><![CDATA[西城区]]></Label>'],
    ['link', '<Title><![CDATA[t]]></Title><Description><![CDATA[d]]></Description><Url><![CDATA[https://x]]></Url><PicUrl>p</PicUrl>'],
    ['file', '<MediaId>m</MediaId><FileName><![CDATA[a.pdf]]></FileName>'],
  ])('answers a %s message with "please type your question", and the dialog does not move', async (type, fields) => {
    const { post, bot, wecom } = setup();
    const request = wecom.xmlRequest(`<xml><ToUserName>wx5823bf96d3bd56c7</ToUserName><FromUserName>wang</FromUserName>`
      + `<CreateTime>1700000000</CreateTime><MsgType>${type}</MsgType>${fields}<MsgId>125</MsgId><AgentID>1</AgentID></xml>`);
    const response = await post(request);
    expect(response.status).toBe(200);
    expect(wecom.openXmlReply(response).content).toMatch(/只能看懂文字.*打字提问/);
    expect(bot.calls).toEqual([]);
  });
});

describe('POST /wecom/callback: refusals', () => {
  const generic = ['bad request', 'forbidden', 'payload too large'];

  async function refused(request: (kit: ReturnType<typeof setup>) => HttpRequest, status: number, reason: string, config = {}) {
    const kit = setup({}, config);
    const response = await kit.post(request(kit));
    expect(response.status).toBe(status);
    expect(generic).toContain(response.body);
    expect(kit.logger.warnings).toEqual([expect.objectContaining({ reason, status })]);
    expect(kit.bot.calls).toEqual([]);
  }

  it('refuses a bad signature', () => refused(({ wecom }) => {
    const request = wecom.textRequest('wang', 'x', '1');
    const signature = request.query.get('msg_signature') ?? '';
    request.query.set('msg_signature', `${signature.slice(0, -1)}${signature.endsWith('a') ? 'b' : 'a'}`);
    return request;
  }, 403, 'bad-signature'));

  it('refuses a signed request whose body was swapped', () => refused(({ wecom }) => {
    const genuine = wecom.textRequest('wang', 'x', '1');
    return { ...genuine, body: wecom.textRequest('wang', 'y', '2').body };
  }, 403, 'bad-signature'));

  it('refuses a stale timestamp', () => refused(({ wecom }) => {
    const ciphertext = wecom.seal('<xml/>');
    const body = `<xml><Encrypt><![CDATA[${ciphertext}]]></Encrypt></xml>`;
    return httpRequest('POST', '/wecom/callback', wecom.signedQuery(ciphertext, String(NOW / 1000 - 301)), body);
  }, 403, 'stale-timestamp'));

  it('refuses a message encrypted for another corp', () => refused(({ wecom }) => wecom.xmlRequest(
    '<xml><ToUserName>wwOther</ToUserName><FromUserName>u</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>x</Content><MsgId>1</MsgId></xml>',
    { receiveId: 'wwOther' },
  ), 403, 'receive-id-mismatch'));

  it('refuses a body that is not XML', () => refused(({ wecom }) => {
    const request = wecom.textRequest('wang', 'x', '1');
    return { ...request, body: Buffer.from('{"encrypt": "x"}') };
  }, 400, 'malformed-xml'));

  it('refuses malformed base64, even correctly signed', () => refused(({ wecom }) => {
    const ciphertext = 'RypEvHKD8QQ!!!';
    return httpRequest('POST', '/wecom/callback', wecom.signedQuery(ciphertext), `<xml><Encrypt><![CDATA[${ciphertext}]]></Encrypt></xml>`);
  }, 400, 'bad-base64'));

  it('refuses a truncated ciphertext, even correctly signed', () => refused(({ wecom }) => {
    const full = Buffer.from(wecom.seal('<xml><a>1</a></xml>'), 'base64');
    const ciphertext = full.subarray(0, 16).toString('base64');
    return httpRequest('POST', '/wecom/callback', wecom.signedQuery(ciphertext), `<xml><Encrypt><![CDATA[${ciphertext}]]></Encrypt></xml>`);
  }, 400, 'bad-ciphertext'));

  it('refuses a ciphertext made with another key, even correctly signed', () => refused(({ wecom }) => {
    const ciphertext = libEncrypt('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', '<xml/>', SAMPLE_KEYS.receiveId);
    return httpRequest('POST', '/wecom/callback', wecom.signedQuery(ciphertext), `<xml><Encrypt><![CDATA[${ciphertext}]]></Encrypt></xml>`);
  }, 400, 'bad-ciphertext'));

  it('refuses a decrypted message that is not valid XML', () => refused(
    ({ wecom }) => wecom.xmlRequest('<xml><ToUserName>wx5823bf96d3bd56c7</ToUserName>'),
    400, 'malformed-xml',
  ));

  it('refuses a body over 64 KB', () => refused(({ wecom }) => {
    const request = wecom.textRequest('wang', 'x', '1');
    return { ...request, body: Buffer.concat([request.body, Buffer.alloc(64 * 1024, 0x20)]) };
  }, 413, 'body-too-large'));

  it('refuses a request without its signature parameters', () => refused(({ wecom }) => {
    const request = wecom.textRequest('wang', 'x', '1');
    request.query.delete('timestamp');
    return request;
  }, 400, 'missing-parameters'));

  it('refuses a URL verification with a bad signature', async () => {
    const { get, wecom, logger } = setup();
    const { request } = wecom.verifyRequest('/wecom/callback');
    request.query.set('nonce', 'changed');
    expect(await get(request)).toMatchObject({ status: 403, body: 'forbidden' });
    expect(logger.warnings).toHaveLength(1);
  });

  it('apologises without details when the store fails, and logs the cause', async () => {
    const logger = recordingLogger();
    const broken = { read: () => Promise.reject(new Error('ECONNREFUSED 10.0.0.5:6379')), write: () => Promise.resolve(), delete: () => Promise.resolve() };
    const { wecom } = setup();
    const [, post] = createWecomRoutes({
      config: { token: SAMPLE_KEYS.token, encodingAesKey: SAMPLE_KEYS.encodingAesKey, corpId: SAMPLE_KEYS.receiveId },
      handleTurn: fakeHandleTurn().handleTurn, dedupe: broken, logger, now,
    });
    const response = await post?.handle(wecom.textRequest('wang', 'x', '1'), {});
    // The failure is caught inside the turn: the user is told to try again, the log has the cause.
    expect(response?.status).toBe(200);
    expect(String(response?.body)).not.toContain('ECONNREFUSED');
    expect(logger.errors.length).toBeGreaterThan(0);
  });
});
