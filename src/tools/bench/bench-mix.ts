/**
 * The fixed mix of turns the benchmark sends: real owners' questions (Chinese and English) and the
 * follow-up answers they give, each conversation from a fresh user. The same texts go through our
 * pipeline and through stock node-nlp, so the two are compared on identical input.
 *
 * @example
 * BENCH_CONVERSATIONS[0] // ['区属国企的门面，月租2万', '1', ...]
 */
export const BENCH_CONVERSATIONS: readonly (readonly string[])[] = [
  ['区属国企的门面，月租2万', '1', '/answer enterpriseSize small', '坚持营业', '没有裁员'],
  ['我的饭馆租的区属国企门面，3、4月房租能免吗？', '是', '小型企业', '2'],
  ['Can my restaurant get its March and April rent waived?', 'yes', 'small'],
  ['连锁便利店的分店能补贴房租吗', '是'],
  ['担保费能补贴多少', '担保金额500万'],
  ['稳岗补贴怎么申请', '不知道'],
  ['how much is the guarantee fee subsidy', '5 million'],
  ['我能享受哪些政策'],
  ['找谁咨询房租的事'],
  ['你好'],
];

/** Every text of the mix, in order: what node-nlp processes. */
export const BENCH_TEXTS: readonly string[] = BENCH_CONVERSATIONS.flat();
