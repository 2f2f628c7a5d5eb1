import { type ApiCodec, UnsupportedVersionError } from '@kafka-aio/protocol';

/** A broker's supported version range for one API, as ApiVersions reports it. */
export interface VersionRange {
  minVersion: number;
  maxVersion: number;
}

/**
 * What one broker supports, intersected with what this client can speak (DESIGN.md rule 4).
 * Picking happens before encoding, so an unsupported call fails with a clear
 * {@link UnsupportedVersionError} instead of a broker-side disconnect.
 */
export class ApiVersionTable {
  constructor(
    /** Ranges reported by the broker, by API key. */
    readonly broker: ReadonlyMap<number, VersionRange>,
    /** The broker's address, for error messages. */
    readonly brokerName = 'broker',
    /** Finalized feature levels (`transaction.version`, `group.version`, ...), by name (ApiVersions v3+). */
    readonly features: ReadonlyMap<string, number> = new Map(),
    /**
     * The epoch of those finalized features (ApiVersions v3+; -1 when not reported). A broker that
     * has not yet caught up with the cluster's metadata reports an older epoch.
     */
    readonly featuresEpoch: bigint = -1n,
  ) {}

  /** The finalized level of a cluster feature, or 0 when the broker reports none. */
  featureLevel(name: string): number {
    return this.features.get(name) ?? 0;
  }

  /** The highest version both sides speak, or undefined when there is none. */
  highest(api: ApiCodec): number | undefined {
    const range = this.broker.get(api.apiKey);
    if (!range) return undefined;
    const max = Math.min(range.maxVersion, api.maxVersion);
    const min = Math.max(range.minVersion, api.minVersion);
    return max >= min ? max : undefined;
  }

  /** True when both sides share at least one version of `api`, optionally at least `minVersion`. */
  supports(api: ApiCodec, minVersion = 0): boolean {
    const v = this.highest(api);
    return v !== undefined && v >= minVersion;
  }

  /**
   * The version to use for `api`: the highest shared one, capped at `atMost` when given.
   * Throws {@link UnsupportedVersionError} naming the API, both ranges and the broker.
   */
  pick(api: ApiCodec, atMost?: number): number {
    const range = this.broker.get(api.apiKey);
    const clientMax = atMost === undefined ? api.maxVersion : Math.min(atMost, api.maxVersion);
    const v = range ? Math.min(range.maxVersion, clientMax) : undefined;
    if (range === undefined || v === undefined || v < Math.max(range.minVersion, api.minVersion)) {
      const brokerSide = range ? `${range.minVersion}-${range.maxVersion}` : 'none';
      throw new UnsupportedVersionError(
        `${api.name} (api key ${api.apiKey}): ${this.brokerName} supports versions ${brokerSide}, ` +
          `this client ${api.minVersion}-${clientMax}`,
      );
    }
    return v;
  }
}
