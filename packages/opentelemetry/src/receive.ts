/**
 * `kafka-aio:receive` → one `receive <topic>` CONSUMER span per `getOne`/`getMany` result, linked
 * to the creation context of every record that carries one.
 */
import type { DiagnosticsRecord, ReceiveDiagnostics } from '@kafka-aio/client';
import { type Attributes, context, type Link, SpanKind } from '@opentelemetry/api';
import { recordHeadersGetter } from './carriers.js';
import { now } from './clock.js';
import { extractCreationContext } from './creation-context.js';
import {
  ATTR_MESSAGING_BATCH_MESSAGE_COUNT,
  ATTR_MESSAGING_CLIENT_ID,
  ATTR_MESSAGING_CONSUMER_GROUP_NAME,
  ATTR_MESSAGING_DESTINATION_NAME,
  ATTR_MESSAGING_DESTINATION_PARTITION_ID,
  ATTR_MESSAGING_KAFKA_OFFSET,
  ATTR_MESSAGING_OPERATION_NAME,
  ATTR_MESSAGING_OPERATION_TYPE,
  ATTR_MESSAGING_SYSTEM,
  MESSAGING_SYSTEM_KAFKA,
} from './semconv.js';
import type { Telemetry } from './telemetry.js';

/** The one topic all records share, or undefined when they come from several. */
function sharedTopic(records: readonly DiagnosticsRecord[]): string | undefined {
  const topic = records[0]?.topic;
  return records.every((r) => r.topic === topic) ? topic : undefined;
}

/** The one partition all records (of one topic) share, or undefined. */
function sharedPartition(records: readonly DiagnosticsRecord[]): number | undefined {
  const partition = records[0]?.partition;
  return records.every((r) => r.partition === partition) ? partition : undefined;
}

/**
 * The consumed-messages count of one result, per topic and partition (the metric's attributes),
 * with `base` (system, operation, group) on each.
 */
function countsByPartition(records: readonly DiagnosticsRecord[], base: Attributes): Map<string, [Attributes, number]> {
  const counts = new Map<string, [Attributes, number]>();
  for (const r of records) {
    const id = `${r.partition}:${r.topic}`;
    const entry = counts.get(id);
    if (entry) entry[1]++;
    else
      counts.set(id, [
        {
          ...base,
          [ATTR_MESSAGING_DESTINATION_NAME]: r.topic,
          [ATTR_MESSAGING_DESTINATION_PARTITION_ID]: String(r.partition),
        },
        1,
      ]);
  }
  return counts;
}

/**
 * A listener that traces `getOne`/`getMany` results with `telemetry`. The channel is published
 * once, when the records are handed back, so the span marks that instant (start = end): the wait
 * before it is not observable here, and no `messaging.client.operation.duration` is recorded.
 */
export function receiveListener(telemetry: Telemetry): (message: unknown) => void {
  return (message) => {
    const received = message as ReceiveDiagnostics;
    const { records } = received;
    const at = now();
    const topic = sharedTopic(records);
    const partition = topic === undefined ? undefined : sharedPartition(records);
    const base: Attributes = {
      [ATTR_MESSAGING_SYSTEM]: MESSAGING_SYSTEM_KAFKA,
      [ATTR_MESSAGING_OPERATION_NAME]: 'receive',
    };
    if (received.groupId !== null) base[ATTR_MESSAGING_CONSUMER_GROUP_NAME] = received.groupId;
    const attributes: Attributes = {
      ...base,
      [ATTR_MESSAGING_OPERATION_TYPE]: 'receive',
      [ATTR_MESSAGING_CLIENT_ID]: received.clientId,
      [ATTR_MESSAGING_BATCH_MESSAGE_COUNT]: records.length,
    };
    if (topic !== undefined) attributes[ATTR_MESSAGING_DESTINATION_NAME] = topic;
    if (partition !== undefined) attributes[ATTR_MESSAGING_DESTINATION_PARTITION_ID] = String(partition);
    // One link per record with a creation context, naming the record, so a batch of many
    // records can be told apart in the links list.
    const links: Link[] = [];
    for (const r of records) {
      const creation = extractCreationContext(telemetry.propagator, r.headers, recordHeadersGetter);
      if (!creation) continue;
      links.push({
        context: creation.spanContext,
        attributes: {
          [ATTR_MESSAGING_DESTINATION_NAME]: r.topic,
          [ATTR_MESSAGING_DESTINATION_PARTITION_ID]: String(r.partition),
          [ATTR_MESSAGING_KAFKA_OFFSET]: Number(r.offset),
        },
      });
    }
    const span = telemetry.tracer.startSpan(
      topic === undefined ? 'receive' : `receive ${topic}`,
      { kind: SpanKind.CONSUMER, startTime: at, attributes, links },
      context.active(),
    );
    span.end(at);
    for (const [counted, n] of countsByPartition(records, base).values())
      telemetry.instruments.consumed.add(n, counted);
  };
}
