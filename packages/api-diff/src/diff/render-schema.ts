import type { JsonSchema } from '../api.js';

type Schema = Record<string, any>;

/** A JSON Schema in a few words: `string matching ^[0-9a-f]{16}$`, `array of string`. */
export function renderSchema(schema: JsonSchema): string {
  const node = schema as Schema;
  const branches = node.anyOf ?? node.oneOf;
  if (Array.isArray(branches)) return branches.map(renderSchema).join(' or ');
  if ('const' in node) return JSON.stringify(node.const);
  if (Array.isArray(node.enum))
    return `one of ${node.enum.map((v: unknown) => JSON.stringify(v)).join(', ')}`;
  const types: string[] = node.type === undefined ? [] : [node.type].flat();
  if (types.length === 0) return 'any value';
  return types.map((type) => renderTyped(node, type)).join(' or ');
}

function renderTyped(node: Schema, type: string): string {
  switch (type) {
    case 'string':
      return node.pattern === undefined ? 'string' : `string matching ${node.pattern}`;
    case 'integer':
    case 'number':
      return [
        type,
        node.minimum === undefined ? '' : `>= ${node.minimum}`,
        node.maximum === undefined || node.maximum >= Number.MAX_SAFE_INTEGER
          ? ''
          : `<= ${node.maximum}`,
      ]
        .filter(Boolean)
        .join(' ');
    case 'array':
      return `array of ${node.items === undefined ? 'any value' : renderSchema(node.items)}`;
    case 'object': {
      const names = Object.keys(node.properties ?? {});
      return names.length === 0 ? 'object' : `object with ${names.join(', ')}`;
    }
    default:
      return type;
  }
}
