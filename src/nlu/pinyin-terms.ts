/**
 * The notice's own terms as expat owners and operators type them in pinyin inside English ("asking about the
 * gangwei butie", "danbao fei halved for small firms?", "guoqi landlord"): each read as the Chinese word it spells,
 * so the intent network, trained on both languages, hears 岗位补贴 or 担保费 where no English line says it. Only
 * spellings that are no English word are here ("fei" or "gang" alone are read only inside a pair).
 *
 * @example
 *   pinyinTerm('danbao') // '担保'
 *   pinyinTerm('wen', 'gang') // '稳岗' (two words typed apart)
 */
const terms: Readonly<Record<string, string>> = {
  danbao: '担保', danbaofei: '担保费', rongdan: '融担', daikuan: '贷款', yinhang: '银行', feilv: '费率',
  butie: '补贴', buzhu: '补助', gangwei: '岗位', wengang: '稳岗', shebao: '社保', peixun: '培训', caiyuan: '裁员',
  fangzu: '房租', zujin: '租金', mianzu: '免租', jianzu: '减租', jianmian: '减免', fangdong: '房东', zuhu: '租户',
  guoqi: '国企', guoyou: '国有', guozi: '国资', getihu: '个体户', xiaowei: '小微', liansuo: '连锁', fendian: '分店', jiameng: '加盟',
  zhiying: '直营', fengongsi: '分公司', youeryuan: '幼儿园', fuhuaqi: '孵化器', fugong: '复工', caigou: '采购', xiaofeiquan: '消费券',
  chuangxinquan: '创新券', zhengce: '政策', fuchi: '扶持', youhui: '优惠',
  // The same words typed as two: "wen gang", "danbao fei", "fang zu".
  'wen gang': '稳岗', 'danbao fei': '担保费', 'fang zu': '房租', 'mian zu': '免租', 'jian zu': '减租', 'gang wei': '岗位',
  'bu tie': '补贴', 'fen gongsi': '分公司', 'zhi ying': '直营', 'fen dian': '分店', 'jia meng': '加盟', 'dan bao': '担保', 'guo qi': '国企', 'guo zi': '国资', 'xiao wei': '小微', 'fang dong': '房东',
};

/** The Chinese word one pinyin word (or two typed apart) spells, or undefined. */
export function pinyinTerm(word: string, next?: string): string | undefined {
  return next === undefined ? terms[word] : terms[`${word} ${next}`];
}
