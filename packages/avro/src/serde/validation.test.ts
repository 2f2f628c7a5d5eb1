import type avsc from 'avsc';
import { describe, expect, it } from 'vitest';
import { parseAvroSchema } from './avro-schema.js';
import { AvroValidationError, findMismatches } from './validation.js';

const order = parseAvroSchema({
  type: 'record',
  name: 'Order',
  namespace: 'com.acme',
  fields: [
    { name: 'id', type: 'long' },
    {
      name: 'items',
      type: {
        type: 'array',
        items: { type: 'record', name: 'Item', fields: [{ name: 'price', type: 'double' }] },
      },
    },
    { name: 'tags', type: { type: 'map', values: 'string' } },
    { name: 'note', type: ['null', 'string'], default: null },
  ],
} as avsc.schema.AvroSchema);

describe('findMismatches', () => {
  it('names the path of each bad field', () => {
    const value = { id: 1, items: [{ price: 1 }, { price: 'abc' }], tags: { a: 'x', b: 3 }, note: 5 };
    const found = findMismatches(order, value);
    expect(found.map((f) => f.path)).toEqual(['items[1].price', 'tags.b', 'note']);
    expect(found[0]).toEqual({ path: 'items[1].price', expected: 'double', actual: '"abc"' });
    expect(found[2].expected).toBe('null | string');
  });

  it('reports a missing field', () => {
    const found = findMismatches(order, { items: [], tags: {} });
    expect(found[0]).toEqual({ path: 'id', expected: 'long', actual: 'undefined (missing)' });
  });

  it('the error message names the first field and counts the rest', () => {
    const err = new AvroValidationError('com.acme.Order', findMismatches(order, { id: 'x', items: [], tags: 1 }));
    expect(err.message).toBe(
      'value does not match schema com.acme.Order: field id: expected long, got "x" (and 1 more)',
    );
    expect(err.fields).toHaveLength(2);
  });
});
