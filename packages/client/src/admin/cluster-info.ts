import { ApiVersionsApi, DescribeClusterApi, DescribeLogDirsApi, KafkaError, MetadataApi } from '@kafka-aio/protocol';
import { type TopicPartition, topicPartition } from '../topic-partition.js';
import { CLIENT_SOFTWARE_NAME, CLIENT_SOFTWARE_VERSION } from '../version.js';
import { type AclOperation, decodeAuthorizedOperations } from './acls.js';
import {
  type AdminCallOptions,
  type AdminContext,
  type Attempted,
  errorOrNull,
  perEntity,
  requestAny,
  requestNode,
  throwIfError,
} from './context.js';
import type { ResultMap } from './results.js';

/** A broker as the cluster advertises it. */
export interface BrokerNode {
  id: number;
  host: string;
  port: number;
  rack: string | null;
}

/** What {@link describeCluster} returns. */
export interface ClusterDescription {
  clusterId: string | null;
  /** The active controller as brokers see it (KRaft: a random broker stands in, as Kafka reports). */
  controller: BrokerNode | null;
  nodes: BrokerNode[];
  /** Operations the caller may perform on the cluster; null unless requested. */
  authorizedOperations: AclOperation[] | null;
}

/** The cluster's id, brokers and controller, from DescribeCluster (Metadata on brokers before 2.8). */
export async function describeCluster(
  ctx: AdminContext,
  op: AdminCallOptions & { includeAuthorizedOperations?: boolean },
): Promise<ClusterDescription> {
  const include = op.includeAuthorizedOperations ?? false;
  const node = ctx.cluster.leastLoadedNode();
  const conn = await ctx.cluster.connection(node, '', op.signal);
  if (conn.versions.supports(DescribeClusterApi)) {
    const res = await requestAny(ctx, DescribeClusterApi, () => ({ includeClusterAuthorizedOperations: include }), {
      ...op,
      check: (r) => throwIfError(r.errorCode, r.errorMessage),
    });
    const nodes = res.brokers.map((b) => ({ id: b.brokerId, host: b.host, port: b.port, rack: b.rack ?? null }));
    return {
      clusterId: res.clusterId,
      controller: nodes.find((n) => n.id === res.controllerId) ?? null,
      nodes,
      authorizedOperations: include ? decodeAuthorizedOperations(res.clusterAuthorizedOperations) : null,
    };
  }
  const res = await requestAny(
    ctx,
    MetadataApi,
    (v) => ({
      topics: [],
      allowAutoTopicCreation: false,
      ...(v >= 8 && v <= 10 ? { includeClusterAuthorizedOperations: include } : {}),
    }),
    op,
  );
  const nodes = res.brokers.map((b) => ({ id: b.nodeId, host: b.host, port: b.port, rack: b.rack ?? null }));
  return {
    clusterId: res.clusterId ?? null,
    controller: nodes.find((n) => n.id === res.controllerId) ?? null,
    nodes,
    authorizedOperations: include ? decodeAuthorizedOperations(res.clusterAuthorizedOperations) : null,
  };
}

/** A feature's finalized (cluster-wide, in use) version range. */
export interface FinalizedFeature {
  minVersionLevel: number;
  maxVersionLevel: number;
}

/** A feature's range the answering broker supports. */
export interface SupportedFeature {
  minVersion: number;
  maxVersion: number;
}

/** What {@link describeFeatures} returns (KIP-584 feature flags, e.g. `metadata.version`). */
export interface FeatureMetadata {
  finalizedFeatures: Map<string, FinalizedFeature>;
  /** Epoch of the finalized features; -1n when the broker reports none. */
  finalizedFeaturesEpoch: bigint;
  supportedFeatures: Map<string, SupportedFeature>;
}

/** Feature flags, from an ApiVersions request to the least loaded broker. */
export async function describeFeatures(ctx: AdminContext, op: AdminCallOptions): Promise<FeatureMetadata> {
  const res = await requestAny(
    ctx,
    ApiVersionsApi,
    () => ({ clientSoftwareName: CLIENT_SOFTWARE_NAME, clientSoftwareVersion: CLIENT_SOFTWARE_VERSION }),
    { ...op, check: (r) => throwIfError(r.errorCode) },
  );
  return {
    finalizedFeatures: new Map(
      (res.finalizedFeatures ?? []).map((f) => [
        f.name,
        { minVersionLevel: f.minVersionLevel, maxVersionLevel: f.maxVersionLevel },
      ]),
    ),
    finalizedFeaturesEpoch: res.finalizedFeaturesEpoch ?? -1n,
    supportedFeatures: new Map(
      (res.supportedFeatures ?? []).map((f) => [f.name, { minVersion: f.minVersion, maxVersion: f.maxVersion }]),
    ),
  };
}

/** One replica's log in a log directory. */
export interface ReplicaLogInfo {
  /** Bytes on disk. */
  size: bigint;
  /** How far this replica's log end is behind the leader's (or the current log's, for a future log). */
  offsetLag: bigint;
  /** True for a future log (a replica being moved between directories). */
  isFuture: boolean;
}

/** One log directory of one broker. */
export interface LogDirDescription {
  path: string;
  /** The directory's own error (e.g. `KafkaStorageError` for an offline directory), or null. */
  error: KafkaError | null;
  /** Bytes of the volume; -1n when the broker does not report it. */
  totalBytes: bigint;
  usableBytes: bigint;
  replicas: Map<TopicPartition, ReplicaLogInfo>;
}

/**
 * Log directories of each broker (all brokers by default), keyed by broker id. `topics` restricts
 * the replicas listed (default: all).
 */
export async function describeLogDirs(
  ctx: AdminContext,
  brokerIds: readonly number[] | undefined,
  op: AdminCallOptions & { topics?: readonly TopicPartition[] },
): Promise<ResultMap<number, LogDirDescription[]>> {
  const ids = brokerIds ?? [...(await ctx.cluster.refreshMetadata()).brokers.keys()];
  let topics: { topic: string; partitions: number[] }[] | null = null;
  if (op.topics) {
    const byTopic = new Map<string, number[]>();
    for (const tp of op.topics) byTopic.set(tp.topic, [...(byTopic.get(tp.topic) ?? []), tp.partition]);
    topics = [...byTopic].map(([topic, partitions]) => ({ topic, partitions }));
  }
  return perEntity(ctx, 'DescribeLogDirs', ids, op, async (pending) => {
    const out = new Map<number, Attempted<LogDirDescription[]>>();
    await Promise.all(
      pending.map(async (id) => {
        try {
          const res = await requestNode(ctx, id, DescribeLogDirsApi, () => ({ topics }), op);
          throwIfError(res.errorCode, undefined, `broker=${id}`);
          out.set(id, {
            error: null,
            value: res.results.map((d) => ({
              path: d.logDir,
              error: errorOrNull(d.errorCode, undefined, `broker=${id} logDir=${d.logDir}`),
              totalBytes: d.totalBytes ?? -1n,
              usableBytes: d.usableBytes ?? -1n,
              replicas: new Map(
                d.topics.flatMap((t) =>
                  t.partitions.map((p) => [
                    topicPartition(t.name, p.partitionIndex),
                    { size: p.partitionSize, offsetLag: p.offsetLag, isFuture: p.isFutureKey },
                  ]),
                ),
              ),
            })),
          });
        } catch (err) {
          if (!(err instanceof KafkaError)) throw err;
          out.set(id, { error: err });
        }
      }),
    );
    return out;
  });
}
