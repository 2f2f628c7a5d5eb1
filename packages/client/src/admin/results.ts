import type { KafkaError } from '@kafka-aio/protocol';
import { canonicalKey } from '../topic-partition.js';

/**
 * The outcome for one entity (topic, group, partition, config resource, ACL binding, ...) of an
 * admin call: a value, or the typed error that entity got. Narrow on `error`:
 *
 * ```ts
 * const r = results.get('orders');
 * if (r?.error === null) console.log(r.value.topicId);
 * ```
 */
export type EntityResult<V> =
  | { readonly error: null; readonly value: V }
  | { readonly error: KafkaError; readonly value?: undefined };

/**
 * The result convention of every per-entity admin call: a `Map` from each requested entity to its
 * {@link EntityResult}, in request order. One entity failing never hides the others. Keys are the
 * natural identity of the entity: a topic or group name (string), an interned `TopicPartition`, an
 * interned `ConfigResource`, or the very binding/filter object the caller passed (ACLs).
 *
 * `throwIfAnyFailed()` is the throwing convenience; single-entity shorthands on the client
 * (`createTopic`, `deleteTopic`, ...) throw the entity's own typed error.
 */
export class ResultMap<K, V> extends Map<K, EntityResult<V>> {
  /** A topic-partition key may be given as a plain `{ topic, partition }` literal (DESIGN rule 13). */
  override get(key: K): EntityResult<V> | undefined {
    return super.get(canonicalKey(key));
  }

  override has(key: K): boolean {
    return super.has(canonicalKey(key));
  }

  override set(key: K, value: EntityResult<V>): this {
    return super.set(canonicalKey(key), value);
  }

  /** The entities that succeeded, with their values. */
  succeeded(): Map<K, V> {
    const out = new Map<K, V>();
    for (const [k, r] of this) if (r.error === null) out.set(k, r.value);
    return out;
  }

  /** The entities that failed, with their errors. */
  failed(): Map<K, KafkaError> {
    const out = new Map<K, KafkaError>();
    for (const [k, r] of this) if (r.error !== null) out.set(k, r.error);
    return out;
  }

  /** True when every entity succeeded. */
  get ok(): boolean {
    for (const r of this.values()) if (r.error !== null) return false;
    return true;
  }

  /**
   * Every value when all entities succeeded; otherwise throws the first failed entity's error (in
   * request order), so `instanceof TopicAlreadyExistsError` and friends work on the catch side.
   */
  throwIfAnyFailed(): Map<K, V> {
    for (const r of this.values()) if (r.error !== null) throw r.error;
    return this.succeeded();
  }

  /** The value for `key`, or throws its error (or a `RangeError` when the key was not requested). */
  getOrThrow(key: K): V {
    const r = this.get(key);
    if (r === undefined) throw new RangeError(`no result for ${String(key)}`);
    if (r.error !== null) throw r.error;
    return r.value;
  }
}

/** A successful {@link EntityResult}. */
export function ok<V>(value: V): EntityResult<V> {
  return { error: null, value };
}

/** A failed {@link EntityResult}. */
export function failure<V = never>(error: KafkaError): EntityResult<V> {
  return { error };
}
