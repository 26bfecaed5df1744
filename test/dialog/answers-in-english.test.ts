import { describe, expect, it } from 'vitest';
import { loadDialogs, promptFor } from '../../src/dialog/dialog-schema.js';
import { step } from '../../src/dialog/engine.js';
import { factsFromMessage } from '../../src/dialog/fill-facts.js';
import { newSession, type Session } from '../../src/dialog/session.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { createUnderstander } from '../../src/nlu/understand.js';
import type { FactName, Facts } from '../../src/policy/facts.js';
import { testIntentModel } from '../nlu/intent-model-fixture.js';

// English owners (and owners who mix English and Chinese) answering the question the bot asked, in their
// own words: terse, hedged, run-on, non-native. Each answer is read twice: by the reader alone (the facts
// the message gives for the fact asked), and as a whole turn through the real classifier and engine, where
// it must stay an answer to that question (a long answer reads like a question, and its words can look like
// another measure's: "we kept working" is not the job-subsidy question).
const dialogs = loadDialogs();
const understand = createUnderstander(testIntentModel());
const now = 1_700_000_000_000;

type Value = string | boolean | undefined;
type Row = [text: string, expected: Value];

function read(dialogId: string, awaiting: FactName, text: string): Facts {
  const dialog = dialogs.byId.get(dialogId);
  return factsFromMessage(text, extractEntities(text), awaiting, dialog, {}, promptFor(dialogs, dialog, awaiting)).facts;
}

/** A session in the dialog, asking `awaiting`, in English. */
function asking(dialogId: string, awaiting: FactName, known: Facts, lang: 'zh' | 'en'): Session {
  return { ...newSession(lang, now), dialog: dialogId, awaiting, facts: { ...known } };
}

function table(dialogId: string, awaiting: FactName, rows: Row[], known: Facts = {}, lang: 'zh' | 'en' = 'en'): void {
  describe(`${dialogId}, asked ${awaiting} (${lang})`, () => {
    it.each(rows)('%s', (text, expected) => {
      expect(read(dialogId, awaiting, text)[awaiting], 'read').toEqual(expected);
      if (expected === undefined) return;
      const turn = step(asking(dialogId, awaiting, known, lang), understand(text), { dialogs, now });
      expect(turn.session.facts[awaiting], 'recorded in the turn').toEqual(expected);
      expect(turn.session.dialog, 'still the same dialog').toBe(dialogId);
      expect(turn.session.lang, 'same language').toBe(lang);
    });
  });
}

const tenant: Facts = { landlordType: 'districtSoe', premisesUse: 'business', registeredInXicheng: true, enterpriseSize: 'small' };

table('rent-tenant', 'operatingStatus', [
  ['we kept working, never shut', 'open'],
  ['open the whole time', 'open'],
  ['never shut, not even for a day', 'open'],
  ["we didn't close at all", 'open'],
  ['didnt close', 'open'],
  ['stayed open, delivery only', 'open'],
  ['kept going as normal', 'open'],
  ['business as usual, just fewer customers', 'open'],
  ['we were open throughout', 'open'],
  ['open all along', 'open'],
  ['we did takeaway the whole time so never really closed', 'open'],
  ['kept the doors open', 'open'],
  ['caller says the street office told them to close, so closed under the epidemic rules', 'closedPerRules'],
  ['the street office told us to shut', 'closedPerRules'],
  ['neighbourhood committee made us close', 'closedPerRules'],
  ['had to close because of covid', 'closedPerRules'],
  ['closed, government order', 'closedPerRules'],
  ['we were forced to shut down in feb', 'closedPerRules'],
  ["we weren't allowed to open until april", 'closedPerRules'],
  ['the authorities shut us for 6 weeks', 'closedPerRules'],
  ['closed as instructed by the district', 'closedPerRules'],
  ['we closed to redo the interior, nobody told us to', 'closedOther'],
  ['shut for renovation', 'closedOther'],
  ['closed for chinese new year and we stayed in our hometown', 'closedOther'],
  ['closed ourselves, no one made us', 'closedOther'],
  ['no customers so we just closed', 'closedOther'],
  ['it was our own decision to close, not the government', 'closedOther'],
  ['we closed for a refit', 'closedOther'],
  ['continued to operate', 'open'],
  ['no we did not close', 'open'],
  ['we never stopped', 'open'],
  ['we closed because no one was coming', 'closedOther'],
  ['we decided to stop for a while, no order', 'closedOther'],
  ['other reason', 'closedOther'],
  ['closed but not because of rules, we were renovating', 'closedOther'],
  ['the community asked us to close', 'closedPerRules'],
  ['government made us shut', 'closedPerRules'],
  ['we closed for a while', undefined],
], tenant);

