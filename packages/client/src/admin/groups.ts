import {
  ConsumerGroupDescribeApi,
  type ConsumerGroupDescribeResponseAssignment,
  DeleteGroupsApi,
  DescribeGroupsApi,
  deserializeConsumerProtocolAssignment,
  ErrorCode,
  GroupIdNotFoundError,
  type KafkaError,
  ListGroupsApi,
  type ListGroupsRequest,
} from '@kafka-aio/protocol';
import { CoordinatorType } from '../cluster/cluster.js';
import { type TopicPartition, topicPartition } from '../topic-partition.js';
import { type AclOperation, decodeAuthorizedOperations } from './acls.js';
import type { BrokerNode } from './cluster-info.js';
import {
  type AdminCallOptions,
  type AdminContext,
  type Attempted,
  errorOrNull,
  fanOut,
  perEntity,
  requestNode,
} from './context.js';
import type { ResultMap } from './results.js';

/**
 * A group's state as the broker names it: classic groups are `PreparingRebalance`,
 * `CompletingRebalance`, `Stable`, `Dead` or `Empty`; KIP-848 groups `Empty`, `Assigning`,
 * `Reconciling`, `Stable` or `Dead`. Other strings pass through.
 */
export type ConsumerGroupState =
  | 'Unknown'
  | 'PreparingRebalance'
  | 'CompletingRebalance'
  | 'Stable'
  | 'Dead'
  | 'Empty'
  | 'Assigning'
  | 'Reconciling'
  | (string & {});

/** The group protocol: `classic` (JoinGroup/SyncGroup) or `consumer` (KIP-848); others pass through. */
export type GroupType = 'classic' | 'consumer' | 'share' | 'streams' | (string & {});

/** One group as ListGroups reports it. */
export interface ConsumerGroupListing {
  groupId: string;
  /** `consumer` for consumer groups (classic or KIP-848), `''` for groups that only commit offsets. */
  protocolType: string;
  /** True for a group without a protocol (offsets committed by `assign()` users or admins). */
  isSimpleConsumerGroup: boolean;
  /** Null when the broker is older than 2.6 (ListGroups v4). */
  state: ConsumerGroupState | null;
  /** Null when the broker is older than 4.0 (ListGroups v5). */
  type: GroupType | null;
}

/** What `listConsumerGroups` returns: the groups, and the brokers that could not answer. */
export interface ListConsumerGroupsResult {
  valid: ConsumerGroupListing[];
  /** One error per broker that failed; the groups it coordinates are missing from `valid`. */
  errors: KafkaError[];
}

/** The ListGroups body for version `v`: state filters from v4, type filters from v5 (else filtered here). */
export function listGroupsRequest(
  states: readonly string[] | undefined,
  types: readonly string[] | undefined,
  v: number,
): ListGroupsRequest {
  return {
    ...(v >= 4 ? { statesFilter: states ? [...states] : [] } : {}),
    ...(v >= 5 ? { typesFilter: types ? [...types] : [] } : {}),
  };
}

/**
 * Every group in the cluster (each broker lists the groups it coordinates), optionally only those in
 * `states` and of `types`. Filters are sent to brokers that take them and applied here otherwise.
 * Only consumer groups are listed (protocol type `consumer` or empty), unless `types` says otherwise.
 */
export async function listConsumerGroups(
  ctx: AdminContext,
  op: AdminCallOptions & { states?: readonly ConsumerGroupState[]; types?: readonly GroupType[] },
): Promise<ListConsumerGroupsResult> {
  const meta = await ctx.cluster.refreshMetadata();
  const states = op.states?.length ? op.states : undefined;
  const types = op.types?.length ? op.types : undefined;
  const lower = (s: string) => s.toLowerCase();
  const results = await perEntity(ctx, 'ListGroups', [...meta.brokers.keys()], op, (pending) =>
    fanOut(
      pending,
      async (id) => id,
      async (node) => {
        const res = await requestNode(ctx, node, ListGroupsApi, (v) => listGroupsRequest(states, types, v), op);
        const error = errorOrNull(res.errorCode, undefined, `broker=${node}`);
        const value = res.groups
          .map((g) => ({
            groupId: g.groupId,
            protocolType: g.protocolType,
            isSimpleConsumerGroup: g.protocolType === '',
            state: g.groupState ?? null,
            type: g.groupType ?? null,
          }))
          .filter(
            (g) =>
              (!states || g.state === null || states.some((s) => lower(s) === lower(g.state as string))) &&
              (types
                ? g.type === null || types.some((t) => lower(t) === lower(g.type as string))
                : g.protocolType === 'consumer' || g.protocolType === ''),
          );
        return new Map<number, Attempted<ConsumerGroupListing[]>>([[node, error ? { error } : { error: null, value }]]);
      },
    ),
  );
  return {
    valid: [...results.succeeded().values()].flat().sort((a, b) => a.groupId.localeCompare(b.groupId)),
    errors: [...results.failed().values()],
  };
}

