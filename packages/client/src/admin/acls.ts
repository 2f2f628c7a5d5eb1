import {
  CreateAclsApi,
  DeleteAclsApi,
  type DeleteAclsRequestDeleteAclsFilter,
  DescribeAclsApi,
  InvalidArgumentError,
} from '@kafka-aio/protocol';
import {
  type AdminCallOptions,
  type AdminContext,
  type Attempted,
  errorOrNull,
  perEntity,
  requestAny,
  throwIfError,
} from './context.js';
import type { ResultMap } from './results.js';

/** What an ACL protects. `ANY` is for filters only. */
export type AclResourceType =
  | 'UNKNOWN'
  | 'ANY'
  | 'TOPIC'
  | 'GROUP'
  | 'CLUSTER'
  | 'TRANSACTIONAL_ID'
  | 'DELEGATION_TOKEN'
  | 'USER';
/** How an ACL's resource name matches. `ANY` and `MATCH` are for filters only. */
export type AclPatternType = 'UNKNOWN' | 'ANY' | 'MATCH' | 'LITERAL' | 'PREFIXED';
/** What an ACL allows or denies. `ANY` is for filters only. */
export type AclOperation =
  | 'UNKNOWN'
  | 'ANY'
  | 'ALL'
  | 'READ'
  | 'WRITE'
  | 'CREATE'
  | 'DELETE'
  | 'ALTER'
  | 'DESCRIBE'
  | 'CLUSTER_ACTION'
  | 'DESCRIBE_CONFIGS'
  | 'ALTER_CONFIGS'
  | 'IDEMPOTENT_WRITE'
  | 'CREATE_TOKENS'
  | 'DESCRIBE_TOKENS'
  | 'TWO_PHASE_COMMIT';
/** Whether an ACL allows or denies. `ANY` is for filters only. */
export type AclPermissionType = 'UNKNOWN' | 'ANY' | 'DENY' | 'ALLOW';

// Kafka's wire codes: the position in each list is the code (org.apache.kafka.common.acl/resource).
const RESOURCE_TYPES: readonly AclResourceType[] = [
  'UNKNOWN',
  'ANY',
  'TOPIC',
  'GROUP',
  'CLUSTER',
  'TRANSACTIONAL_ID',
  'DELEGATION_TOKEN',
  'USER',
];
const PATTERN_TYPES: readonly AclPatternType[] = ['UNKNOWN', 'ANY', 'MATCH', 'LITERAL', 'PREFIXED'];
const OPERATIONS: readonly AclOperation[] = [
  'UNKNOWN',
  'ANY',
  'ALL',
  'READ',
  'WRITE',
  'CREATE',
  'DELETE',
  'ALTER',
  'DESCRIBE',
  'CLUSTER_ACTION',
  'DESCRIBE_CONFIGS',
  'ALTER_CONFIGS',
  'IDEMPOTENT_WRITE',
  'CREATE_TOKENS',
  'DESCRIBE_TOKENS',
  'TWO_PHASE_COMMIT',
];
const PERMISSION_TYPES: readonly AclPermissionType[] = ['UNKNOWN', 'ANY', 'DENY', 'ALLOW'];

function codeOf<T extends string>(list: readonly T[], what: string, name: T): number {
  const code = list.indexOf(name);
  if (code < 0)
    throw new InvalidArgumentError(`unknown ${what} ${JSON.stringify(name)}; expected one of ${list.join(', ')}`);
  return code;
}
function nameOf<T extends string>(list: readonly T[], code: number): T {
  return list[code] ?? list[0];
}

