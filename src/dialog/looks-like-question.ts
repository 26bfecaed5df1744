/**
 * Whether a message reads as a new question rather than an attempt to answer the one asked. Mid-dialog,
 * a short answer the extractors could not use ("district SOE", "shop") may still be classified as some
 * measure with high confidence; only a message that reads as a question may leave the dialog for
 * another topic.
 * @example looksLikeQuestion('担保费能减半吗') // true;  looksLikeQuestion('国企') // false
 */
export const questionCue = /[?？]|吗|呢|怎么|如何|能不能|能否|可不可以|可以|多少|哪|什么|谁|咋|\b(how|what|can|could|who|where|when|which|is there|are there|do i|does|should|any)\b/i;

/** Long messages are read as questions too: an answer to one question is a few words. */
const longMessageChars = 16;

export function looksLikeQuestion(text: string): boolean {
  return questionCue.test(text) || text.trim().length >= longMessageChars;
}
