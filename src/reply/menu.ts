/** The menu: what the bot can answer, as buttons that start each topic. */
import type { ReplyOption, Lang } from '../core/reply.js';

const topics: Array<{ intent: string; zh: string; en: string }> = [
  { intent: 'checkup', zh: '我能享受哪些政策', en: 'What can I get?' },
  { intent: 'rent_tenant', zh: '房租减免', en: 'Rent relief' },
  { intent: 'rent_chain_store', zh: '连锁门店房租补贴', en: 'Chain store rent' },
  { intent: 'rent_landlord', zh: '房东减租补贴', en: 'Landlord subsidy' },
  { intent: 'guarantee_borrower', zh: '担保费减半', en: 'Guarantee fees' },
  { intent: 'job_subsidy', zh: '稳岗补贴', en: 'Job subsidies' },
  { intent: 'finance_bank', zh: '银行贷款', en: 'Bank loans' },
];

/** The intents the menu's buttons start; validateDomain checks each exists. */
export const MENU_INTENTS: readonly string[] = topics.map((topic) => topic.intent);

export function menuOptions(lang: Lang): ReplyOption[] {
  return topics.map((topic) => ({ label: topic[lang], value: `/topic ${topic.intent}` }));
}

export function menuText(lang: Lang): string {
  return lang === 'zh'
    ? '可以问我：房租减免、连锁门店补贴、房东补贴、担保费减半、银行贷款、政府采购、创新券、消费券、高新企业、金融科技、复工复产、稳岗补贴，或"我能享受哪些政策"。'
    : 'Ask me about: rent relief, chain-store rent, landlord subsidies, guarantee fees, bank loans, procurement, innovation or consumption vouchers, high-tech and fintech support, reopening, job subsidies, or "what can I get?".';
}
