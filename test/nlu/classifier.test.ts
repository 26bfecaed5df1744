import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifierFromJson } from '../../src/nlu/classifier.js';
import { loadIntentModel, saveIntentModel, trainIntentModel } from '../../src/nlu/intent-model.js';
import { decideIntent } from '../../src/nlu/understand.js';
import { testIntentModel } from './intent-model-fixture.js';

const { classifier } = testIntentModel();
const intentOf = (text: string) => decideIntent(classifier.classify(text)).intent;

describe('the intent classifier on owners\' questions', () => {
  it.each([
    ['租区属国企的门面开饭馆，3月4月房租能免吗', 'rent_tenant'],
    ['我是房东，给租户免了两个月房租，有补贴吗', 'rent_landlord'],
    ['我们孵化器给入驻企业免了租金', 'rent_carrier'],
    ['民办幼儿园延期开学，房租怎么办', 'rent_school'],
    ['连锁便利店的分店能拿房租补贴吗', 'rent_chain_store'],
    ['担保费能减半吗', 'guarantee_borrower'],
    ['收入下降了八成，稳岗补贴能申请吗', 'job_subsidy'],
    ['創新券怎麼申請', 'innovation_voucher'],
    ['转人工', 'handoff'],
    ['can my restaurant get April rent off', 'rent_tenant'],
    ['we are a guarantee company, what subsidy do we get', 'guarantee_institution'],
    ['how do I apply for consumption vouchers for my shop', 'consumption_voucher'],
    ['who do I call', 'contact_lookup'],
    // The notice's terms in pinyin inside English (src/nlu/pinyin-terms.ts).
    ['asking about the gangwei butie for a hotpot place', 'job_subsidy'],
    ['wen gang butie for my noodle shop?', 'job_subsidy'],
    ['danbao fei halved for small firms? loan 150w', 'guarantee_borrower'],
    ['caller asks if the fangzu for march april can be mianzu, landlord is guoqi', 'rent_tenant'],
  ])('%s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it.each([
    '明天北京天气怎么样',
    '上海的房租减免政策是什么',
    '个人所得税怎么退',
    'tell me a joke',
    'Shenzhen subsidies for small firms',
  ])('refuses "%s" as out of scope', (text) => {
    expect(intentOf(text)).toBe('out_of_scope');
  });

  it('ranks every intent by a score that sums to 1', () => {
    const ranking = classifier.classify('房租能减免吗');
    expect(ranking.reduce((sum, s) => sum + s.score, 0)).toBeCloseTo(1, 6);
    expect(ranking.map((s) => s.score)).toEqual([...ranking.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('classifies the same after a save and load', () => {
    const restored = classifierFromJson(JSON.parse(JSON.stringify(classifier.toJSON())));
    for (const text of ['房租能减免吗', 'guarantee fee', '你好']) {
      expect(restored.classify(text)).toEqual(classifier.classify(text));
    }
  });
});

describe('the saved model', () => {
  function tinyIntents(): string {
    const dir = mkdtempSync(join(tmpdir(), 'tiny-intents-'));
    writeFileSync(join(dir, 'greeting.yaml'), 'intent: greeting\nmeasures: []\nzh: [你好, 在吗]\nen: [hi, hello]\n');
    writeFileSync(join(dir, 'out_of_scope.yaml'), 'intent: out_of_scope\nmeasures: []\nzh: [天气]\nen: [weather]\n');
    return dir;
  }

  it('loads when it matches the intent files', () => {
    const dir = tinyIntents();
    const file = join(dir, 'model.json');
    saveIntentModel(trainIntentModel(dir), file);
    expect(loadIntentModel(file, dir).classifier.classify('你好')[0]?.intent).toBe('greeting');
  });

  it('is refused as stale once an intent file changes, naming the fix', () => {
    const dir = tinyIntents();
    const file = join(dir, 'model.json');
    saveIntentModel(trainIntentModel(dir), file);
    writeFileSync(join(dir, 'greeting.yaml'), `${readFileSync(join(dir, 'greeting.yaml'), 'utf8')}# edited\n`);
    expect(() => loadIntentModel(file, dir)).toThrow(/stale.*run npm run build/);
  });

  it('is refused when missing or from an older feature set', () => {
    const dir = tinyIntents();
    const file = join(dir, 'model.json');
    expect(() => loadIntentModel(file, dir)).toThrow(/cannot be read.*run npm run build/);
    saveIntentModel(trainIntentModel(dir), file);
    const json = JSON.parse(readFileSync(file, 'utf8')) as { classifier: { featureVersion: number } };
    json.classifier.featureVersion = 0;
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadIntentModel(file, dir)).toThrow(/run npm run build/);
  });
});
