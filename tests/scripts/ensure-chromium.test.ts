/**
 * scripts/ensure-chromium.cjs, the step `npm test` takes first: every situation a machine can be
 * in, with the machine's facts and effects faked — nothing is installed, no sudo is started.
 */
import {
  decide,
  ensureChromium,
  findChromium,
  installCommands,
  isDebianLike,
  type ChromiumFacts,
  type Machine,
} from "../../scripts/ensure-chromium.cjs";

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nVERSION="24.04 LTS (Noble Numbat)"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';
const ALPINE = 'NAME="Alpine Linux"\nID=alpine\n';

const facts = (overrides: Partial<ChromiumFacts>): ChromiumFacts => ({
  chromium: undefined,
  chosen: undefined,
  debian: true,
  root: false,
  passwordlessSudo: () => false,
  ...overrides,
});

describe("decide", () => {
  it("runs the tests at once when Chromium is there, asking nothing else", () => {
    const sudo = jest.fn(() => true);
    expect(decide(facts({ chromium: "/usr/bin/chromium", root: true, passwordlessSudo: sudo }))).toEqual({ action: "run" });
    expect(sudo).not.toHaveBeenCalled();
  });

  it("installs as root on Debian without asking sudo", () => {
    const sudo = jest.fn(() => true);
    expect(decide(facts({ root: true, passwordlessSudo: sudo }))).toEqual({ action: "install", sudo: false });
    expect(sudo).not.toHaveBeenCalled();
  });

  it("installs through sudo on Debian when sudo needs no password", () => {
    expect(decide(facts({ passwordlessSudo: () => true }))).toEqual({ action: "install", sudo: true });
  });

  it("stops with the apt-get command when neither root nor passwordless sudo", () => {
    const decision = decide(facts({}));
    expect(decision).toEqual({ action: "stop", line: expect.stringContaining("sudo apt-get install -y chromium") });
  });

  it("stops, without trying sudo, where there is no apt-get (not Debian)", () => {
    const sudo = jest.fn(() => true);
    const decision = decide(facts({ debian: false, root: true, passwordlessSudo: sudo }));
    expect(decision).toEqual({ action: "stop", line: expect.stringContaining("FORMATIECHECK_CHROMIUM=/pad/naar/chromium npm test") });
    expect(sudo).not.toHaveBeenCalled();
  });

  it("does not install over a FORMATIECHECK_CHROMIUM that points nowhere, even as root", () => {
    const decision = decide(facts({ chosen: "/opt/chromium/chrome", root: true }));
    expect(decision).toEqual({ action: "stop", line: expect.stringContaining("FORMATIECHECK_CHROMIUM=/opt/chromium/chrome bestaat niet") });
  });

  it.each([
    ["no rights", facts({})],
    ["not Debian", facts({ debian: false })],
    ["a wrong FORMATIECHECK_CHROMIUM", facts({ chosen: "/x" })],
  ])("says it in one line, Dutch first (%s)", (_, f) => {
    const decision = decide(f);
    if (decision.action !== "stop") throw new Error(`expected stop, got ${decision.action}`);
    expect(decision.line).not.toContain("\n");
    expect(decision.line).toMatch(/ \/ /);
    expect(decision.line).toMatch(/voer uit|wijs/);
  });
});

describe("findChromium", () => {
  const only = (...files: string[]) => (file: string) => files.includes(file);

  it("takes Debian's path, then Ubuntu's older one", () => {
    expect(findChromium({}, only("/usr/bin/chromium", "/usr/bin/chromium-browser"))).toBe("/usr/bin/chromium");
    expect(findChromium({}, only("/usr/bin/chromium-browser"))).toBe("/usr/bin/chromium-browser");
    expect(findChromium({}, only())).toBeUndefined();
  });

  it("takes FORMATIECHECK_CHROMIUM when set, and only that", () => {
    expect(findChromium({ FORMATIECHECK_CHROMIUM: "/opt/c/chrome" }, only("/opt/c/chrome", "/usr/bin/chromium"))).toBe("/opt/c/chrome");
    expect(findChromium({ FORMATIECHECK_CHROMIUM: "/opt/c/chrome" }, only("/usr/bin/chromium"))).toBeUndefined();
    expect(findChromium({ FORMATIECHECK_CHROMIUM: "" }, only("/usr/bin/chromium"))).toBe("/usr/bin/chromium");
  });
});

