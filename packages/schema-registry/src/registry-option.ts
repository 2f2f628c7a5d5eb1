import { InvalidConfigError } from '@kafka-aio/protocol';
import { SchemaRegistryClient } from './registry/client.js';
import type { SchemaRegistryClientOptions } from './registry/client-options.js';

/** How producers and consumers of the format packages (`AvroProducer`, ...) are told about the registry. */
export interface RegistryConnectionOptions {
  /** A client to share, or options to create one (which the producer or consumer then closes on stop). */
  schemaRegistry?: SchemaRegistryClient | SchemaRegistryClientOptions;
  /** Shortcut for `schemaRegistry: { url }` (confluent's `schema.registry.url`). */
  schemaRegistryUrl?: string;
}

/** The registry client to use and whether the caller created it (and so must close it). */
export function connectRegistry(o: RegistryConnectionOptions): { registry: SchemaRegistryClient; owned: boolean } {
  if (o.schemaRegistry !== undefined && o.schemaRegistryUrl !== undefined) {
    throw new InvalidConfigError('options schemaRegistry and schemaRegistryUrl cannot both be set', {
      option: 'schemaRegistryUrl',
    });
  }
  if (o.schemaRegistry instanceof SchemaRegistryClient) return { registry: o.schemaRegistry, owned: false };
  if (o.schemaRegistry !== undefined) return { registry: new SchemaRegistryClient(o.schemaRegistry), owned: true };
  if (o.schemaRegistryUrl !== undefined) {
    return { registry: new SchemaRegistryClient({ url: o.schemaRegistryUrl }), owned: true };
  }
  throw new InvalidConfigError('option schemaRegistry or schemaRegistryUrl is required', {
    option: 'schemaRegistryUrl',
  });
}
