/**
 * Layoffs told the way owners tell them: with a verb and a count ("辞了4个人", "让两个伙计回家了",
 * "we let two people go", "laid off 3 of 12"), a share ("人裁掉一多半", "大部分都走了", "most of them were
 * let go") or a plain nobody ("一个都没动", "员工都还在", "nobody was let go", "we kept everyone").
 *
 * The level follows the notice's words 不裁员、少裁员: none; many when the share is half the staff or
 * more (a count against the headcount the owner gave: "走了两个人，店里30来人" is 2 of 30); otherwise few.
 * A count with no headcount is few: the notice puts no number on 少裁员, so the department confirms it
 * and the reply says so (`departmentConfirms`) rather than ask for a percentage.
 *
 * Strong verbs (裁, 辞, 开除, laid off, fired) are read anywhere; weak ones (走, 减, 让…走, 动) only with
 * a person counted ("走了两个人", not "走了两个月"). Linear: each pattern is one pass over the text.
 *
 * @example
 *   extractLayoffs('走了两个人，店里30来人') // { laidOff: 2, staff: 30, level: 'few', departmentConfirms: true, start: 0, end: 5 }
 */
import { Decimal } from '../policy/money.js';
import type { LayoffCount } from './understanding.js';
import { normalizeText } from './normalize-text.js';
import { englishNumberSource, parseEnglishNumber, parseNumeral } from './numeral.js';
import { extractPercents } from './extract-percent.js';
import { rhetoricalCue } from './text-cues.js';

export interface LayoffReading extends LayoffCount {
  /** Where the layoffs were told, so a 没 inside them is not read as a no to another question. */
  start: number;
  end: number;
}

/** A count; not the 一 of a word ("没裁员 一直营业", "一样", "一起", "一共"), which counts nobody. */
const zhCount = '(\\d{1,4}|[一二两三四五六七八九十百零〇俩仨]{1,5}(?![直样起共定般旦切向律致概边同]))';
const enCount = `(\\d{1,4}|${englishNumberSource})`;
const person = '(?:个人|人|员工|职工|伙计|店员|服务员|工人|师傅|厨师|小工|雇员|老师|教师|保姆|阿姨|教练|技师|理发师|美发师|美甲师|美容师|导购|收银员|司机|保安|学徒|帮工)';
const measure = '(?:个|名|位)';
/** 个 counts people here unless a span of time follows: 走了两个月 is not two people. */
const counted = `(?:${measure}?${person}|${measure}(?![月天年星期礼拜小时钟多]))`;
const strongVerb = '(?:裁掉?|辞退?|辞掉|开除|解雇|炒掉?|劝退|遣散|裁员|减员|打发走?)';
const weakVerb = '(?:减掉?|走|离职|送走|下岗)';
const many = '(?:一多半|一大半|大半|多半|大部分|大多数|绝大部分|绝大多数|一半以上|一半多|过半|超过一半|多数|大批|一大批|全部|所有人|一半)';
const few = '(?:一小半|小部分|少部分|少数|个别|一两个|两三个|几个|极少数|少量|一小部分)';
/** The staff, by whatever they do: "teachers", "cooks", "every single employee". */
const enStaffNoun = '(?:people|persons|person|staff|employees|employee|workers|worker|guys|members? of staff|staff members?|teachers?|tutors?|instructors?|coaches|coach|trainers?|nannies|nanny|caregivers?|carers?|aides?|cooks?|chefs?|waiters?|waitresses|drivers?|nurses?|cleaners?|stylists?|barbers?|assistants?|team members?|hands)';
const enPeople = `(?:${enStaffNoun}|of (?:them|us|our (?:staff|team|employees|people|workers)))`;
// "retrenched" is the Singaporean, Malaysian and Australian word; "got the sack" and "axed" the British. "said goodbye
// to two of our five staff", "parted ways with three": the soft words owners use for it (r10).
const enLetGo = '(?:let go|laid off|fired|dismissed|made redundant|cut|sacked|let off|retrenched|axed|given the sack|terminated|(?:say|said|saying) goodbye to|(?:part|parted|parting) (?:ways )?with)';

const zhNone = new RegExp([
  `(?:一个|一位|一名)${person}?(?:都|也)?(?:没|没有|不|未)(?:被)?(?:裁|辞|开除|解雇|减|动|走|让走|少|炒)`,
  `(?:员工|人|人员|伙计|大家)(?:一个)?(?:都|也|全都|全|都还|还都)?(?:没|没有)(?:被)?(?:裁|辞|开除|解雇|动|走|少|减)`,
  `(?:没|没有|未)(?:辞退?|开除|解雇|炒人|让(?:人|员工|谁|一个人)走|减人|动人|裁过人|裁过)`,
  // "全职的都在", "正式工都留着": the staff on the books are all there (part-timers' hours are no layoffs).
  `(?:${person}|大家|全职(?:的)?|正式(?:工|员工|的)|专职(?:的)?|老员工)(?:们)?(?:都|全都|全)(?:在|还在|留着|留下了|保住了)`,
  `全员(?:保留|在岗|留用)`,
  `没人(?:可|能|被|好)?(?:裁|辞|开除|走)`,
  `(?:零|0)裁员`,
].join('|'), 'g');
/**
 * 减, 走 … name people only beside a word for them: 房租减一半 is rent, 人走了一半 / 减了一半人 are staff. 们 is staff
 * after 员工/伙计, not after 我/咱/他 ("房东给我们减了一半房租" is the rent).
 */
