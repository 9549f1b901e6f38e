/**
 * A structural check of an OLE compound file (the container of .xls files, [MS-CFB]) before it is
 * handed to the parser: every sector chain — the DIFAT, the directory, the mini FAT and each large
 * stream — is followed with a bound and loop detection. A chain that loops is never valid, and
 * SheetJS's container reader follows such a chain without end until the process dies (seen with
 * ExcelDataReader's test file Test_git_issue_382_oom.xls). Pointers past the end of the file stop a
 * chain, as the parser treats them; only loops and impossible headers are refused.
 */

const END_OF_CHAIN = 0xfffffffe;
const MAX_REGULAR = 0xfffffffa;

export type CompoundFileProblem = "header" | "loop" | undefined;

export function compoundFileProblem(data: Uint8Array): CompoundFileProblem {
  if (data.length < 512) return "header";
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return "header";
  const ssz = 1 << shift;
  const sectorCount = Math.ceil((data.length - ssz) / ssz);
  const entry = (sector: number, index: number): number | undefined => {
    const offset = (sector + 1) * ssz + index * 4;
    return offset + 4 <= data.length ? view.getUint32(offset, true) : undefined;
  };

  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sector = view.getUint32(0x4c + i * 4, true);
    if (sector <= MAX_REGULAR && sector < sectorCount) fatSectors.push(sector);
  }
  const seenDifat = new Set<number>();
  let difat = view.getUint32(0x44, true);
  const perSector = ssz / 4 - 1;
  while (difat <= MAX_REGULAR && difat < sectorCount) {
    if (seenDifat.has(difat)) return "loop";
    seenDifat.add(difat);
    for (let i = 0; i < perSector; i++) {
      const sector = entry(difat, i);
      if (sector !== undefined && sector <= MAX_REGULAR && sector < sectorCount) fatSectors.push(sector);
    }
    difat = entry(difat, perSector) ?? END_OF_CHAIN;
  }
  const fatNext = (sector: number): number => {
    const holder = fatSectors[Math.floor(sector / (ssz / 4))];
    if (holder === undefined) return END_OF_CHAIN;
    return entry(holder, sector % (ssz / 4)) ?? END_OF_CHAIN;
  };
  const chainLoops = (start: number, next: (n: number) => number, limit: number): boolean => {
    const seen = new Set<number>();
    for (let sector = start; sector <= MAX_REGULAR && sector < limit; sector = next(sector)) {
      if (seen.has(sector)) return true;
      seen.add(sector);
    }
    return false;
  };

  const directoryStart = view.getUint32(0x30, true);
  if (chainLoops(directoryStart, fatNext, sectorCount)) return "loop";
  if (chainLoops(view.getUint32(0x3c, true), fatNext, sectorCount)) return "loop";

  // Directory entries (128 bytes each) in the directory's sectors: each large stream's chain.
  const cutoff = view.getUint32(0x38, true) || 4096;
  for (let sector = directoryStart, visited = 0; sector <= MAX_REGULAR && sector < sectorCount && visited < sectorCount; sector = fatNext(sector), visited++) {
    for (let k = 0; k < ssz / 128; k++) {
      const at = (sector + 1) * ssz + k * 128;
      if (at + 128 > data.length) break;
      const type = data[at + 0x42];
      const start = view.getUint32(at + 0x74, true);
      const size = view.getUint32(at + 0x78, true);
      if (type === 5 || (type === 2 && size >= cutoff)) {
        if (chainLoops(start, fatNext, sectorCount)) return "loop";
      }
    }
  }
  return undefined;
}
