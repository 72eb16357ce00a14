export { type DbCommandIo, runDbCommand } from './command.js';
export { type Cpe, cpeKey, parseCpe23 } from './cpe.js';
export { type AdvisoryDb, combineDbs, type DbMeta, type DbSource } from './db.js';
export { VulnDbError, type VulnDbErrorCode } from './errors.js';
export { type LoadedDb, type LoadOptions, loadAdvisories } from './load.js';
export {
  type CpeCriterion,
  cpeCriteriaOf,
  cveIdOf,
  NVD_ECOSYSTEM,
  NVD_ID_PREFIX,
  nvdCveToOsv,
} from './nvd.js';
export { readNvdPath } from './nvd-read.js';
export { type OnlineOptions, type OnlineQuery, OSV_API_BASE, queryOsvOnline } from './online.js';
export {
  normaliseOsv,
  normalisePypiName,
  type OsvAffected,
  type OsvEvent,
  type OsvPackage,
  type OsvRange,
  type OsvRecord,
  type OsvSeverity,
  packageKey,
  parseOsvText,
} from './osv.js';
export { type ReadProblem, type ReadResult, readOsvPath, readOsvZip } from './read.js';
export {
  canonicalRecords,
  dbAge,
  defaultDbDir,
  MemoryDb,
  openDb,
  parseMaxAge,
  readDbMeta,
  writeDb,
} from './store.js';
export {
  DEFAULT_ECOSYSTEMS,
  OSV_DUMP_BASE,
  type UpdateOptions,
  type UpdateResult,
  updateDb,
} from './update.js';
