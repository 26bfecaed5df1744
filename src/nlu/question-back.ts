/**
 * A short question back beside the answer: "规模？小微啊，个体户", "房东是谁？区里的国企呗", "一万二，问这个干嘛？",
 * "why are you asking? fine, 15k", "yes, why do you ask?", "layoffs? none". The question echoes the one asked or asks
 * why; the rest of the message answers it, so the message is the answer. A question with nothing beside it ("什么叫
 * 区属国企？"), or a long one ("区属国企，办公用房是免一半还是全免？"), is a question.
 *
 * @example answersBesideQuestion('规模？小微啊', 'enterpriseSize', extractEntities('规模？小微啊')) // true
 */
import { factKinds, type FactName } from '../policy/facts.js';
import type { Entities } from './understanding.js';
import { extractEntities } from './entities.js';
import { readAnswer } from './read-answer.js';

/** A clause ending in a question mark. */
const questionClause = /[^,，.。;；!！?？]*[?？]+/g;
/** Short enough to be an echo or a "why?": a few Chinese characters or English words. */
const MAX_HAN = 10;
const MAX_WORDS = 7;

/**
 * A question about what the answer means ("这算谁付的？", "does that count as a branch?"): a real question, whatever
 * stands beside it; the owner waits to be told which answer fits.
 */
const asksWhichFits = /算谁|算不算|算哪|算是|区别|什么意思|啥意思|什么叫|啥叫|什么算|啥算|怎么算|咋算|哪种|count(?:s)? as|difference|what do you mean|mean by|qualif|which one|is that (?:a|an|the)/i;

function short(clause: string): boolean {
  if (asksWhichFits.test(clause)) return false;
  const han = clause.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = clause.match(/[a-z']+/gi)?.length ?? 0;
  return han <= MAX_HAN && words <= MAX_WORDS;
}

/** What `rest` (a message, or the part of it outside its questions) answers for a choice or yes/no `fact` by itself. */
function choiceAnswered(rest: string, fact: FactName, named = false): unknown {
  const read = named ? undefined : readAnswer(fact, rest);
  if (read !== undefined) return read;
  const beside = extractEntities(rest);
  if (beside.facts[fact] !== undefined) return beside.facts[fact];
  return factKinds[fact] === 'boolean' && beside.yesNo !== null ? beside.yesNo : undefined;
}

/** Whether the words outside the message's short questions answer `fact` by themselves. */
export function answersBesideQuestion(text: string, fact: FactName, entities: Entities): boolean {
  const questions = [...text.matchAll(questionClause)];
  if (questions.length === 0 || !questions.every((q) => short(q[0]))) return false;
  const inQuestion = (at: number): boolean => questions.some((q) => at >= q.index && at < q.index + q[0].length);
  let rest = '';
  for (let at = 0; at < text.length; at += 1) rest += inQuestion(at) ? ' ' : text.charAt(at);
  if (!/[\p{L}\p{N}]/u.test(rest)) return false;
  if (factKinds[fact] === 'money' || factKinds[fact] === 'percent') {
    return entities.money.some((m) => !inQuestion(m.start)) || entities.percents.some((p) => !inQuestion(p.start));
  }
  return choiceAnswered(rest, fact) !== undefined;
}

/** A question about what the question means, typed without a mark: up to the end of its phrase. */
const unmarkedMeaningQuestion = /^[^,，.。;；!！]*?(?:什么意思|啥意思|是啥|是什么|指啥|指什么|是指|有啥区别|有什么区别|啥区别|什么区别|what do you mean|what does (?:that|it) mean|meaning)(?:啊|呀|呢|哈)?/i;
/** "这算哪类？", "which category is that?": asks which of the choices a thing just told falls under. */
const asksWhichKind = /算哪|属于哪|算什么|算啥|哪一类|哪类|哪种|which (?:kind|category|type|one)|what (?:kind|category|type)/i;

/**
 * An owner who asks what the question means and answers it in the same message: "分公司直营和加盟有啥区别？我们是总店
 * 开的分店，执照上写着分公司", "审批认定是啥意思？我们有办学许可证，教委发的", "what's the difference? the licence says
 * branch company". The words after the last question answer `fact` by themselves: the owner has decided, so the
 * question is explained and the answer taken. A choice told and then asked which kind it is ("干洗，这算哪类？") is
 * answered by saying the reading back. A situation told and then asked "这算谁付的？" stays a question: the owner waits
 * to be told which answer fits. Only for choice and yes/no facts; amounts have their own readers. `named`: only a value
 * named by its own words ("我们是个体户"), not one the question's grammar infers ("we have 9 people").
 *
 * @example answerAroundMeaningQuestion('谁付有啥区别？反正是我们店的流水付的', 'paysRent') // true
 */
export function answerAroundMeaningQuestion(text: string, fact: FactName, named = false): unknown {
  if (factKinds[fact] !== 'boolean' && factKinds[fact] !== 'enum') return undefined;
  const questions = [...text.matchAll(questionClause)];
  const first = questions[0];
  const last = questions.at(-1);
  if (!first || !last) {
    // "审批认定啥意思 我们有教委发的许可证", typed without a question mark: the words after the question phrase answer.
    const asked = unmarkedMeaningQuestion.exec(text);
    const after = asked ? text.slice(asked.index + asked[0].length) : '';
    return /[\p{L}\p{N}]/u.test(after) ? choiceAnswered(after, fact, named) : undefined;
  }
  const after = text.slice(last.index + last[0].length);
  const answered = /[\p{L}\p{N}]/u.test(after) ? choiceAnswered(after, fact, named) : undefined;
  if (answered !== undefined) return answered;
  const before = text.slice(0, first.index);
  // "a cook left, does that count as a layoff?", "走了一个，这算裁员吗？": the notice leaves 少裁员 to the department, which the
  // explanation says; the people told as gone are the answer (few, or none when they quit), never a question asked again.
  const whichKind = factKinds[fact] === 'enum' && (fact === 'layoffs' || questions.every((q) => asksWhichKind.test(q[0]))) && /[\p{L}\p{N}]/u.test(before);
  return whichKind ? choiceAnswered(before, fact, named) : undefined;
}