const weakVerbOfStaff = `(?:(?<=(?:员工|人|伙计|师|员|工|练|姨|傅|手|(?<![我咱他你])们)(?:都|也)?)${weakVerb}|${weakVerb}(?=(?:了|掉|掉了)?(?:的)?(?:员工|人)|(?:了|掉|掉了)?(?:${many}|${few})(?:的)?(?:员工|人)))`;
/**
 * "裁了挺多人", "辞了好些", "员工走了不少": a lot, said as a quantity rather than a share, is many. Only right after
 * a verb of letting staff go: before one, "营业额很多减了" is the takings, and "疫情让很多客人不来了" lets nobody go.
 */
const aLot = '(?:挺多|很多|好多|不少|好些|蛮多|一堆|大量|相当多|特别多|老多)';
const zhShare = new RegExp(
  `(?:${strongVerb}|${weakVerbOfStaff}|让)(?:了|掉|掉了)?(?:员工|人)?(?:的)?(${many}|${few})` +
  `|(${many}|${few})(?:的)?(?:员工|人)?(?:都)?(?:被)?(?:${strongVerb}|${weakVerb}|让.{0,3}走)` +
  `|(?:${strongVerb}|${weakVerbOfStaff})(?:了|掉|掉了)?(?:员工|人)?(?:的)?(${aLot})`, 'g');
/** A count that is a share ("裁了10%", "laid off 60 percent", "裁了三成"): read as a share in context, never as people. */
const notShare = '(?![\\d.]|\\s*(?:%|成|分之|percent|per cent|pct|个百分点))';
const zhCountPatterns: Array<{ pattern: RegExp; weak: boolean }> = [
  // "裁了 二十来个人走了十三四个": a count followed by its people and another verb with its own count is the staff.
  { pattern: new RegExp(`${strongVerb}(?:了)?(?:掉|掉了)?(?:员工|人)?\\s*${zhCount}(?![一二两三四五六七八九十百零〇俩仨])${notShare}(?!\\s*(?:来|多)?\\s*${measure}?\\s*(?:人|员工)?\\s*(?:里|中|当中)?\\s*(?:${strongVerb}|${weakVerb})(?:了|掉|掉了)?\\s*${zhCount})\\s*(${counted})?`, 'g'), weak: false },
  { pattern: new RegExp(`${weakVerb}(?:了)?(?:掉|掉了)?\\s*${zhCount}\\s*(${counted})`, 'g'), weak: true },
  // 俩 and 仨 count people by themselves: 走了仨.
  { pattern: new RegExp(`${weakVerb}(?:了)?(?:掉|掉了)?\\s*(俩|仨)(?!\\s*个?(?:月|天|年|周|星期|礼拜|小时))`, 'g'), weak: true },
  { pattern: new RegExp(`${zhCount}\\s*(${counted})(?:被)?(?:${strongVerb}|${weakVerb}|回家|离开)`, 'g'), weak: true },
  { pattern: new RegExp(`让\\s*${zhCount}\\s*(${counted})?(?:先|都|也|暂时)?(?:走|离开|回家)`, 'g'), weak: true },
];
const zhStaff = new RegExp(`${zhCount}\\s*(?:来|多|余|几)?\\s*(?:${measure}|号)?\\s*${person}`, 'g');
/** "十二个裁了九个": a bare count of 个 right before a verb of letting go and its own count is the staff. */
const zhStaffBeforeCut = new RegExp(`${zhCount}\\s*(?:来|多)?\\s*(?:${measure})(?=\\s*(?:人)?\\s*(?:都)?(?:${strongVerb}|${weakVerb})(?:了|掉|掉了)?\\s*${zhCount})`, 'g');

