import { caseFileJsonSchema } from '@kassabon/engine';
import { EXIT, type Output } from '../output.ts';

/** `kassabon schema`: the JSON Schema of the case file, as committed in docs/. */
export function schema(output: Output): number {
  output.out(`${JSON.stringify(caseFileJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
