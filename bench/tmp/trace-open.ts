import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBuilt } from "../../tests/e2e/support/built-pane";
import { startPaneSession } from "../../tests/e2e/support/pane-page";
import { formationWorkbookBytes } from "../formation-workbook";

async function main() {
  ensureBuilt();
  const work = mkdtempSync(path.join(os.tmpdir(), "trace-"));
  const file = path.join(work, "formatie-20000.xlsx");
  writeFileSync(file, await formationWorkbookBytes(20000));
  const session = await startPaneSession();
  const { page } = await session.open();
  await page.getByRole("heading", { name: "Bestand openen" }).waitFor();
  await page.waitForTimeout(1500);
  const steps = process.argv.slice(2);
  const traceFile = path.join(work, "trace.json");
  const trace = async (name: string, act: () => Promise<void>) => {
    await session.browser.startTracing(page, { path: traceFile, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink.user_timing"] });
    await act();
    await page.waitForTimeout(300);
    await session.browser.stopTracing();
    const events = (JSON.parse(readFileSync(traceFile, "utf8")).traceEvents ?? []) as { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { url?: string; functionName?: string } } }[];
    const main = events.find((e) => e.name === "thread_name" && (e as unknown as { args: { name: string } }).args.name === "CrRendererMain");
    const tasks = events.filter((e) => e.name === "RunTask" && e.tid === main?.tid && e.pid === main?.pid && (e.dur ?? 0) > 40000);
    for (const t of tasks) {
      const inside = events.filter((e) => e.tid === t.tid && e.pid === t.pid && e.ph === "X" && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && e !== t);
      const by = new Map<string, number>();
      for (const e of inside) {
        const key = e.name + (e.args?.data?.url ? ` ${e.args.data.url.split("/").pop()}` : "") + (e.args?.data?.functionName ? ` ${e.args.data.functionName}` : "");
        by.set(key, (by.get(key) ?? 0) + (e.dur ?? 0));
      }
      const top = [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k}: ${Math.round(v / 1000)}`);
      console.log(`${name}: task ${Math.round((t.dur ?? 0) / 1000)} ms — ${top.join("; ")}`);
    }
  };
  await trace("open", async () => {
    await page.getByLabel("Bestand openen (.xlsx, .xls, .ods)").setInputFiles(file);
    await page.getByRole("button", { name: "Controleer", exact: true }).waitFor({ timeout: 120000 });
    await page.waitForTimeout(1500);
  });
  if (steps.includes("all")) {
    await trace("check", async () => {
      await page.getByRole("button", { name: "Controleer", exact: true }).click();
      await page.locator("#summary-heading").waitFor({ timeout: 180000 });
      await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, { timeout: 120000 });
    });
    await page.getByRole("tab", { name: "Plaatsing" }).click();
    await page.waitForTimeout(500);
    await trace("generate", async () => {
      await page.getByRole("button", { name: "Genereer tabellen", exact: true }).click();
      await page.locator("#tables-written").waitFor({ timeout: 180000 });
    });
    await trace("download", async () => {
      const d = page.waitForEvent("download", { timeout: 180000 });
      await page.getByRole("button", { name: /^Download/ }).first().click();
      await d;
      await page.getByText(/gedownload/).first().waitFor({ timeout: 60000 });
    });
  }
  await session.close();
}
void main();