const enNone = new RegExp([
  `(?:nobody|no one|noone|none of (?:us|them|our (?:staff|employees|people|workers|team))|not (?:a single|one) (?:person|employee|worker|staff member|one)|no (?:staff|employees|workers|people))\\s+(?:was|were|got|kena|has been|have been|had to be|lost)?\\s*(?:${enLetGo}|the sack|(?:their|a|his|her) jobs?)`,
  `(?:didn't|did not|haven't|have not|never|not|won't|didnt|havent)\\s+(?:let|lay(?: off)?|fire|dismiss|sack|cut|make|retrench|axe)\\s+(?:anyone|anybody|a single (?:person|one|employee)|any (?:of our )?(?:staff|employees|workers|people)|one person)(?:\\s+(?:go|off|redundant))?`,
  `(?:kept|retained|kept on|keep|still have|still employ) (?:on )?(?:everyone|everybody|(?:every|each) (?:single )?(?:one|${enStaffNoun})|(?:them )?both(?: of them| of (?:our |the |my |her |his )?(?:${enStaffNoun})| (?:${enStaffNoun}))?(?![a-z])|them all|all (?:of )?(?:our |the |my |\\d+ |[a-z]+ )?(?:${enStaffNoun}|team|of them))`,
  `(?:all|every one) of (?:our |the |my )?(?:${enStaffNoun}|team|them) (?:stayed|are still (?:here|with us|employed|on the payroll)|kept (?:their|his|her) jobs?)`,
  // "nobody went" (from the staff) is none; "nobody went to work" says nothing of layoffs.
  `(?:nobody|no one|noone|not one (?:person|employee)) (?:left|quit|went(?! (?:to|in|into|on|out|back|through|home))|lost (?:their|his|her|a) job)`,
  `(?:didn't|did not|never) lose (?:anyone|anybody|a single (?:person|one|employee))`,
  `(?:no|zero) (?:job losses|one lost their job)`,
  `(?:zero|0|no|nil) (?:layoffs|lay-offs|job cuts|redundancies|dismissals|retrenchments?|terminations)`,
  // Learner English with no auxiliary and the staff first or after: "we not fire any people", "teacher we not fire",
  // "no fire teacher", "nobody we fire", "no people leave" (a count after the verb is someone let go, not none).
  `(?<![a-z])(?:not|no|never)\\s+(?:have\\s+|had\\s+)?(?:fire|fired|lay off|laid off|dismiss|sack|retrench|retrenched)(?![a-z])(?!\\s+(?:\\d|only|just|about|around|${englishNumberSource}(?![a-z])))`,
  `(?:nobody|no one|no (?:${enStaffNoun}))\\s+(?:we |they |i )?(?:fire|fired|leave|left|go|gone|lose (?:the |their |his |her )?jobs?)(?![a-z])`,
  `every(?:one|body) (?:kept (?:their|his|her) jobs?|stayed)`,
].join('|'), 'g');
const enShare = new RegExp(
  `(?:let|laid off|lay off|fired|dismissed|cut|sacked)\\s+(most|the majority|more than half|over half|half|nearly all|almost all|all|a few|one or two|a handful|a couple)` +
  `|(most|the majority|more than half|over half|half|nearly all|almost all|a few|one or two|a handful|a couple)\\s+(?:of (?:them|us|the staff|our staff|our team|our employees|our people|the employees)\\s+)?(?:were|was|got|had to be)\\s+${enLetGo}`, 'g');
/**
 * "one trainer left", "two of the guys went": people who left, by the weak verbs (read like 走了一个教练: a few let go,
 * unless the message says they went of their own accord). "only one guy left" is who remains, not who went; "a cook
 * left" is one.
 */
