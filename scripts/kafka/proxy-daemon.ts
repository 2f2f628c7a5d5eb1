// The fault proxies of a `kafka:up --proxy` run, as a process of their own, steered by
// `kafka:fault ...` over a loopback control port: one JSON command per line, one JSON reply.
// Usage (started by the CLI): tsx scripts/kafka/proxy-daemon.ts <routes JSON> <control port>
import { createServer } from 'node:net';
import { type Corruption, type Direction, type FaultProxy, startFaultProxies } from './fault-proxy.js';
import type { ProxyRoute } from './types.js';

/** One command of the control protocol. `node` picks one node's proxy; default every node's. */
export interface FaultCommand {
  fault:
    | 'blackhole'
    | 'delay'
    | 'bandwidth'
    | 'drip'
    | 'reset'
    | 'refuse'
    | 'close-after'
    | 'corrupt'
    | 'heal'
    | 'status';
  node?: number;
  direction?: Direction | 'both';
  /** Numbers of the fault: ms and jitter for delay, bytes/s for bandwidth, bytes and ms for drip, bytes for close-after. */
  values?: number[];
  /** For corrupt: the API key and how. */
  apiKey?: number;
  how?: Corruption;
}

/** Applies one command to one proxy. */
export function applyFault(proxy: FaultProxy, c: FaultCommand): void {
  const [a = 0, b = 0] = c.values ?? [];
  const direction = c.direction ?? 'both';
  switch (c.fault) {
    case 'blackhole':
      proxy.blackhole(direction);
      return;
    case 'delay':
      proxy.delay(a, b, direction);
      return;
    case 'bandwidth':
      proxy.bandwidth(a, direction);
      return;
    case 'drip':
      proxy.dripFeed(a, b, direction);
      return;
    case 'reset':
      proxy.resetAll();
      return;
    case 'refuse':
      proxy.refuse(true);
      return;
    case 'close-after':
      proxy.closeAfter(a, direction === 'both' ? 'toClient' : direction);
      return;
    case 'corrupt':
      proxy.corruptNextResponse(c.apiKey ?? 0, c.how ?? 'correlationId');
      return;
    case 'heal':
      proxy.heal();
      return;
    case 'status':
      return;
  }
}

async function main(): Promise<void> {
  const routes = JSON.parse(process.argv[2]) as ProxyRoute[];
  const controlPort = Number(process.argv[3]);
  const proxies = await startFaultProxies(routes);
  const control = createServer((socket) => {
    let buffered = '';
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => {
      buffered += chunk.toString();
      for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        try {
          const c = JSON.parse(line) as FaultCommand;
          const targets = c.node === undefined ? [...proxies.values()] : [proxies.get(c.node)];
          if (targets.some((p) => p === undefined)) throw new Error(`no proxy for node ${c.node}`);
          for (const p of targets) applyFault(p!, c);
          const status = [...proxies].map(([node, p]) => ({
            node,
            port: p.port,
            connections: p.connections,
            faults: p.faults,
          }));
          socket.write(`${JSON.stringify({ ok: true, status })}\n`);
        } catch (err) {
          socket.write(`${JSON.stringify({ ok: false, error: (err as Error).message })}\n`);
        }
      }
    });
  });
  await new Promise<void>((resolve) => control.listen(controlPort, '127.0.0.1', resolve));
  console.log(`fault proxies ${routes.map((r) => `${r.listen}->${r.target}`).join(' ')}; control on ${controlPort}`);
  const stop = () => {
    control.close();
    void Promise.all([...proxies.values()].map((p) => p.stop())).then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