/** One member of a described group. */
export interface MemberDescription {
  memberId: string;
  /** The static membership id (`groupInstanceId`), or null. */
  groupInstanceId: string | null;
  clientId: string;
  host: string;
  /** Partitions assigned to the member now. */
  assignment: TopicPartition[];
  /** KIP-848 groups: where the assignment is heading; null for classic groups. */
  targetAssignment: TopicPartition[] | null;
  /** KIP-848 groups: the member's epoch; null for classic groups. */
  memberEpoch: number | null;
  /** KIP-848 groups: the subscribed topics (regex subscriptions: see `subscribedTopicRegex`). */
  subscribedTopicNames: string[] | null;
  subscribedTopicRegex: string | null;
}

/** A described consumer group. */
export interface ConsumerGroupDescription {
  groupId: string;
  type: GroupType;
  isSimpleConsumerGroup: boolean;
  state: ConsumerGroupState;
  /** Classic: the chosen assignor (`range`, `cooperative-sticky`, ...); KIP-848: the server assignor. */
  partitionAssignor: string;
  members: MemberDescription[];
  coordinator: BrokerNode | null;
  /** Null unless requested with `includeAuthorizedOperations`. */
  authorizedOperations: AclOperation[] | null;
  /** KIP-848 groups: the group epoch; null for classic groups. */
  groupEpoch: number | null;
  /** KIP-848 groups: the target assignment epoch; null for classic groups. */
  targetAssignmentEpoch: number | null;
}

function flatten(a: ConsumerGroupDescribeResponseAssignment): TopicPartition[] {
  return a.topicPartitions.flatMap((t) => t.partitions.map((p) => topicPartition(t.topicName, p)));
}

function decodeAssignment(bytes: Buffer): TopicPartition[] {
  if (bytes.length === 0) return [];
  try {
    return deserializeConsumerProtocolAssignment(bytes).assignedPartitions.flatMap((t) =>
      t.partitions.map((p) => topicPartition(t.topic, p)),
    );
  } catch {
    return []; // a non-consumer protocol (e.g. Connect) uses its own assignment format
  }
}

/** Retry hooks for group calls: NOT_COORDINATOR and friends forget the cached coordinator. */
export const groupRetry = (ctx: AdminContext) => ({
  onRetry: (group: string, err: KafkaError) => {
    if (
      err.code === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS ||
      err.code === ErrorCode.COORDINATOR_NOT_AVAILABLE ||
      err.code === ErrorCode.NOT_COORDINATOR ||
      err.invalidMetadata
    ) {
      ctx.cluster.invalidateCoordinator(CoordinatorType.GROUP, group);
    }
  },
});

/** Routes a group to its coordinator (errors finding it become the group's error). */
export function routeGroup(ctx: AdminContext, op: AdminCallOptions) {
  return (group: string) =>
    ctx.cluster.findCoordinator(CoordinatorType.GROUP, group, { timeoutMs: 5_000, signal: op.signal });
}

/**
 * Describes consumer groups, classic and KIP-848, keyed by group id. Groups go to their coordinator
 * in one batch per coordinator: ConsumerGroupDescribe first (when the broker has it), then
 * DescribeGroups for the groups it reports as not being KIP-848 groups. A group that does not exist
 * gets `GroupIdNotFoundError`.
 */
