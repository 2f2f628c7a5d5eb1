/**
 * Cross-checks the generated codecs against Kafka's own generated Java classes (not run in CI;
 * needs a JDK and the kafka-clients jar that `scripts/kafka` caches):
 *
 *   tsx packages/protocol/codegen/messages/test-support/java-crosscheck.ts [VALUES_PER_VERSION=20] [JAR]
 *
 * For every message at every version it encodes random values with kafka-aio, has Java parse the
 * bytes with `new <Message>Data(readable, version)` and write them back, and reports any input
 * Java rejects, leaves bytes of, or re-encodes differently. Round trips within TypeScript cannot
 * see a mistake made the same way in encoder and decoder; this can.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { MESSAGE_SCHEMAS } from '../../../src/messages/schemas.js';
import { Writer } from '../../../src/primitives/writer.js';
import { defaultJarPath } from '../spec-source.js';
import { codecFor } from './decode-fuzz.js';
import { messageArb, versionsOf } from './message-arbitraries.js';

const JAVA = `import java.io.*;
import java.nio.ByteBuffer;
import java.util.*;
import org.apache.kafka.common.protocol.*;

public class CrossCheck {
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
    Map<String, java.lang.reflect.Constructor<?>> ctors = new HashMap<>();
    String line;
    while ((line = in.readLine()) != null) {
      String[] p = line.split(" ");
      short v = Short.parseShort(p[1]);
      byte[] bytes = HexFormat.of().parseHex(p.length > 2 ? p[2] : "");
      try {
        java.lang.reflect.Constructor<?> c = ctors.get(p[0]);
        if (c == null) {
          c = Class.forName("org.apache.kafka.common.message." + p[0])
              .getConstructor(org.apache.kafka.common.protocol.Readable.class, short.class);
          ctors.put(p[0], c);
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        Message m = (Message) c.newInstance(new ByteBufferAccessor(buf), v);
        if (buf.remaining() != 0) { out.println("LEFT " + buf.remaining()); continue; }
        ByteBuffer o = MessageUtil.toByteBufferAccessor(m, v).buffer();
        o.rewind();
        byte[] ob = new byte[o.remaining()];
        o.get(ob);
        out.println(Arrays.equals(ob, bytes) ? "OK" : "DIFF " + HexFormat.of().formatHex(ob));
      } catch (Throwable t) {
        Throwable x = t instanceof java.lang.reflect.InvocationTargetException ? t.getCause() : t;
        out.println("ERR " + String.valueOf(x).replace('\\n', ' '));
      }
    }
    out.flush();
  }
}
`;

const perVersion = Number(process.argv[2] ?? 20);
const jar = process.argv[3] ?? defaultJarPath();
const work = mkdtempSync(join(tmpdir(), 'kafka-aio-xcheck-'));
try {
  writeFileSync(join(work, 'CrossCheck.java'), JAVA);
  execFileSync('javac', ['-cp', jar, '-d', work, join(work, 'CrossCheck.java')], { stdio: 'inherit' });

  const cases: string[] = [];
  for (const m of MESSAGE_SCHEMAS) {
    const { encode } = codecFor(m);
    // Kafka's Java classes: FooRequestData, RequestHeaderData; data schemas keep their own name.
    const javaClass = m.kind === 'data' ? m.name : `${m.name}Data`;
    for (const v of versionsOf(m)) {
      for (const value of fc.sample(messageArb(m, v), perVersion)) {
        const w = new Writer(64);
        encode(w, value as never, v);
        cases.push(`${javaClass} ${v} ${w.finish().toString('hex')}`);
      }
    }
  }
  const output = execFileSync('java', ['-cp', `${jar}:${work}`, 'CrossCheck'], {
    input: `${cases.join('\n')}\n`,
    maxBuffer: 1 << 30,
  })
    .toString()
    .trimEnd()
    .split('\n');
  const bad = output.map((r, i) => [r, cases[i]] as const).filter(([r]) => r !== 'OK');
  process.stdout.write(`java-crosscheck: ${cases.length} encodings, ${bad.length} disagreements\n`);
  for (const [r, c] of bad.slice(0, 30)) process.stdout.write(`  ${c.slice(0, 160)}\n    java: ${r.slice(0, 200)}\n`);
  process.exitCode = bad.length === 0 && output.length === cases.length ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
