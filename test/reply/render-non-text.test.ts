import { describe, expect, it } from 'vitest';
import { renderNonText } from '../../src/reply/render.js';

describe('renderNonText', () => {
  it('asks, in the user’s language, for the question to be typed, with an example', () => {
    expect(renderNonText('media', 'zh')).toMatchObject({ lang: 'zh', intent: 'non_text', options: [], text: expect.stringMatching(/只能看懂文字.*打字提问.*房租能免吗/) as unknown });
    expect(renderNonText('media', 'en').text).toMatch(/only read text.*type your question.*rent/i);
  });

  it('asks for an edited question to be sent again as a new message', () => {
    expect(renderNonText('edit', 'zh').text).toMatch(/修改过的消息.*重新发/);
    expect(renderNonText('edit', 'en').text).toMatch(/edited.*new message/);
  });
});
