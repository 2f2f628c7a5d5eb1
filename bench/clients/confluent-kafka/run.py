"""confluent-kafka (librdkafka) for Python in its own process. Fast path: `produce()` per record
with `poll(0)` to serve delivery reports, waiting on a full queue, then `flush()`."""

import os
import sys
import threading

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from python_common import (  # noqa: E402
    latency_summary,
    load_keys,
    load_payloads,
    now_ms,
    read_stamp,
    run_client,
    stamp,
    throughput,
)

from confluent_kafka import OFFSET_BEGINNING, Consumer, Producer, ShareConsumer, TopicPartition  # noqa: E402


def make_producer(job):
    p = job["producer"]
    return Producer(
        {
            "bootstrap.servers": job["bootstrap"],
            "acks": "all" if p["acks"] == "all" else str(p["acks"]),
            "enable.idempotence": p["idempotent"],
            "linger.ms": p["lingerMs"],
            "batch.size": p["batchSize"],
            "compression.type": p["compression"],
            "max.in.flight.requests.per.connection": p["maxInFlight"],
            "queue.buffering.max.kbytes": p["bufferMemory"] // 1024,
        }
    )


def make_consumer(job, group):
    c = job["consumer"]
    return Consumer(
        {
            "bootstrap.servers": job["bootstrap"],
            # librdkafka needs a group.id even for assign(); it is never joined then.
            "group.id": c["groupId"],
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
            "fetch.max.bytes": c["fetchMaxBytes"],
            "max.partition.fetch.bytes": c["maxPartitionFetchBytes"],
            "fetch.min.bytes": c["fetchMinBytes"],
            "fetch.wait.max.ms": c["fetchMaxWaitMs"],
            "check.crcs": c["checkCrcs"],
        }
    )


def produce(job):
    payloads = load_payloads(job)
    # Keyed records: librdkafka's default partitioner is consistent_random, CRC32(key) % partitions,
    # NOT Java-compatible (murmur2_random is the Java-compatible one, opt-in). It is left as is: it
    # spreads the keys over every partition too, only to other partitions than Java would.
    keys = load_keys(job)
    producer = make_producer(job)
    topic, n, count = job["topic"], len(payloads), job["records"]
    producer.list_topics(topic, timeout=10)  # connect and learn metadata outside the timed window
    start = now_ms()
    if keys:
        nk = len(keys)
        for i in range(count):
            value = payloads[i % n]
            key = keys[i % nk]
            while True:
                try:
                    producer.produce(topic, value, key)
                    break
                except BufferError:
                    producer.poll(0.005)
            if i & 1023 == 0:
                producer.poll(0)
    else:
        for i in range(count):
            value = payloads[i % n]
            while True:
                try:
                    producer.produce(topic, value)
                    break
                except BufferError:
                    producer.poll(0.005)
            if i & 1023 == 0:
                producer.poll(0)
    producer.flush()
    seconds = (now_ms() - start) / 1000
    note = "keys partitioned by librdkafka's default consistent_random (CRC32), not murmur2" if keys else None
    return throughput(job, count, seconds, note)


def call(job):
    payloads = load_payloads(job)
    producer = make_producer(job)
    topic, n, count = job["topic"], len(payloads), job["records"]
    producer.produce(topic, payloads[0])
    producer.flush()
    lat = [0.0] * count
    start = now_ms()
    for i in range(count):
        t = now_ms()
        producer.produce(topic, payloads[i % n])
        producer.flush()  # the awaited send: wait for this record's delivery report
        lat[i] = now_ms() - t
    seconds = (now_ms() - start) / 1000
    out = throughput(job, count, seconds, "produce() then flush() per record")
    out["latencyMs"] = latency_summary(lat)
    return out


