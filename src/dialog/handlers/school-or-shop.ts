/**
 * School or shop, said mid-dialog. Not a school after all: in （三）'s dialog (a 琴行, 画材店 or 舞蹈用品店 heard as a
 * school), "不是，我们就是卖琴的门店，不办培训", "we only sell guitars, no lessons" or a trade named that is no school
 * moves to the tenants' （一）, every other fact kept; the trade becomes the one said (`other` when none is), and
 * （三）'s own questions are dropped. A school after all: in （一）'s dialog, "我们其实是培训机构" moves to （三）.
 * （三） is for private kindergartens and training institutions alone, and （一） sends them there, so each case is
 * worked out in its own dialog rather than refused in the other.
 */
import { normalizeText } from '../../nlu/normalize-text.js';
import { schoolIsTheLandlord } from '../../nlu/read-answer.js';
import type { Facts } from '../../policy/facts.js';
import { applyFacts, factsFor, startDialog, type Handler } from '../turn.js';
import { schoolIndustries } from './start-topic.js';

/**
 * Teaching denied, or the business said to be a shop: "不办培训", "不教课", "不是培训机构", "就是卖琴的门店", "只卖不教",
 * "not a school", "no lessons", "we just sell pianos". "没有办学许可" is a no to the approval, not this.
 */
const deniesSchool = new RegExp([
  '(?:不|没|没有|从不|也不)(?:办|搞|做|开|带|上|教)(?:什么|啥)?(?:培训|课|班|学生|孩子|小孩|学员)',
  '不教(?!委)|只卖不教|光卖不教',
  '(?:不是|不算|并非|也不是)(?:什么|啥|一个|一家|个)?(?:学校|培训机构|培训学校|培训班|教育机构|教培机构|教培|幼儿园|办学的|搞培训的|做培训的|办培训的|教育的)',
  '(?:就是|只是|就|只)(?:个|一个|一家)?(?:卖|开|做)[^,，。.;；!?？]{0,8}(?:店|门店|铺|门市|生意|买卖)',
  String.raw`(?<![a-z])(?:not|isn'?t|aren'?t|never (?:been|was))\s+(?:a|an|really a)?\s*(?:school|kindergarten|nursery|training (?:school|centre|center|institution|provider)|tutoring|education (?:business|provider|institution))(?![a-z])`,
  String.raw`(?<![a-z])(?:no|don'?t (?:give|teach|run|offer|do)|never (?:gave|taught|ran|offered))\s+(?:any\s+)?(?:lessons|classes|teaching|courses|tutoring|training)(?![a-z])`,
  String.raw`(?<![a-z])(?:we|i)\s+(?:just|only)\s+(?:sell|run a (?:shop|store))(?![a-z])|(?<![a-z])(?:just|only) a (?:shop|store|retailer)(?![a-z])`,
].join('|'));

/** （三）'s own questions, dropped when the owner turns out to run a shop. */
const schoolOnly = ['approvedByEducationCommission', 'openingDelayed'] as const;

export const schoolOrShop: Handler = (turn) => {
  const { current, understanding, session, ctx, actions, awaiting } = turn;
  if (current?.id !== 'rent-school' && current?.id !== 'rent-tenant') return false;
  const trade = factsFor(turn, current, awaiting).facts.industry ?? understanding.entities.facts.industry;
  // "学校的房子", "a school" answering who the landlord is: the school is the landlord, not the owner's trade.
  const landlordSchool = awaiting === 'landlordType' && schoolIsTheLandlord(understanding.text);
  const toSchool = current.id === 'rent-tenant' && trade !== undefined && schoolIndustries.has(trade) && session.facts.industry !== trade && !landlordSchool;
  let industry: Facts['industry'] = trade;
  if (!toSchool) {
    if (current.id !== 'rent-school') return false;
    const normalized = normalizeText(understanding.text);
    // Asked whether the opening was delayed, "no classes till summer", "那会儿没上课" tell the delay, not a shop.
    const denied = awaiting !== 'openingDelayed' && deniesSchool.test(normalized);
    // "我们是幼儿园，不办培训": a school named beside the denial is still a school.
    if ((!denied && (trade === undefined || awaiting !== 'industry')) || (trade !== undefined && schoolIndustries.has(trade))) return false;
    // A trade the synonyms do not list ("卖琴的门店") is `other`, as the industry question's own grammar reads it.
    industry = trade ?? 'other';
  }
  const target = ctx.dialogs.byId.get(toSchool ? 'rent-school' : 'rent-tenant');
  if (!target) return false;
  const facts: Facts = { ...factsFor(turn, target, null).facts, industry };
  if (!toSchool) {
    for (const fact of schoolOnly) {
      delete facts[fact];
      delete session.facts[fact];
    }
  }
  applyFacts(session, facts, actions);
  // Not an interruption: the owner's case was never the first dialog's, so it is not offered back.
  session.suspended = null;
  session.awaiting = null;
  startDialog(session, target, actions);
  turn.intent = target.intents[0] ?? null;
  return true;
};
