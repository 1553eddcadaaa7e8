# The guide "Automate backups end to end" as curl lines (apps/docs/guides/automate-end-to-end.md).
# IAM_TOKEN holds an IAM token: export IAM_TOKEN="$(yc iam create-token)"
API=https://backup.api.cloud.yandex.net/backup/v1
OPERATIONS=https://operation.api.cloud.yandex.net/operations
FOLDER_ID=b1g0ijbfaqsn12345678
INSTANCE_ID=epdp2hnkcn1s8u1k7b2n # a Compute Cloud instance with the backup agent installed

# 1. Is a provider active in the folder? An answer without "names" means none is: activate it.
curl "${API}/providers?folderId=${FOLDER_ID}" -H "Authorization: Bearer ${IAM_TOKEN}"
curl -X POST "${API}/providers/cyberprotect:activate" -H "Authorization: Bearer ${IAM_TOKEN}" \
  -H "Content-Type: application/json" -d @- <<EOF
{ "folderId": "${FOLDER_ID}", "skipDefaultPolicy": true }
EOF

# Each call that changes something answers at once with an Operation, "done": false. Poll it until "done"
# is true before the next step; a failed one carries "error" instead of "response".
OPERATION_ID=cdgp2r1o2v3i4d5e6r7a # the "id" of the answer
curl "${OPERATIONS}/${OPERATION_ID}" -H "Authorization: Bearer ${IAM_TOKEN}"

# 2. Create a policy: every day at 02:00, always incremental, keeping the last 7 backups (the settings
# policySettings builds for these choices: the Terraform provider's defaults). Poll the operation.
curl -X POST "${API}/policies" -H "Authorization: Bearer ${IAM_TOKEN}" \
  -H "Content-Type: application/json" -d @- <<EOF
{
  "folderId": "${FOLDER_ID}",
  "name": "nightly",
  "settings": {
    "compression": "NORMAL",
    "format": "AUTO",
    "multiVolumeSnapshottingEnabled": true,
    "reattempts": { "enabled": true, "interval": { "type": "MINUTES", "count": "5" }, "maxAttempts": "5" },
    "silentModeEnabled": true,
    "splitting": { "size": "9223372036854775807" },
    "vmSnapshotReattempts": { "enabled": true, "interval": { "type": "MINUTES", "count": "5" }, "maxAttempts": "5" },
    "vss": { "enabled": true, "provider": "NATIVE" },
    "archive": { "name": "[Machine Name]-[Plan ID]-[Unique ID]a" },
    "performanceWindow": { "enabled": false },
    "retention": { "rules": [{ "maxCount": "7" }], "beforeBackup": false },
    "scheduling": {
      "backupSets": [
        { "time": { "type": "DAILY", "repeatAt": [{ "hour": "2", "minute": "0" }], "runLater": false }, "type": "TYPE_AUTO" }
      ],
      "enabled": true,
      "maxParallelBackups": "0",
      "randMaxDelay": { "type": "MINUTES", "count": "30" },
      "scheme": "ALWAYS_INCREMENTAL",
      "weeklyBackupDay": "MONDAY"
    },
    "cbt": "DO_NOT_USE",
    "fastBackupEnabled": true
  }
}
EOF
POLICY_ID=cbq5gkqhq5a5n0t1c0d8 # the answer's "metadata": { "policyId": … }

# 3. Apply it to the instance (10–15 minutes for a new VM). Poll the operation.
curl -X POST "${API}/policies/${POLICY_ID}:apply" -H "Authorization: Bearer ${IAM_TOKEN}" \
  -H "Content-Type: application/json" -d @- <<EOF
{ "computeInstanceId": "${INSTANCE_ID}" }
EOF

# 4. Back the instance up now. The operation's "metadata": { "progressPercentage": … } says how far it is.
curl -X POST "${API}/policies/${POLICY_ID}:execute" -H "Authorization: Bearer ${IAM_TOKEN}" \
  -H "Content-Type: application/json" -d @- <<EOF
{ "computeInstanceId": "${INSTANCE_ID}" }
EOF

# 5. Meanwhile, the instance ("status": "BACKUPING") and the agent's tasks on it.
curl "${API}/resources/${INSTANCE_ID}" -H "Authorization: Bearer ${IAM_TOKEN}"
curl "${API}/resources/${INSTANCE_ID}/tasks" -H "Authorization: Bearer ${IAM_TOKEN}"

# 6. Once the operation is done: the instance's newest backup under the policy.
curl -G "${API}/backups" -H "Authorization: Bearer ${IAM_TOKEN}" \
  --data-urlencode "instancePolicy.computeInstanceId=${INSTANCE_ID}" \
  --data-urlencode "instancePolicy.policyId=${POLICY_ID}" \
  --data-urlencode "orderBy=createdAt desc" --data-urlencode "pageSize=1"
BACKUP_ID=a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10 # the "id" of the backup listed

# 7. Recover it onto the instance. Poll the operation.
curl -X POST "${API}/backups/${BACKUP_ID}:startRecovery" -H "Authorization: Bearer ${IAM_TOKEN}" \
  -H "Content-Type: application/json" -d @- <<EOF
{ "computeInstanceId": "${INSTANCE_ID}" }
EOF

# 8. Revoke the policy from the instance: no more scheduled backups; the ones made stay. Poll the operation.
curl -X POST "${API}/policies/${POLICY_ID}:revoke" -H "Authorization: Bearer ${IAM_TOKEN}" \
  -H "Content-Type: application/json" -d @- <<EOF
{ "computeInstanceId": "${INSTANCE_ID}" }
EOF
