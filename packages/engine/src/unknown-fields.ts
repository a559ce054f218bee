import type { z } from 'zod';
import { formatPath, type Issue } from './issues.ts';

/** The parts of a Zod schema's definition that say where fields and elements are. */
type Definition = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
};

function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def;
}

/**
 * The fields of `data` that `schema` does not know, at any depth, each as an issue with its
 * path. Object schemas here strip what they do not know (the case file accepts extra fields);
 * an API that wants to refuse them asks this first.
 */
export function unknownFields(schema: z.ZodType, data: unknown): Issue[] {
  const issues: Issue[] = [];
  visit(schema, data, [], issues);
  return issues;
}

function visit(schema: z.ZodType, data: unknown, path: (string | number)[], issues: Issue[]) {
  const definition = definitionOf(schema);
  switch (definition.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      if (definition.innerType) visit(definition.innerType, data, path, issues);
      return;
    case 'pipe':
      if (definition.in) visit(definition.in, data, path, issues);
      return;
    case 'array':
      if (Array.isArray(data) && definition.element) {
        const element = definition.element;
        data.forEach((item, index) => {
          visit(element, item, [...path, index], issues);
        });
      }
      return;
    case 'object': {
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
      const shape = definition.shape ?? {};
      for (const [key, value] of Object.entries(data)) {
        const field = shape[key];
        if (field) visit(field, value, [...path, key], issues);
        else issues.push({ path: formatPath([...path, key]), message: 'is not a known field' });
      }
      return;
    }
    default:
      return;
  }
}
