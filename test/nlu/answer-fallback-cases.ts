/**
 * Held-out answers for the answer fallback (src/nlu/answer-fallback.ts), written before its examples and
 * never trained on: intents/answer-examples.yaml must not contain these lines (a test checks). Each is an
 * owner's reply to the question asked for `fact`; `value` is the choice meant, or null when the reply gives
 * none and the question must be asked again.
 */
export interface FallbackCase {
  fact: 'operatingStatus' | 'layoffs' | 'enterpriseSize' | 'industry' | 'landlordType' | 'premisesUse';
  text: string;
  value: string | null;
}

const table: Record<FallbackCase['fact'], Record<string, string[]>> = {
  operatingStatus: {
    open: [
      'we kept the doors open the whole time', 'doors never shut', 'we soldiered on every day', 'business as usual for us',
      'we never stopped serving customers', 'open every single day', 'we carried on as normal',
      '门一直没锁，天天有人卖货', '每天照样开张', '我们一天都没歇', '店里天天有人', '一直干着呢', '照开不误', '天天开张做生意',
    ],
    closedPerRules: [
      'we were shut down by the district', 'the city made everyone shut', 'closed when the lockdown came',
      'the authorities closed all shops on our street', 'we had no choice, the rules said close',
      '街道来人贴了封条', '上头让停的', '防控期间不让开门', '社区不让我们开', '按照指挥部的通知歇业', '疫情来了统一关门',
    ],
    closedOther: [
      'we took the chance to redo the floors', 'staff all went home so we closed', 'we shut to move to a new place',
      'the owner was ill so we closed for a while',
      '回老家过年就没回来开', '生意太差干脆关了', '老板生病了关了一阵', '借这个机会重新装了一下', '没客人自己锁门了',
    ],
  },
  layoffs: {
    none: [
      'everyone still has their job', 'not a single person lost their job', 'we kept the whole team', 'no one had to leave',
      'all twelve are still with us', 'the same people as before',
      '大家都还在', '一个都没少', '员工一个不少', '没让任何人走', '人都留着呢', '原班人马都在',
    ],
    few: [
      'we had to let a couple of people go', 'just one waiter was let go', 'two people lost their jobs', 'a handful were let go',
      '走了一两个', '辞了个服务员', '少了两三个人', '让几个临时工回家了',
    ],
    many: [
      'most of the staff are gone', 'we let almost everyone go', 'over half of them lost their jobs', 'nearly the whole team was let go',
      '差不多全辞了', '走了一大半', '只留了老板自己', '裁掉了大部分人', '基本都遣散了',
    ],
  },
  enterpriseSize: {
    individual: ["I'm a one-man business", 'just me and my wife', 'a one person stall', '夫妻店', '就我一个人干', '一个人的小摊'],
    micro: ['a really tiny company', 'tiny, only a handful of us', '特别小的公司', '很小很小的企业'],
    small: ['not big, a small outfit', 'a modest little firm', '规模不大', '公司不算大，小规模'],
    medium: ['middle-sized', 'somewhere in the middle', '中等吧', '不大不小'],
    large: ['a big group company', 'a large corporation', '挺大的集团', '上千人的大厂'],
  },
  industry: {
    catering: ['we serve dumplings', 'we run a pizza place', 'a noodle bar', 'we sell hamburgers', '卖煎饼的', '做麻辣烫', '卖卤煮的', '烤串'],
    convenienceStore: ['a little shop selling snacks and drinks', 'a corner store selling cigarettes and water', '卖烟酒日用品的小店', '社区小卖店'],
    beautySalon: ['we cut hair', 'a spa doing facials', '给人做指甲', '做头发的'],
    housekeeping: ['we send cleaners to homes', 'we place nannies with families', '给人打扫卫生的', '找保姆的中介'],
    educationTraining: ['we teach English to kids', 'piano lessons for children', '教小孩画画的', '钢琴课'],
    bookstore: ['we sell second-hand books', '卖书的', '旧书店'],
  },
  landlordType: {
    districtSoe: ["the landlord is Xicheng's state company", '西城国资下面的公司'],
    private: ['some guy owns it', 'an old lady rents it to us', '房东是个老大爷', '一个私人老板的房'],
  },
  premisesUse: {
    office: ['desks and computers, we work there', '员工在里面坐班'],
    business: ['customers come in and buy', '顾客上门买东西'],
  },
};

/** Replies that name no choice of the fact asked: the question must be asked again, never a guess. */
const noAnswer: Array<[FallbackCase['fact'], string]> = [
  ['operatingStatus', 'asdfgh'], ['operatingStatus', '不知道'], ['operatingStatus', 'not sure'], ['operatingStatus', '嗯'],
  ['operatingStatus', 'what do you mean?'], ['operatingStatus', '这个怎么算'], ['operatingStatus', 'qwerty uiop'],
  ['layoffs', 'hmm'], ['layoffs', '不清楚'], ['layoffs', 'why do you ask?'], ['layoffs', 'zzzz'], ['layoffs', '说不好'],
  ['enterpriseSize', '不知道怎么分'], ['enterpriseSize', 'no idea'], ['enterpriseSize', '？？'], ['enterpriseSize', 'blah'],
  ['industry', 'dunno'], ['industry', '。。。'], ['landlordType', '不清楚'], ['premisesUse', 'xyz'],
];

export const fallbackCases: FallbackCase[] = [
  ...Object.entries(table).flatMap(([fact, values]) =>
    Object.entries(values).flatMap(([value, texts]) => texts.map((text) => ({ fact: fact as FallbackCase['fact'], text, value })))),
  ...noAnswer.map(([fact, text]) => ({ fact, text, value: null })),
];