describe("isDebianLike", () => {
  it.each([
    ["Debian", true, DEBIAN],
    ["Ubuntu", true, UBUNTU],
    ["Linux Mint", true, MINT],
    ["Fedora", false, FEDORA],
    ["Alpine", false, ALPINE],
    ["no /etc/os-release", false, ""],
  ])("%s: %s", (_, expected, text) => {
    expect(isDebianLike(text)).toBe(expected);
  });
});

describe("installCommands", () => {
  it("runs apt-get update and install, non-interactively, through sudo -n when not root", () => {
    expect(installCommands(false)).toEqual([
      ["apt-get", ["update"]],
      ["apt-get", ["install", "-y", "chromium"]],
    ]);
    expect(installCommands(true)).toEqual([
      ["sudo", ["-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "update"]],
      ["sudo", ["-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "chromium"]],
    ]);
  });
});

/** A fake machine: files that exist, os-release text, rights; records what would run and be said. */
function machine(options: { files?: string[]; osRelease?: string; aptGet?: boolean; root?: boolean; sudo?: boolean; env?: NodeJS.ProcessEnv; install?: (program: string, args: string[]) => number }) {
  const files = new Set(options.files ?? []);
  const ran: string[] = [];
  const said: string[] = [];
  const sudo = jest.fn(() => options.sudo ?? false);
  const fake: Machine = {
    env: options.env ?? {},
    exists: (file) => files.has(file),
    osRelease: jest.fn(() => options.osRelease ?? DEBIAN),
    hasAptGet: jest.fn(() => options.aptGet ?? true),
    isRoot: jest.fn(() => options.root ?? false),
    passwordlessSudo: sudo,
    run: (program, args) => {
      ran.push([program, ...args].join(" "));
      const status = options.install ? options.install(program, args) : 0;
      // A successful install of the package puts the program where Debian's package does.
      if (status === 0 && args.includes("install")) files.add("/usr/bin/chromium");
      return status;
    },
    say: (line) => said.push(line),
  };
  return { fake, ran, said, sudo };
}

describe("ensureChromium", () => {
  it("does nothing at all when Chromium is installed", () => {
    const m = machine({ files: ["/usr/bin/chromium"], root: true });
    expect(ensureChromium(m.fake)).toBe(0);
    expect(m.ran).toEqual([]);
    expect(m.said).toEqual([]);
    expect(m.fake.osRelease).not.toHaveBeenCalled();
    expect(m.fake.isRoot).not.toHaveBeenCalled();
    expect(m.sudo).not.toHaveBeenCalled();
  });

  it("installs as root on Debian, then goes on", () => {
    const m = machine({ root: true });
    expect(ensureChromium(m.fake)).toBe(0);
    expect(m.ran).toEqual(["apt-get update", "apt-get install -y chromium"]);
    expect(m.said.at(-1)).toBe("Chromium geïnstalleerd / installed: /usr/bin/chromium");
  });

  it("installs with passwordless sudo on Ubuntu", () => {
    const m = machine({ osRelease: UBUNTU, sudo: true });
    expect(ensureChromium(m.fake)).toBe(0);
    expect(m.ran).toEqual(["sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update", "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium"]);
  });

  it("stops with one line when neither root nor passwordless sudo", () => {
    const m = machine({});
    expect(ensureChromium(m.fake)).toBe(1);
    expect(m.ran).toEqual([]);
    expect(m.said).toEqual([expect.stringContaining("voer uit / run: sudo apt-get update && sudo apt-get install -y chromium")]);
  });

  it("stops with one line on a system that is not Debian, even as root", () => {
    for (const m of [machine({ osRelease: FEDORA, root: true }), machine({ aptGet: false, root: true })]) {
      expect(ensureChromium(m.fake)).toBe(1);
      expect(m.ran).toEqual([]);
      expect(m.said).toHaveLength(1);
    }
  });

  it("stops and names the command when apt-get fails (no network, a broken mirror)", () => {
    const m = machine({ root: true, install: (_, args) => (args.includes("install") ? 100 : 0) });
    expect(ensureChromium(m.fake)).toBe(1);
    expect(m.said.at(-1)).toMatch(/^apt-get kon Chromium niet installeren .*exit 100.*apt-get install -y chromium$/);
  });

  it("stops when the package installed no program where the tests look (Ubuntu's snap)", () => {
    const m = machine({ root: true, osRelease: UBUNTU });
    m.fake.run = () => 0; // installs, but nothing appears in /usr/bin
    expect(ensureChromium(m.fake)).toBe(1);
    expect(m.said.at(-1)).toContain("FORMATIECHECK_CHROMIUM=$(command -v chromium) npm test");
  });
});