const enWentPattern = new RegExp(`(?<![a-z])(?<!(?:only|just|down to|there'?s|there is|there are|still|with)\\s+)(an?|\\d{1,4}|${englishNumberSource})\\s+(?:of (?:our |the |my )?)?(?:${enStaffNoun}|guy|girl|lady|barista|receptionist|therapist|cashier|staffer|baker|tailor|mechanic)s?\\s+(?:left|has left|have left|went|is gone|was gone|walked|leave)(?![a-z])`, 'g');
const enCountPatterns: RegExp[] = [
  // "we had to let go like 9 out of 12": the verb first, then the count out of the staff.
  new RegExp(`(?<![a-z])(?:let go(?: of)?|laid off|lay off|fired|dismissed|sacked|cut|retrenched)\\s+(?:about |around |maybe |roughly |like |some |nearly |almost )?${enCount}\\s+(?:${enStaffNoun}\\s+)?(?:out )?of (?:our |the |my |about |around )?${enCount}(?![a-z\\d])`, 'g'),
  // "15 out of 20 were let go": the second number is the staff.
  new RegExp(`(?<![a-z])${enCount}\\s+(?:${enStaffNoun}\\s+)?(?:out )?of (?:our |the |my )?${enCount}\\s+(?:${enStaffNoun}\\s+)?(?:were|was|got|had to be|have been)\\s+${enLetGo}`, 'g'),
  // "let two of our twelve tutors go": the second number is the staff.
  new RegExp(`(?<![a-z])(?:let|lay|laid)\\s+${enCount}\\s+(?:${enStaffNoun}\\s+)?(?:out )?of (?:our |the |my |about |around )?${enCount}\\s*(?:${enStaffNoun}\\s+)?(?:go|off)(?![a-z])`, 'g'),
  // "let one barista go": whoever is named between the count and "go" is staff (the trades name them all).
  new RegExp(`(?<![a-z])(?:let|lay|laid)\\s+${enCount}\\s+(?:${enPeople}\\s+|[a-z]+\\s+)?(?:go|off)(?![a-z])`, 'g'),
  new RegExp(`(?<![a-z])(?:let go of|laid off|lay off|got rid of|(?:say|said|saying) goodbye to|(?:part|parted|parting) (?:ways )?with)\\s+(?:about |around |maybe |roughly |like )?${enCount}${notShare}`, 'g'),
  new RegExp(`(?<![a-z])(?:laid off|lay off|let go|fired|fire|dismissed|dismiss|sacked|sack|retrenched|retrench|axed)\\s+${enCount}(?![a-z\\d])${notShare}`, 'g'),
  // "cut 10k off the rent", "cut 5000", "cut 5,000 yuan" cut money, not people: a bare "cut 3" is a few people.
  new RegExp(`(?<![a-z])(?:cut|made)\\s+(\\d{1,2}|${englishNumberSource})(?![a-z\\d,.%])(?!\\s*(?:yuan|rmb|kuai|dollars?|off|percent|per cent|元|块)(?![a-z]))${notShare}`, 'g'),
  new RegExp(`(?<![a-z])${enCount}\\s+(?:${enPeople}\\s+)?(?:were|was|got|kena|had to be|have been)\\s+${enLetGo}`, 'g'),
  // "fifteen of our twenty people are gone", "3 of the 12 staff left": gone or left, with the staff counted.
  new RegExp(`(?<![a-z])${enCount}\\s+(?:${enStaffNoun}\\s+)?(?:out )?of (?:our |the |my )?${enCount}\\s+(?:${enStaffNoun}\\s+)?(?:are gone|were gone|have gone|have left|left|went|quit|are no longer with us|go|gone|leave|lose (?:the |their )?jobs?)(?![a-z])`, 'g'),
];
const enStaff = new RegExp(`(?:(?:out of|of|from)\\s+(?:our |the |my |about |around |roughly )?${enCount}(?![a-z%])|(?:team|staff|workforce) of (?:about |around )?${enCount}|${enCount}\\s+(?:staff|employees|people|workers|members of staff)|we (?:have|had|employ|employed) (?:about |around )?${enCount})`, 'g');

const shareMany = new RegExp(`^(?:${many}|${aLot}|most|the majority|more than half|over half|half|nearly all|almost all|all)$`);

/** What the message says about layoffs, or null when it says nothing. */
export function extractLayoffs(text: string, normalized: string = normalizeText(text)): LayoffReading | null {
  if (!/[裁辞开解炒劝遣减走让没动在全零离下留剩]|let|laid|lay|fire|dismiss|sack|cut|redundan|retrench|axed|kept|keep|nobody|no one|none|layoff|stayed|left|gone|leave|(?<![a-z])go(?![a-z])|lose|still|quit|goodbye|part/.test(normalized)) return null;
  const none = first(normalized, [zhNone, enNone]);
  if (none) return { laidOff: 0, staff: null, level: 'none', departmentConfirms: false, start: none.index, end: none.index + none[0].length };
  const share = first(normalized, [zhShare, enShare]);
  if (share) {
    const words = share[1] ?? share[2] ?? share[3] ?? '';
    const level = shareMany.test(words) ? 'many' : 'few';
    return { laidOff: null, staff: null, level, departmentConfirms: level === 'few', start: share.index, end: share.index + share[0].length };
  }
  const count = readCount(normalized);
  if (!count) return null;
  // "走了一个厨师 人家自己不干了": someone left (a weak verb), of their own accord: nobody was laid off.
  if (count.weak && ownAccord.test(normalized)) return { laidOff: 0, staff: null, level: 'none', departmentConfirms: false, start: count.start, end: count.end };
  const staff = count.staff ?? readStaff(normalized, count.start, count.end);
  const level = count.laidOff === 0 ? 'none' : staff !== null && staff > 0 && count.laidOff * 2 >= staff ? 'many' : 'few';
  return { laidOff: count.laidOff, staff, level, departmentConfirms: level === 'few', start: count.start, end: count.end };
}

function first(normalized: string, patterns: RegExp[]): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    const match = pattern.exec(normalized);
    if (match && (!best || match.index < best.index)) best = match;
  }
  return best;
}

const digitValue: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** "三四个", "十三四个", "两三个": two neighbouring digits say "this or the next"; the larger counts. */
const approximateRange = /^(?:([一二三四五六七八九])?(十))?([一二两三四五六七八九])([二三四五六七八九])$/;