export async function describeConsumerGroups(
  ctx: AdminContext,
  groupIds: readonly string[],
  op: AdminCallOptions & { includeAuthorizedOperations?: boolean },
): Promise<ResultMap<string, ConsumerGroupDescription>> {
  const include = op.includeAuthorizedOperations ?? false;
  return perEntity(
    ctx,
    'DescribeConsumerGroups',
    groupIds,
    op,
    (pending) =>
      fanOut(pending, routeGroup(ctx, op), async (node, groups) => {
        const broker = ctx.cluster.metadata.brokers.get(node);
        const coordinator = broker ? { id: node, host: broker.host, port: broker.port, rack: broker.rack } : null;
        const out = new Map<string, Attempted<ConsumerGroupDescription>>();
        let classic = groups;
        const conn = await ctx.cluster.connection(node, '', op.signal);
        if (conn.versions.supports(ConsumerGroupDescribeApi)) {
          classic = [];
          const res = await requestNode(
            ctx,
            node,
            ConsumerGroupDescribeApi,
            () => ({ groupIds: groups, includeAuthorizedOperations: include }),
            op,
          );
          for (const g of res.groups) {
            // GROUP_ID_NOT_FOUND also answers "this is a classic group": ask DescribeGroups.
            if (g.errorCode === ErrorCode.GROUP_ID_NOT_FOUND) {
              classic.push(g.groupId);
              continue;
            }
            const error = errorOrNull(g.errorCode, g.errorMessage, `group=${g.groupId}`);
            if (error) {
              out.set(g.groupId, { error });
              continue;
            }
            out.set(g.groupId, {
              error: null,
              value: {
                groupId: g.groupId,
                type: 'consumer',
                isSimpleConsumerGroup: false,
                state: g.groupState,
                partitionAssignor: g.assignorName,
                coordinator,
                authorizedOperations: include ? decodeAuthorizedOperations(g.authorizedOperations) : null,
                groupEpoch: g.groupEpoch,
                targetAssignmentEpoch: g.assignmentEpoch,
                members: g.members.map((m) => ({
                  memberId: m.memberId,
                  groupInstanceId: m.instanceId ?? null,
                  clientId: m.clientId,
                  host: m.clientHost,
                  assignment: flatten(m.assignment),
                  targetAssignment: flatten(m.targetAssignment),
                  memberEpoch: m.memberEpoch,
                  subscribedTopicNames: m.subscribedTopicNames,
                  subscribedTopicRegex: m.subscribedTopicRegex ?? null,
                })),
              },
            });
          }
        }
        if (classic.length === 0) return out;
        const res = await requestNode(
          ctx,
          node,
          DescribeGroupsApi,
          (v) => ({ groups: classic, ...(v >= 3 ? { includeAuthorizedOperations: include } : {}) }),
          op,
        );
        for (const g of res.groups) {
          const error = errorOrNull(g.errorCode, g.errorMessage, `group=${g.groupId}`);
          if (error) {
            out.set(g.groupId, { error });
            continue;
          }
          // Brokers before 4.0 describe a missing group as Dead with no protocol instead of an error.
          if (g.groupState === 'Dead' && g.protocolType === '' && g.members.length === 0) {
            out.set(g.groupId, { error: new GroupIdNotFoundError(`group ${g.groupId} does not exist`) });
            continue;
          }
          out.set(g.groupId, {
            error: null,
            value: {
              groupId: g.groupId,
              type: 'classic',
              isSimpleConsumerGroup: g.protocolType === '',
              state: g.groupState,
              partitionAssignor: g.protocolData,
              coordinator,
              authorizedOperations: include ? decodeAuthorizedOperations(g.authorizedOperations) : null,
              groupEpoch: null,
              targetAssignmentEpoch: null,
              members: g.members.map((m) => ({
                memberId: m.memberId,
                groupInstanceId: m.groupInstanceId ?? null,
                clientId: m.clientId,
                host: m.clientHost,
                assignment: g.protocolType === 'consumer' ? decodeAssignment(m.memberAssignment) : [],
                targetAssignment: null,
                memberEpoch: null,
                subscribedTopicNames: null,
                subscribedTopicRegex: null,
              })),
            },
          });
        }
        return out;
      }),
    groupRetry(ctx),
  );
}

/** Deletes groups (they must be empty); keyed by group id. */
export async function deleteConsumerGroups(
  ctx: AdminContext,
  groupIds: readonly string[],
  op: AdminCallOptions,
): Promise<ResultMap<string, void>> {
  return perEntity(
    ctx,
    'DeleteGroups',
    groupIds,
    op,
    (pending) =>
      fanOut(pending, routeGroup(ctx, op), async (node, groups) => {
        const res = await requestNode(ctx, node, DeleteGroupsApi, () => ({ groupsNames: groups }), op);
        return new Map<string, Attempted<void>>(
          res.results.map((r) => {
            const error = errorOrNull(r.errorCode, undefined, `group=${r.groupId}`);
            return [r.groupId, error ? { error } : { error: null, value: undefined }];
          }),
        );
      }),
    groupRetry(ctx),
  );
}
