import { describe, expect, it } from 'vitest';
import { cleanText, refuseUnreadable } from '../../src/bot/admit-text.js';
import { MAX_MESSAGE_CHARS } from '../../src/core/message.js';

describe('admitting a message', () => {
  it('drops control characters but keeps line breaks', () => {
    expect(cleanText('\u0000 月租\u00072万\n能免吗 \u007f')).toBe('月租2万\n能免吗');
  });

  it('asks for a question when nothing is left, in the language of the message', () => {
    expect(refuseUnreadable('', 'zh')).toMatchObject({ intent: 'empty', lang: 'zh', text: expect.stringContaining('请输入您的问题') });
    expect(refuseUnreadable('', 'en')).toMatchObject({ intent: 'empty', text: expect.stringContaining('Please type a question') });
  });

  it(`reads up to ${MAX_MESSAGE_CHARS} characters and asks for a shorter question beyond`, () => {
    expect(refuseUnreadable('房'.repeat(MAX_MESSAGE_CHARS), 'zh')).toBeNull();
    expect(refuseUnreadable('房'.repeat(MAX_MESSAGE_CHARS + 1), 'zh')).toMatchObject({ intent: 'too_long', text: expect.stringContaining(`最多${MAX_MESSAGE_CHARS}字`) });
  });
});