/** A count of people, a range like 十三四 read as its upper end (parseNumeral reads 三四 as 34). */
function countOf(run: string): Decimal | null {
  const range = approximateRange.exec(run);
  const low = range ? digitValue[range[3] ?? ''] : undefined;
  const high = range ? digitValue[range[4] ?? ''] : undefined;
  if (range && low !== undefined && high === low + 1) {
    const tens = range[2] ? (range[1] ? digitValue[range[1]] ?? 1 : 1) * 10 : 0;
    return new Decimal(tens + high);
  }
  return parseNumeral(run);
}

function readCount(normalized: string): { laidOff: number; staff?: number | null; start: number; end: number; weak?: boolean } | null {
  for (const { pattern, weak } of zhCountPatterns) {
    for (const match of normalized.matchAll(pattern)) {
      const value = countOf((match[1] ?? '').replace('俩', '两').replace('仨', '三'));
      if (value && value.isInteger()) return { laidOff: value.toNumber(), start: match.index, end: match.index + match[0].length, weak };
    }
  }
  for (const pattern of [...enCountPatterns, enWentPattern]) {
    for (const match of normalized.matchAll(pattern)) {
      // "a cook left": one.
      const value = /^an?$/.test(match[1] ?? '') ? parseEnglishNumber('one') : parseEnglishNumber(match[1] ?? '');
      // "fifteen of our twenty people are gone": the second number is the staff.
      const staff = match[2] === undefined ? null : parseEnglishNumber(match[2]);
      if (value && value.isInteger()) {
        return { laidOff: value.toNumber(), staff: staff?.isInteger() ? staff.toNumber() : null, start: match.index, end: match.index + match[0].length, weak: pattern === enWentPattern };
      }
    }
  }
  return null;
}

/** A verb of letting go (or leaving) just before a count: the count is of the people who went. */
const afterLetGo = new RegExp(`(?:${strongVerb}|${weakVerb})(?:了|掉|掉了)?\\s*$`);

/** The largest headcount the message gives outside the layoff count itself. */
function readStaff(normalized: string, countStart: number, countEnd: number): number | null {
  let staff: number | null = null;
  for (const [pattern, parse] of [[zhStaff, parseNumeral], [zhStaffBeforeCut, parseNumeral], [enStaff, parseEnglishNumber]] as const) {
    for (const match of normalized.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (start < countEnd && countStart < end) continue; // the people laid off, not the staff
      // "走了一个教练 算裁了一个吧": the same people told twice, once by each verb; a count after a verb of letting go is never the staff.
      if (pattern === zhStaff && afterLetGo.test(normalized.slice(Math.max(0, start - 4), start))) continue;
      const raw = match.slice(1).find((group) => group !== undefined) ?? '';
      const value = parse(raw);
      if (value && value.isInteger() && (staff === null || value.toNumber() > staff)) staff = value.toNumber();
    }
  }
  return staff;
}

type Level = LayoffCount['level'];

/** "是她自己要走的", "人家自己不干了", "回家生孩子去了": left of their own accord, which is no layoff. */
const ownAccordZh = '自己(?:要|想|非要|提出|申请)?(?:走|辞|离|不干)|主动(?:要|提出|申请)?(?:辞|离|走)|自愿|辞职|跳槽|不想干了|不干了|(?:回家|回去)(?:生孩子|带孩子|结婚|考研|读书|上学)';
const ownAccord = new RegExp(`${ownAccordZh}|(?<![a-z])(?:quit|resigned)(?![a-z])|left (?:on (?:their|his|her) own|voluntarily|of (?:their|his|her) own)|own accord`);

/**
 * Staff kept on other terms are not laid off (停薪留职, 放假, 轮岗, half pay, furlough, unpaid leave, fewer
 * hours), nor are people who left of their own accord (自己辞职, "quit on their own"), nor a team that is
 * still there ("人员稳定", "the same 6 people", "still all here").
 */
