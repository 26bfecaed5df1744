/**
 * A question about the notice itself, not one of its measures: its number, issuer or date ("这个文件的文号和发文日期是
 * 什么", "那个六号文件到底说的啥", "what exactly is this notice you answer about?", "which document is this based on"). Such a question, heard as
 * help or small talk, gets the notice's own particulars (notice.yaml) rather than the menu alone.
 *
 * @example noticeAsked('这个文件的文号是什么') // true
 */
const zhAsk = /文号|发文(?:日期|时间|单位|机关)|(?:哪个|哪家|哪级)(?:部门|单位|机关)(?:发|出|印发)的|什么时候(?:发|出|印发|颁布|公布)的|(?:这个|这份|这是|您说的|你说的|依据的?)(?:是)?(?:什么|啥|哪个|哪份)(?:文件|通知|政策文件)|(?:文件|通知)(?:叫|是)(?:什么|啥)(?:名字|名称)?|(?:文件|通知|文)(?:里|上)?(?:到底|主要|都|究竟)?(?:说|讲|写)(?:的|了)?(?:是)?(?:啥|什么)/;
const enAsk = /(?<![a-z])(?:what (?:exactly )?is (?:this|the|that) (?:notice|document|policy document)|which (?:notice|document|policy document)|(?:notice|document|reference) (?:number|no\.?)(?![a-z])|when was (?:it|this|the notice|the document) (?:issued|published|released)|who (?:issued|published) (?:it|this|the notice))/;

export function noticeAsked(normalized: string): boolean {
  return zhAsk.test(normalized) || enAsk.test(normalized);
}