def consume(job):
    group = job["consumer"]["mode"] == "group"
    consumer = make_consumer(job, group)
    start = now_ms()
    if group:
        consumer.subscribe([job["topic"]])
    else:
        consumer.assign([TopicPartition(job["topic"], p, OFFSET_BEGINNING) for p in range(job["partitions"])])
    count = nbytes = 0
    while count < job["records"]:
        # consume() waits for the whole batch or the timeout: never ask for more than is left.
        for m in consumer.consume(num_messages=min(10000, job["records"] - count), timeout=1.0):
            if m.error():
                continue
            count += 1
            nbytes += len(m.value())
    seconds = (now_ms() - start) / 1000
    consumer.close()
    return {"ok": True, "records": count, "bytes": nbytes, "seconds": seconds}


def share_consume(job):
    # librdkafka's share consumer (KIP-932) is a preview in 2.16. poll() returns a batch; records
    # are accepted implicitly with the next poll, as the Java share consumer's default does.
    c = job["consumer"]
    consumer = ShareConsumer(
        {
            "bootstrap.servers": job["bootstrap"],
            "group.id": c["groupId"],
            "share.acknowledgement.mode": "implicit",
            "max.poll.records": 500,
            "fetch.max.bytes": c["fetchMaxBytes"],
            "fetch.min.bytes": c["fetchMinBytes"],
            "fetch.wait.max.ms": c["fetchMaxWaitMs"],
            "check.crcs": c["checkCrcs"],
        }
    )
    start = now_ms()
    consumer.subscribe([job["topic"]])
    count = nbytes = 0
    while count < job["records"]:
        for m in consumer.poll(1.0):
            if m.error():
                continue
            count += 1
            nbytes += len(m.value())
    seconds = (now_ms() - start) / 1000
    consumer.close()
    out = {"ok": True, "records": count, "bytes": nbytes, "seconds": seconds}
    out["note"] = "ShareConsumer: a preview in librdkafka 2.16"
    return out


def e2e(job):
    payloads = load_payloads(job)
    n = len(payloads)
    warmup = job.get("warmupRecords", 0)
    total = job["records"] + warmup
    consumer = make_consumer(job, False)
    consumer.assign([TopicPartition(job["topic"], 0, OFFSET_BEGINNING)])
    consumer.consume(num_messages=1, timeout=0.2)
    producer = make_producer(job)
    producer.list_topics(job["topic"], timeout=10)
    lat = [0.0] * job["records"]
    state = {"received": 0, "last": 0.0, "first": 0.0}

    def read():
        # librdkafka's consume() releases the GIL while it waits, so a thread is fair here.
        # consume(n, t) waits until n records or t pass: a 2 ms timeout bounds what that adds,
        # and batches keep the per-record Python cost low enough for 10,000 records/s.
        while state["received"] < total:
            msgs = consumer.consume(num_messages=500, timeout=0.002)
            now = now_ms()
            for m in msgs:
                if m.error():
                    continue
                idx = state["received"] - warmup
                state["received"] += 1
                if idx >= 0:
                    lat[idx] = now - read_stamp(m.value())
            if msgs:
                state["last"] = now

    reader = threading.Thread(target=read)
    reader.start()
    interval = 1000.0 / job["rate"]
    t0 = now_ms() + 5
    nxt = 0
    while nxt < total:
        due = min(total, int((now_ms() - t0) / interval) + 1)
        while nxt < due:
            intended = t0 + nxt * interval
            if nxt == warmup:
                state["first"] = intended
            producer.produce(job["topic"], stamp(payloads[nxt % n], intended), partition=0)
            nxt += 1
        producer.poll(0.001)
    producer.flush()
    reader.join()
    seconds = (state["last"] - state["first"]) / 1000
    consumer.close()
    out = throughput(job, job["records"], seconds)
    out["latencyMs"] = latency_summary(lat)
    out["achievedRate"] = job["records"] / seconds
    return out


run_client({"produce": produce, "call": call, "consume": consume, "share-consume": share_consume, "e2e": e2e})
