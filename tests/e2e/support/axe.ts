/** axe-core in the pane's page: shared by the browser tests that check a view for accessibility. */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/**
 * axe-core's WCAG A/AA rules on the pane as it is now; the only exclusion: Fluent's focus-guard
 * elements (tabster's `data-tabster-dummy` spans, aria-hidden but focusable by design, to keep
 * focus inside a tab list or dialog), which are not the project's markup.
 */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  // Evaluated through the DevTools protocol: the pane's Content Security Policy (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}
