import { describe, expect, test } from 'vitest';
import { textCues } from '../../src/nlu/text-cues.js';

describe('which side of the lease a speaker says they are on', () => {
  test.each([
    '来电人称自己是租户', '我们属于承租方', '客户是租客', '我们其实是租的', 'Caller is a tenant', "we're tenants of a district SOE",
    'the caller says she is a renter', 'I am actually the lessee',
  ])('tenant: %s', (text) => {
    expect(textCues(text)).toMatchObject({ tenantSide: true, landlordSide: false });
  });

  test.each([
    '来电人是房东', '我们公司是出租方', '客户是业主', '我们是产权单位', 'caller is the landlord', "we're the lessor",
    'the caller says she is the landlord', 'we are the property owner',
    'hi, i have a flat i rent to a small company', 'we rent it out to shops', 'we have tenants, we gave them rent relief',
    '我有套房子租给一家小公司', '我们有几家租户，都减了租',
  ])('landlord: %s', (text) => {
    expect(textCues(text)).toMatchObject({ landlordSide: true, tenantSide: false });
  });

  test.each(['房东租给我们的门面', 'we rent from a district SOE', 'We rent from a district SOE, 28k per month. We let 3 people go out of 40',
    'caller: sole trader, tea shop, district SOE landlord, pays 240k a year'])('tenant, not letting: %s', (text) => {
    expect(textCues(text)).toMatchObject({ tenantSide: true, landlordSide: false });
  });

  test.each(['we let two people go, out of 12', 'we had to let our cook go', "we're not the landlord, just asking", '来电人是房东的亲戚', '房东是国企', 'the landlord is a district SOE'])(
    'no side said: %s', (text) => {
      expect(textCues(text).landlordSide).toBe(false);
    },
  );
});
