/** Before the browser tests: dist/ built and up to date (see support/built-pane.ts). */
import { ensureBuilt } from "./support/built-pane";

export default function globalSetup(): void {
  ensureBuilt();
}
