// CPU time of the processes a phase of the load keeps busy, read from /proc (Linux): the server
// (utime + stime of its process, all threads: PGlite, when embedded, runs inside it), the
// PostgreSQL backends serving the server's connections (found by their client ports in
// pg_stat_activity: other work on a shared PostgreSQL is not counted), every `postgres` process
// (theirs included, with the WAL writer and checkpointer), Redis (`redis-server`, shared), the
// load process itself, and the whole machine (/proc/stat).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

let ticksPerSecond;
const msPerTick = () => {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return 1000 / ticksPerSecond;
};

/** `comm` and utime + stime (ticks) of a process, or undefined when it is gone. */
function processStat(pid) {
  let text;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const close = text.lastIndexOf(')');
  const comm = text.slice(text.indexOf('(') + 1, close);
  const fields = text
    .slice(close + 2)
    .split(' ')
    .map(Number);
  // Fields 14 and 15 of proc(5), counted from 1 with pid and comm as the first two.
  return { comm, ticks: fields[11] + fields[12] };
}

/** CPU ms of one process since it started; undefined when it is gone. */
export const processCpuMs = (pid) => {
  const stat = processStat(pid);
  return stat === undefined ? undefined : stat.ticks * msPerTick();
};

/** CPU ms of every process named `comm` (`postgres`, `redis-server`), summed. */
export function cpuMsByName(comm) {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = processStat(entry);
    if (stat?.comm === comm) ticks += stat.ticks;
  }
  return ticks * msPerTick();
}

/** Busy and total CPU ms of the machine, all cores (idle and iowait are not busy). */
export function machineCpuMs() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy: busy * msPerTick(), total: (busy + idle + iowait) * msPerTick() };
}

/** Local ports of the TCP connections `pid` holds to `remotePort` (its PostgreSQL pool: 5432). */
export function connectionPorts(pid, remotePort) {
  const inodes = new Set();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const socket = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (socket) inodes.add(socket[1]);
    } catch {
      // closed meanwhile
    }
  }
  const ports = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines = [];
    try {
      lines = readFileSync(table, 'utf8').trim().split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      const local = parseInt(fields[1].split(':')[1], 16);
      const remote = parseInt(fields[2].split(':')[1], 16);
      if (remote === remotePort && inodes.has(fields[9])) ports.push(local);
    }
  }
  return ports;
}

/**
 * A reading of everything above; `serverPid` is the server's process, `backends` the pids of the
 * PostgreSQL backends serving it (see {@link connectionPorts}).
 */
export function cpuSnapshot(serverPid, backends = []) {
  const own = process.cpuUsage();
  return {
    at: performance.now(),
    hrtimeUs: Number(process.hrtime.bigint() / 1000n),
    server: processCpuMs(serverPid) ?? 0,
    backends: Object.fromEntries(backends.map((pid) => [pid, processCpuMs(pid)])),
    postgres: cpuMsByName('postgres'),
    redis: cpuMsByName('redis-server'),
    load: (own.user + own.system) / 1000,
    machine: machineCpuMs(),
  };
}

/** What was spent between two snapshots, in ms. */
export function cpuBetween(before, after) {
  return {
    wallMs: after.at - before.at,
    fromUs: before.hrtimeUs,
    toUs: after.hrtimeUs,
    server: after.server - before.server,
    postgres: after.postgres - before.postgres,
    redis: after.redis - before.redis,
    load: after.load - before.load,
    machine: after.machine.busy - before.machine.busy,
    machineTotal: after.machine.total - before.machine.total,
  };
}
