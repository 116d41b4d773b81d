import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { CONTROL_MESSAGE } from '../../shared/text';

/**
 * Every free-text field of every action goes through the shared text rules (shared/text.ts): a
 * string anywhere in any action's input — a name, a reason, an id, a code, a file — refuses control
 * and invisible characters (NUL, ESC, the bidirectional override U+202E, zero-width spaces), so none
 * is stored, shown to someone or written into a spreadsheet. The walk covers every `…Input` schema
 * exported from shared/api/.
 */
type Schema = z.core.$ZodType;
const defOf = (s: Schema) => (s as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;

/** The string-valued fields of a schema, each as the whole chain that parses it (a transform included). */
function stringFields(schema: Schema, path: string, out: Array<[string, Schema]>, seen = new Set<Schema>()): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = defOf(schema);
  const inner = (s: unknown, p = path) => stringFields(s as Schema, p, out, seen);
  switch (def.type) {
    case 'string':
      out.push([path, schema]);
      return;
    case 'pipe':
      // a string normalised and then checked (an ID number) is one field: the chain as a whole must refuse
      if (defOf(def.in as Schema).type === 'string') out.push([path, schema]);
      else inner(def.in);
      inner(def.out);
      return;
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, Schema>)) inner(value, `${path}.${key}`);
      return;
    case 'array':
      inner(def.element, `${path}[]`);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      inner(def.innerType);
      return;
    case 'union':
      (def.options as Schema[]).forEach((o, i) => inner(o, `${path}|${i}`));
      return;
    case 'intersection':
      inner(def.left);
      inner(def.right);
      return;
    case 'record':
      inner(def.keyType, `${path}{key}`);
      inner(def.valueType, `${path}{}`);
      return;
    case 'tuple':
      (def.items as Schema[]).forEach((o, i) => inner(o, `${path}[${i}]`));
      return;
    default:
      return;
  }
}

const api = join(__dirname, '../../shared/api');
const inputs = readdirSync(api)
  .filter((f) => f.endsWith('.ts'))
  .flatMap((f) => Object.entries(require(join(api, f)) as Record<string, unknown>))
  .filter((entry): entry is [string, Schema] => entry[0].endsWith('Input') && typeof entry[1] === 'object' && entry[1] !== null && '_zod' in entry[1]);
const fields = inputs.flatMap(([name, schema]) => {
  const out: Array<[string, Schema]> = [];
  stringFields(schema, name, out);
  return out;
});

test('the walk finds every action input and its string fields', () => {
  expect(inputs.length).toBeGreaterThanOrEqual(85);
  expect(fields.map(([path]) => path)).toEqual(
    expect.arrayContaining([
      'monthlyReportReturnInput.reason',
      'reportInput.description',
      'choiceSubmitInput.student.name',
      'registryImportInput.content',
      'leadProgressInput.id',
    ]),
  );
});

const hostile = ['\u0000', '\u001b[31m', '\u202e', '\u200b', '\u2066', '\ufeff', '\u007f'];

test.each(hostile.map((c) => [JSON.stringify(c), c]))('every string field of every action input refuses %s', (_shown, c) => {
  const accepting = fields.filter(([, schema]) => (schema as unknown as z.ZodType).safeParse(`正常${c}文字`).success).map(([path]) => path);
  expect(accepting).toEqual([]);
});

test('a free-text field says why in Chinese', () => {
  const reason = fields.find(([path]) => path === 'monthlyReportReturnInput.reason')?.[1] as unknown as z.ZodType;
  const result = reason.safeParse('数字有误\u202e请核对');
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toBe(CONTROL_MESSAGE);
});
