import { indent, type Lines } from './code.js';
import type { MessageModel, StructModel } from './spec-model.js';
import { hasFlexibleVersions } from './spec-model.js';
import {
  defaultExpr,
  defaultFunctionName,
  type HelperNeeds,
  isDefaultExpr,
  isDefaultFunctionName,
} from './type-mapping.js';

/**
 * `default<Struct>()` builds the value a struct field takes when absent (as Kafka's Java classes
 * do with `new Struct()`); `isDefault<Struct>(o)` tells whether a struct still equals it, which
 * decides whether a tagged struct is sent at all. Only structs that need them get them.
 */

export function emitDefaultFunction(s: StructModel, m: MessageModel, needs: HelperNeeds): Lines {
  const props = s.fields.map((f) => `${f.prop}: ${defaultExpr(f, needs, `${m.file}: ${s.name}.${f.name}`)},`);
  return [
    `function ${defaultFunctionName(s)}(): ${s.tsName} {`,
    ...indent(props.length === 0 ? ['return {};'] : ['return {', ...indent(props), '};']),
    '}',
  ];
}

export function emitIsDefaultFunction(s: StructModel, m: MessageModel, needs: HelperNeeds): Lines {
  const terms = s.fields.map(
    (f) => `(o.${f.prop} === undefined || ${isDefaultExpr(f, `o.${f.prop}`, needs, `${m.file}: ${s.name}.${f.name}`)})`,
  );
  if (hasFlexibleVersions(s, m)) terms.push('!o._unknownTaggedFields?.length');
  if (terms.length === 0) terms.push('true');
  return [
    `function ${isDefaultFunctionName(s)}(o: ${s.tsName}): boolean {`,
    ...indent(['return (', ...indent(terms.map((t, i) => (i < terms.length - 1 ? `${t} &&` : t))), ');']),
    '}',
  ];
}

/**
 * Emits the helpers recorded in `needs`, including those they need in turn, in a stable order
 * (the message's struct order).
 */
export function emitNeededHelpers(m: MessageModel, needs: HelperNeeds): Lines {
  const out: Lines = [];
  const doneDefault = new Set<StructModel>();
  const doneIsDefault = new Set<StructModel>();
  const order = [m.root, ...m.structs];
  let progress = true;
  const chunks = new Map<string, Lines>();
  while (progress) {
    progress = false;
    for (const s of order) {
      if (needs.defaultStructs.has(s) && !doneDefault.has(s)) {
        doneDefault.add(s);
        chunks.set(`${order.indexOf(s)}:a`, emitDefaultFunction(s, m, needs));
        progress = true;
      }
      if (needs.isDefaultStructs.has(s) && !doneIsDefault.has(s)) {
        doneIsDefault.add(s);
        chunks.set(`${order.indexOf(s)}:b`, emitIsDefaultFunction(s, m, needs));
        progress = true;
      }
    }
  }
  const keys = [...chunks.keys()].sort((a, b) => {
    const [ia, ka] = a.split(':');
    const [ib, kb] = b.split(':');
    return Number(ia) - Number(ib) || ka.localeCompare(kb);
  });
  for (const k of keys) out.push('', ...chunks.get(k)!);
  return out;
}
