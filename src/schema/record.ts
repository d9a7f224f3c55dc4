/**
 * The output contract (SPEC section 3). Every type used downstream is inferred
 * from these schemas; there is no second hand-written copy.
 */
import { z } from 'zod';

export const Approx = z.enum(['exact', 'more_than', 'about', 'less_than']);
export const Currency = z.enum(['CNY', 'HKD', 'MOP', 'TWD', 'USD', 'JPY']);
export const MoneyKind = z.enum(['cash', 'in_kind']);
export const Per = z.enum(['person', 'household', 'unit']);
export const Script = z.enum(['simplified', 'traditional']);
export const Encoding = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5']);
/** YYYY-MM-DD, YYYY-MM, --MM-DD or --MM (year unknown). */
export const IsoDateValue = z
  .string()
  .regex(/^(\d{4}|-)-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'ISO date, month or --MM[-DD]');
export const DayDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const offsets = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
};

export const UnionSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  mentions: z.number().int().positive(),
  start: z.number().int().nonnegative(),
});

export const AmountSchema = z.object({
  text: z.string().min(1),
  value: z.number().nonnegative().finite(),
  valueMax: z.number().nonnegative().finite().nullable(),
  approx: Approx,
  currency: Currency,
  kind: MoneyKind,
  per: Per.nullable(),
  isTotal: z.boolean(),
  union: z.string().nullable(),
  date: IsoDateValue.nullable(),
  ...offsets,
  sentence: z.string(),
});

export const VolunteerSchema = z.object({
  text: z.string().min(1),
  count: z.number().int().positive(),
  approx: Approx,
  role: z.string().min(1),
  union: z.string().nullable(),
  date: IsoDateValue.nullable(),
  ...offsets,
  sentence: z.string(),
});

export const DateMentionSchema = z.object({
  text: z.string().min(1),
  value: IsoDateValue,
  precision: z.enum(['day', 'month']),
  ...offsets,
});

export const RecordSchema = z.object({
  file: z.string(),
  id: z.string().optional(),
  title: z.string().nullable(),
  publishedAt: DayDate.nullable(),
  source: z.string().nullable(),
  script: Script,
  encoding: Encoding,
  unions: z.array(UnionSchema),
  amounts: z.array(AmountSchema),
  volunteers: z.array(VolunteerSchema),
  dates: z.array(DateMentionSchema),
  warnings: z.array(z.string()),
});

export type ApproxT = z.infer<typeof Approx>;
export type CurrencyT = z.infer<typeof Currency>;
export type EncodingT = z.infer<typeof Encoding>;
export type Union = z.infer<typeof UnionSchema>;
export type Amount = z.infer<typeof AmountSchema>;
export type Volunteer = z.infer<typeof VolunteerSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type ExtractRecord = z.infer<typeof RecordSchema>;

/** JSON Schema of one record, generated from the zod schema (`extract --schema`). */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(RecordSchema);
}
