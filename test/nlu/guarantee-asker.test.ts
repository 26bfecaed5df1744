import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/entities.js';
import { textCues } from '../../src/nlu/text-cues.js';

// Who asks about （六）: an accountant relaying a client is the borrower's side, a guarantor's staff the institution's.
describe('the asker of a guarantee question', () => {
  it('an agent asking for a client speaks for the borrower, not for a guarantor', () => {
    for (const text of ['帮我们客户问一下，个体工商户，通过区担保机构担保贷款50万，减半后能少交多少？', '替我们的一个客户咨询下担保费减半']) {
      expect(textCues(text).guarantorSide, text).toBe(false);
    }
  });

  it('a guarantor still speaks of its own clients', () => {
    expect(textCues('我们的客户都是小微企业，降费补贴能拿多少').guarantorSide).toBe(true);
  });

  it('the 家政 inside 一家政府性 names no housekeeping trade', () => {
    expect(extractEntities('我是区里一家政府性融资担保公司的业务经理').facts.industry).toBeUndefined();
    expect(extractEntities('我们是一家政策咨询公司').facts.industry).not.toBe('housekeeping');
    expect(extractEntities('我们是一家家政公司').facts.industry).toBe('housekeeping');
  });
});
