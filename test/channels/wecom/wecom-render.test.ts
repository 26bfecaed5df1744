import { describe, expect, it } from 'vitest';
import { renderWecomText, resolveNumberedChoice, WECOM_CONTENT_LIMIT_BYTES } from '../../../src/channels/wecom/wecom-render.js';
import { fakeReply } from '../../support/wecom-client.js';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

const commerceBureau = { unit: '区商务局', office: '流通业发展科', person: '张三', phone: '88064101' };
const sasac = { unit: '区国资委', office: '改革协同办', person: '李四', phone: '66201155-26042' };

describe('renderWecomText', () => {
  it('sends a short answer unchanged', () => {
    expect(renderWecomText(fakeReply({ text: '您好！' }))).toBe('您好！');
  });

  it('numbers the choices and says they can be answered by number or in words', () => {
    const text = renderWecomText(fakeReply({
      text: '您的房东是？',
      options: [{ label: '区属国企', value: 'districtSoe' }, { label: '私人房东', value: 'private' }],
    }));
    expect(text).toBe('您的房东是？\n\n请回复序号或选项文字：\n1. 区属国企\n2. 私人房东');
    expect(renderWecomText(fakeReply({ text: 'Who is your landlord?', lang: 'en', options: [{ label: 'A district SOE', value: 'x' }] })))
      .toContain('Reply with a number or the words:\n1. A district SOE');
  });

  it('shortens a long Chinese answer to 2048 bytes and keeps every contact phone that was cut off', () => {
    const body = `${'根据通知第一条，承租区属国有企业房产的，3月、4月房租全额免除。'.repeat(60)}\n联系：区国资委 改革协同办 66201155-26042`;
    const text = renderWecomText(fakeReply({ text: body, contacts: [commerceBureau, sasac] }));
    expect(bytes(body)).toBeGreaterThan(2 * WECOM_CONTENT_LIMIT_BYTES);
    expect(bytes(text)).toBeLessThanOrEqual(WECOM_CONTENT_LIMIT_BYTES);
    expect(bytes(text)).toBeGreaterThan(WECOM_CONTENT_LIMIT_BYTES - 200);
    expect(text).toContain('88064101');
    expect(text).toContain('66201155-26042');
    expect(text).toContain('已节选');
    expect(text.startsWith('根据通知第一条')).toBe(true);
  });

  it('keeps a phone printed only in the answer text, and the choices, when shortening', () => {
    const body = `请致电 66201155-26042 咨询。\n${'详细说明。'.repeat(400)}\n也可拨打 18811262060。`;
    const text = renderWecomText(fakeReply({ text: body, options: [{ label: '继续', value: 'go' }] }));
    expect(bytes(text)).toBeLessThanOrEqual(WECOM_CONTENT_LIMIT_BYTES);
    expect(text.match(/66201155-26042/g)).toHaveLength(1);
    expect(text).toContain('18811262060');
    expect(text.endsWith('1. 继续')).toBe(true);
  });

  it('never splits a character, whatever the limit', () => {
    for (let limit = 40; limit < 80; limit++) {
      const text = renderWecomText(fakeReply({ text: '房租减免😀'.repeat(20) }), limit);
      expect(bytes(text)).toBeLessThanOrEqual(limit);
      expect(text).not.toContain('\uFFFD');
      expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
    }
  });
});

describe('resolveNumberedChoice', () => {
  const values = ['districtSoe', 'private'];

  it.each([['2', 'private'], ['２', 'private'], [' 1 ', 'districtSoe'], ['1.', 'districtSoe'], ['2、', 'private']])(
    'maps "%s" to the chosen value', (text, expected) => {
      expect(resolveNumberedChoice(text, values)).toBe(expected);
    },
  );

  it.each(['3', '0', '私人房东', '20000', '1万'])('passes "%s" through unchanged', (text) => {
    expect(resolveNumberedChoice(text, values)).toBe(text);
  });

  it('passes a number through when no choices were offered (e.g. an amount)', () => {
    expect(resolveNumberedChoice('2', [])).toBe('2');
  });
});
