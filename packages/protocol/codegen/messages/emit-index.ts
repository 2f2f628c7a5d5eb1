import { doc, indent, type Lines } from './code.js';
import { apiName, codecName, fileHeader, kebab } from './emit-message-file.js';
import type { MessageModel } from './spec-model.js';

/**
 * The API table (every codec by key, the seam of DESIGN rule 3) and the directory's index, which
 * re-exports every generated file so that `@kafka-aio/protocol` can `export *` from it.
 */

export function emitApiTable(requests: MessageModel[], kafkaVersion: string): string {
  const sorted = [...requests].sort((a, b) => (a.apiKey ?? 0) - (b.apiKey ?? 0));
  const lines: Lines = [
    fileHeader(['*Request.json', '*Response.json'], kafkaVersion),
    '',
    "import type { ApiCodec } from '../api-codec.js';",
    ...sorted.map((r) => `import { ${codecName(r)} } from './${kebab(apiName(r))}.js';`),
    '',
    `export { ${sorted.map(codecName).join(', ')} };`,
    '',
    ...doc(`Kafka's API keys by API name, as in Kafka ${kafkaVersion}'s ApiKeys enum.`),
    'export const ApiKey = {',
    ...indent(sorted.map((r) => `${apiName(r)}: ${r.apiKey},`)),
    '} as const;',
    '',
    ...doc(
      `Every API codec of Kafka ${kafkaVersion} by API key: the one registry the client negotiates versions against and encodes requests with. APIs Kafka has removed are present with an empty version range (minVersion > maxVersion).`,
    ),
    'export const API_BY_KEY: ReadonlyMap<number, ApiCodec> = new Map<number, ApiCodec>([',
    ...indent(sorted.map((r) => `[${r.apiKey}, ${codecName(r)}],`)),
    ']);',
  ];
  return `${lines.join('\n')}\n`;
}

export function emitIndex(moduleNames: string[], kafkaVersion: string): string {
  const lines: Lines = [
    fileHeader(['*.json'], kafkaVersion),
    '',
    ...[...moduleNames].sort().map((n) => `export * from './${n}.js';`),
    "export { API_BY_KEY, ApiKey } from './api-table.js';",
  ];
  return `${lines.join('\n')}\n`;
}