const keptOn = new RegExp([
  '停薪留职|留职停薪|停(?:了|发)?(?:课时费|工资|薪)|放假|轮休|轮岗|待岗|休假|降薪|减薪|半薪|发一半|工资(?:减|降|少|打折|发)|没解除|未解除|没有解除|保留(?:劳动)?关系|劳动关系还在',
  '回老家|在家待着|在家歇|人员稳定|队伍稳定|没变|没有变|没变化|没有变化|还是(?:那|原来|之前)|一个不少|不算裁|不算是裁|不是裁',
  ownAccordZh,
  'furlough|unpaid leave|leave without pay|(?:reduced|fewer|shorter|cut(?: their)?|less) hours|half[- ]?(?:pay|time|salary|wages)|part[- ]time hours|(?:pay|salary|wage) cuts?|(?:reduced|lower) (?:pay|salar)',
  // "kept my one helper", "kept both of my staff", "we kept our two cooks".
  '(?<![a-z])kept (?:on )?(?:my|our|the|her|his|their|both|all) (?:(?:one|two|three|four|five|\\d+|only|of|my|our) )*(?:helpers?|assistants?|staff|employees?|workers?|people|guys|girls|cooks?|chefs?|waiters?|teachers?|stylists?|baristas?|team)(?![a-z])|same (?:\\w+ )?(?:people|staff|team|employees|crew|workers|guys)|still (?:all |both |\\w+ )?(?:here|there|with us|on (?:the )?payroll|employed|working|on board|on staff)|all still|(?<![a-z])no changes?(?![a-z])|unchanged|(?<![a-z])stable(?![a-z])',
  '(?<![a-z])quit|resigned|left (?:on (?:their|his|her) own|voluntarily|of (?:their|his|her) own)|own accord|moved on|found other jobs|not (?:really )?(?:a )?lay-?offs?',
].join('|'));
/** Nobody to lay off: "就我一人儿", "没雇人", "just me and my wife", "no staff, only family". */
const nobodyToLayOff = /就我(?:自己|一个人|一人|俩|们俩|们两口子)|(?:就|只有|就是)我(?:跟|和|与|同|加)(?:我)?(?:媳妇|老婆|爱人|老公|对象|丈夫|妻子|儿子|女儿|闺女|妈|爸|家里人|家人|亲戚|弟弟|哥哥|姐姐|妹妹|兄弟|老伴)|只有我(?:自己|一个)|夫妻俩|夫妻店|两口子|家庭作坊|自家人|家里人(?:在)?(?:干|做|弄|帮忙)|没(?:有)?(?:雇|请)(?:人|员工|过人)|没(?:有)?(?:员工|伙计|雇员)|(?<![a-z])(?:no (?:staff|employees|workers|hired staff)(?![a-z])|just (?:me|us|the two of us|family)(?![a-z])|only (?:me|us|family|the two of us)(?![a-z])|family only|(?:me|i) and my (?:wife|husband|partner)|no one to (?:fire|lay off|let go))/;
/**
 * The layoffs' own no said after a story, in a clause of its own: "就我跟我媳妇 没裁", "生意不好 但是一个没辞", "人手本来就少，
 * 也没裁". Only a plain 没裁 / 没辞 closing its clause: "没裁几个" and "没裁多少" are a few.
 */
const clauseNo = /(?:^|[\s,，。;；!！~])(?:但是?|可是?|不过|也|都|还|就|倒|反正)?(?:没|没有|未|不)(?:裁|辞|辞退|开除|动|减)(?:人|员|员工|过|过人|掉|掉人)?(?:了|啊|呀|的|呢)?(?=$|[\s,，。;；!！~])/;
/** One person let go, told by a pronoun: "we let her go", "fired him". */
const onePersonLetGo = /(?<![a-z])(?:let (?:him|her) go|(?:fired|dismissed|sacked) (?:him|her)|laid (?:him|her) off)(?![a-z])/;
/** Contracts not renewed let people go: 没续签, "contracts weren't renewed". */
const notRenewed = /(?:没|不|未|没有)(?:再)?续(?:签|约|聘)|合同到期(?:就)?(?:没|不)|(?:contracts?|agreements?)[^.,;]{0,20}(?:not|n't|never) (?:been )?renewed|(?:didn'?t|did not|not|never) renew/;
/** Words of a few and of most: 不多, 个别, "a couple", "only the cleaner"; 大部分, "most of them". */
const fewWords = /(?<!差)不多|没几个|少量|少数|个别|几个|一两个|两三个|三两个|三五个|就一个|只有一个|一个人|(?:裁|辞|开除|炒|辞退|送走|走)了?个(?![月天年星期礼拜小时多过])|(?<![a-z])(?:a few|a couple|couple of|one or two|two or three|a handful|just one|only one|one person|one guy|(?:just|only) (?:the |a |an |our |one |two )\w+)(?![a-z])/;
const manyWords = /大部分|大多数|多数|大半|多半|全(?:裁|辞|开除|遣散)|(?:基本(?:上)?|几乎)(?:全|都)(?:裁|辞|走|遣散|开除|没了)|都(?:裁|辞|走|遣散)|(?<![a-z])(?:most|the majority|almost all|nearly all|almost every(?:one|body)|nearly every(?:one|body))(?![a-z])/;
/**
 * Who is left, when it is only a few: "只留了老板自己", "就剩我和老婆了", "only me and my wife left", "down to
 * just the two of us": most of the staff went (a headcount before and after, when given, decides first).
 */
