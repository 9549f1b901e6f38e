/**
 * The add-in's settings kept in the workbook (a versioned custom XML part): saved, loaded, kept
 * after save and reopen, and read safely when damaged or written by a newer version.
 */
import type { StoredState } from "../../src/core/workbook-port";
import { parseStoredStateXml, STATE_NAMESPACE, storedStateXml } from "../../src/core/stored-state";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";

let fixture: OfficeFixture;
afterEach(() => fixture?.uninstall());

const state: StoredState = {
  schemaVersion: 1,
  functieboekJson: JSON.stringify({ name: "Boek <A> & \"B\"", text: "]]></state> \u0001 \uFFFF" }),
  columns: { Formatie: { headerRow: 3, columns: { title: 2, fte: 5 } } },
  settings: {
    werkgeverslasten: 31.5,
    salaryStep: "max",
    language: "nl",
    liveValidation: true,
    begrotingsjaar: 2027,
    werkgeverslastenOver: "salary",
    ownMeasures: [{ date: "2028-01-01", type: "pct", value: 3 }, { date: "2028-07-01", type: "fixed", value: 50 }],
  },
};

describe("saveState / loadState", () => {
  test("a workbook without state gives undefined", async () => {
    fixture = officeFixture();
    expect(await fixture.workbook.loadState()).toBeUndefined();
    expect(fixture.workbook.stateProblem).toBeUndefined();
  });

  test("round trip, one part, also after save and reopen", async () => {
    fixture = officeFixture();
    await fixture.workbook.saveState(state);
    expect(await fixture.workbook.loadState()).toEqual(state);
    await fixture.workbook.saveState({ ...state, settings: { werkgeverslasten: 30 } });
    expect(fixture.fake.workbook.parts).toHaveLength(1);
    fixture = fixture.reopen();
    expect(await fixture.workbook.loadState()).toEqual({ ...state, settings: { werkgeverslasten: 30 } });
  });

  test("a damaged part or one from a newer version is a problem, not an exception", async () => {
    fixture = officeFixture();
    fixture.fake.workbook.parts.push({ id: "p1", xml: `<formatiecheck xmlns="${STATE_NAMESPACE}" schemaVersion="1"><state>{nope</state></formatiecheck>` });
    expect(await fixture.workbook.loadState()).toBeUndefined();
    expect(fixture.workbook.stateProblem?.nl).toMatch(/beschadigd/);
    fixture.fake.workbook.parts[0] = { id: "p1", xml: `<formatiecheck xmlns="${STATE_NAMESPACE}" schemaVersion="2"><state>{}</state></formatiecheck>` };
    expect(await fixture.workbook.loadState()).toBeUndefined();
    expect(fixture.workbook.stateProblem?.nl).toMatch(/nieuwere versie/);
  });
});

describe("stored state XML", () => {
  test.each([
    ["a wrong-typed known field", { schemaVersion: 1, functieboekJson: 5 }],
    ["a column that is not a number", { schemaVersion: 1, columns: { X: { headerRow: 1, columns: { title: "B" } } } }],
    ["an unknown language", { schemaVersion: 1, settings: { language: "de" } }],
    ["a begrotingsjaar that is no whole number", { schemaVersion: 1, settings: { begrotingsjaar: "2027" } }],
    ["werkgeverslasten over something unknown", { schemaVersion: 1, settings: { werkgeverslastenOver: "pension" } }],
    ["an own raise without a date", { schemaVersion: 1, settings: { ownMeasures: [{ type: "pct", value: 3 }] } }],
    ["an own raise of an unknown kind", { schemaVersion: 1, settings: { ownMeasures: [{ date: "2028-01-01", type: "floor", value: 3 }] } }],
  ])("refuses %s", (_, value) => {
    const xml = storedStateXml(value as unknown as StoredState);
    expect(parseStoredStateXml(xml).ok).toBe(false);
  });

  test("keeps fields a later version added", () => {
    const xml = storedStateXml({ schemaVersion: 1, settings: { werkgeverslasten: 30, extra: true } } as unknown as StoredState);
    expect(parseStoredStateXml(xml)).toEqual({ ok: true, state: { schemaVersion: 1, settings: { werkgeverslasten: 30, extra: true } } });
  });

  test("is well-formed XML whatever the text holds", () => {
    const xml = storedStateXml(state);
    const forbidden = [...xml].filter((ch) => ch.charCodeAt(0) < 9 || ch === "\uFFFE" || ch === "\uFFFF");
    expect(forbidden).toEqual([]);
    expect(xml.match(/<state>/g)).toHaveLength(1);
  });
});
