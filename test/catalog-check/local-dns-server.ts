import { createSocket, RemoteInfo, Socket } from 'node:dgram';

/** What the test server answers for one name: A records, or a response code. */
export type DnsAnswer = string[] | 'NXDOMAIN' | 'SERVFAIL';

const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3 } as const;

/** Reads the question of a DNS query: the name, lower-cased, and where the question section ends. */
function readQuestion(query: Buffer): { name: string; end: number } {
  const labels: string[] = [];
  let offset = 12;
  while (query[offset] !== 0) {
    const length = query[offset];
    labels.push(query.subarray(offset + 1, offset + 1 + length).toString('ascii'));
    offset += length + 1;
  }
  return { name: labels.join('.').toLowerCase(), end: offset + 5 };
}

function respond(query: Buffer, answers: ReadonlyMap<string, DnsAnswer>): Buffer {
  const { name, end } = readQuestion(query);
  const qtype = query.readUInt16BE(end - 4);
  const answer = answers.get(name) ?? 'NXDOMAIN';
  const addresses = Array.isArray(answer) && qtype === 1 ? answer : [];
  const rcode = Array.isArray(answer) ? RCODE.NOERROR : RCODE[answer];
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  header.writeUInt16BE(0x8180 | rcode, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(addresses.length, 6);
  const records = addresses.map((address) => {
    const record = Buffer.alloc(16);
    record.writeUInt16BE(0xc00c, 0);
    record.writeUInt16BE(1, 2);
    record.writeUInt16BE(1, 4);
    record.writeUInt32BE(60, 6);
    record.writeUInt16BE(4, 10);
    address.split('.').forEach((octet, i) => record.writeUInt8(Number(octet), 12 + i));
    return record;
  });
  return Buffer.concat([header, query.subarray(12, end), ...records]);
}

/** A DNS server on 127.0.0.1 that answers A queries from a table; every other name is NXDOMAIN. */
export class LocalDnsServer {
  /** Starts a server on a free port of 127.0.0.1. */
  public static async start(answers: Record<string, DnsAnswer>): Promise<LocalDnsServer> {
    const socket = createSocket('udp4');
    const server = new LocalDnsServer(socket, new Map(Object.entries(answers).map(([k, v]) => [k.toLowerCase(), v])));
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    return server;
  }

  /** Names asked, in order. */
  public readonly queries: string[] = [];

  private constructor(
    private readonly socket: Socket,
    private readonly answers: Map<string, DnsAnswer>,
  ) {
    socket.on('message', (query: Buffer, peer: RemoteInfo) => {
      this.queries.push(readQuestion(query).name);
      socket.send(respond(query, this.answers), peer.port, peer.address);
    });
  }

  /** `127.0.0.1:PORT`, as the drift check's `resolver` option takes it. */
  public get address(): string {
    return `127.0.0.1:${this.socket.address().port}`;
  }

  /** Stops the server. */
  public stop(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }
}

/** A port of 127.0.0.1 on which nothing listens: bound, then closed. */
export async function closedLocalPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const port = socket.address().port;
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}
