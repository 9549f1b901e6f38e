/**
 * Entry of the task pane. (The pane itself is built in src/taskpane/; this file only mounts it.)
 */
import { createRoot } from "react-dom/client";
import { App } from "./app";

const root = document.getElementById("root");
if (root) createRoot(root).render(<App />);
