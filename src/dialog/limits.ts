/** Unusable answers to one question before the bot offers the department's phone instead. */
export const MAX_ATTEMPTS = 3;
