// The names the code blocks of README.md and docs/*.md use without defining them, so that each
// block can stay short. Keep this list short: a block should declare what it needs itself.
// Only test/docs/snippets.test.ts reads this file (tsconfig.check.json leaves it out).

/** Where the broker is, e.g. `'127.0.0.1:9092'`. */
declare const bootstrapServers: string;

/** The Schema Registry's URL, e.g. `'http://127.0.0.1:8081'`. */
declare const schemaRegistryUrl: string;

/** The application's work for one record. */
declare function handle(record: import('@kafka-aio/client').ConsumerRecord<unknown, unknown>): Promise<void>;

/** Some application data to send. */
declare const orders: readonly { id: string; total: number }[];
