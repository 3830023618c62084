/**
 * A fixed piece of JavaScript timed on the machine the bench runs on, so that the CPU figures of two runs can
 * be compared: the add-on's milliseconds move with the machine's speed and load (the same bundle measured 1.5 ×
 * apart on the same VM on one day), this workload moves with them and never with the add-on's code. It does
 * what the add-on does most at scale: makes many small records with text, compares and groups them, and
 * writes them as JSON.
 */
import { spawnSync } from "node:child_process";

function workload(): number {
  const rows: { id: string; text: string; n: number; flag: boolean }[] = [];
  for (let i = 0; i < 50_000; i++)
    rows.push({
      id: `A-${String(i).padStart(5, "0")}`,
      text: `regel ${i % 977} van het plan`,
      n: i % 13,
      flag: i % 3 === 0,
    });
  const groups = new Map<number, number>();
  for (const r of rows) if (/plan$/.test(r.text)) groups.set(r.n, (groups.get(r.n) ?? 0) + r.text.length);
  rows.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.n - b.n));
  return JSON.stringify(rows).length + groups.size;
}

/**
 * The CPU milliseconds of the workload: median of `rounds` after three that let V8 compile it, in a fresh
 * node process (the bench's own heap, hundreds of megabytes of emulated workbooks, would weigh on it). So it
 * shows the machine's speed, not the garbage collection of the emulated workbooks nor, at the bench's start
 * and end, the CLI run that shares the machine while the networks are measured. Null when the process fails:
 * the figure only informs.
 */
export function machineReferenceMs(rounds = 5): number | null {
  const script = `
    const workload = ${workload.toString()};
    for (let i = 0; i < 3; i++) workload();
    const times = [];
    for (let i = 0; i < ${rounds}; i++) {
      const t0 = process.cpuUsage();
      workload();
      const t = process.cpuUsage(t0);
      times.push((t.user + t.system) / 1000);
    }
    times.sort((a, b) => a - b);
    console.log(times[Math.floor((times.length - 1) / 2)]);`;
  const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  const ms = Number(run.stdout?.trim());
  return run.status === 0 && Number.isFinite(ms) ? ms : null;
}
