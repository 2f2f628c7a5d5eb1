"""Helpers for the Python client processes (aiokafka, confluent-kafka), the same contract as
bench/clients/node-common.ts: the job arrives as JSON in BENCH_JOB, one BENCH_RESULT line leaves."""

import json
import math
import os
import struct
import sys
import time
import traceback

RESULT_PREFIX = "BENCH_RESULT "


def read_job():
    return json.loads(os.environ["BENCH_JOB"])


def load_payloads(job):
    with open(job["payloadFile"], "rb") as f:
        return f.read().split(b"\n")


def load_keys(job):
    """The job's record keys, k0 ... k{keys - 1} as UTF-8 bytes, built once before timing (record i
    takes keys[i % len(keys)]); None when the job's records carry no key."""
    n = job.get("keys")
    return [("k%d" % i).encode("utf-8") for i in range(n)] if n else None


def now_ms():
    # One process holds both ends of an e2e run, so a monotonic clock is enough.
    return time.perf_counter() * 1000.0


def stamp(payload, intended_ms):
    return struct.pack("<d", intended_ms) + payload[8:]


def read_stamp(value):
    return struct.unpack_from("<d", value, 0)[0]


def latency_summary(samples):
    samples.sort()
    n = len(samples)

    def q(p):
        rank = min(n - 1, max(0, math.ceil(p * n) - 1))
        return samples[rank]

    return {"p50": q(0.5), "p99": q(0.99), "p999": q(0.999), "max": samples[-1]} if n else None


def throughput(job, records, seconds, note=None):
    out = {"ok": True, "records": records, "bytes": records * job["recordSize"], "seconds": seconds}
    if note:
        out["note"] = note
    return out


def unavailable(reason):
    return {"ok": False, "unavailable": reason, "records": 0, "bytes": 0, "seconds": 0}


def report(result):
    sys.stdout.write(RESULT_PREFIX + json.dumps(result) + "\n")
    sys.stdout.flush()


def run_client(handlers):
    """Runs the handler for the job's workload; a handler may be a coroutine function."""
    job = read_job()
    try:
        fn = handlers.get(job["workload"])
        if fn is None:
            result = unavailable("no %s workload for this client" % job["workload"])
        else:
            result = fn(job)
            if hasattr(result, "__await__"):
                import asyncio

                result = asyncio.run(result)
    except Exception as err:  # noqa: BLE001 - every failure is reported, not raised
        traceback.print_exc()
        result = {"ok": False, "error": "%s: %s" % (type(err).__name__, err), "records": 0, "bytes": 0, "seconds": 0}
    report(result)
    sys.stdout.flush()
    os._exit(0)
