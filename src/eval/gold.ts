/** The gold annotation format (SPEC section 5), validated on load. */
import { z } from 'zod';
import { Approx, DayDate, IsoDateValue, MoneyKind, Per } from '../schema/record.js';

export const GoldSchema = z.object({
  file: z.string(),
  publishedAt: DayDate.nullable(),
  source: z.string().nullable(),
  unions: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
  amounts: z.array(
    z.object({
      value: z.number(),
      valueMax: z.number().nullable(),
      approx: Approx,
      kind: MoneyKind,
      per: Per.nullable(),
      isTotal: z.boolean(),
      union: z.string().nullable(),
      date: IsoDateValue.nullable(),
      text: z.string(),
    }),
  ),
  volunteers: z.array(z.object({ count: z.number(), approx: Approx, union: z.string().nullable(), text: z.string() })),
  dates: z.array(z.object({ value: IsoDateValue, text: z.string() })),
});
export type Gold = z.infer<typeof GoldSchema>;
