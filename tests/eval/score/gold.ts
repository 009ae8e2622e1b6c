/**
 * The gold file's shape (see tests/eval/README.md), checked when read: a typo in a hand-written
 * annotation is reported with its path instead of silently scoring zero.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const names = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const optional = { optional: z.boolean().optional(), note: z.string().optional() };

export const goldSchema = z.strictObject({
  $comment: z.string().optional(),
  document: z.string().min(1),
  meeting: z
    .strictObject({
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable()
        .optional(),
      body: names.nullable().optional(),
      session: z.number().int().nullable().optional(),
    })
    .optional(),
  chairs: z.array(z.strictObject({ ...optional, name: names, role: z.string().min(1) })).optional(),
  panels: z.array(z.strictObject({ ...optional, title: z.string().nullable(), topics: z.array(z.string()).default([]) })).optional(),
  panellists: z
    .array(z.strictObject({ ...optional, name: names.nullable(), organization: names.nullable(), panel: z.number().int().positive() }))
    .optional(),
  people: z
    .array(
      z.strictObject({ ...optional, name: names, position: names.nullable().optional(), affiliation: names.nullable().optional() }),
    )
    .optional(),
  organizations: z.array(z.strictObject({ ...optional, name: names, acronym: z.string().nullable().optional() })).optional(),
  statements: z.array(z.strictObject({ ...optional, paragraph: z.string().min(1), speaker: names })).optional(),
  statistics: z
    .array(z.strictObject({ ...optional, paragraph: z.string().min(1), value: z.number(), reporter: names.nullable() }))
    .optional(),
  observations: z
    .array(
      z.strictObject({
        ...optional,
        number: z.string().min(1),
        addressees: z.array(z.string()).optional(),
        recommendedBy: z.array(z.string()).optional(),
      }),
    )
    .optional(),
});

export type Gold = z.infer<typeof goldSchema>;

export async function readGold(file: string): Promise<Gold> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as unknown;
  const parsed = goldSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
