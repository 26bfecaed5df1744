/**
 * The business profile: the canonical fact names that rules read, dialogs ask for and the CLI accepts.
 * Every fact is optional; a rule names in `missing` the facts it still needs.
 *
 * @example
 *   parseFacts({ landlordType: 'districtSoe', premisesUse: 'business', monthlyRent: '20000' })
 */
import { z } from 'zod';

/** A non-negative amount of yuan, written as a decimal string ("20000", "3333.33"). */
const yuan = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'a non-negative amount in yuan written as digits, e.g. "20000" or "3333.33"');

/** A percentage from 0 to 100 written as a decimal string ("80", "0.8" means 0.8%). */
const percent = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'a percentage from 0 to 100 written as digits, e.g. "80" or "0.8"')
  .refine((value) => Number(value) <= 100, 'a percentage from 0 to 100');

export const enterpriseSizes = ['medium', 'small', 'micro', 'individual', 'large'] as const;
export const industries = [
  'catering', 'convenienceStore', 'beautySalon', 'housekeeping', 'kindergarten', 'educationTraining',
  'techInnovation', 'cityOperation', 'lifeService', 'fintech', 'culture', 'bookstore', 'other',
] as const;
/** ownPremises: the business owns its premises and pays no rent (no rent clause applies; owned-premises.ts). */
export const landlordTypes = ['districtSoe', 'centralSoe', 'private', 'other', 'ownPremises'] as const;
export const premisesUses = ['business', 'office'] as const;
export const operatingStatuses = ['open', 'closedPerRules', 'closedOther'] as const;
export const layoffLevels = ['none', 'few', 'many'] as const;
export const carrierTypes = ['featurePark', 'incubator', 'makerSpace', 'startupBase', 'culturalPark'] as const;

export const factsShape = {
  registeredInXicheng: z.boolean(),
  enterpriseSize: z.enum(enterpriseSizes),
  industry: z.enum(industries),
  landlordType: z.enum(landlordTypes),
  premisesUse: z.enum(premisesUses),
  operatingStatus: z.enum(operatingStatuses),
  layoffs: z.enum(layoffLevels),
  monthlyRent: yuan,
  rentMarch: yuan,
  rentApril: yuan,
  chainBranch: z.boolean(),
  paysRent: z.boolean(),
  rentReduction: yuan,
  carrierType: z.enum(carrierTypes),
  approvedByEducationCommission: z.boolean(),
  openingDelayed: z.boolean(),
  guaranteedAmount: yuan,
  originalFeeRate: percent,
  comprehensiveFeeRate: percent,
  districtInstitution: z.boolean(),
  revenueDropPercent: percent,
  revenueBefore: yuan,
  revenueAfter: yuan,
  organizesTraining: z.boolean(),
  /** A landlord asking for （一）'s subsidy is a company (合法经营企业), not a private individual. */
  landlordIsEnterprise: z.boolean(),
} as const;

/** Strict: an unknown fact name is an error, so a typo never silently drops a fact. */
export const factsSchema = z.object(factsShape).partial().strict();

export type Facts = z.infer<typeof factsSchema>;
export type FactName = keyof typeof factsShape;
export const factNames = Object.keys(factsShape) as FactName[];

/** Fact kinds, used by dialogs to pick an extractor and by the CLI to explain what is expected. */
export type FactKind = 'boolean' | 'enum' | 'money' | 'percent';

/** The guarantee fee rates (（六）): a figure read for them is a percentage, never a share said as a word (减半). */
export const feeRateFacts: ReadonlySet<FactName> = new Set<FactName>(['originalFeeRate', 'comprehensiveFeeRate']);

export const factKinds: Record<FactName, FactKind> = {
  registeredInXicheng: 'boolean', enterpriseSize: 'enum', industry: 'enum', landlordType: 'enum',
  premisesUse: 'enum', operatingStatus: 'enum', layoffs: 'enum', monthlyRent: 'money', rentMarch: 'money',
  rentApril: 'money', chainBranch: 'boolean', paysRent: 'boolean', rentReduction: 'money', carrierType: 'enum',
  approvedByEducationCommission: 'boolean', openingDelayed: 'boolean', guaranteedAmount: 'money',
  originalFeeRate: 'percent', comprehensiveFeeRate: 'percent', districtInstitution: 'boolean',
  revenueDropPercent: 'percent', revenueBefore: 'money', revenueAfter: 'money', organizesTraining: 'boolean',
  landlordIsEnterprise: 'boolean',
};

/** The allowed values of each enum fact. */
export const enumValues: Partial<Record<FactName, readonly string[]>> = {
  enterpriseSize: enterpriseSizes, industry: industries, landlordType: landlordTypes, premisesUse: premisesUses,
  operatingStatus: operatingStatuses, layoffs: layoffLevels, carrierType: carrierTypes,
};

export function isFactName(name: string): name is FactName {
  return Object.hasOwn(factsShape, name);
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Validates a facts object from outside (CLI JSON, API); the error names the first bad fact and what it expects.
 * @example parseFacts({ monthlyRent: '-5' }) // { ok: false, error: 'monthlyRent: a non-negative amount ...' }
 */
export function parseFacts(input: unknown): ParseResult<Facts> {
  const result = factsSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, error: 'facts: invalid' };
  if (issue.code === 'unrecognized_keys') {
    return { ok: false, error: `unknown fact "${issue.keys.join('", "')}"; known facts: ${factNames.join(', ')}` };
  }
  const name = issue.path.map(String).join('.') || 'facts';
  return { ok: false, error: `${name}: ${describeExpected(name, issue.message)}` };
}

function describeExpected(name: string, message: string): string {
  if (!isFactName(name)) return message.includes('object') ? 'expected a JSON object of facts' : message;
  const kind = factKinds[name];
  if (kind === 'boolean') return 'expected true or false';
  if (kind === 'enum') return `expected one of ${enumValues[name]?.join(' | ')}`;
  return message.startsWith('Invalid input') ? (kind === 'money'
    ? 'a non-negative amount in yuan written as digits, e.g. "20000" or "3333.33"'
    : 'a percentage from 0 to 100 written as digits, e.g. "80" or "0.8"') : message;
}