/** Wire code of an ACL resource type (TOPIC = 2, ...). */
export const aclResourceTypeCode = (t: AclResourceType): number => codeOf(RESOURCE_TYPES, 'resourceType', t);
/** Wire code of a pattern type (LITERAL = 3, ...). */
export const aclPatternTypeCode = (t: AclPatternType): number => codeOf(PATTERN_TYPES, 'patternType', t);
/** Wire code of an operation (READ = 3, ...). */
export const aclOperationCode = (t: AclOperation): number => codeOf(OPERATIONS, 'operation', t);
/** Wire code of a permission type (ALLOW = 3, ...). */
export const aclPermissionTypeCode = (t: AclPermissionType): number => codeOf(PERMISSION_TYPES, 'permissionType', t);
/** Resource type for a wire code; unknown codes give `UNKNOWN`. */
export const aclResourceTypeName = (c: number): AclResourceType => nameOf(RESOURCE_TYPES, c);
/** Pattern type for a wire code; unknown codes give `UNKNOWN`. */
export const aclPatternTypeName = (c: number): AclPatternType => nameOf(PATTERN_TYPES, c);
/** Operation for a wire code; unknown codes give `UNKNOWN`. */
export const aclOperationName = (c: number): AclOperation => nameOf(OPERATIONS, c);
/** Permission type for a wire code; unknown codes give `UNKNOWN`. */
export const aclPermissionTypeName = (c: number): AclPermissionType => nameOf(PERMISSION_TYPES, c);

/** The "not requested" value of Kafka's authorized-operations bit fields (INT32_MIN). */
const AUTHORIZED_OPERATIONS_OMITTED = -2147483648;

/**
 * The operations set in an authorized-operations bit field (bit n = operation code n), or null when
 * the broker did not report them (they were not requested).
 */
export function decodeAuthorizedOperations(bits: number | undefined): AclOperation[] | null {
  if (bits === undefined || bits === AUTHORIZED_OPERATIONS_OMITTED) return null;
  const out: AclOperation[] = [];
  for (let code = 0; code < 32; code++) if (bits & (1 << code)) out.push(nameOf(OPERATIONS, code));
  return out;
}

/** One ACL: who (`principal`, e.g. `User:alice`) may or may not do what on which resources from where. */
export interface AclBinding {
  resourceType: AclResourceType;
  resourceName: string;
  /** Default `LITERAL`. */
  patternType?: AclPatternType;
  principal: string;
  /** Default `*` (any host). */
  host?: string;
  operation: AclOperation;
  permissionType: AclPermissionType;
}

/**
 * Matches ACLs. `null` (or absent) strings and `ANY` enums match anything; pattern type `MATCH`
 * matches literal, wildcard and prefixed patterns that apply to `resourceName`.
 */
export interface AclBindingFilter {
  resourceType?: AclResourceType;
  resourceName?: string | null;
  patternType?: AclPatternType;
  principal?: string | null;
  host?: string | null;
  operation?: AclOperation;
  permissionType?: AclPermissionType;
}

/** A binding as the broker reports it (every field set). */
export type DescribedAclBinding = Required<AclBinding>;

function checkBinding(b: AclBinding): void {
  for (const [field, value] of [
    ['resourceType', b.resourceType],
    ['patternType', b.patternType ?? 'LITERAL'],
    ['operation', b.operation],
    ['permissionType', b.permissionType],
  ] as const) {
    if (value === 'ANY' || value === 'UNKNOWN' || value === 'MATCH') {
      throw new InvalidArgumentError(`an ACL binding cannot have ${field} ${value}; that is for filters only`);
    }
  }
}

/** The wire form of a filter (also used to check the values). */
export function encodeAclFilter(f: AclBindingFilter): DeleteAclsRequestDeleteAclsFilter {
  for (const [field, value] of [
    ['resourceType', f.resourceType],
    ['patternType', f.patternType],
    ['operation', f.operation],
    ['permissionType', f.permissionType],
  ] as const) {
    if (value === 'UNKNOWN') throw new InvalidArgumentError(`an ACL filter cannot have ${field} UNKNOWN`);
  }
  return {
    resourceTypeFilter: aclResourceTypeCode(f.resourceType ?? 'ANY'),
    resourceNameFilter: f.resourceName ?? null,
    patternTypeFilter: aclPatternTypeCode(f.patternType ?? 'ANY'),
    principalFilter: f.principal ?? null,
    hostFilter: f.host ?? null,
    operation: aclOperationCode(f.operation ?? 'ANY'),
    permissionType: aclPermissionTypeCode(f.permissionType ?? 'ANY'),
  };
}

