"""aiokafka in its own process (the venv under the harness's cache). Fast path: `await send()`
(waits only for buffer space) per record, then `flush()`."""

import asyncio
import os
import sys

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

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition  # noqa: E402


def make_producer(job):
    p = job["producer"]
    return AIOKafkaProducer(
        bootstrap_servers=job["bootstrap"],
        acks="all" if p["acks"] == "all" else p["acks"],
        enable_idempotence=p["idempotent"],
        linger_ms=p["lingerMs"],
        max_batch_size=p["batchSize"],
        compression_type=None if p["compression"] == "none" else p["compression"],
        # aiokafka has no buffer.memory; it bounds the accumulator by batches per partition.
    )


def make_consumer(job, group):
    c = job["consumer"]
    kwargs = dict(
        bootstrap_servers=job["bootstrap"],
        group_id=c["groupId"] if group else None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        fetch_max_bytes=c["fetchMaxBytes"],
        max_partition_fetch_bytes=c["maxPartitionFetchBytes"],
        fetch_min_bytes=c["fetchMinBytes"],
        fetch_max_wait_ms=c["fetchMaxWaitMs"],
        check_crcs=c["checkCrcs"],
    )
    return AIOKafkaConsumer(job["topic"], **kwargs) if group else AIOKafkaConsumer(**kwargs)


async def produce(job):
    payloads = load_payloads(job)
    # Keyed records: aiokafka's DefaultPartitioner, (murmur2(key) & 0x7FFFFFFF) % partitions over
    # all partitions, as in Java.
    keys = load_keys(job)
    producer = make_producer(job)
    await producer.start()
    topic, n, count = job["topic"], len(payloads), job["records"]
    start = now_ms()
    if keys:
        nk = len(keys)
        for i in range(count):
            await producer.send(topic, payloads[i % n], key=keys[i % nk])
    else:
        for i in range(count):
            await producer.send(topic, payloads[i % n])
    await producer.flush()
    seconds = (now_ms() - start) / 1000
    await producer.stop()
    return throughput(job, count, seconds)


async def call(job):
    payloads = load_payloads(job)
    producer = make_producer(job)
    await producer.start()
    topic, n, count = job["topic"], len(payloads), job["records"]
    await producer.send_and_wait(topic, payloads[0])
    lat = [0.0] * count
    start = now_ms()
    for i in range(count):
        t = now_ms()
        await producer.send_and_wait(topic, payloads[i % n])
        lat[i] = now_ms() - t
    seconds = (now_ms() - start) / 1000
    await producer.stop()
    out = throughput(job, count, seconds)
    out["latencyMs"] = latency_summary(lat)
    return out


async def consume(job):
    group = job["consumer"]["mode"] == "group"
    consumer = make_consumer(job, group)
    start = now_ms()
    await consumer.start()
    if not group:
        consumer.assign([TopicPartition(job["topic"], p) for p in range(job["partitions"])])
    count = nbytes = 0
    while count < job["records"]:
        batch = await consumer.getmany(timeout_ms=1000)
        for records in batch.values():
            count += len(records)
            for r in records:
                nbytes += len(r.value)
    seconds = (now_ms() - start) / 1000
    await consumer.stop()
    return {"ok": True, "records": count, "bytes": nbytes, "seconds": seconds}


async def e2e(job):
    payloads = load_payloads(job)
    n = len(payloads)
    warmup = job.get("warmupRecords", 0)
    total = job["records"] + warmup
    consumer = make_consumer(job, False)
    await consumer.start()
    consumer.assign([TopicPartition(job["topic"], 0)])
    await consumer.getmany(timeout_ms=200)
    producer = make_producer(job)
    await producer.start()
    lat = [0.0] * job["records"]
    state = {"received": 0, "last": 0.0, "first": 0.0}

    async def read():
        while state["received"] < total:
            batch = await consumer.getmany(timeout_ms=100)
            now = now_ms()
            for records in batch.values():
                for r in records:
                    idx = state["received"] - warmup
                    state["received"] += 1
                    if idx >= 0:
                        lat[idx] = now - read_stamp(r.value)
            state["last"] = now

    reader = asyncio.ensure_future(read())
    interval = 1000.0 / job["rate"]
    t0 = now_ms() + 5
    nxt = 0
    # Open loop: send what is due, never wait for replies (latency counts from the intended time).
    while nxt < total:
        due = min(total, int((now_ms() - t0) / interval) + 1)
        while nxt < due:
            intended = t0 + nxt * interval
            if nxt == warmup:
                state["first"] = intended
            await producer.send(job["topic"], stamp(payloads[nxt % n], intended), partition=0)
            nxt += 1
        await asyncio.sleep(0.001)
    await reader
    seconds = (state["last"] - state["first"]) / 1000
    await producer.stop()
    await consumer.stop()
    out = throughput(job, job["records"], seconds)
    out["latencyMs"] = latency_summary(lat)
    out["achievedRate"] = job["records"] / seconds
    return out


run_client({"produce": produce, "call": call, "consume": consume, "e2e": e2e})
