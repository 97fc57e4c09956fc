/**
 * A description of the machine a benchmark ran on, for the results file.
 */
import * as os from 'node:os';

/** What the figures depend on. */
export interface MachineInfo {
  /** CPU model as the kernel reports it. */
  readonly cpuModel: string;
  /** Logical cores available to Node. */
  readonly cores: number;
  /** Total memory in GiB. */
  readonly memoryGiB: number;
  /** Node.js version. */
  readonly node: string;
  /** Operating system and kernel. */
  readonly os: string;
  /** 1-minute load average when the run started. */
  readonly loadAverage: number;
}

/** The machine this process runs on. */
export function describeMachine(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
}
