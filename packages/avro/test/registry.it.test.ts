// Module imports rather than '@kafka-aio/avro': the package index also loads AvroConsumer, which
// needs AIOKafkaConsumer exported from @kafka-aio/client.
import { SchemaRegistryClient, SchemaRegistryError, SchemaRegistryErrorCode } from '@kafka-aio/schema-registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTopic, useRegistry } from './support.js';

// The SchemaRegistryClient against a real Apicurio Registry 3.x (Confluent-compatible API).

const v1 = JSON.stringify({
  type: 'record',
  name: 'User',
  namespace: 'it.avro',
  fields: [{ name: 'name', type: 'string' }],
});
const v2 = JSON.stringify({
  type: 'record',
  name: 'User',
  namespace: 'it.avro',
  fields: [
    { name: 'name', type: 'string' },
    { name: 'age', type: 'int', default: 0 },
  ],
});
// Adds a field without a default: new readers cannot read old data, so BACKWARD refuses it.
const v2Breaking = JSON.stringify({
  type: 'record',
  name: 'User',
  namespace: 'it.avro',
  fields: [
    { name: 'name', type: 'string' },
    { name: 'email', type: 'string' },
  ],
});

let registry: { url: string; stop: () => Promise<void> };
let client: SchemaRegistryClient;
const requests: string[] = [];

beforeAll(async () => {
  registry = await useRegistry();
  client = new SchemaRegistryClient({ url: registry.url, onRequest: (r) => requests.push(`${r.method} ${r.path}`) });
});

afterAll(async () => {
  client?.close();
  await registry?.stop();
});

describe('SchemaRegistryClient against Apicurio Registry', () => {
  it('registers a schema once: the same schema gets the same id', async () => {
    const subject = `${newTopic()}-value`;
    const id = await client.register(subject, v1);
    expect(id).toBeGreaterThan(0);
    // A second client, without caches, gets the same id from the registry.
    const fresh = new SchemaRegistryClient({ url: registry.url });
    expect(await fresh.register(subject, v1)).toBe(id);
    expect(await fresh.lookupSchema(subject, v1)).toMatchObject({ id, subject, version: 1, schemaType: 'AVRO' });
    expect(JSON.parse((await fresh.getSchema(id)).schema)).toEqual(JSON.parse(v1));
    fresh.close();
  });

  it('lists subjects and versions and gets the latest and specific versions', async () => {
    const subject = `${newTopic()}-value`;
    const id1 = await client.register(subject, v1);
    const id2 = await client.register(subject, v2);
    expect(id2).not.toBe(id1);
    expect(await client.getSubjects()).toContain(subject);
    expect(await client.getVersions(subject)).toEqual([1, 2]);
    expect(await client.getLatestVersion(subject)).toMatchObject({ id: id2, version: 2, subject });
    expect(await client.getVersion(subject, 1)).toMatchObject({ id: id1, version: 1 });
    expect(JSON.parse((await client.getVersion(subject, 2)).schema)).toEqual(JSON.parse(v2));
  });

  it('rejects an incompatible registration with the registry’s reason (BACKWARD: a new field without default)', async () => {
    const subject = `${newTopic()}-value`;
    await client.register(subject, v1);
    expect(await client.setCompatibility('BACKWARD', subject)).toBe('BACKWARD');
    expect(await client.getCompatibility(subject)).toBe('BACKWARD');
    expect(await client.testCompatibility(subject, v2Breaking)).toMatchObject({ isCompatible: false });
    expect(await client.testCompatibility(subject, v2)).toMatchObject({ isCompatible: true });

    const err = await client.register(subject, v2Breaking).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SchemaRegistryError);
    const e = err as SchemaRegistryError;
    expect(e.httpStatus).toBe(409);
    expect(e.errorCode).toBe(SchemaRegistryErrorCode.INCOMPATIBLE_SCHEMA);
    expect(e.retriable).toBe(false);
    // Apicurio names the breaking field: "... list of diff types: [email at /fields/1]".
    expect(e.registryMessage).toMatch(/Incompatible/i);
    expect(e.registryMessage).toContain('email');
    expect(e.message).toContain(e.registryMessage);
    // The compatible evolution still registers.
    expect(await client.register(subject, v2)).toBeGreaterThan(0);
  });

  it('NONE compatibility lets the breaking schema in', async () => {
    const subject = `${newTopic()}-value`;
    await client.register(subject, v1);
    await client.setCompatibility('NONE', subject);
    expect(await client.register(subject, v2Breaking)).toBeGreaterThan(0);
  });

  it('reports missing subjects, versions and schema ids with the registry’s error codes', async () => {
    const subject = `${newTopic()}-value`;
    await expect(client.getLatestVersion(subject)).rejects.toMatchObject({
      httpStatus: 404,
      errorCode: SchemaRegistryErrorCode.SUBJECT_NOT_FOUND,
    });
    await client.register(subject, v1);
    await expect(client.getVersion(subject, 7)).rejects.toMatchObject({
      errorCode: SchemaRegistryErrorCode.VERSION_NOT_FOUND,
    });
    await expect(client.getSchema(987_654)).rejects.toMatchObject({
      httpStatus: 404,
      errorCode: SchemaRegistryErrorCode.SCHEMA_NOT_FOUND,
    });
    await expect(client.lookupSchema(subject, v2)).rejects.toMatchObject({
      errorCode: SchemaRegistryErrorCode.SCHEMA_NOT_FOUND,
    });
    await expect(client.register(subject, '{"type": "record"')).rejects.toMatchObject({ httpStatus: 422 });
  });

  it('deletes versions and subjects', async () => {
    const subject = `${newTopic()}-value`;
    await client.register(subject, v1);
    await client.register(subject, v2);
    expect(await client.deleteVersion(subject, 1)).toBe(1);
    expect(await client.getVersions(subject)).toEqual([2]);
    // Confluent answers [2]; Apicurio also lists the soft-deleted version 1.
    expect(await client.deleteSubject(subject)).toContain(2);
    expect(await client.getSubjects()).not.toContain(subject);
    await client.deleteSubject(subject, { permanent: true });
    await expect(client.getLatestVersion(subject)).rejects.toMatchObject({ errorCode: 40401 });
  });

  it('gets and sets the mode', async () => {
    const subject = `${newTopic()}-value`;
    await client.register(subject, v1);
    expect(await client.getMode()).toBe('READWRITE');
    expect(await client.setMode('READONLY', subject)).toBe('READONLY');
    expect(await client.getMode(subject)).toBe('READONLY');
    expect(await client.setMode('READWRITE', subject)).toBe('READWRITE');
  });

  it('answers repeated lookups from its caches', async () => {
    const subject = `${newTopic()}-value`;
    const id = await client.register(subject, v1);
    await client.getLatestVersion(subject);
    requests.length = 0;
    for (let i = 0; i < 50; i++) {
      expect(await client.register(subject, v1)).toBe(id);
      await client.getSchema(id);
      await client.getLatestVersion(subject);
      await client.getVersion(subject, 1);
    }
    // getVersion(…, 1) is the only call not answered by an earlier one: fetched once, then cached.
    expect(requests).toEqual([`GET /subjects/${subject}/versions/1`]);
    client.clearLatestCaches();
    await client.getLatestVersion(subject);
    expect(requests).toHaveLength(2);
  });
});
