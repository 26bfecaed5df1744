/**
 * The trade, as owners answer "您做的是哪个行业？" in the chain-store questions: a branch or chain told instead ("是分店",
 * "yes we are branch") names no trade, so the question stands; a trade beside those words is still read.
 */
import { expect, test } from 'vitest';
import { readAnswer } from '../../src/nlu/read-answer.js';

test.each(['是分店', '分店', '我们是直营的', 'yes we are branch', 'we are a branch', '连锁的'])('"%s" names no trade', (text) => {
  expect(readAnswer('industry', text)).toBeUndefined();
});

test.each(['卖衣服的门店', 'a branch of a gym chain', '健身房', '连锁眼镜店'])('"%s" names a trade of its own (other)', (text) => {
  expect(readAnswer('industry', text)).toBe('other');
});