table('rent-tenant', 'premisesUse', [
  ["it's our studio, clients come in, so business I'd say", 'business'],
  ['a shopfront on the street', 'business'],
  ['we sell stuff there', 'business'],
  ['retail', 'business'],
  ["it's the restaurant itself", 'business'],
  ['customers walk in off the street', 'business'],
  ['a shop, our head office is elsewhere', 'business'],
  ['it is a store, we sell phones there', 'business'],
  ['we run the salon there', 'business'],
  ['just an office', 'office'],
  ['office space for our staff', 'office'],
  ['we use it as offices, no customers come', 'office'],
  ["desks and computers, it's an office", 'office'],
  ["it's our head office", 'office'],
  ['门店, shop', 'business'],
  ['commercial use', 'business'],
  ["it's our cafe", 'business'],
  ['we do haircuts there', 'business'],
  ['we only work there, no customers', 'office'],
  ['workspace for our team', 'office'],
  ['a shop, no customers during covid though', 'business'],
], { landlordType: 'districtSoe' });

table('rent-tenant', 'landlordType', [
  ['state-owned, district level', 'districtSoe'],
  ['a district SOE', 'districtSoe'],
  ['district-owned state company', 'districtSoe'],
  ['an SOE owned by the district', 'districtSoe'],
  ["the district's state-owned company", 'districtSoe'],
  ['a state firm under the xicheng district government', 'districtSoe'],
  ['district-level soe', 'districtSoe'],
  ["it's 区国资", 'districtSoe'],
  ['区属国企, district SOE', 'districtSoe'],
  ['a central SOE', 'centralSoe'],
  ['one of the big central state-owned companies, not the district', 'centralSoe'],
  ['just a private owner', 'private'],
  ['some individual owns it', 'private'],
  ['a private company', 'private'],
  ['city-owned SOE', 'other'],
  ['a municipal state company', 'other'],
  ['owned by xicheng district', 'districtSoe'],
  ['district SASAC', 'districtSoe'],
  ['government-owned company of the district', 'districtSoe'],
  ['Xicheng SOE', 'districtSoe'],
  ['a normal company, not state owned', 'private'],
  ['not a district soe, a private one', 'private'],
  ['a central SOE, not district', 'centralSoe'],
  ['a public institution', 'other'],
  ['some university', 'other'],
  ['a state company, not sure which level', undefined],
]);

table('rent-tenant', 'registeredInXicheng', [
  ['yes, registered and pays tax in Xicheng', true],
  ['yep both', true],
  ['registered in xicheng, tax too', true],
  ['all in xicheng', true],
  ['our licence is in xicheng', true],
  ["we're a xicheng company", true],
  ['yes 在西城注册 and tax here', true],
  ["no, we're registered in Haidian", false],
  ['nope, chaoyang', false],
  ['not in xicheng', false],
  ['our company is registered in Fengtai', false],
  ['both', true],
  ["that's right", true],
  ['registered here and pay tax here', true],
  ["we're in haidian", false],
  ['outside xicheng', false],
  ['not registered in xicheng', false],
], { landlordType: 'districtSoe', premisesUse: 'business' });

table('rent-tenant', 'enterpriseSize', [
  ['small, 9 people', 'small'],
  ['small company', 'small'],
  ['smallish, around 20 staff', 'small'],
  ['micro, 5 staff', 'micro'],
  ['tiny, just 3 of us', 'micro'],
  ['micro business', 'micro'],
  ['medium, about 150 employees', 'medium'],
  ['mid-sized', 'medium'],
  ['midsize firm', 'medium'],
  ['sole trader', 'individual'],
  ["self-employed, it's just me", 'individual'],
  ['individual business (getihu)', 'individual'],
  ['个体户', 'individual'],
  ["we're a big company, 2000 staff", 'large'],
  ['小微, like 8 staff', 'small'],
  ['very small, only 4 employees', 'micro'],
  ['middle', 'medium'],
  ['individual', 'individual'],
  ['not small, medium', 'medium'],
], { landlordType: 'districtSoe', premisesUse: 'business', registeredInXicheng: true });

const chain: Facts = { industry: 'convenienceStore', premisesUse: 'business' };

