/**
 * The words that tie a measure to a topic: "说是跟员工培训挂钩", "和社保有关的那种", "the one tied to staff training".
 * Two readers need them and must agree on them: the fact reader (a fact word inside a tie names the measure's
 * condition, not the owner's case) and the opening reader (a subsidy told by what it is tied to is one measure).
 */

/** 跟/和/与/同 open the tie in Chinese. */
export const tieOpener = '(?:跟|和|与|同)';
/** What closes it: "跟员工培训挂钩", "和贷款相关", "跟社保绑定". */
export const tieCloserZh = '(?:挂钩|有关|相关|关联|沾边|绑定|挂上钩)';
/** English ties: "tied to", "linked up with", "pegged to". */
export const tieEn = '(?:linked up|tied|linked|related|connected|attached|pegged) (?:to|with)';
/** A character inside one clause: the tie never reaches across a comma, stop or space. */
export const clauseChar = '[^，。,；;？?！!\\s]';

/** Any word of a tie, for a cheap look before the per-fact one. */
export const tieWord = new RegExp(`${tieCloserZh}|tied|linked|related|connected|attached|pegged`);
