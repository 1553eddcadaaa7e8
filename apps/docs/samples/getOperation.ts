import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// Served by the region's operations host; the client knows it for each region.
const op = await client.operations.get("cdg3lam9a1c0n7v4hq2e");
if (!op.done) {
  const progress = op.metadata && "progressPercentage" in op.metadata ? op.metadata.progressPercentage : 0;
  console.log("in progress", progress, "%");
} else if (op.error) {
  console.log("failed", op.error.code, op.error.message);
} else {
  console.log("done", op.response);
}
