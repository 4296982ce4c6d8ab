// The JSON Schema of the interchange format, generated from the zod schema so the two cannot drift
// (docs/plan-format.schema.json is this output; test/interchange/jsonSchema.test.ts keeps it in sync).
import { z } from 'zod';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, PlanData } from '../domain/plan';

export const PLAN_SCHEMA_ID = `https://planverk.no/schema/${PLAN_FORMAT}-v${PLAN_FORMAT_VERSION}.schema.json`;

export function planJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(PlanData, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  // Lists written only when the plan has some (canonicalPlanJson) may be left out, as reading allows.
  const optional = Object.keys(PlanData.shape).filter((key) => PlanData.shape[key as keyof typeof PlanData.shape].safeParse(undefined).success);
  if (Array.isArray(rest.required)) rest.required = rest.required.filter((key) => !optional.includes(key as string));
  return {
    $schema,
    $id: PLAN_SCHEMA_ID,
    title: `Planverk plan (${PLAN_FORMAT}, formatversjon ${PLAN_FORMAT_VERSION})`,
    description: 'En hel plan som JSON. Se docs/plan-format.md. Referansene mellom radene (temaId, områdeId, gruppeId …) kontrolleres i tillegg av Planverk ved import.',
    ...rest,
  };
}

/** The file's exact text: 2-space indent and a final newline, like the plan JSON itself. */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