table('rent-chain-store', 'paysRent', [
  ['yes the branch pays', true],
  ['we pay it ourselves', true],
  ['the store covers it', true],
  ['the branch pays its own rent', true],
  ["comes out of the store's own budget", true],
  ["the rent comes out of our store's own budget", true],
  ['from our own account', true],
  ['no, head office pay the rent for all stores', false],
  ['paid by the parent company', false],
  ['we do', true],
  ['yes, our branch pays the landlord directly', true],
  ['paid by the branch', true],
  ['branch pays, not HQ', true],
  ['HQ pays it I think', false],
  ['head office covers it', false],
  ['headquarters', false],
  ['the parent company pays', false],
  ['no, the group pays centrally', false],
  ['not us, head office does', false],
  ["it's paid by us", true],
  ['our own money', true],
  ["store pays, HQ doesn't", true],
  ['the parent', false],
  ['branch', true],
], { ...chain, chainBranch: true, registeredInXicheng: true });

table('rent-chain-store', 'chainBranch', [
  ['yes a branch', true],
  ["it's a branch of the company", true],
  ['company-run branch', true],
  ['directly operated by HQ', true],
  ['a branch office', true],
  ['yes, company owned', true],
  ["it's one of our branches", true],
  ['yes, set up as a branch (分公司)', true],
  ['franchise', false],
  ["we're a franchisee", false],
  ['franchised store', false],
  ['no, independent', false],
  ['just one shop, not a chain', false],
  ['no, we joined as a franchise', false],
  ['run by headquarters directly', true],
  ["we're independent", false],
  ['joined a brand', false],
  ['a franchise, not a branch', false],
], chain);

table('guarantee-borrower', 'districtInstitution', [
  ['correct, a district government guarantor', true],
  ['yes, government guarantee institution in Xicheng', true],
  ["yes it's the district's guarantee company", true],
  ['xicheng government financing guarantee company', true],
  ['yes, based in the district', true],
  ['yep, a xicheng state guarantor', true],
  ['the district-run guarantor', true],
  ['no, a commercial guarantee company', false],
  ['a private guarantor', false],
  ["no, it's a city-level one", false],
  ["it's in haidian, not xicheng", false],
], { enterpriseSize: 'small' });

table('rent-school', 'approvedByEducationCommission', [
  ['yes approved', true],
  ['yes, licensed by the district education commission', true],
  ['we have the school licence', true],
  ['approved by the district ed commission', true],
  ['yes, we hold a permit from the education commission', true],
  ['fully licensed', true],
  ['yes, officially approved', true],
  ['no, not approved', false],
  ['still waiting for approval', false],
  ["we don't have a licence", false],
  ['unlicensed', false],
  ['application pending', false],
  ['we got approval from the district', true],
  ["we're still applying", false],
], { industry: 'kindergarten' });

table('rent-school', 'openingDelayed', [
  ['yes, postponed under the rules', true],
  ["we couldn't open in spring", true],
  ['opening was pushed back', true],
  ['classes suspended from feb', true],
  ['yes, term started late', true],
  ['we stayed closed until june', true],
  ['delayed by the epidemic', true],
  ['kids could not come back until the summer', true],
  ['no, we opened on time', false],
  ['no delay', false],
  ['opened as normal', false],
  ['reopened in june', true],
  ['the kids stayed home', true],
  ['we moved classes online and the school stayed shut', true],
], { industry: 'kindergarten', approvedByEducationCommission: true, landlordType: 'districtSoe' });

table('job-subsidy', 'organizesTraining', [
  ['yes we ran online training', true],
  ['we trained the staff', true],
  ['yes, some courses for employees', true],
  ['held training sessions every week', true],
  ['staff did online courses', true],
  ['yes, organised training', true],
  ['no training', false],
  ["we didn't organise any", false],
  ['nope, none', false],
  ['not yet', false],
  ['staff took part in online training', true],
  ["didn't do any training", false],
], { enterpriseSize: 'small', industry: 'catering', revenueDropPercent: '85' });

// The same readings in Chinese, so the English words never cost a Chinese answer.
table('rent-tenant', 'registeredInXicheng', [['都在西城', true], ['两个都是', true], ['不在西城', false], ['我们在海淀', false]], { landlordType: 'districtSoe', premisesUse: 'business' }, 'zh');
table('rent-tenant', 'landlordType', [['不是区属国企，是私人的', 'private'], ['是个事业单位', 'other'], ['国企，区里的', 'districtSoe']], {}, 'zh');
table('rent-tenant', 'operatingStatus', [['一天都没关', 'open'], ['社区不让开门', 'closedPerRules'], ['生意不好自己关了', 'closedOther']], tenant, 'zh');
table('guarantee-borrower', 'districtInstitution', [['民营的担保公司', false], ['市里的担保公司', false]], { enterpriseSize: 'small' }, 'zh');
table('rent-school', 'approvedByEducationCommission', [['还在申请', false], ['教委批了', true]], { industry: 'kindergarten' }, 'zh');
table('rent-chain-store', 'chainBranch', [['独立门店', false], ['加盟的', false]], chain, 'zh');