/** Creates ACLs; keyed by the binding objects passed in. Needs an authorizer on the broker. */
export async function createAcls(
  ctx: AdminContext,
  bindings: readonly AclBinding[],
  op: AdminCallOptions,
): Promise<ResultMap<AclBinding, void>> {
  for (const b of bindings) checkBinding(b);
  return perEntity(ctx, 'CreateAcls', bindings, op, async (pending) => {
    const res = await requestAny(
      ctx,
      CreateAclsApi,
      () => ({
        creations: pending.map((b) => ({
          resourceType: aclResourceTypeCode(b.resourceType),
          resourceName: b.resourceName,
          resourcePatternType: aclPatternTypeCode(b.patternType ?? 'LITERAL'),
          principal: b.principal,
          host: b.host ?? '*',
          operation: aclOperationCode(b.operation),
          permissionType: aclPermissionTypeCode(b.permissionType),
        })),
      }),
      op,
    );
    // Results are positional: the n-th result is for the n-th creation.
    return new Map(
      pending.map((b, i) => {
        const r = res.results[i];
        const error = r ? errorOrNull(r.errorCode, r.errorMessage, `principal=${b.principal}`) : null;
        return [b, error ? { error } : { error: null, value: undefined }];
      }),
    );
  });
}

function bindingFrom(r: {
  resourceType: number;
  resourceName: string;
  patternType?: number;
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}): DescribedAclBinding {
  return {
    resourceType: aclResourceTypeName(r.resourceType),
    resourceName: r.resourceName,
    patternType: aclPatternTypeName(r.patternType ?? 3),
    principal: r.principal,
    host: r.host,
    operation: aclOperationName(r.operation),
    permissionType: aclPermissionTypeName(r.permissionType),
  };
}

/** Every ACL that matches `filter` (throws the broker's error, e.g. `SecurityDisabledError`). */
export async function describeAcls(
  ctx: AdminContext,
  filter: AclBindingFilter,
  op: AdminCallOptions,
): Promise<DescribedAclBinding[]> {
  const wire = encodeAclFilter(filter);
  const res = await requestAny(ctx, DescribeAclsApi, () => wire, {
    ...op,
    check: (r) => throwIfError(r.errorCode, r.errorMessage),
  });
  return res.resources.flatMap((r) =>
    r.acls.map((a) =>
      bindingFrom({ ...a, resourceType: r.resourceType, resourceName: r.resourceName, patternType: r.patternType }),
    ),
  );
}

/** Deletes the ACLs matching each filter; keyed by the filter objects, each with the ACLs it deleted. */
export async function deleteAcls(
  ctx: AdminContext,
  filters: readonly AclBindingFilter[],
  op: AdminCallOptions,
): Promise<ResultMap<AclBindingFilter, DescribedAclBinding[]>> {
  const wire = new Map(filters.map((f) => [f, encodeAclFilter(f)]));
  return perEntity(ctx, 'DeleteAcls', filters, op, async (pending) => {
    const res = await requestAny(
      ctx,
      DeleteAclsApi,
      () => ({ filters: pending.map((f) => wire.get(f) as DeleteAclsRequestDeleteAclsFilter) }),
      op,
    );
    return new Map<AclBindingFilter, Attempted<DescribedAclBinding[]>>(
      pending.map((f, i) => {
        const r = res.filterResults[i];
        if (!r) return [f, { error: null, value: [] }];
        const error =
          errorOrNull(r.errorCode, r.errorMessage) ??
          r.matchingAcls.map((m) => errorOrNull(m.errorCode, m.errorMessage)).find((e) => e !== null) ??
          null;
        return [f, error ? { error } : { error: null, value: r.matchingAcls.map(bindingFrom) }];
      }),
    );
  });
}
