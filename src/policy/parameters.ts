/**
 * The policy's numbers (src/policy/parameters.yaml) as Decimals: each rate, share, cap and threshold
 * once, with the measure and the notice's words that state it. Rules read them; their display strings
 * format from them, so a number is typed in one place only.
 *
 * @example parameters.guarantorCapPerInstitution.value.toString() // '5000000'
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readYamlFile } from '../lib/yaml-data.js';
import { Decimal } from './money.js';

export const parametersFile = fileURLToPath(new URL('../../src/policy/parameters.yaml', import.meta.url));

const NAMES = [
  'rentWaiverBusinessShare', 'rentWaiverOfficeShare', 'rentReductionSubsidyShare', 'schoolRentShare', 'chainStoreRentShare',
  'guaranteeFeeShare', 'guarantorCeilingRate', 'guarantorSubsidyShare', 'guarantorCapPerInstitution', 'jobRevenueDropThreshold',
] as const;
export type ParameterName = (typeof NAMES)[number];

const parameterSchema = z.object({
  value: z.string().regex(/^\d+(\.\d+)?$/, 'a decimal string such as "0.3"').transform((text) => new Decimal(text)),
  measure: z.number().int().min(1).max(14),
  /** The notice's own words stating the number. */
  quote: z.string().min(1),
}).strict();

export type Parameter = z.infer<typeof parameterSchema>;

const fileSchema = z.object(Object.fromEntries(NAMES.map((name) => [name, parameterSchema])) as Record<ParameterName, typeof parameterSchema>).strict();

/** Every parameter, read once at import. */
export const parameters: Readonly<Record<ParameterName, Parameter>> = readYamlFile(parametersFile, fileSchema);

/** The value of one parameter. */
export function param(name: ParameterName): Decimal {
  return parameters[name].value;
}
