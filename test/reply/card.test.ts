import { describe, expect, it } from 'vitest';
import { answerCard } from '../../src/reply/card.js';
import { rentWaiver } from '../../src/policy/rules/rent-waiver.js';
import { jobSubsidy } from '../../src/policy/rules/job-subsidy.js';
import { guarantorSubsidy } from '../../src/policy/rules/guarantor-subsidy.js';
import { guaranteeFee } from '../../src/policy/rules/guarantee-fee.js';
import { loadNotice } from '../../src/policy/notice.js';
import { findRule } from '../../src/policy/rules/index.js';

const facts = {
  landlordType: 'districtSoe', premisesUse: 'office', registeredInXicheng: true, enterpriseSize: 'micro',
  operatingStatus: 'closedPerRules', layoffs: 'few', monthlyRent: '15000',
} as const;

describe('the operator answer card', () => {
  const outcome = rentWaiver.evaluate(facts);
  const card = answerCard({ kind: 'result', outcomes: [outcome] }, outcome.contacts.slice(0, 2));
  const lines = card.split('\n');

  it('leads with 结论 · 金额 · 联系电话, then the arithmetic, what the department confirms, the basis, the clause last', () => {
    expect(lines[0]).toBe('【政策答复单】（一）区属国企房产租金减免');
    expect(lines[1]).toBe('结论：符合');
    expect(lines[2]).toBe('金额：15,000 元');
    expect(lines[3]).toMatch(/^联系电话：区国资委 改革协同办 于伟川 66112569/);
    const order = ['计算过程：', '需部门确认：', '政策依据：', '条款原文：'].map((label) => lines.findIndex((l) => l.startsWith(label)));
    expect(order.every((i) => i > 3)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(lines.at(-1)).toMatch(/^条款原文：/);
  });

  it('shows the office-use arithmetic and cites the notice', () => {
    expect(card).toContain('15,000 元 × 2 个月 × 50% = 15,000 元');
    expect(card).toContain('西政办发〔2020〕6号（一），北京市西城区人民政府办公室，2020年5月11日');
  });

  it('folds a long clause: the first words and where the rest is', () => {
    const clause = loadNotice().measures[0]?.clause ?? '';
    expect(clause.length).toBeGreaterThan(200);
    expect(card).not.toContain(clause);
    expect(card).toContain('条款原文：（一）在西城区注册纳税');
    expect(card).toContain('……（全文见通知（一））');
  });

  it('shows the cap line where the notice caps an amount', () => {
    const subsidy = guarantorSubsidy.evaluate({ districtInstitution: true, comprehensiveFeeRate: '0.5', guaranteedAmount: '1000000000' });
    const capped = answerCard({ kind: 'result', outcomes: [subsidy] }, subsidy.contacts);
    expect(capped).toContain('金额：5,000,000 元');
    expect(capped).toContain('= 7,500,000 元，超过单家机构上限 5,000,000 元，按 5,000,000 元计');
    const english = answerCard({ kind: 'result', outcomes: [subsidy] }, subsidy.contacts, 'en');
    expect(english).toContain('= 7,500,000 yuan, above the 5,000,000 yuan cap per institution: 5,000,000 yuan');
  });

  it('names missing facts by their labels, never by field names', () => {
    const open = guaranteeFee.evaluate({ enterpriseSize: 'small' });
    const zh = answerCard({ kind: 'result', outcomes: [open] }, open.contacts);
    const en = answerCard({ kind: 'result', outcomes: [open] }, open.contacts, 'en');
    expect(zh).toContain('担保金额');
    for (const text of [zh, en]) expect(text).not.toMatch(/guaranteedAmount|originalFeeRate|districtInstitution/);
  });

  it('says where to ask when the notice sets no amount', () => {
    const job = jobSubsidy.evaluate({ enterpriseSize: 'small', industry: 'catering', revenueDropPercent: '85', organizesTraining: true });
    const jobCard = answerCard({ kind: 'result', outcomes: [job] }, job.contacts.slice(0, 2));
    expect(jobCard).toContain('通知未规定补贴金额');
    expect(jobCard).toContain('66201990');
    expect(jobCard).toContain('66206171');
  });

  it('gives an information measure, a contact look-up and a hand-off their own card', () => {
    const bank = loadNotice().measures[4]!;
    const info = answerCard({ kind: 'info', measure: 5 }, bank.contacts);
    expect(info.split('\n').slice(0, 4).join('\n')).toMatch(/^【政策答复单】（五）[^\n]*\n结论：政策说明[^\n]*\n金额：[^\n]*\n联系电话：.*66290675/);
    const contacts = answerCard({ kind: 'contacts', units: ['区商务局'], measure: null }, bank.contacts.slice(0, 1));
    expect(contacts).toMatch(/^【联系方式】区商务局\n联系电话：区发展改革委 中小企业服务中心 赵鹏 83926742/);
    const handoff = answerCard({ kind: 'handoff', measure: 1, summary: '房东：区属国企；月租：20,000 元' }, outcome.contacts.slice(0, 1));
    expect(handoff).toContain('转接部门：区国资委 改革协同办 于伟川 66112569');
    expect(handoff).toContain('来电人情况：房东：区属国企；月租：20,000 元');
  });

  it('keeps the English card in English, with the Chinese unit in brackets for the switchboard', () => {
    const english = answerCard({ kind: 'result', outcomes: [outcome] }, outcome.contacts.slice(0, 1), 'en');
    expect(english).toContain('Phone: Xicheng SASAC (区国资委), Reform Coordination Office, Yu Weichuan, 66112569');
    expect(english).toContain('Amount: 15,000 yuan');
  });

  it('keeps a check-up card short: one line per measure, no clause quotations, under 1,200 characters in Chinese', () => {
    const profile = {
      ...facts, premisesUse: 'business', enterpriseSize: 'small', industry: 'catering', chainBranch: true, paysRent: true,
      monthlyRent: '20000', revenueDropPercent: '85', organizesTraining: true, guaranteedAmount: '1000000', originalFeeRate: '2',
    } as const;
    const outcomes = ['rent-waiver', 'school-rent', 'chain-store-subsidy', 'guarantee-fee', 'job-subsidy'].map((id) => findRule(id)!.evaluate(profile));
    const contacts = outcomes.filter((o) => o.eligible !== false).map((o) => o.contacts[0]!);
    // English words run longer than Chinese characters: the Chinese ticket card is the one held to 1,200.
    for (const [lang, limit] of [['zh', 1200], ['en', 2000]] as const) {
      const checkup = answerCard({ kind: 'result', outcomes }, contacts, lang);
      expect(checkup.length).toBeLessThan(limit);
      expect(checkup).not.toMatch(/条款原文|Clause/);
    }
    const checkup = answerCard({ kind: 'result', outcomes }, contacts);
    expect(checkup.split('\n')[1]).toMatch(/^结论：符合 \d 项/);
    expect(checkup).toContain('✓ （一）区属国企房产租金减免：40,000 元（20,000 元 × 2 个月 = 40,000 元）');
  });

  it('gives every information measure (五, 七–十二, 十四) a card with its phone', () => {
    for (const id of [5, 7, 8, 9, 10, 11, 12, 14]) {
      const m = loadNotice().measures[id - 1]!;
      const contacts = m.contacts.length > 0 ? m.contacts.slice(0, 3) : [loadNotice().generalContact];
      const info = answerCard({ kind: 'info', measure: id }, contacts);
      expect(info.split('\n')[3]).toContain(contacts[0]!.phone);
      expect(info).toMatch(/\n政策依据：西政办发〔2020〕6号（/);
    }
  });
});
