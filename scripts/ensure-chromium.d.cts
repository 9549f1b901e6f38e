// Types of scripts/ensure-chromium.cjs, for the browser tests and the script's own unit test.

export declare const SYSTEM_PATHS: readonly string[];

export declare function findChromium(env?: NodeJS.ProcessEnv, exists?: (file: string) => boolean): string | undefined;

export declare function isDebianLike(osRelease: string): boolean;

export interface ChromiumFacts {
  chromium: string | undefined;
  chosen: string | undefined;
  debian: boolean;
  root: boolean;
  passwordlessSudo: () => boolean;
}

export type ChromiumDecision = { action: "run" } | { action: "install"; sudo: boolean } | { action: "stop"; line: string };

export declare function decide(facts: ChromiumFacts): ChromiumDecision;

export declare function installCommands(sudo: boolean): [program: string, args: string[]][];

export interface Machine {
  env: NodeJS.ProcessEnv;
  exists: (file: string) => boolean;
  osRelease: () => string;
  hasAptGet: () => boolean;
  isRoot: () => boolean;
  passwordlessSudo: () => boolean;
  run: (program: string, args: string[]) => number;
  say: (line: string) => void;
}

export declare function ensureChromium(machine: Machine): number;
