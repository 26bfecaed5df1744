/**
 * A business in premises it owns, in the owner's words, and the letting that makes such an owner a landlord instead.
 * The answer reader (who is the landlord? "房子是我们自己的"), the fact reader and the side switch must agree on both:
 * "we own the building ourselves" has no landlord; "we own the building and let it to shops" is a landlord speaking.
 */

/** Said as the answer to "房东是谁？": "自家买的", "是我们自己盖的" (which thing is bought goes without saying there). */
export const ownPremisesAnswer = /^\s*(?:是|都是)?(?:我们|咱们|我|咱|公司)?(?:自己|自家)(?:买|盖|建)(?:下)?(?:来)?的/;

/** "房子是我们自己的", "门面是自己买的", "产权是我们的", "we own the building". Not "房东自己的房子" (the landlord's). */
export const ownPremises = /(?<!房东|业主|他|她|人家|对方)(?:自有(?:房产|产权|房屋|物业)|(?:房子|门面|铺面|店面|铺子|门店|房产|这房|楼)(?:是|都是|算是)?(?:我们|咱们|我|咱|公司)?自(?:己|家)(?:的|买的|家的|盖的)|(?:产权|房本)(?:是|在|归)?(?:我们|咱们|我|公司|自己)(?:自己)?(?:的|名下|手里)?(?![^，。,；;]{0,4}租)|(?:自己|自家|我们自己|咱自己)(?:买|盖|建)?的(?:房子|门面|铺面|店面|房(?!租)|楼|铺子)|(?<![a-z])(?:we|i) own (?:the|our|this|that|it|the whole)(?![a-z])|(?<![a-z])(?:our|my) own (?:building|property|premises|place|shop|unit)|(?<![a-z])owned by (?:us|me|our company|the company itself)(?![a-z])|(?<![a-z])(?:we|i|the company|our company|the firm|the business|they|she|he|(?:the )?caller)(?:'ve| have| has| had)? (?:bought|purchased)(?: the| their| her| his| our| this| its)?(?: own)? (?:shop |store |office |retail )?(?:place|unit|premises|building|property|space|shop|store|office)(?![a-z])|(?:房子|门面|铺面|店面|铺子|门店|房产|楼)(?:是|都是)?(?:我们|咱们|我|咱|公司)?(?:家|自己|自家)?(?:老早|早就|早年|前些年|以前|当年|那年)?(?:就)?(?:买(?:下|了|断)?的|买下来的|全款买的)|(?<![a-z])(?:building|premises|place|shop|unit|property|space) (?:that )?(?:we|i) (?:bought|purchased|own)(?![a-z]))/;

/** Premises let to others: their owner is a landlord, not a business in its own premises. */
export const letsPremises = /租给|出租|转租|租户|租(?:的是)?(?:我们|我|咱们|咱)(?:的|家的)|(?:跟|从|向)(?:我们|我|咱们|咱)(?:这|这儿|这里)?租|(?<![a-z])rent(?:s|ed|ing)? (?:it |them |space |units? |shops? )?from (?:us|me)(?![a-z])|(?<![a-z])(?:let|lease|rent)s? (?:it |them |the [a-z]+ )?(?:out )?to(?![a-z])|(?<![a-z])tenants?(?![a-z])/;

/** Whether the message says the business owns the premises it works in (and lets none of them). */
export function inOwnPremises(normalized: string): boolean {
  return ownPremises.test(normalized) && !letsPremises.test(normalized);
}
