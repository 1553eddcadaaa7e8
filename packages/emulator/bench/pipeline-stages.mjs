// The request pipeline's steps, by the function names of src/ (tsup keeps them), and how a profile is printed
// against them: the inclusive share of each step, then the functions with the most self time. A step whose
// function was renamed in src/ reads 0.0 %: update its name here. A sampled stack holds only what runs since the
// last await, so an async step counts up to its first await (the pipeline's outer async functions, whose share
// would read near 0, are not listed); the shares do not add up to 100 %: the rest is the caller's Request, the
// fetch machinery and reading the body (see the top self-time rows).
const COMMON_STAGES = [
  ["fromFetchRequest", "Request → the emulator's request (headers, URL)"],
  ["match", "router: the templates of the method and segment count"],
  ["authenticate", "bearer token check"],
  ["validateRequest", "query/path/header checks against the spec"],
  ["toProto3JsonText", "proto3 JSON text: dropping default fields, serializing (kept texts reused)"],
  ["jsonTextReply", "headers around the text"],
  ["toFetchResponse", "the Response object"],
];

/** GET /backup/v1/backups/{backupId}: the `get` handler is a lookup by id. */
export const GET_STAGES = [
  ...COMMON_STAGES.slice(0, 4),
  ["get", "handler: find the backup"],
  ...COMMON_STAGES.slice(4),
];

/** GET /backup/v1/backups?folderId=…&pageSize=100. */
export const LIST_STAGES = [
  ...COMMON_STAGES.slice(0, 4),
  ["list", "handler: selector, pageToken decode, paginate, pageToken encode"],
  ["paginate", "  of which: binary search + walk of one page"],
  ...COMMON_STAGES.slice(4),
];

const percent = (share) => `${(share * 100).toFixed(1).padStart(5)}%`;

/** Report rows for a profile of cpu-profile.mjs: inclusive share by stage, then the `top` self-time functions. */
export function profileRows(profile, stages, top = 8) {
  return [
    ...stages.map(([name, what]) => [`  ${name}`, `${percent(profile.inclusive(name))}   ${what}`]),
    ["  top self time", ""],
    ...profile.topSelf(top).map(([name, share]) => [`    ${percent(share)}`, name]),
  ];
}
