import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planJsonSchema, planJsonSchemaText } from '../../shared/interchange/jsonSchema';

const SCHEMA_FILE = fileURLToPath(new URL('../../docs/plan-format.schema.json', import.meta.url));

describe('docs/plan-format.schema.json', () => {
  it('is exactly the schema generated from shared/domain/plan.ts', () => {
    // Regenerate after a schema change with: UPDATE_PLAN_SCHEMA=1 ./node_modules/.bin/vitest run test/interchange/jsonSchema.test.ts
    if (process.env.UPDATE_PLAN_SCHEMA === '1') writeFileSync(SCHEMA_FILE, planJsonSchemaText());
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed, 'docs/plan-format.schema.json is out of date; see the comment in this test').toBe(planJsonSchemaText());
  });

  it('closes every row to unknown fields and names the format and its version', () => {
    const schema = planJsonSchema() as { additionalProperties: unknown; properties: Record<string, { const?: unknown; items?: { additionalProperties?: unknown } }> };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.format!.const).toBe('planverk-plan');
    expect(schema.properties.formatVersion!.const).toBe(2);
    expect(schema.properties.areas!.items!.additionalProperties).toBe(false);
  });
});
