import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildEncryptedReplyXml, buildTextReplyXml, parseEnvelope, parseWecomMessage } from '../../../src/channels/wecom/wecom-xml.js';
import vectors from '../../fixtures/wecom-vectors.json' with { type: 'json' };

const vector = (name: string) => {
  const found = vectors.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no vector ${name}`);
  return found;
};

describe('parseWecomMessage', () => {
  it('reads the official sample (CDATA, newlines between elements) and keeps the 19-digit MsgId exact', () => {
    const parsed = parseWecomMessage(vector('wecom-official-post-text-QDG6eK').plaintext);
    expect(parsed).toEqual({
      ok: true,
      value: expect.objectContaining({
        toUserName: 'wx5823bf96d3bd56c7', fromUserName: 'mycreate', createTime: '1409659813',
        msgType: 'text', content: 'hello', msgId: '4561255354251345929', agentId: '218',
      }) as unknown,
    });
  });

  it('reads the Python sample (no CDATA, Chinese text)', () => {
    const parsed = parseWecomMessage(vector('wecom-python-sample-post-text').plaintext);
    expect(parsed.ok && parsed.value).toMatchObject({ fromUserName: 'ChenJiaShun', content: '你好', msgId: '1456453720' });
  });

  it('keeps digits-only content and entities as text', () => {
    const parsed = parseWecomMessage('<xml><ToUserName>ww1</ToUserName><FromUserName>u</FromUserName><CreateTime>1</CreateTime>'
      + '<MsgType>text</MsgType><Content>0020</Content><MsgId>1</MsgId></xml>');
    expect(parsed.ok && parsed.value.content).toBe('0020');
    const escaped = parseWecomMessage('<xml><ToUserName>ww1</ToUserName><FromUserName>u</FromUserName><CreateTime>1</CreateTime>'
      + '<MsgType>text</MsgType><Content>A&amp;B &lt;b&gt;</Content><MsgId>1</MsgId></xml>');
    expect(escaped.ok && escaped.value.content).toBe('A&B <b>');
  });

  it('reads a message whose text happens to contain "<!DOCTYPE"', () => {
    const parsed = parseWecomMessage('<xml><ToUserName>ww1</ToUserName><FromUserName>u</FromUserName><CreateTime>1</CreateTime>'
      + '<MsgType>text</MsgType><Content><![CDATA[<!DOCTYPE html> 是什么]]></Content><MsgId>1</MsgId></xml>');
    expect(parsed.ok && parsed.value.content).toBe('<!DOCTYPE html> 是什么');
  });

  it('reads an event with an empty EventKey', () => {
    const parsed = parseWecomMessage('<xml><ToUserName><![CDATA[ww1]]></ToUserName><FromUserName><![CDATA[u]]></FromUserName>'
      + '<CreateTime>1700000000</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]></Event>'
      + '<EventKey><![CDATA[]]></EventKey><AgentID>1</AgentID></xml>');
    expect(parsed.ok && parsed.value).toMatchObject({ msgType: 'event', event: 'enter_agent', eventKey: '' });
  });

  it.each([
    ['not XML', 'hello'],
    ['unclosed', '<xml><ToUserName>ww1</ToUserName>'],
    ['a different root', '<doc><ToUserName>ww1</ToUserName></doc>'],
    ['missing FromUserName', '<xml><ToUserName>ww1</ToUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>'],
    ['a repeated element', '<xml><ToUserName>a</ToUserName><ToUserName>b</ToUserName><FromUserName>u</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>'],
    ['a DOCTYPE with entities', '<!DOCTYPE x [<!ENTITY a "aaaa">]><xml><ToUserName>&a;</ToUserName><FromUserName>u</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>'],
  ])('refuses %s', (_name, xml) => {
    expect(parseWecomMessage(xml)).toEqual({ ok: false, error: 'malformed-xml' });
  });
});

describe('parseEnvelope', () => {
  it('reads both published envelopes, whatever the element order', () => {
    for (const name of ['wecom-official-post-text-QDG6eK', 'wecom-python-sample-post-text']) {
      const { postBody, encrypt } = vector(name);
      const parsed = parseEnvelope(postBody ?? '');
      expect(parsed.ok && parsed.value.encrypt).toBe(encrypt);
    }
  });

  it('refuses an envelope without Encrypt', () => {
    expect(parseEnvelope('<xml><ToUserName>ww1</ToUserName></xml>')).toEqual({ ok: false, error: 'malformed-xml' });
  });
});

describe('reply XML', () => {
  const reader = new XMLParser({ parseTagValue: false });

  it('puts the text in CDATA and survives a "]]>" in it', () => {
    const xml = buildTextReplyXml({ toUserName: 'u', fromUserName: 'ww1', createTime: '1700000000', content: 'a]]>b <x> & 你好' });
    expect(reader.parse(xml)).toEqual({
      xml: { ToUserName: 'u', FromUserName: 'ww1', CreateTime: '1700000000', MsgType: 'text', Content: 'a]]>b <x> & 你好' },
    });
  });

  it('wraps a sealed reply in the official template', () => {
    expect(buildEncryptedReplyXml({ encrypt: 'abc=', signature: 'f00', timestamp: '1700000000', nonce: '42' })).toBe(
      '<xml><Encrypt><![CDATA[abc=]]></Encrypt><MsgSignature><![CDATA[f00]]></MsgSignature>'
      + '<TimeStamp>1700000000</TimeStamp><Nonce><![CDATA[42]]></Nonce></xml>',
    );
  });
});
