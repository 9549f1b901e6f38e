// Preloaded (`node --require bench/usage-probe.cjs …`) into every process the CLI benchmark times,
// the I/O floor and the CLI alike: at exit it writes the process's own CPU time and peak memory
// as JSON to the file named by FORMATIECHECK_BENCH_USAGE. It adds nothing else.
const { writeFileSync } = require("node:fs");

const file = process.env.FORMATIECHECK_BENCH_USAGE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000, maxRssMb: Math.round(usage.maxRSS / 1024) }));
  });
}
