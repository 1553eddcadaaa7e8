// Per-call cost of client.backups.get vs a hand-written fetch and bare openapi-fetch, same server, same run.
import createClient from "openapi-fetch";
import { createBackupClient } from "../dist/index.js";
import { compare } from "./stats.mjs";

export async function benchGet(base, { rounds = 61, iterations = 300 } = {}) {
  const params = { backupId: "a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10", folderId: "b1g0ijbfaqsn12345678" };
  // the hand-written call: the URL built and encoded per call, the status checked, the body parsed
  const handFetch = async (init) => {
    const res = await fetch(
      `${base}/backup/v1/backups/${encodeURIComponent(params.backupId)}?folderId=${encodeURIComponent(params.folderId)}`,
      init,
    );
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  };
  const handWritten = () => handFetch({ headers: { authorization: "Bearer t1.token" } });
  // with a per-call timeout that cancels the request, as the client's default does: the like-for-like baseline,
  // and this row shows what the AbortSignal alone costs
  const handWrittenWithTimeout = async () => {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), 60_000);
    try {
      return await handFetch({ headers: { authorization: "Bearer t1.token" }, signal: ac.signal });
    } finally {
      clearTimeout(timer);
    }
  };
  // what the one header every client call adds (x-client-request-id) costs on its own
  const handWrittenWithId = () =>
    handFetch({ headers: { authorization: "Bearer t1.token", "x-client-request-id": crypto.randomUUID() } });
  const bare = createClient({ baseUrl: base, headers: { authorization: "Bearer t1.token" } });
  const openapiFetch = async () => {
    const { data, error } = await bare.GET("/backup/v1/backups/{backupId}", {
      params: { path: { backupId: params.backupId }, query: { folderId: params.folderId } },
    });
    if (error) throw error;
    return data;
  };
  const client = createBackupClient({ iamToken: "t1.token", baseUrl: base });
  const ours = () => client.backups.get(params);
  const noTimeout = createBackupClient({ iamToken: "t1.token", baseUrl: base, timeoutMs: 0 });
  const oursNoTimeout = () => noTimeout.backups.get(params);
  // openapi-fetch through the client's transport (the token added), without the client's pipeline
  const raw = async () => {
    const { data, error } = await noTimeout.raw.GET("/backup/v1/backups/{backupId}", {
      params: { path: { backupId: params.backupId }, query: { folderId: params.folderId } },
      headers: { "x-client-request-id": crypto.randomUUID() },
    });
    if (error) throw error;
    return data;
  };

  const { us, vs } = await compare(
    {
      handWritten,
      handWrittenWithId,
      handWrittenWithTimeout,
      openapiFetch,
      raw,
      client: ours,
      clientNoTimeout: oursNoTimeout,
    },
    { rounds, iterations, warmup: 500 },
  );
  return {
    "hand-written fetch": `${us.handWritten.toFixed(1)} µs/call  1.000×`,
    "  + x-client-request-id": `${us.handWrittenWithId.toFixed(1)} µs/call  ${vs("handWrittenWithId", "handWritten")}   (the header every client call sends)`,
    "  + timeout": `${us.handWrittenWithTimeout.toFixed(1)} µs/call  ${vs("handWrittenWithTimeout", "handWritten")}   (AbortController + setTimeout: what a cancelling timeout costs)`,
    "bare openapi-fetch": `${us.openapiFetch.toFixed(1)} µs/call  ${vs("openapiFetch", "handWritten")}`,
    "client.raw.GET": `${us.raw.toFixed(1)} µs/call  ${vs("raw", "handWritten")}   (openapi-fetch through the client's transport)`,
    "client.backups.get": `${us.client.toFixed(1)} µs/call  ${vs("client", "handWritten")}   (default 60 s timeout that cancels the request; ${vs("client", "handWrittenWithTimeout")} vs hand-written + timeout)`,
    "  … with timeoutMs: 0": `${us.clientNoTimeout.toFixed(1)} µs/call  ${vs("clientNoTimeout", "handWritten")}   (no deadline, no AbortSignal)`,
  };
}
