/**
 * kafka-aio's real-broker harness: Apache Kafka (and Apicurio Registry) from Maven Central, run as
 * plain JVMs in KRaft mode. Used by the integration tests, the demo and the benchmarks.
 */
export { startCluster } from './cluster.js';
export { nodeProperties, randomClusterId, toPropertiesFile } from './config.js';
export { type Corruption, type Direction, FaultProxy, startFaultProxies } from './fault-proxy.js';
export { tlsOptions, unsecuredJwt } from './helpers.js';
export { kafkaClasspath, loggingArgs, runKafkaTool, type ToolOptions, type ToolResult } from './java.js';
export type { LaunchOptions } from './launch.js';
export { isKafka3, kafkaClientsJar, kafkaPom, resolveKafka } from './maven.js';
export { isNodeAlive, killNode, logTail, restartNode } from './node.js';
export { cacheRoot, DEFAULT_KAFKA_VERSION, kafkaHome, kafkaLibDir } from './paths.js';
export { type ProbeResult, probeBroker, waitForBroker } from './probe.js';
export { DEFAULT_APICURIO_VERSION, type RegistryOptions, resolveApicurio, startRegistry } from './registry.js';
export { startSingleNode } from './single-node.js';
export { readState, stateFile, writeState } from './state.js';
export { runProcesses, stopRegistry, stopRun } from './stop.js';
export { externalTestInfo, type KafkaTestInfo, testInfoFromState } from './test-info.js';
export type { TlsFiles } from './tls.js';
export * from './types.js';