const onlyLeft = /(?:只|就|仅)(?:剩|留)|(?<![a-z])(?:(?:only|just) [a-z' ]{1,30} (?:left|remain|remaining|still here)|down to (?:just |only )?(?:me|us|the two of us|the owner|my wife|my husband|family))(?![a-z])/;
// "都留着呢", "人都还在" answering the layoffs question: 都 is the whole staff.
/**
 * The staff named by their roles, then all kept: "老师保育员都留着 工资照发", "厨师和服务员都还在" (a clause after it that
 * lets nobody go, like the pay kept, changes nothing).
 */
const roleZh = '(?:人|员工|职工|伙计|大伙儿?|同事|老师|教师|外教|助教|保育员|阿姨|保洁|保安|教练|厨师|厨子|服务员|师傅|店员|营业员|技师|收银员?|司机|会计)';
const wholeStaff = new RegExp(String.raw`(?:所有|全部|全体|全员|大家|每个)|^(?:${roleZh}(?:们)?(?:[和跟与及、,，\s]|还有)?){0,4}(?:都|全都|全)(?:还)?(?:留着|留下了?|在|在岗|保住了?)(?:呢|的|啊|呀|了)?(?:[。.!！~]*$|[\s,，;；。]+(?![^]*(?:裁|辞|开除|走了|遣散|减员|让[^]{0,3}走))[^]*$)|`
  + /(?<![a-z])(?:all|every(?:one|body)|the whole|each)(?![a-z])/.source);
/** Words of staying: with them "most", "the whole team" are the staff kept, not let go ("we kept the whole team"). */
const stayWords = /留|在岗|还在|都在|(?<![a-z])(?:stay|stayed|kept|keep|retain|retained|still|remain|remained|remaining)(?![a-z])/;
/** A count of people standing alone: "3个", "one cook and one waiter"; a span of time is no count of people. */
const countedPeople = new RegExp(`^(?:有|是|就|只有|yes|yeah|just|only)?[,，\\s]*${zhCount}\\s*${counted}`
  + `|^(?:yes|yeah|just|only)?[,\\s]*${enCount}\\s+(?!(?:months?|weeks?|days?|years?|hours?|times?|percent|per cent)(?![a-z]))[a-z]+(?:\\s+and\\s+${enCount}\\s+[a-z]+)?\\s*[.!]?$`);

/** "不到5%", "less than a third": the share is below the figure. */
const below = /(?:不到|不足|少于|低于|没到|不超过|less than|under|below|fewer than|not even|no more than)\s*$/;
/** "留了三分之二", "80% are still here": the share named is the staff kept (besides the percent's own "只剩"). */
const keptShareBefore = /(?:留|留下|留了|保留|保住|kept|retained|still have|keep)\s*(?:了)?\s*$/;
const keptShareAfter = /^\s*(?:的人)?(?:还在|都在|留|留下|保住|(?:of (?:them|us|the staff|our staff) )?(?:are |were |is )?(?:still|stayed|kept|remain))/;

/** The share of the staff let go, 0–100, from the first percentage or fraction the text gives; null when none. */
function layoffShare(normalized: string): number | null {
  const share = extractPercents(normalized, normalized)[0];
  if (!share) return null;
  const before = normalized.slice(Math.max(0, share.start - 12), share.start);
  // "不到一半" is below half, whatever the figure itself reads as.
  const value = Number(share.value) - (below.test(before) ? 1 : 0);
  const kept = share.remaining === true || keptShareBefore.test(before) || keptShareAfter.test(normalized.slice(share.end, share.end + 30));
  return kept ? 100 - value : value;
}

/** The staff before and after: "原来20个老师 现在还剩15个", "30个人就剩8个", "we had 40 staff, now 35". */
const zhBeforeAfter = new RegExp(`${zhCount}\\s*(?:来|多)?\\s*${counted}[^。；;]{0,12}?(?:剩|剩下|留|留下|还有|只有|变成|到)\\s*(?:了|下)?\\s*${zhCount}`);
const enBeforeAfter = new RegExp(`(?:had|was|were|from|of)\\s+(?:about |around )?${enCount}\\s*(?:[a-z]+\\s+)?[^.;]{0,20}?(?:now|down to|to|left with|only|have)\\s+(?:just |only |about )?${enCount}(?![a-z%\\d])`);

function levelFromStaff(normalized: string): Level | null {
  for (const [pattern, parse] of [[zhBeforeAfter, parseNumeral], [enBeforeAfter, parseEnglishNumber]] as const) {
    const match = pattern.exec(normalized);
    if (!match) continue;
    const staff = parse(match[1] ?? '');
    const kept = parse(match[2] ?? '');
    if (!staff || !kept || staff.isZero() || kept.greaterThan(staff)) continue;
    const gone = staff.minus(kept);
    return gone.isZero() ? 'none' : gone.times(2).greaterThanOrEqualTo(staff) ? 'many' : 'few';
  }
  return null;
}

/** A bare count answering "did you lay anyone off?": "两个", "3个人", "有，两个", "0" (none). */
/** Laying off denied ("没裁", "都没辞人", "一个没裁"), and any layoff said otherwise. */
const layoffDenied = /(?:一个|都|也|谁也|谁都)?(?:没有|没|未|不)(?:裁|辞|开除|解雇|辞退|减)(?:过|掉|退)?(?:人|员|员工|任何人)?/g;
/** Said of the staff the question asks about: "都留着呢", "都还在", "都没走", "谁也没走", "一个也没动". */
const allStayed = /(?:^|[\s,，。;；])(?:人|伙计|员工|大家)?(?:都|全都|全)(?:还)?(?:留着|留下了?|在岗|还在)(?![^，,。;；]*?(?:半|\d|[一二两三四五六七八九十几]成|部分|多数|一些|几个))|(?:都|谁也|谁都|一个也|一个都|一个人也|一个人都)(?:没|没有)(?:走|辞|裁|动|少)/;
const layoffVerb = /裁|辞|开除|解雇|辞退|走了|离职|减员|let go|laid off|lay off|fired/;
const nobody = /^(?:nobody|no one|none|not one|not a single one|zero|没人|谁都没|一个没有|一个也没有|无)[.!。！]?$/;
/** "nobody, it's me and my sister", "none - just the two of us": nobody, then who the staff are. */
const nobodyThenStaff = /^(?:nobody|no one|none|not one|zero|没人|谁都没)\s*[,，.。;；:：!！—–-]+(?![^]*(?:let go|laid off|fired|dismissed|cut|sacked|裁|辞|开除))/;
const bareCount = new RegExp(`^(?:有|有的|裁了|辞了|走了|是的?|yes|yeah|yep)?[,，\\s]*(?:only|just|like|about|around|maybe|就|只有|才)?\\s*(\\d{1,4}|[零一二两三四五六七八九十]{1,3}|${englishNumberSource})\\s*(?:个|名|位)?\\s*(?:人|员工|people|persons|person|staff|employees|of them|guys)?\\s*(?:吧|左右|而已)?[.。!！]?$`);

/**
 * The answer to "did you lay anyone off?", read only when that was asked, where the entity extractor
 * found nothing: a bare count or nobody, staff kept on other terms or leaving of their own accord (none),
 * contracts not renewed (few), a share ("裁员不到5%", "about half", "70% of them"), the staff before and
 * after ("30个人就剩8个"), or words of a few or of most. A reason after it ("a couple, because we had no
 * students") changes nothing.
 *
 * @example
 *   readLayoffsAnswer('停薪留职了三个') // 'none'
 *   readLayoffsAnswer('裁员不到5%') // 'few'
 *   readLayoffsAnswer('we had 40 staff, now 35') // 'few'
 */
export function readLayoffsAnswer(normalized: string): Level | undefined {
  const text = normalized.trim();
  if (nobody.test(text) || nobodyThenStaff.test(text)) return 'none';
  // Asked about layoffs, "就俩伙计 都留着呢", "都没走", "谁也没走": everyone stayed.
  if (allStayed.test(text) && !layoffVerb.test(text.replace(allStayed, ' '))) return 'none';
  // "一个没走", "俩人都在", "员工都留着": the message's own none, with no one let go said beside it.
  const reading = extractLayoffs(text, text);
  if (reading?.level === 'none' && !layoffVerb.test(`${text.slice(0, reading.start)} ${text.slice(reading.end)}`)) return 'none';
  // "就我跟我媳妇 没裁", "就俩人 没裁": the staff told, then the layoffs denied; no one let go is said anywhere else.
  const denied = text.replace(layoffDenied, ' ');
  if (denied !== text && !layoffVerb.test(denied)) return 'none';
  // "就俩人哪能裁": the headcount told beside a rhetorical "who would I lay off" is the staff, not those let go.
  if (rhetoricalCue.test(text) && !onlyLeft.test(text) && !onePersonLetGo.test(text)) return 'none';
  const count = bareCount.exec(text);
  if (count) return /^(?:0+|零|zero|none)$/.test(count[1] ?? '') ? 'none' : 'few';
  const staying = stayWords.test(text);
  // "most of them stayed", "大部分都留下了": most kept is a few let go; "we kept the whole team" none.
  if (staying && manyWords.test(text)) return 'few';
  if (staying && wholeStaff.test(text)) return 'none';
  const many = manyWords.test(text) && !staying;
  if (onePersonLetGo.test(text)) return 'few';
  if ((nobodyToLayOff.test(text) || rhetoricalCue.test(text)) && !onlyLeft.test(text)) return 'none';
  if (clauseNo.test(text) && !many) return 'none';
  if (notRenewed.test(text)) return many ? 'many' : 'few';
  if (keptOn.test(text)) return 'none';
  const share = layoffShare(text);
  if (share !== null) return share === 0 ? 'none' : share >= 50 ? 'many' : 'few';
  const staff = levelFromStaff(text);
  if (staff) return staff;
  if (many || onlyLeft.test(text)) return 'many';
  if (!staying && (fewWords.test(text) || countedPeople.test(text))) return 'few';
  // "two staff left, we have 30", "one cook left": the message's own reading, when the answer's words above say nothing.
  return extractLayoffs(text, text)?.level ?? undefined;
}
