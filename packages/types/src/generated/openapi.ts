/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by openapi-typescript from packages/spec/dist/openapi.yaml (run `pnpm --filter @backup-api/types generate`).
 * A test fails when this file drifts from what the spec generates.
 */

export interface paths {
    "/backup/v1/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backups
         * @description Lists backups, newest first, one page at a time.
         *
         *     **Exactly one selector must be given**; the service rejects a request with none or with two
         *     (`INVALID_ARGUMENT`). OpenAPI cannot say "exactly one of these parameter groups", so the rule lives here;
         *     the `@backup-api/client` types and its runtime checks enforce it (the Prism mock cannot: it accepts any
         *     combination).
         *
         *     | selector | query parameters |
         *     | --- | --- |
         *     | by instance | `computeInstanceId` |
         *     | by archive | `archive.archiveId` **and** `archive.folderId` |
         *     | by folder | `folderId` |
         *     | by instance and policy | `instancePolicy.computeInstanceId`, `instancePolicy.policyId` |
         *     | by resource | `resourceId` |
         *     | by policy | `policyId` (no `pageToken` with it) |
         *     | one backup | `backup.backupId` **and** `backup.folderId` |
         *
         *     Nested selectors travel as dotted query names, for example
         *     `?archive.archiveId=7c1d…&archive.folderId=b1g0…`.
         *
         *     Results are paginated: while a page carries a non-empty `nextPageToken`, pass it as `pageToken` to get the
         *     next page.
         */
        get: operations["list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/backups/{backupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a backup
         * @description Returns one backup by its identifier. The folder that owns it must be given too.
         */
        get: operations["get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/backups/{backupId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List files in a backup
         * @description Browses a backup's file tree one level at a time. Without `sourceId` it lists the backup's disks; with
         *     `sourceId` set to an entry's `id` it lists that entry's children. Not paginated.
         */
        get: operations["listFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/backups/{computeInstanceId}/archives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List archives
         * @description Lists the archives that hold backups of a Compute Cloud instance (one archive per backup policy applied to
         *     it). Not paginated.
         */
        get: operations["listArchives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/backups/{backupId}:startRecovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recover a backup onto an instance
         * @description Starts recovering a backup onto a Compute Cloud instance and answers at once (HTTP 200) with an
         *     `Operation`. Poll it with `getOperation` until `done`; `metadata.progressPercentage` reports progress.
         *
         *     The route is a custom method: the verb is part of the last path segment (`{backupId}:startRecovery`).
         *     Send an `Idempotency-Key` so that a retried request returns the same Operation instead of starting a
         *     second recovery.
         */
        post: operations["startRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/backups/{computeInstanceId}/{backupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a backup
         * @description Starts deleting a backup of a Compute Cloud instance and answers at once (HTTP 200) with an `Operation`.
         *     Poll it with `getOperation` until `done`.
         *
         *     Send an `Idempotency-Key` so that a retried request returns the same Operation instead of starting the
         *     deletion again.
         */
        delete: operations["delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List policies
         * @description Lists the backup policies of a folder, or those applied to a Compute Cloud instance. Not paginated: every
         *     match comes in one answer.
         *
         *     The service asks for `folderId` or `computeInstanceId` ("either should be set") but declares no rule
         *     between them. This spec assumes at least one is required (neither is refused with `INVALID_ARGUMENT`) and
         *     that both may be given, which lists the policies of that folder applied to that instance.
         */
        get: operations["listPolicies"];
        put?: never;
        /**
         * Create a policy
         * @description Creates a backup policy in a folder. The backup provider must be activated in the folder first
         *     (`activateProvider`). Names need not be unique, and cannot be changed later.
         *
         *     Starts the work and answers at once (HTTP 200) with an `Operation`; poll it with `getOperation` until `done`.
         *     Send an `Idempotency-Key` so that a retried request returns the same Operation instead of starting the work
         *     again.
         *
         *     The finished Operation's `response` is the new `Policy`; `metadata.policyId` names it from the start.
         */
        post: operations["createPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/policies/{policyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a policy
         * @description Returns one backup policy by its identifier.
         */
        get: operations["getPolicy"];
        put?: never;
        post?: never;
        /**
         * Delete a policy
         * @description Deletes a backup policy. The service does not document what happens to the resources the policy is still
         *     applied to. This spec assumes the deletion revokes it from them too, and that their backups and archives
         *     stay; a client that revokes it first (`revokePolicy`) does not depend on this.
         *
         *     Starts the work and answers at once (HTTP 200) with an `Operation`; poll it with `getOperation` until `done`.
         *     Send an `Idempotency-Key` so that a retried request returns the same Operation instead of starting the work
         *     again.
         */
        delete: operations["deletePolicy"];
        options?: never;
        head?: never;
        /**
         * Update a policy
         * @description Replaces a policy's `settings` with the ones sent. There is no update mask and no `name`: send the whole
         *     settings object (a field left out is reset, not kept), and a policy cannot be renamed through the API.
         *     Retention changes take effect with the next backup; if changed settings do not take effect on a VM, the
         *     docs advise revoking the policy from it and applying it again.
         *
         *     Starts the work and answers at once (HTTP 200) with an `Operation`; poll it with `getOperation` until `done`.
         *     Send an `Idempotency-Key` so that a retried request returns the same Operation instead of starting the work
         *     again.
         *
         *     The finished Operation's `response` is the updated `Policy`.
         */
        patch: operations["updatePolicy"];
        trace?: never;
    };
    "/backup/v1/policies/{policyId}:apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a policy to an instance
         * @description Binds a policy to a Compute Cloud instance (or external resource), which must already be registered with
         *     Cloud Backup (`listResources`); the Terraform provider retries on `NOT_FOUND` until it is. One resource may
         *     be bound to several policies. Binding is asynchronous and may take 10–15 minutes for a new VM; until then the
         *     application is listed only with `showProcessing=true`.
         *
         *     Applying a policy counts the resource against the cloud's quota of connected VMs or servers. The service
         *     does not document the error for an exceeded quota; this spec assumes `RESOURCE_EXHAUSTED` (HTTP 429), the
         *     platform's code for quotas.
         *
         *     The route is a custom method: the verb is part of the last path segment (`{policyId}:apply`).
         *
         *     Starts the work and answers at once (HTTP 200) with an `Operation`; poll it with `getOperation` until `done`.
         *     Send an `Idempotency-Key` so that a retried request returns the same Operation instead of starting the work
         *     again.
         */
        post: operations["applyPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/policies/{policyId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List policy applications
         * @description Lists the bindings of policies to resources. Not paginated: every match comes in one answer. With
         *     `showProcessing=true` it also lists the bindings still being made (`isProcessing: true`).
         *
         *     The API's request names exactly one of `folderId`, `policyId` and `computeInstanceId` (an `exactly_one`
         *     oneof), and over REST `policyId` is always in the path. The service does not document what happens when
         *     `folderId` or `computeInstanceId` comes in the query as well. This spec assumes the query field wins, as
         *     gRPC transcoding sets the path first and a later oneof field replaces an earlier one: with
         *     `computeInstanceId` (or `folderId`) the answer lists that instance's (or folder's) applications of any
         *     policy, and the path's `policyId` is then only a placeholder. Give at most one of the two.
         */
        get: operations["listPolicyApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/policies/{policyId}:execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Back up an instance now
         * @description Starts a backup of a Compute Cloud instance under a policy, out of schedule. The policy must already be
         *     applied to the instance. Backups are only ever made under a policy; the first one of an incremental scheme
         *     is full. The policy's `taskFailure` retries do not apply to a backup started this way.
         *     `metadata.progressPercentage` reports progress.
         *
         *     The route is a custom method: the verb is part of the last path segment (`{policyId}:execute`).
         *
         *     Starts the work and answers at once (HTTP 200) with an `Operation`; poll it with `getOperation` until `done`.
         *     Send an `Idempotency-Key` so that a retried request returns the same Operation instead of starting the work
         *     again.
         */
        post: operations["executePolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/policies/{policyId}:revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a policy from an instance
         * @description Unbinds a policy from a Compute Cloud instance (or external resource). Its backups stay.
         *
         *     The route is a custom method: the verb is part of the last path segment (`{policyId}:revoke`).
         *
         *     Starts the work and answers at once (HTTP 200) with an `Operation`; poll it with `getOperation` until `done`.
         *     Send an `Idempotency-Key` so that a retried request returns the same Operation instead of starting the work
         *     again.
         */
        post: operations["revokePolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List resources
         * @description Lists the machines registered with Cloud Backup in a folder, one page at a time. No method registers one:
         *     the backup agent does, once installed on the machine.
         *
         *     Results are paginated: while a page carries a non-empty `nextPageToken`, pass it as `pageToken` to get the
         *     next page.
         */
        get: operations["listResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/resources/{computeInstanceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a resource
         * @description Returns the registration of one Compute Cloud instance (or external resource) with Cloud Backup. Unlike
         *     every other `get` of the API, the answer wraps it: `{"resource": {…}}`. `includeTenantInfo=true` adds
         *     `tenantInfo`; this spec assumes it is left out otherwise.
         */
        get: operations["getResource"];
        put?: never;
        post?: never;
        /**
         * Delete a resource
         * @description Removes a Compute Cloud instance (or external resource) from Cloud Backup. The instance itself is not
         *     deleted and keeps running. Besides the instance in the path, the resource's `resourceId` is required, in
         *     the query. To connect the machine again, reinstall or reconnect its agent.
         *
         *     Starts the work and answers at once (HTTP 200) with an `Operation`; poll it with `getOperation` until `done`.
         *     Send an `Idempotency-Key` so that a retried request returns the same Operation instead of starting the work
         *     again.
         */
        delete: operations["deleteResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/resources/{computeInstanceId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a resource's tasks
         * @description Lists the tasks the backup agent ran or runs on a resource (backups, retention passes, recoveries, policy
         *     applications and revocations), one page at a time.
         *
         *     Results are paginated: while a page carries a non-empty `nextPageToken`, pass it as `pageToken` to get the
         *     next page.
         */
        get: operations["listResourceTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List activated providers
         * @description Lists the names of the backup providers activated in a folder. Not paginated. An answer without `names`
         *     means none is: activate one (`activateProvider`) before managing policies.
         */
        get: operations["listActivatedProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/providers/{name}:activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a provider
         * @description Activates a backup provider in a folder, which Cloud Backup needs before anything else (connecting the
         *     first VM also activates it). Unless `skipDefaultPolicy` is `true`, activation also creates three default
         *     policies, `Default daily`, `Default weekly` and `Default monthly`.
         *
         *     The route is a custom method: the verb is part of the last path segment (`{name}:activate`).
         *
         *     Starts the work and answers at once (HTTP 200) with an `Operation`; poll it with `getOperation` until `done`.
         *     Send an `Idempotency-Key` so that a retried request returns the same Operation instead of starting the work
         *     again.
         */
        post: operations["activateProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup/v1/setup/getAgentInstallCommand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the agent install command
         * @description Returns the shell command that installs the backup agent on a machine outside the cloud (a VM or a
         *     physical server, Linux or Windows). Run it on the machine: once installed, the agent registers it as a
         *     resource by itself, and applies the policies given in `policyIds`.
         *
         *     The route is a plain POST to the literal path `/setup/getAgentInstallCommand`, not a custom verb. The call
         *     changes nothing and starts no Operation; it takes an `Idempotency-Key` like every POST of this API, which
         *     makes no difference to it. (This spec assumes so: the service documents nothing about the header here.)
         */
        post: operations["getAgentInstallCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/{operationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an operation
         * @description Returns the current state of a long-running operation started by any method of this API that answers with
         *     an `Operation` (`startRecovery`, `delete`, `createPolicy`, `executePolicy`, …). This route lives on the
         *     **operations host**, not on the Backup API host. Poll it with backoff until `done` is `true`, then read
         *     `response` (success: a `Policy` for `createPolicy` and `updatePolicy`, `google.protobuf.Empty` otherwise)
         *     or `error` (a `google.rpc.Status`). `metadata.@type` tells which kind of operation it is.
         */
        get: operations["getOperation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/{operationId}:cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cancel an operation
         * @description Asks for a running operation to be cancelled and returns it. Like `getOperation`, this route lives on the
         *     **operations host**, and it is a **GET** (as the API binds it), with the verb in the last path segment
         *     (`{operationId}:cancel`).
         *
         *     The service does not document which of its operations can be cancelled (it says its agent's tasks cannot be
         *     cancelled yet). This spec assumes a cancelled operation is answered `done: true` with `error` CANCELLED
         *     (code 1), and that an operation that cannot be cancelled, or is already done, is refused with
         *     `FAILED_PRECONDITION` (HTTP 400), so a second cancel of one operation may be refused. The call starts no work
         *     of its own (it is a GET), so it takes no `Idempotency-Key`.
         */
        get: operations["cancelOperation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Kind of machine registered as a backup resource.
         *     - `COMPUTE`: a Compute Cloud instance.
         *     - `BMS`: a bare-metal server of the cloud.
         *     - `EXTERNAL_VM`: a virtual machine outside the cloud.
         *     - `EXTERNAL_SERVER`: a physical server outside the cloud.
         *     - `RESOURCE_TYPE_UNSPECIFIED`: no kind given.
         * @enum {string}
         */
        ResourceType: "RESOURCE_TYPE_UNSPECIFIED" | "COMPUTE" | "BMS" | "EXTERNAL_VM" | "EXTERNAL_SERVER";
        /** @description Where the backup lives inside its archive. */
        BackupAttributes: {
            /** @description Name of the backup stream inside the archive. */
            streamName?: string;
            /** @description URI of the backup archive. */
            uri?: string;
        };
        /** @description A volume (partition) on a backed-up disk. */
        Volume: {
            /**
             * Format: int64
             * @description Free space on the volume in bytes.
             */
            freeSpace?: string;
            /** @description `true` if the volume is bootable. */
            isBootable?: boolean;
            /** @description `true` if the volume holds the operating system. */
            isSystem?: boolean;
            /** @description Name of the volume. */
            name?: string;
            /**
             * Format: int64
             * @description Size of the volume in bytes.
             */
            size?: string;
            /** @description Mount string identifier of the volume. */
            mountStrid?: string;
        };
        /** @description A disk captured in a backup. */
        Disk: {
            /** @description Model of the disk device as the guest saw it. */
            deviceModel?: string;
            /** @description Name of the disk. */
            name?: string;
            /**
             * Format: int64
             * @description Size of the disk in bytes.
             */
            size?: string;
            /** @description The volumes (partitions) on the disk. */
            volumes?: components["schemas"]["Volume"][];
        };
        /**
         * @description Kind of backup.
         *     - `FULL`: holds everything needed to recover the instance.
         *     - `INCREMENTAL`: holds only the difference from the previous backup; smaller and faster to make, slower to
         *       recover.
         *     - `TYPE_UNSPECIFIED`: the service did not report a kind.
         * @enum {string}
         */
        BackupType: "TYPE_UNSPECIFIED" | "FULL" | "INCREMENTAL";
        /**
         * @description One backup of a Compute Cloud instance or a registered server. Sizes are 64-bit integers sent as strings of
         *     digits. The server may leave out any field that holds its default value.
         */
        Backup: {
            /**
             * @description Identifier of the backup.
             * @example a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10
             */
            id?: string;
            /** @description Identifier of the vault that stores the backup. Vaults are opaque; no API manages them. */
            vaultId?: string;
            /** @description Identifier of the archive the backup belongs to. */
            archiveId?: string;
            /**
             * Format: date-time
             * @description When the backup was made.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the service last confirmed that the backup exists in its vault.
             */
            lastSeenAt?: string;
            /**
             * Format: int64
             * @description Size of the backup in bytes, as stored.
             */
            size?: string;
            /**
             * Format: int64
             * @description Size of the backup in bytes after deduplication.
             */
            deduplicatedSize?: string;
            /**
             * Format: int64
             * @description Amount of data in bytes that this backup copied.
             */
            backedUpDataSize?: string;
            /**
             * Format: int64
             * @description Size in bytes of the source data the backup was taken from.
             */
            originalDataSize?: string;
            attributes?: components["schemas"]["BackupAttributes"];
            /** @description Identifier of the Compute Cloud instance that was backed up. */
            computeInstanceId?: string;
            /** @description The disks captured in the backup. */
            disks?: components["schemas"]["Disk"][];
            type?: components["schemas"]["BackupType"];
            /** @description `true` once the backup has been deleted. */
            deleted?: boolean;
            /** @description Identifier of the backup policy under which the backup was made. */
            policyId?: string;
            /** @description Identifier of the backed-up instance inside the backup service (its registered resource). */
            resourceId?: string;
        };
        /** @description One page of backups. */
        ListBackupsResponse: {
            /** @description The backups on this page. Absent when there are none. */
            backups?: components["schemas"]["Backup"][];
            /** @description Token of the next page; pass it as `pageToken` to continue. Empty or absent on the last page. */
            nextPageToken?: string;
        };
        /** @description A `google.rpc.RequestInfo` detail, naming the request so support can find it. */
        RequestInfo: {
            /**
             * @description Type URL of `google.rpc.RequestInfo`.
             * @constant
             */
            "@type": "type.googleapis.com/google.rpc.RequestInfo";
            /** @description Identifier of the request, the same as the `x-request-id` response header. */
            requestId?: string;
            /** @description Opaque data the server adds for debugging. */
            servingData?: string;
        };
        /** @description A `google.rpc.BadRequest` detail, naming each field of the request that was wrong. */
        BadRequest: {
            /**
             * @description Type URL of `google.rpc.BadRequest`.
             * @constant
             */
            "@type": "type.googleapis.com/google.rpc.BadRequest";
            /** @description One entry per wrong field. */
            fieldViolations?: {
                /** @description Path of the wrong field or parameter, for example `pageSize`. */
                field?: string;
                /** @description Why the value was rejected. */
                description?: string;
            }[];
        };
        /**
         * @description A `google.protobuf.Any`: an object whose `@type` (`type.googleapis.com/<message name>`) tells what the other
         *     fields are.
         */
        Any: {
            /** @description Type URL of the packed message. */
            "@type": string;
        } & {
            [key: string]: unknown;
        };
        /** @description One detail of a `google.rpc.Status`, a `google.protobuf.Any` told apart by its `@type`. */
        StatusDetail: components["schemas"]["RequestInfo"] | components["schemas"]["BadRequest"] | components["schemas"]["Any"];
        /**
         * @description A `google.rpc.Status`: the body of every error answer and the `error` of a failed operation.
         *
         *     | code | name | HTTP |
         *     | --- | --- | --- |
         *     | 1 | CANCELLED | 499 |
         *     | 2 | UNKNOWN | 500 |
         *     | 3 | INVALID_ARGUMENT | 400 |
         *     | 4 | DEADLINE_EXCEEDED | 504 |
         *     | 5 | NOT_FOUND | 404 |
         *     | 6 | ALREADY_EXISTS | 409 |
         *     | 7 | PERMISSION_DENIED | 403 |
         *     | 8 | RESOURCE_EXHAUSTED | 429 |
         *     | 9 | FAILED_PRECONDITION | 400 |
         *     | 10 | ABORTED | 409 |
         *     | 11 | OUT_OF_RANGE | 400 |
         *     | 12 | UNIMPLEMENTED | 501 |
         *     | 13 | INTERNAL | 500 |
         *     | 14 | UNAVAILABLE | 503 |
         *     | 15 | DATA_LOSS | 500 |
         *     | 16 | UNAUTHENTICATED | 401 |
         */
        Status: {
            /**
             * Format: int32
             * @description The `google.rpc.Code` of the error (see the table above).
             */
            code: number;
            /** @description What went wrong, for a developer to read. */
            message?: string;
            /**
             * @description Machine-readable details. `RequestInfo` carries the request id that support asks for; `BadRequest`
             *     names the fields that were wrong.
             */
            details?: components["schemas"]["StatusDetail"][];
        };
        /**
         * @description Kind of file-tree entry. `TYPE_DIR` is a directory (or a disk), `TYPE_FILE` a regular file.
         * @enum {string}
         */
        BackupFileType: "TYPE_UNSPECIFIED" | "TYPE_DIR" | "TYPE_FILE";
        /** @description What can be done with a file-tree entry. */
        BackupFileActions: {
            /** @description `true` if the entry can be restored to a disk. */
            restoreToDisk?: boolean;
            /** @description `true` if the entry can be opened to list its children. */
            goToLocation?: boolean;
        };
        /**
         * @description One entry of a backup's file tree: a disk, a directory or a file. Pass an entry's `id` back to
         *     `listFiles` as `sourceId` to list its children.
         */
        BackupFile: {
            /** @description Identifier of the entry; use it as `sourceId` to list what it contains. */
            id?: string;
            /** @description Identifier of the parent entry. Absent for a root entry (a disk). */
            parentId?: string;
            type?: components["schemas"]["BackupFileType"];
            /** @description Absolute path of the entry inside the backup. */
            fullPath?: string;
            /** @description Name of the entry (the last element of its path). */
            name?: string;
            /**
             * Format: int64
             * @description Size of the entry in bytes.
             */
            size?: string;
            actions?: components["schemas"]["BackupFileActions"];
            /**
             * Format: date-time
             * @description When the entry was last modified on the source machine.
             */
            modifiedAt?: string;
        };
        /** @description The children of one entry of a backup's file tree (this method is not paginated). */
        ListFilesResponse: {
            /** @description The entries. Absent when there are none. */
            files?: components["schemas"]["BackupFile"][];
        };
        /** @description Storage attributes of an archive. */
        ArchiveAttributes: {
            /** @description Opaque archive identifier used by the backup agent. */
            aaib?: string;
            /** @description URI of the archive. */
            uri?: string;
        };
        /**
         * @description On-disk format of an archive: the API's `Format` enum, used by `Archive.format` and `PolicySettings.format`.
         *     - `VERSION_11`: the agent's legacy format 11, not recommended.
         *     - `VERSION_12`: format 12, recommended.
         *     - `AUTO`: format 12, unless backups are appended to an archive of an older format.
         *     - `FORMAT_UNSPECIFIED`: no format given (refused in a policy).
         * @enum {string}
         */
        ArchiveFormat: "FORMAT_UNSPECIFIED" | "VERSION_11" | "VERSION_12" | "AUTO";
        /**
         * @description Encryption applied to an archive: `NONE`, or AES with a 128, 192 or 256-bit key.
         *     `ENCRYPTION_ALGORITHM_UNSPECIFIED` means none was reported.
         * @enum {string}
         */
        EncryptionAlgorithm: "ENCRYPTION_ALGORITHM_UNSPECIFIED" | "NONE" | "AES128" | "AES192" | "AES256";
        /**
         * @description An action the service may run on an archive.
         *     - `REFRESH`: re-read the archive's contents from the vault.
         *     - `DELETE_BY_AGENT`: let the backup agent delete the archive.
         *     - `ACTION_UNSPECIFIED`: no action given.
         * @enum {string}
         */
        ArchiveAction: "ACTION_UNSPECIFIED" | "REFRESH" | "DELETE_BY_AGENT";
        /**
         * @description A container of all backups of one instance made under one backup policy. Sizes are 64-bit integers sent as
         *     strings of digits.
         */
        Archive: {
            /** @description Identifier of the archive. */
            id?: string;
            /** @description Name of the archive. */
            name?: string;
            /** @description Identifier of the vault that stores the archive. */
            vaultId?: string;
            attributes?: components["schemas"]["ArchiveAttributes"];
            /**
             * Format: int64
             * @description Size of the archive in bytes.
             */
            size?: string;
            /**
             * Format: int64
             * @description Size of the archive's data in bytes after compression.
             */
            compressedDataSize?: string;
            /**
             * Format: int64
             * @description Size of the archive's data in bytes.
             */
            dataSize?: string;
            /**
             * Format: int64
             * @description Size in bytes of the source data backed up into the archive.
             */
            originalDataSize?: string;
            /**
             * Format: int64
             * @description Logical size of the archive in bytes.
             */
            logicalSize?: string;
            format?: components["schemas"]["ArchiveFormat"];
            /**
             * Format: date-time
             * @description When the archive was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the archive last changed.
             */
            updatedAt?: string;
            /**
             * Format: date-time
             * @description When the newest backup in the archive was made.
             */
            lastBackupCreatedAt?: string;
            /**
             * Format: date-time
             * @description When the service last confirmed that the archive exists in its vault.
             */
            lastSeenAt?: string;
            /** @description `true` if the archive is protected by a password. */
            protectedByPassword?: boolean;
            encryptionAlgorithm?: components["schemas"]["EncryptionAlgorithm"];
            /** @description Actions the service may currently run on the archive. */
            actions?: components["schemas"]["ArchiveAction"][];
            /** @description Identifier of the backup plan (policy) that fills the archive. */
            backupPlanId?: string;
            /** @description Name of the backup plan (policy) that fills the archive. */
            backupPlanName?: string;
            /** @description Free-form description of the archive. */
            description?: string;
            /**
             * @description Human-readable name, made of the instance name and the policy name.
             * @example web-1 - daily
             */
            displayName?: string;
            /** @description Identifier of the Compute Cloud instance whose backups the archive holds. */
            computeInstanceId?: string;
            /** @description `true` if the archive passed its consistency check. */
            consistent?: boolean;
            /** @description `true` once the archive has been deleted. */
            deleted?: boolean;
            /** @description Identifier of the backed-up instance inside the backup service. */
            resourceId?: string;
        };
        /** @description The archives that match the request (this method is not paginated). */
        ListArchivesResponse: {
            /** @description The archives. Absent when there are none. */
            archives?: components["schemas"]["Archive"][];
        };
        /** @description Where to recover the backup. */
        StartRecoveryRequest: {
            /**
             * @description Identifier of the Compute Cloud instance to recover onto. A VM backup cannot be recovered onto a
             *     bare-metal server, nor the reverse.
             */
            computeInstanceId: string;
        };
        /** @description Progress of a recovery started by `startRecovery`. */
        StartRecoveryMetadata: {
            /**
             * @description Type URL of this metadata message. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            "@type": "type.googleapis.com/yandex.cloud.backup.v1.StartRecoveryMetadata";
            /**
             * Format: double
             * @description How much of the recovery is done, from 0 to 100.
             */
            progressPercentage?: number;
            /** @description Identifier of the backup being recovered. */
            srcBackupId?: string;
            /** @description Identifier of the instance the backup is recovered onto. */
            dstComputeInstanceId?: string;
        };
        /** @description Details of a deletion started by `delete`. */
        DeleteBackupMetadata: {
            /**
             * @description Type URL of this metadata message. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            "@type": "type.googleapis.com/yandex.cloud.backup.v1.DeleteBackupMetadata";
            /** @description Identifier of the instance whose backup is being deleted. */
            computeInstanceId?: string;
            /** @description Identifier of the backup being deleted. */
            backupId?: string;
        };
        /** @description Details of a policy creation started by `createPolicy`. */
        CreatePolicyMetadata: {
            /**
             * @description Type URL of this metadata message. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            "@type": "type.googleapis.com/yandex.cloud.backup.v1.CreatePolicyMetadata";
            /** @description Identifier of the new policy. */
            policyId?: string;
        };
        /** @description Details of a policy update started by `updatePolicy`. */
        UpdatePolicyMetadata: {
            /**
             * @description Type URL of this metadata message. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            "@type": "type.googleapis.com/yandex.cloud.backup.v1.UpdatePolicyMetadata";
            /** @description Identifier of the policy. */
            policyId?: string;
        };
        /** @description Details of a policy deletion started by `deletePolicy`. */
        DeletePolicyMetadata: {
            /**
             * @description Type URL of this metadata message. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            "@type": "type.googleapis.com/yandex.cloud.backup.v1.DeletePolicyMetadata";
            /** @description Identifier of the policy. */
            policyId?: string;
        };
        /** @description Details of a policy application started by `applyPolicy`. */
        ApplyPolicyMetadata: {
            /**
             * @description Type URL of this metadata message. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            "@type": "type.googleapis.com/yandex.cloud.backup.v1.ApplyPolicyMetadata";
            /** @description Identifier of the policy. */
            policyId?: string;
            /** @description Identifier of the Compute Cloud instance (or external resource). */
            computeInstanceId?: string;
        };
        /** @description Progress of a backup started by `executePolicy`. */
        ExecuteMetadata: {
            /**
             * @description Type URL of this metadata message. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            "@type": "type.googleapis.com/yandex.cloud.backup.v1.ExecuteMetadata";
            /** @description Identifier of the policy. */
            policyId?: string;
            /** @description Identifier of the Compute Cloud instance (or external resource). */
            computeInstanceId?: string;
            /**
             * Format: double
             * @description How much of the backup is done, from 0 to 100. The REST reference shows this field as a string; its API
             *     type is a double, which proto3 JSON writes as a number, and this spec follows the type.
             */
            progressPercentage?: number;
        };
        /** @description Details of a policy revocation started by `revokePolicy`. */
        RevokeMetadata: {
            /**
             * @description Type URL of this metadata message. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            "@type": "type.googleapis.com/yandex.cloud.backup.v1.RevokeMetadata";
            /** @description Identifier of the policy. */
            policyId?: string;
            /** @description Identifier of the Compute Cloud instance (or external resource). */
            computeInstanceId?: string;
        };
        /** @description Details of a provider activation started by `activateProvider`. */
        ActivateProviderMetadata: {
            /**
             * @description Type URL of this metadata message. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            "@type": "type.googleapis.com/yandex.cloud.backup.v1.ActivateProviderMetadata";
            /** @description Identifier of the folder the provider is activated in. */
            folderId?: string;
        };
        /** @description Details of a resource deletion started by `deleteResource`. */
        DeleteResourceMetadata: {
            /**
             * @description Type URL of this metadata message. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            "@type": "type.googleapis.com/yandex.cloud.backup.v1.DeleteResourceMetadata";
            /** @description Identifier of the Compute Cloud instance (or external resource) being removed from Cloud Backup. */
            computeInstanceId?: string;
        };
        /**
         * @description Progress information of an operation, as a `google.protobuf.Any`. Its `@type` tells which kind of operation
         *     it is.
         */
        OperationMetadata: components["schemas"]["StartRecoveryMetadata"] | components["schemas"]["DeleteBackupMetadata"] | components["schemas"]["CreatePolicyMetadata"] | components["schemas"]["UpdatePolicyMetadata"] | components["schemas"]["DeletePolicyMetadata"] | components["schemas"]["ApplyPolicyMetadata"] | components["schemas"]["ExecuteMetadata"] | components["schemas"]["RevokeMetadata"] | components["schemas"]["ActivateProviderMetadata"] | components["schemas"]["DeleteResourceMetadata"];
        /**
         * @description A `google.protobuf.Empty` packed in a `google.protobuf.Any`: the result of an operation that returns
         *     nothing but success.
         */
        Empty: {
            /**
             * @description Type URL of `google.protobuf.Empty`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            "@type": "type.googleapis.com/google.protobuf.Empty";
            /** @description The empty message itself, when the server includes it. */
            value?: Record<string, never>;
        };
        /**
         * @description How hard backups are compressed: `NORMAL`, `HIGH`, `MAX`, or `OFF` for none. `COMPRESSION_UNSPECIFIED` is
         *     refused in a policy.
         * @enum {string}
         */
        Compression: "COMPRESSION_UNSPECIFIED" | "NORMAL" | "HIGH" | "MAX" | "OFF";
        /**
         * @description Unit of an `Interval`. `TYPE_UNSPECIFIED` is refused.
         * @enum {string}
         */
        IntervalType: "TYPE_UNSPECIFIED" | "SECONDS" | "MINUTES" | "HOURS" | "DAYS" | "WEEKS" | "MONTHS";
        /**
         * @description A span of time, `count` units of `type`. Both are needed: `count` must be greater than 0, and proto3 cannot
         *     tell 0 from a left-out field.
         */
        Interval: {
            type: components["schemas"]["IntervalType"];
            /**
             * Format: int64
             * @description How many units, greater than 0.
             */
            count: string;
        };
        /**
         * @description When and how often to retry. `interval` and `maxAttempts` are needed even with `enabled: false`
         *     (`maxAttempts` must be greater than 0).
         */
        RetriesConfiguration: {
            /** @description `true` to retry. */
            enabled?: boolean;
            interval: components["schemas"]["Interval"];
            /**
             * Format: int64
             * @description Most attempts, greater than 0.
             */
            maxAttempts: string;
        };
        /**
         * @description Splits a backup into files of at most `size` bytes. Clients send `9223372036854775807` (the largest int64)
         *     to split nothing in practice.
         */
        Splitting: {
            /**
             * Format: int64
             * @description Largest file size in bytes.
             */
            size?: string;
        };
        /**
         * @description Which VSS provider takes the snapshots: `NATIVE` or `TARGET_SYSTEM_DEFINED`. `VSS_PROVIDER_UNSPECIFIED` is
         *     refused.
         * @enum {string}
         */
        VSSProvider: "VSS_PROVIDER_UNSPECIFIED" | "NATIVE" | "TARGET_SYSTEM_DEFINED";
        /** @description Use of Windows' Volume Shadow Copy Service (VSS) for consistent backups. */
        VolumeShadowCopyServiceSettings: {
            /** @description `true` to use VSS. */
            enabled?: boolean;
            provider: components["schemas"]["VSSProvider"];
        };
        /** @description How the policy names the archives it fills. */
        ArchiveProperties: {
            /**
             * @description Archive name template. It may use the variables `[Machine Name]`, `[Plan ID]`, `[Plan Name]`,
             *     `[Unique ID]` and `[Virtualization Server Type]`; the service's default is
             *     `[Machine Name]-[Plan ID]-[Unique ID]A`. The Terraform provider refuses a template that ends with a
             *     variable or a digit.
             * @example [Machine Name]-[Plan ID]-[Unique ID]a
             */
            name?: string;
        };
        /** @description The backup agent's performance window; the API only switches it on or off. */
        PerformanceWindow: {
            /** @description `true` to use the performance window. */
            enabled?: boolean;
        };
        /**
         * @description How often a schedule repeats (the API's `RepeatePeriod`, spelled so): `HOURLY`, `DAILY`, `WEEKLY` or `MONTHLY`.
         *     `REPEATE_PERIOD_UNSPECIFIED` means none given.
         * @enum {string}
         */
        RepeatePeriod: "REPEATE_PERIOD_UNSPECIFIED" | "HOURLY" | "DAILY" | "WEEKLY" | "MONTHLY";
        /**
         * @description One retention rule: keep backups up to an age (`maxAge`) or up to a count (`maxCount`). Exactly one of the two
         *     is given (`exactly_one` in the API).
         */
        RetentionRule: {
            /**
             * @description The kinds of scheduled backups the rule covers. The docs' own sample sends a rule without it; this spec
             *     assumes such a rule covers every backup.
             */
            backupSet?: components["schemas"]["RepeatePeriod"][];
            /** @description Delete backups older than this. */
            maxAge?: components["schemas"]["Interval"];
            /**
             * Format: int64
             * @description Keep this many backups, the newest; delete the older ones.
             */
            maxCount?: string;
        } & (unknown | unknown);
        /** @description Which backups to keep. Rule changes take effect with the next backup. */
        Retention: {
            /** @description The retention rules. */
            rules?: components["schemas"]["RetentionRule"][];
            /** @description `true` to apply the rules before each backup; `false` (the default) after it. */
            beforeBackup?: boolean;
        };
        /**
         * @description A day of the week. `DAY_UNSPECIFIED` means none given.
         * @enum {string}
         */
        Day: "DAY_UNSPECIFIED" | "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";
        /**
         * @description A time of day. The docs give `hour` 0–23 and `minute` 0–59; the API sets no range, so neither does this
         *     spec. Whether it is the machine's local time or UTC is documented both ways; current docs say local time.
         */
        TimeOfDay: {
            /**
             * Format: int64
             * @description Hour, 0 to 23.
             */
            hour?: string;
            /**
             * Format: int64
             * @description Minute, 0 to 59.
             */
            minute?: string;
        };
        /**
         * @description A schedule by the clock: `type` says how often it repeats, the other fields when. `weekdays`, `monthdays` and
         *     `months` list each value once.
         */
        BackupSetTime: {
            /** @description Days of the week to run on (weekly schedules). */
            weekdays?: components["schemas"]["Day"][];
            /** @description Times of day to run at. */
            repeatAt?: components["schemas"]["TimeOfDay"][];
            /** @description Run again every this long (hourly schedules), between `timeFrom` and `timeTo`. */
            repeatEvery?: components["schemas"]["Interval"];
            /** @description Start of the daily window for `repeatEvery`. */
            timeFrom?: components["schemas"]["TimeOfDay"];
            /** @description End of the daily window for `repeatEvery`. */
            timeTo?: components["schemas"]["TimeOfDay"];
            /** @description Days of the month to run on, 1 to 31 (monthly schedules). */
            monthdays?: string[];
            /** @description `true` to run on the last day of each month too. */
            includeLastDayOfMonth?: boolean;
            /** @description Months to run in, 1 (January) to 12. */
            months?: string[];
            type: components["schemas"]["RepeatePeriod"];
            /** @description `true` to run the backups missed while the machine was off when it boots. */
            runLater?: boolean;
        };
        /** @description A schedule by delay, measured from the end of the previous run. */
        SinceLastExecTime: {
            delay: components["schemas"]["Interval"];
        };
        /**
         * @description Kind of backup a schedule makes: `TYPE_AUTO` (as the scheme says), `TYPE_FULL`, `TYPE_INCREMENTAL` or
         *     `TYPE_DIFFERENTIAL`. With the `CUSTOM` scheme each backup set must give one. `TYPE_UNSPECIFIED`: none given.
         * @enum {string}
         */
        BackupSetType: "TYPE_UNSPECIFIED" | "TYPE_AUTO" | "TYPE_FULL" | "TYPE_INCREMENTAL" | "TYPE_DIFFERENTIAL";
        /**
         * @description One schedule: at given times (`time`) or a delay after the previous run (`sinceLastExecTime`). Exactly one of
         *     the two is given (`exactly_one` in the API).
         */
        BackupSet: {
            time?: components["schemas"]["BackupSetTime"];
            sinceLastExecTime?: components["schemas"]["SinceLastExecTime"];
            type?: components["schemas"]["BackupSetType"];
        } & (unknown | unknown);
        /**
         * @description Which backups are full and which incremental.
         *     - `ALWAYS_FULL`: every backup is full.
         *     - `ALWAYS_INCREMENTAL`: the first backup is full, every later one incremental.
         *     - `WEEKLY_FULL_DAILY_INCREMENTAL`: a full backup each week on `weeklyBackupDay`, incremental ones on other days.
         *     - `WEEKLY_INCREMENTAL`, `SIMPLE`, `CDP`: further schemes of the backup agent, which the service does not
         *       describe.
         *     - `CUSTOM`: each backup set gives its own `type`.
         *     - `SCHEME_UNSPECIFIED`: refused.
         * @enum {string}
         */
        SchedulingScheme: "SCHEME_UNSPECIFIED" | "SIMPLE" | "ALWAYS_FULL" | "ALWAYS_INCREMENTAL" | "WEEKLY_INCREMENTAL" | "WEEKLY_FULL_DAILY_INCREMENTAL" | "CUSTOM" | "CDP";
        /** @description When backups run. `backupSets` needs at least one entry (the API's `(size) = ">0"`), so it cannot be left out. */
        Scheduling: {
            /** @description The schedules; at least one. */
            backupSets: components["schemas"]["BackupSet"][];
            /** @description `true` to run the schedule. The switch a client uses to pause a policy. */
            enabled?: boolean;
            /**
             * Format: int64
             * @description Most backups run at the same time. `0` or left out means no limit.
             */
            maxParallelBackups?: string;
            /** @description Each start is delayed by a random time up to this long. */
            randMaxDelay: components["schemas"]["Interval"];
            scheme: components["schemas"]["SchedulingScheme"];
            weeklyBackupDay: components["schemas"]["Day"];
            /** @description Retries of a failed scheduled backup. Not applied to backups started by hand (`executePolicy`). */
            taskFailure?: components["schemas"]["RetriesConfiguration"];
        };
        /**
         * @description Use of changed block tracking (CBT): `USE_IF_ENABLED`, `ENABLE_AND_USE` or `DO_NOT_USE`. `CHANGED_BLOCK_TRACKING_UNSPECIFIED` is refused in a policy.
         * @enum {string}
         */
        ChangedBlockTracking: "CHANGED_BLOCK_TRACKING_UNSPECIFIED" | "USE_IF_ENABLED" | "ENABLE_AND_USE" | "DO_NOT_USE";
        /**
         * @description Which files to back up, by mask. `*` and `?` are wildcards; matching ignores case; an exclusion wins over an
         *     inclusion.
         */
        FileFilters: {
            /** @description Masks of the files to leave out. */
            exclusionMasks?: string[];
            /** @description Masks of the files to back up. */
            inclusionMasks?: string[];
        };
        /**
         * @description When a command runs: `PRE_COMMAND` / `POST_COMMAND` before / after the backup, `PRE_DATA_COMMAND` /
         *     `POST_DATA_COMMAND` before / after its data capture. `COMMAND_TYPE_UNSPECIFIED`: none given.
         * @enum {string}
         */
        CommandType: "COMMAND_TYPE_UNSPECIFIED" | "PRE_COMMAND" | "POST_COMMAND" | "PRE_DATA_COMMAND" | "POST_DATA_COMMAND";
        /** @description A command the agent runs around a backup. */
        PrePostCommand: {
            /** @description Path of the program to run. */
            cmd?: string;
            /** @description Its arguments, as one string. */
            args?: string;
            /** @description `true` to run the command. */
            enabled?: boolean;
            /** @description `true` to stop the backup when the command fails. */
            stopOnError?: boolean;
            type?: components["schemas"]["CommandType"];
            /** @description `true` to wait for the command to finish before going on. */
            wait?: boolean;
            /** @description Working directory of the command. */
            workdir?: string;
        };
        /**
         * @description Everything a policy says about its backups. `updatePolicy` replaces the whole object: send every field, not
         *     only the ones that change.
         *
         *     The fields listed as required are the API's `(required)` rules. A required enum must not be its
         *     `*_UNSPECIFIED` value: the service does not document what `(required)` means for an enum; this spec assumes
         *     it refuses the zero value, which proto3 cannot tell from an absent field. The settings are sent by the
         *     client and answered by the service alike; this spec assumes an answer carries the required fields too, since
         *     the service checked them when the policy was written.
         *
         *     Retention rule changes take effect with the next backup. If changed settings do not take effect on a VM, the
         *     docs advise revoking the policy from it and applying it again.
         */
        PolicySettings: {
            compression: components["schemas"]["Compression"];
            format: components["schemas"]["ArchiveFormat"];
            /** @description `true` to take snapshots of several volumes at the same moment. */
            multiVolumeSnapshottingEnabled?: boolean;
            /**
             * @deprecated
             * @description No longer supported by the service.
             */
            preserveFileSecuritySettings?: boolean;
            /** @description Retries when a backup hits a recoverable error (for example, a lost connection to its storage). */
            reattempts: components["schemas"]["RetriesConfiguration"];
            /** @description `true` to run without asking the user anything. `false` when left out. */
            silentModeEnabled?: boolean;
            splitting: components["schemas"]["Splitting"];
            /** @description Retries when taking the VM snapshot fails. */
            vmSnapshotReattempts: components["schemas"]["RetriesConfiguration"];
            vss: components["schemas"]["VolumeShadowCopyServiceSettings"];
            archive?: components["schemas"]["ArchiveProperties"];
            performanceWindow: components["schemas"]["PerformanceWindow"];
            retention: components["schemas"]["Retention"];
            scheduling: components["schemas"]["Scheduling"];
            cbt: components["schemas"]["ChangedBlockTracking"];
            /** @description `true` to detect changed files by size and timestamp instead of by content. */
            fastBackupEnabled?: boolean;
            /**
             * @deprecated
             * @description No longer supported by the service.
             */
            quiesceSnapshottingEnabled?: boolean;
            fileFilters?: components["schemas"]["FileFilters"];
            /** @description `true` to back up disks sector by sector, unused sectors included. */
            sectorBySector?: boolean;
            /** @description `true` to validate each backup after it is made. */
            validationEnabled?: boolean;
            /** @description `true` to use LVM snapshots of Linux logical volumes. */
            lvmSnapshottingEnabled?: boolean;
            /** @description Commands to run before and after a backup, or before and after its data capture. */
            prePostCommands?: components["schemas"]["PrePostCommand"][];
        };
        /**
         * @description A backup policy: when a resource is backed up, how, and how long its backups are kept. Apply it to a
         *     registered resource with `applyPolicy`; one resource may be bound to several policies. Names are not unique
         *     within a folder, and a policy cannot be renamed.
         */
        Policy: {
            /**
             * @description Identifier of the policy.
             * @example cbq5gkqhq5a5n0t1c0d8
             */
            id?: string;
            /** @description Name of the policy, up to 50 characters. Not unique; fixed at creation. */
            name?: string;
            /**
             * Format: date-time
             * @description When the policy was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the policy last changed.
             */
            updatedAt?: string;
            /**
             * @description `true` if the policy is enabled. No method of the API changes it; `settings.scheduling.enabled` is the
             *     switch a client sets.
             */
            enabled?: boolean;
            settings?: components["schemas"]["PolicySettings"];
            /** @description Identifier of the folder the policy belongs to. */
            folderId?: string;
        };
        /**
         * @description A `Policy` packed in a `google.protobuf.Any`: the `response` of a finished `createPolicy` or `updatePolicy`
         *     operation, the policy as it now is.
         */
        PolicyAny: {
            /**
             * @description Type URL of `Policy`.
             * @constant
             */
            "@type": "type.googleapis.com/yandex.cloud.backup.v1.Policy";
        } & (components["schemas"]["Policy"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            "@type": "type.googleapis.com/yandex.cloud.backup.v1.Policy";
        });
        /**
         * @description The result of a finished operation, as a `google.protobuf.Any`: a `Policy` for `createPolicy` and
         *     `updatePolicy`, a `google.protobuf.Empty` for every other operation. Its `@type` tells which.
         */
        OperationResponse: components["schemas"]["Empty"] | components["schemas"]["PolicyAny"];
        /**
         * @description A long-running piece of work. Methods that start one answer at once (HTTP 200) with the Operation; poll it
         *     with `GET /operations/{operationId}` on the operations host until `done` is `true`.
         *
         *     While `done` is `false`, `response` is absent (`error` may already be set once a failure is known). When
         *     `done` is `true`, exactly one of `error` and `response` is set.
         */
        Operation: {
            /** @description Identifier of the operation; poll it with `getOperation`. */
            id?: string;
            /** @description What the operation does, in words. */
            description?: string;
            /**
             * Format: date-time
             * @description When the operation was started.
             */
            createdAt?: string;
            /** @description Identifier of the user or service account that started the operation. */
            createdBy?: string;
            /**
             * Format: date-time
             * @description When the operation's state last changed.
             */
            modifiedAt?: string;
            /** @description `false` while the work goes on; `true` once it has finished, either way. */
            done?: boolean;
            metadata?: components["schemas"]["OperationMetadata"];
            error?: components["schemas"]["Status"];
            response?: components["schemas"]["OperationResponse"];
        };
        /**
         * @description The `Operation` started by `startRecovery`; its metadata is always `StartRecoveryMetadata`, and its response,
         *     once done, `google.protobuf.Empty`.
         */
        StartRecoveryOperation: components["schemas"]["Operation"] & {
            metadata?: components["schemas"]["StartRecoveryMetadata"];
            response?: components["schemas"]["Empty"];
        };
        /**
         * @description The `Operation` started by `delete`; its metadata is always `DeleteBackupMetadata`, and its response, once
         *     done, `google.protobuf.Empty`.
         */
        DeleteBackupOperation: components["schemas"]["Operation"] & {
            metadata?: components["schemas"]["DeleteBackupMetadata"];
            response?: components["schemas"]["Empty"];
        };
        /** @description Every policy that matches (this method is not paginated). */
        ListPoliciesResponse: {
            /** @description The policies. Absent when there are none. */
            policies?: components["schemas"]["Policy"][];
        };
        /** @description The policy to create. */
        CreatePolicyRequest: {
            /** @description Identifier of the folder to create the policy in. */
            folderId: string;
            /**
             * @description Name of the policy, up to 50 characters. Names need not be unique, and cannot be changed later. (The
             *     console's stricter name rule is the console's own.)
             */
            name: string;
            settings: components["schemas"]["PolicySettings"];
        };
        /**
         * @description The `Operation` started by `createPolicy`; its metadata is always `CreatePolicyMetadata`, and its response,
         *     once done, the new `Policy`.
         */
        CreatePolicyOperation: components["schemas"]["Operation"] & {
            metadata?: components["schemas"]["CreatePolicyMetadata"];
            response?: components["schemas"]["PolicyAny"];
        };
        /**
         * @description The `Operation` started by `deletePolicy`; its metadata is always `DeletePolicyMetadata`, and its response,
         *     once done, `google.protobuf.Empty`.
         */
        DeletePolicyOperation: components["schemas"]["Operation"] & {
            metadata?: components["schemas"]["DeletePolicyMetadata"];
            response?: components["schemas"]["Empty"];
        };
        /**
         * @description The policy's new settings, which replace the old ones whole. There is no `name` and no update mask: a policy
         *     cannot be renamed, and every settings field must be sent.
         */
        UpdatePolicyRequest: {
            settings: components["schemas"]["PolicySettings"];
        };
        /**
         * @description The `Operation` started by `updatePolicy`; its metadata is always `UpdatePolicyMetadata`, and its response,
         *     once done, the updated `Policy`.
         */
        UpdatePolicyOperation: components["schemas"]["Operation"] & {
            metadata?: components["schemas"]["UpdatePolicyMetadata"];
            response?: components["schemas"]["PolicyAny"];
        };
        /** @description The instance to apply the policy to. It must be registered with Cloud Backup (see `listResources`). */
        ApplyPolicyRequest: {
            /** @description Identifier of the Compute Cloud instance (or external resource). */
            computeInstanceId: string;
        };
        /**
         * @description The `Operation` started by `applyPolicy`; its metadata is always `ApplyPolicyMetadata`, and its response, once
         *     done, `google.protobuf.Empty`.
         */
        ApplyPolicyOperation: components["schemas"]["Operation"] & {
            metadata?: components["schemas"]["ApplyPolicyMetadata"];
            response?: components["schemas"]["Empty"];
        };
        /**
         * @description State of a policy application.
         *     - `OK`: applied, and everything is fine.
         *     - `RUNNING`: the policy is running on the resource now.
         *     - `DISABLED`: the application is disabled.
         *     - `STATUS_UNSPECIFIED`: no state reported.
         * @enum {string}
         */
        PolicyApplicationStatus: "STATUS_UNSPECIFIED" | "OK" | "RUNNING" | "DISABLED";
        /** @description The binding of a policy to a resource, made by `applyPolicy` and undone by `revokePolicy`. */
        PolicyApplication: {
            /** @description Identifier of the policy. */
            policyId?: string;
            /** @description Identifier of the Compute Cloud instance (or external resource) the policy is applied to. */
            computeInstanceId?: string;
            /** @description `true` if the application is enabled. May be `false` while `isProcessing` is `true`. */
            enabled?: boolean;
            status?: components["schemas"]["PolicyApplicationStatus"];
            /**
             * Format: date-time
             * @description When the policy was applied.
             */
            createdAt?: string;
            /**
             * @description `true` while the policy is still being bound to the resource; such applications are listed only with
             *     `showProcessing=true`.
             */
            isProcessing?: boolean;
        };
        /** @description Every policy application that matches (this method is not paginated). */
        ListApplicationsResponse: {
            /** @description The applications. Absent when there are none. */
            applications?: components["schemas"]["PolicyApplication"][];
        };
        /** @description The instance to back up now. The policy must already be applied to it. */
        ExecuteRequest: {
            /** @description Identifier of the Compute Cloud instance (or external resource). */
            computeInstanceId: string;
        };
        /**
         * @description The `Operation` started by `executePolicy`; its metadata is always `ExecuteMetadata`, and its response, once
         *     done, `google.protobuf.Empty`.
         */
        ExecutePolicyOperation: components["schemas"]["Operation"] & {
            metadata?: components["schemas"]["ExecuteMetadata"];
            response?: components["schemas"]["Empty"];
        };
        /** @description The instance to revoke the policy from. */
        RevokeRequest: {
            /** @description Identifier of the Compute Cloud instance (or external resource). */
            computeInstanceId: string;
        };
        /**
         * @description The `Operation` started by `revokePolicy`; its metadata is always `RevokeMetadata`, and its response, once
         *     done, `google.protobuf.Empty`.
         */
        RevokePolicyOperation: components["schemas"]["Operation"] & {
            metadata?: components["schemas"]["RevokeMetadata"];
            response?: components["schemas"]["Empty"];
        };
        /**
         * @description What a resource is doing.
         *     - `IDLE`: nothing.
         *     - `BACKUPING`: being backed up (see `statusProgress`).
         *     - `RECOVERING`: being recovered (see `statusProgress`).
         *     - `FAILED`: something failed (see `statusDetails`).
         *     - `OTHER`: another state (see `statusDetails`).
         *     - `STATUS_UNSPECIFIED`: no state reported.
         * @enum {string}
         */
        ResourceStatus: "STATUS_UNSPECIFIED" | "IDLE" | "BACKUPING" | "RECOVERING" | "FAILED" | "OTHER";
        /**
         * @description Where a resource is in its registration with Cloud Backup.
         *     - `REGISTERING`: the agent is registering the machine.
         *     - `REGISTRED` (the API's spelling): registered.
         *     - `FAILED_REGISTRATION`: registration failed (see `metadata`).
         *     - `DELETED`: the resource was deleted from Cloud Backup.
         *     - `INIT_STATUS_UNSPECIFIED`: no state reported.
         * @enum {string}
         */
        ResourceInitStatus: "INIT_STATUS_UNSPECIFIED" | "REGISTERING" | "REGISTRED" | "FAILED_REGISTRATION" | "DELETED";
        /**
         * @description The resource's tenant with the backup provider. `getResource` adds it when asked with
         *     `includeTenantInfo=true`; the service does not say whether it appears otherwise, and this spec assumes it
         *     does not.
         */
        TenantInfo: {
            /** @description Identifier of the folder. */
            folderId?: string;
            /** @description Identifier of the personal tenant with the provider. */
            personalTenantId?: string;
            /** @description Identifier of the provider's user. */
            userId?: string;
        };
        /** @description The backup agent installed on the machine. */
        AgentInfo: {
            /**
             * @description Version of the installed agent.
             * @example 18.0.38811
             */
            currentVersion?: string;
            /** @description Latest version of the agent. */
            latestVersion?: string;
            /** @description `true` if the agent can be updated. */
            canUpdate?: boolean;
        };
        /**
         * @description A machine registered with Cloud Backup: a Compute Cloud instance, a bare-metal server or an external machine.
         *     No method creates one: the backup agent registers its machine once it is installed. Its `computeInstanceId`
         *     names it in the routes (external machines get an id of that form too).
         */
        Resource: {
            /** @description Identifier of the Compute Cloud instance, or of the external resource. */
            computeInstanceId?: string;
            /**
             * Format: date-time
             * @description When the resource was registered.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the resource last changed.
             */
            updatedAt?: string;
            /** @description `true` if the machine is online. */
            online?: boolean;
            /** @description `true` if backups of the machine are enabled. */
            enabled?: boolean;
            status?: components["schemas"]["ResourceStatus"];
            /** @description What went wrong, when `status` is `FAILED` or `OTHER`. */
            statusDetails?: string;
            /**
             * Format: int64
             * @description Progress of the work under way, when `status` is `BACKUPING` or `RECOVERING`.
             */
            statusProgress?: string;
            /**
             * Format: date-time
             * @description When the last backup was made.
             */
            lastBackupTime?: string;
            /**
             * Format: date-time
             * @description When the next scheduled backup is due.
             */
            nextBackupTime?: string;
            /** @description Identifier of the resource inside the backup service (`Backup.resourceId`, `Archive.resourceId`). */
            resourceId?: string;
            /**
             * @description `true` if this Compute Cloud instance controls the Cloud Backup resource. When `false`, the resource cannot
             *     be worked on.
             */
            isActive?: boolean;
            initStatus?: components["schemas"]["ResourceInitStatus"];
            /** @description Registration details, when `initStatus` is `REGISTERING` or `FAILED_REGISTRATION`. */
            metadata?: string;
            type?: components["schemas"]["ResourceType"];
            tenantInfo?: components["schemas"]["TenantInfo"];
            agentInfo?: components["schemas"]["AgentInfo"];
        };
        /** @description One page of resources. */
        ListResourcesResponse: {
            /** @description The resources on this page. Absent when there are none. */
            resources?: components["schemas"]["Resource"][];
            /** @description Token of the next page; pass it as `pageToken` to continue. Empty or absent on the last page. */
            nextPageToken?: string;
        };
        /**
         * @description The resource, wrapped in a `resource` field. Unlike every other `get` of the API, this one does not answer the
         *     message itself.
         */
        GetResourceResponse: {
            resource?: components["schemas"]["Resource"];
        };
        /**
         * @description The `Operation` started by `deleteResource`; its metadata is always `DeleteResourceMetadata`, and its
         *     response, once done, `google.protobuf.Empty`.
         */
        DeleteResourceOperation: components["schemas"]["Operation"] & {
            metadata?: components["schemas"]["DeleteResourceMetadata"];
            response?: components["schemas"]["Empty"];
        };
        /**
         * @description Kind of task: `BACKUP`, `RETENTION` (deleting backups a retention rule no longer keeps), `RECOVERY`,
         *     `APPLY_POLICY`, `REVOKE_POLICY`. `TYPE_UNSPECIFIED`: none reported.
         * @enum {string}
         */
        TaskType: "TYPE_UNSPECIFIED" | "BACKUP" | "RETENTION" | "RECOVERY" | "APPLY_POLICY" | "REVOKE_POLICY";
        /** @description How far a task got, `current` out of `total`. */
        Progress: {
            /**
             * Format: int64
             * @description Work done.
             */
            current?: string;
            /**
             * Format: int64
             * @description All the work.
             */
            total?: string;
        };
        /**
         * @description Where a task is: `ENQUEUED`, `ASSIGNED`, `STARTED`, `PAUSED`, `COMPLETED` (see `resultCode`).
         *     `STATUS_UNSPECIFIED`: none reported.
         * @enum {string}
         */
        TaskStatus: "STATUS_UNSPECIFIED" | "ENQUEUED" | "ASSIGNED" | "STARTED" | "PAUSED" | "COMPLETED";
        /**
         * @description How a completed task ended: `OK`, `ERROR` (see `error`), `WARNING`, `CANCELLED`, `ABANDONED`, `TIMEDOUT`.
         *     `CODE_UNSPECIFIED`: not finished, or none reported.
         * @enum {string}
         */
        TaskCode: "CODE_UNSPECIFIED" | "OK" | "ERROR" | "WARNING" | "CANCELLED" | "ABANDONED" | "TIMEDOUT";
        /** @description A piece of work the backup agent does on a resource (a backup, a retention pass, a recovery, …). */
        Task: {
            /**
             * Format: int64
             * @description Identifier of the task, a 64-bit integer sent as a string of digits.
             */
            id?: string;
            /** @description `true` if the task can be cancelled. The service does not support cancelling tasks yet. */
            cancellable?: boolean;
            /** @description Identifier of the policy the task runs for. */
            policyId?: string;
            type?: components["schemas"]["TaskType"];
            progress?: components["schemas"]["Progress"];
            status?: components["schemas"]["TaskStatus"];
            /**
             * Format: date-time
             * @description When the task was queued.
             */
            enqueuedAt?: string;
            /**
             * Format: date-time
             * @description When the task started.
             */
            startedAt?: string;
            /**
             * Format: date-time
             * @description When the task last changed.
             */
            updatedAt?: string;
            /**
             * Format: date-time
             * @description When the task finished.
             */
            completedAt?: string;
            /** @description Identifier of the Compute Cloud instance (or external resource) the task runs on. */
            computeInstanceId?: string;
            resultCode?: components["schemas"]["TaskCode"];
            /** @description Error message, when the task finished with a code other than `OK`. */
            error?: string;
        };
        /** @description One page of a resource's tasks. */
        ListTasksResponse: {
            /** @description The tasks on this page. Absent when there are none. */
            tasks?: components["schemas"]["Task"][];
            /** @description Token of the next page; pass it as `pageToken` to continue. Empty or absent on the last page. */
            nextPageToken?: string;
        };
        /** @description The providers activated in a folder (this method is not paginated). */
        ListActivatedProvidersResponse: {
            /** @description Identifier of the folder. */
            folderId?: string;
            /** @description Names of the activated providers. Absent when none is activated. */
            names?: string[];
        };
        /** @description The folder to activate the provider in. The provider's name is in the path. */
        ActivateProviderRequest: {
            /** @description Identifier of the folder. */
            folderId: string;
            /**
             * @description `true` not to create the default policies. Otherwise activation creates three: `Default daily`,
             *     `Default weekly` and `Default monthly`, each incremental and keeping the last 15 backups.
             */
            skipDefaultPolicy?: boolean;
            /** @description An instance registration token, to authorise the activation (from `GetInstanceRegistrationToken`, gRPC only). */
            instanceRegistrationId?: string;
        };
        /**
         * @description The `Operation` started by `activateProvider`; its metadata is always `ActivateProviderMetadata`, and its
         *     response, once done, `google.protobuf.Empty`.
         */
        ActivateProviderOperation: components["schemas"]["Operation"] & {
            metadata?: components["schemas"]["ActivateProviderMetadata"];
            response?: components["schemas"]["Empty"];
        };
        /**
         * @description Which install command to get, by shell and kind of machine: `AGENT_INSTALL_BASH_EXTERNAL_VM`,
         *     `AGENT_INSTALL_BASH_EXTERNAL_SERVER` (Linux, bash), `AGENT_INSTALL_POWERSHELL_EXTERNAL_VM`,
         *     `AGENT_INSTALL_POWERSHELL_EXTERNAL_SERVER` (Windows, PowerShell); a VM or a physical server outside the cloud.
         *     `AGENT_INSTALL_COMMAND_TYPE_UNSPECIFIED` is refused.
         * @enum {string}
         */
        AgentInstallCommandType: "AGENT_INSTALL_COMMAND_TYPE_UNSPECIFIED" | "AGENT_INSTALL_BASH_EXTERNAL_VM" | "AGENT_INSTALL_BASH_EXTERNAL_SERVER" | "AGENT_INSTALL_POWERSHELL_EXTERNAL_VM" | "AGENT_INSTALL_POWERSHELL_EXTERNAL_SERVER";
        /** @description Which install command to get. */
        GetAgentInstallCommandRequest: {
            /** @description Identifier of the folder the machine is to be registered in. */
            folderId: string;
            type: components["schemas"]["AgentInstallCommandType"];
            /** @description Policies to apply to the machine once its agent has registered it. */
            policyIds?: string[];
        };
        /** @description The command to run on the machine. */
        GetAgentInstallCommandResponse: {
            /**
             * @description A shell command (bash or PowerShell, as asked) that downloads and installs the backup agent. It carries
             *     the instance registration token the agent registers the machine with; once installed, the agent registers
             *     the machine as a resource by itself.
             */
            command?: string;
        };
    };
    responses: {
        /** @description The request is malformed or breaks a rule (INVALID_ARGUMENT, FAILED_PRECONDITION or OUT_OF_RANGE). */
        BadRequest: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-server-trace-id": components["headers"]["XServerTraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Status"];
            };
        };
        /** @description The IAM token is missing, malformed or expired (UNAUTHENTICATED). */
        Unauthorized: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-server-trace-id": components["headers"]["XServerTraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Status"];
            };
        };
        /** @description The caller may not do this to this resource (PERMISSION_DENIED). */
        Forbidden: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-server-trace-id": components["headers"]["XServerTraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Status"];
            };
        };
        /** @description The backup, policy, resource, instance or operation does not exist, or the caller cannot see it (NOT_FOUND). */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-server-trace-id": components["headers"]["XServerTraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Status"];
            };
        };
        /** @description A quota or rate limit was hit (RESOURCE_EXHAUSTED). Retry later with backoff. */
        TooManyRequests: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-server-trace-id": components["headers"]["XServerTraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Status"];
            };
        };
        /** @description The server failed (INTERNAL, UNKNOWN or DATA_LOSS). Safe to retry reads. */
        InternalError: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-server-trace-id": components["headers"]["XServerTraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Status"];
            };
        };
        /** @description The service is briefly unavailable (UNAVAILABLE). Retry with backoff. */
        ServiceUnavailable: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-server-trace-id": components["headers"]["XServerTraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Status"];
            };
        };
        /** @description Conflicting work is already under way (ABORTED or ALREADY_EXISTS). */
        Conflict: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "x-server-trace-id": components["headers"]["XServerTraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Status"];
            };
        };
    };
    parameters: {
        /**
         * @description **Selector — by instance.** List the backups of this Compute Cloud instance.
         * @example epdp2hnkcn1s8u1k7b2n
         */
        ListSelectorComputeInstanceId: string;
        /**
         * @description **Selector — by archive.** Identifier of the archive; give `archive.folderId` with it.
         * @example 7c1d6e0a-4b2f-4a55-8f0e-1e2d3c4b5a69
         */
        ListSelectorArchiveArchiveId: string;
        /**
         * @description **Selector — by archive.** Folder that owns the archive; give `archive.archiveId` with it.
         * @example b1g0ijbfaqsn12345678
         */
        ListSelectorArchiveFolderId: string;
        /**
         * @description **Selector — by folder.** List every backup in this folder.
         * @example b1g0ijbfaqsn12345678
         */
        ListSelectorFolderId: string;
        /**
         * @description **Selector — by instance and policy.** The Compute Cloud instance; may be combined with
         *     `instancePolicy.policyId`.
         * @example epdp2hnkcn1s8u1k7b2n
         */
        ListSelectorInstancePolicyComputeInstanceId: string;
        /**
         * @description **Selector — by instance and policy.** The backup policy; may be combined with
         *     `instancePolicy.computeInstanceId`.
         * @example cbq5gkqhq5a5n0t1c0d8
         */
        ListSelectorInstancePolicyPolicyId: string;
        /**
         * @description **Selector — by resource.** List the backups of this registered resource (`Backup.resourceId`).
         * @example 3f8a2c1e-9d7b-4e6a-b5c4-1a2b3c4d5e6f
         */
        ListSelectorResourceId: string;
        /**
         * @description **Selector — by policy.** List the backups made under this policy. `pageToken` is not allowed with it.
         * @example cbq5gkqhq5a5n0t1c0d8
         */
        ListSelectorPolicyId: string;
        /**
         * @description **Selector — one backup.** Identifier of the backup; give `backup.folderId` with it.
         * @example a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10
         */
        ListSelectorBackupBackupId: string;
        /**
         * @description **Selector — one backup.** Folder that owns the backup; give `backup.backupId` with it.
         * @example b1g0ijbfaqsn12345678
         */
        ListSelectorBackupFolderId: string;
        /**
         * @description Sort order, as `<field> <asc|desc>`. The default is `createdAt desc`.
         * @example createdAt desc
         */
        QueryOrderBy: string;
        /**
         * @description Filter expression. Only `created_at` comparisons joined with `AND` are supported, for example
         *     `created_at > "2026-01-01T00:00:00Z" AND created_at < "2026-02-01T00:00:00Z"`.
         * @example created_at > "2026-01-01T00:00:00Z"
         */
        QueryFilter: string;
        /**
         * @description Only list backups of resources of this kind.
         * @example COMPUTE
         */
        QueryType: components["schemas"]["ResourceType"];
        /**
         * @description Most backups to return on one page, 0 to 1000 (an int64 in the API definition, sent as plain digits in
         *     the query). `0` or leaving it out means the platform default (100).
         *     A page may hold fewer; follow `nextPageToken` to get the rest.
         * @example 50
         */
        QueryPageSize: number;
        /**
         * @description The `nextPageToken` of the previous page, to get the next one. Not allowed when listing by policy
         *     (`policyId`).
         * @example eyJvZmZzZXQiOjUwfQ
         */
        QueryPageToken: string;
        /**
         * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
         *     its retries so the server's logs can tie them together.
         * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
         */
        HeaderClientRequestId: string;
        /**
         * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
         * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
         */
        HeaderClientTraceId: string;
        /**
         * @description Identifier of the backup.
         * @example a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10
         */
        PathBackupId: string;
        /**
         * @description Identifier of the folder that owns the backup.
         * @example b1g0ijbfaqsn12345678
         */
        QueryFolderId: string;
        /**
         * @description Identifier of the file-tree entry (`BackupFile.id`) whose children to list. Leave it out to list the disks
         *     of the backup.
         * @example disk-0
         */
        QuerySourceId: string;
        /**
         * @description Identifier of the Compute Cloud instance.
         * @example epdp2hnkcn1s8u1k7b2n
         */
        PathComputeInstanceId: string;
        /**
         * @description Identifier of the folder to look in.
         * @example b1g0ijbfaqsn12345678
         */
        QueryFolderIdOptional: string;
        /**
         * @description A UUID v4 that names this logical request. Repeating a call with the same key returns the Operation the
         *     first call started instead of starting the work again, so a retry is always safe.
         * @example 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f
         */
        HeaderIdempotencyKey: string;
        /**
         * @description List the policies of this folder. Give it, `computeInstanceId`, or both.
         * @example b1g0ijbfaqsn12345678
         */
        QueryListPoliciesFolderId: string;
        /**
         * @description List the policies applied to this Compute Cloud instance. Give it, `folderId`, or both.
         * @example epdp2hnkcn1s8u1k7b2n
         */
        QueryListPoliciesComputeInstanceId: string;
        /**
         * @description Identifier of the policy, up to 50 characters.
         * @example cbq5gkqhq5a5n0t1c0d8
         */
        PathPolicyId: string;
        /**
         * @description List the applications of every policy in this folder instead of the path's policy's (see the operation's
         *     description).
         * @example b1g0ijbfaqsn12345678
         */
        QueryListApplicationsFolderId: string;
        /**
         * @description List the applications of every policy to this Compute Cloud instance instead of the path's policy's (see the
         *     operation's description).
         * @example epdp2hnkcn1s8u1k7b2n
         */
        QueryListApplicationsComputeInstanceId: string;
        /**
         * @description `true` to list also the applications still being bound (`isProcessing: true`).
         * @example true
         */
        QueryShowProcessing: boolean;
        /**
         * @description Identifier of the folder whose resources to list.
         * @example b1g0ijbfaqsn12345678
         */
        QueryListResourcesFolderId: string;
        /**
         * @description Most resources to return on one page, 0 to 1000 (an int64 in the API definition, sent as plain digits in the
         *     query). `0` or leaving it out means the platform default (100).
         *     A page may hold fewer; follow `nextPageToken` to get the rest.
         * @example 50
         */
        QueryListResourcesPageSize: number;
        /**
         * @description The `nextPageToken` of the previous page, to get the next one.
         * @example eyJvZmZzZXQiOjUwfQ
         */
        QueryListResourcesPageToken: string;
        /**
         * @description Only list resources of this kind.
         * @example COMPUTE
         */
        QueryListResourcesType: components["schemas"]["ResourceType"];
        /**
         * @description `true` to add the resource's `tenantInfo` to the answer.
         * @example true
         */
        QueryIncludeTenantInfo: boolean;
        /**
         * @description Identifier of the resource inside the backup service (`Resource.resourceId`), which names the Compute Cloud
         *     instance's registration. Required, although the instance is in the path.
         * @example 3f8a2c1e-9d7b-4e6a-b5c4-1a2b3c4d5e6f
         */
        QueryResourceId: string;
        /**
         * @description Most tasks to return on one page, 0 to 1000 (an int64 in the API definition, sent as plain digits in the
         *     query). `0` or leaving it out means the platform default (100).
         *     A page may hold fewer; follow `nextPageToken` to get the rest.
         * @example 50
         */
        QueryListTasksPageSize: number;
        /**
         * @description The `nextPageToken` of the previous page, to get the next one.
         * @example eyJvZmZzZXQiOjUwfQ
         */
        QueryListTasksPageToken: string;
        /**
         * @description Identifier of the folder whose activated providers to list.
         * @example b1g0ijbfaqsn12345678
         */
        QueryListActivatedFolderId: string;
        /**
         * @description An instance registration token, to authorise the call (from `GetInstanceRegistrationToken`, gRPC only).
         * @example 0f8e3a2b-6c1d-4e5f-9a7b-2c3d4e5f6a7b
         */
        QueryInstanceRegistrationId: string;
        /**
         * @description Name of the backup provider to activate. The service documents no value for it; the only provider its docs
         *     name is Cyberprotect, and this spec's examples use `cyberprotect` (an assumption, not a documented value).
         * @example cyberprotect
         */
        PathProviderName: string;
        /**
         * @description Identifier of the operation, as returned in `Operation.id`.
         * @example cdg3lam9a1c0n7v4hq2e
         */
        PathOperationId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Identifier the server gave this request. Quote it to support; errors carry it too.
         * @example 9d2b7c4e-3a1f-4b8e-a6d5-2c1b0a9f8e7d
         */
        XRequestId: string;
        /**
         * @description Identifier of the server-side trace of this request.
         * @example 4b1a2c3d4e5f6a7b:8c9d0e1f2a3b4c5d:0:1
         */
        XServerTraceId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list: {
        parameters: {
            query?: {
                /**
                 * @description **Selector — by instance.** List the backups of this Compute Cloud instance.
                 * @example epdp2hnkcn1s8u1k7b2n
                 */
                computeInstanceId?: components["parameters"]["ListSelectorComputeInstanceId"];
                /**
                 * @description **Selector — by archive.** Identifier of the archive; give `archive.folderId` with it.
                 * @example 7c1d6e0a-4b2f-4a55-8f0e-1e2d3c4b5a69
                 */
                "archive.archiveId"?: components["parameters"]["ListSelectorArchiveArchiveId"];
                /**
                 * @description **Selector — by archive.** Folder that owns the archive; give `archive.archiveId` with it.
                 * @example b1g0ijbfaqsn12345678
                 */
                "archive.folderId"?: components["parameters"]["ListSelectorArchiveFolderId"];
                /**
                 * @description **Selector — by folder.** List every backup in this folder.
                 * @example b1g0ijbfaqsn12345678
                 */
                folderId?: components["parameters"]["ListSelectorFolderId"];
                /**
                 * @description **Selector — by instance and policy.** The Compute Cloud instance; may be combined with
                 *     `instancePolicy.policyId`.
                 * @example epdp2hnkcn1s8u1k7b2n
                 */
                "instancePolicy.computeInstanceId"?: components["parameters"]["ListSelectorInstancePolicyComputeInstanceId"];
                /**
                 * @description **Selector — by instance and policy.** The backup policy; may be combined with
                 *     `instancePolicy.computeInstanceId`.
                 * @example cbq5gkqhq5a5n0t1c0d8
                 */
                "instancePolicy.policyId"?: components["parameters"]["ListSelectorInstancePolicyPolicyId"];
                /**
                 * @description **Selector — by resource.** List the backups of this registered resource (`Backup.resourceId`).
                 * @example 3f8a2c1e-9d7b-4e6a-b5c4-1a2b3c4d5e6f
                 */
                resourceId?: components["parameters"]["ListSelectorResourceId"];
                /**
                 * @description **Selector — by policy.** List the backups made under this policy. `pageToken` is not allowed with it.
                 * @example cbq5gkqhq5a5n0t1c0d8
                 */
                policyId?: components["parameters"]["ListSelectorPolicyId"];
                /**
                 * @description **Selector — one backup.** Identifier of the backup; give `backup.folderId` with it.
                 * @example a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10
                 */
                "backup.backupId"?: components["parameters"]["ListSelectorBackupBackupId"];
                /**
                 * @description **Selector — one backup.** Folder that owns the backup; give `backup.backupId` with it.
                 * @example b1g0ijbfaqsn12345678
                 */
                "backup.folderId"?: components["parameters"]["ListSelectorBackupFolderId"];
                /**
                 * @description Sort order, as `<field> <asc|desc>`. The default is `createdAt desc`.
                 * @example createdAt desc
                 */
                orderBy?: components["parameters"]["QueryOrderBy"];
                /**
                 * @description Filter expression. Only `created_at` comparisons joined with `AND` are supported, for example
                 *     `created_at > "2026-01-01T00:00:00Z" AND created_at < "2026-02-01T00:00:00Z"`.
                 * @example created_at > "2026-01-01T00:00:00Z"
                 */
                filter?: components["parameters"]["QueryFilter"];
                /**
                 * @description Only list backups of resources of this kind.
                 * @example COMPUTE
                 */
                type?: components["parameters"]["QueryType"];
                /**
                 * @description Most backups to return on one page, 0 to 1000 (an int64 in the API definition, sent as plain digits in
                 *     the query). `0` or leaving it out means the platform default (100).
                 *     A page may hold fewer; follow `nextPageToken` to get the rest.
                 * @example 50
                 */
                pageSize?: components["parameters"]["QueryPageSize"];
                /**
                 * @description The `nextPageToken` of the previous page, to get the next one. Not allowed when listing by policy
                 *     (`policyId`).
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                pageToken?: components["parameters"]["QueryPageToken"];
            };
            header?: {
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of backups. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListBackupsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    get: {
        parameters: {
            query: {
                /**
                 * @description Identifier of the folder that owns the backup.
                 * @example b1g0ijbfaqsn12345678
                 */
                folderId: components["parameters"]["QueryFolderId"];
            };
            header?: {
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the backup.
                 * @example a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10
                 */
                backupId: components["parameters"]["PathBackupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Backup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listFiles: {
        parameters: {
            query: {
                /**
                 * @description Identifier of the folder that owns the backup.
                 * @example b1g0ijbfaqsn12345678
                 */
                folderId: components["parameters"]["QueryFolderId"];
                /**
                 * @description Identifier of the file-tree entry (`BackupFile.id`) whose children to list. Leave it out to list the disks
                 *     of the backup.
                 * @example disk-0
                 */
                sourceId?: components["parameters"]["QuerySourceId"];
            };
            header?: {
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the backup.
                 * @example a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10
                 */
                backupId: components["parameters"]["PathBackupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entries one level below `sourceId` (or the disks). */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFilesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listArchives: {
        parameters: {
            query?: {
                /**
                 * @description Identifier of the folder to look in.
                 * @example b1g0ijbfaqsn12345678
                 */
                folderId?: components["parameters"]["QueryFolderIdOptional"];
            };
            header?: {
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the Compute Cloud instance.
                 * @example epdp2hnkcn1s8u1k7b2n
                 */
                computeInstanceId: components["parameters"]["PathComputeInstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archives. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListArchivesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    startRecovery: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A UUID v4 that names this logical request. Repeating a call with the same key returns the Operation the
                 *     first call started instead of starting the work again, so a retry is always safe.
                 * @example 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["HeaderIdempotencyKey"];
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the backup.
                 * @example a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10
                 */
                backupId: components["parameters"]["PathBackupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartRecoveryRequest"];
            };
        };
        responses: {
            /** @description The recovery Operation, just started. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartRecoveryOperation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    delete: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A UUID v4 that names this logical request. Repeating a call with the same key returns the Operation the
                 *     first call started instead of starting the work again, so a retry is always safe.
                 * @example 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["HeaderIdempotencyKey"];
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the Compute Cloud instance.
                 * @example epdp2hnkcn1s8u1k7b2n
                 */
                computeInstanceId: components["parameters"]["PathComputeInstanceId"];
                /**
                 * @description Identifier of the backup.
                 * @example a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10
                 */
                backupId: components["parameters"]["PathBackupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion Operation, just started. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteBackupOperation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPolicies: {
        parameters: {
            query?: {
                /**
                 * @description List the policies of this folder. Give it, `computeInstanceId`, or both.
                 * @example b1g0ijbfaqsn12345678
                 */
                folderId?: components["parameters"]["QueryListPoliciesFolderId"];
                /**
                 * @description List the policies applied to this Compute Cloud instance. Give it, `folderId`, or both.
                 * @example epdp2hnkcn1s8u1k7b2n
                 */
                computeInstanceId?: components["parameters"]["QueryListPoliciesComputeInstanceId"];
            };
            header?: {
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policies. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPoliciesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A UUID v4 that names this logical request. Repeating a call with the same key returns the Operation the
                 *     first call started instead of starting the work again, so a retry is always safe.
                 * @example 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["HeaderIdempotencyKey"];
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePolicyRequest"];
            };
        };
        responses: {
            /** @description The creation Operation, just started. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePolicyOperation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the policy, up to 50 characters.
                 * @example cbq5gkqhq5a5n0t1c0d8
                 */
                policyId: components["parameters"]["PathPolicyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A UUID v4 that names this logical request. Repeating a call with the same key returns the Operation the
                 *     first call started instead of starting the work again, so a retry is always safe.
                 * @example 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["HeaderIdempotencyKey"];
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the policy, up to 50 characters.
                 * @example cbq5gkqhq5a5n0t1c0d8
                 */
                policyId: components["parameters"]["PathPolicyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion Operation, just started. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletePolicyOperation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updatePolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A UUID v4 that names this logical request. Repeating a call with the same key returns the Operation the
                 *     first call started instead of starting the work again, so a retry is always safe.
                 * @example 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["HeaderIdempotencyKey"];
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the policy, up to 50 characters.
                 * @example cbq5gkqhq5a5n0t1c0d8
                 */
                policyId: components["parameters"]["PathPolicyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePolicyRequest"];
            };
        };
        responses: {
            /** @description The update Operation, just started. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePolicyOperation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    applyPolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A UUID v4 that names this logical request. Repeating a call with the same key returns the Operation the
                 *     first call started instead of starting the work again, so a retry is always safe.
                 * @example 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["HeaderIdempotencyKey"];
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the policy, up to 50 characters.
                 * @example cbq5gkqhq5a5n0t1c0d8
                 */
                policyId: components["parameters"]["PathPolicyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyPolicyRequest"];
            };
        };
        responses: {
            /** @description The application Operation, just started. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplyPolicyOperation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPolicyApplications: {
        parameters: {
            query?: {
                /**
                 * @description List the applications of every policy in this folder instead of the path's policy's (see the operation's
                 *     description).
                 * @example b1g0ijbfaqsn12345678
                 */
                folderId?: components["parameters"]["QueryListApplicationsFolderId"];
                /**
                 * @description List the applications of every policy to this Compute Cloud instance instead of the path's policy's (see the
                 *     operation's description).
                 * @example epdp2hnkcn1s8u1k7b2n
                 */
                computeInstanceId?: components["parameters"]["QueryListApplicationsComputeInstanceId"];
                /**
                 * @description `true` to list also the applications still being bound (`isProcessing: true`).
                 * @example true
                 */
                showProcessing?: components["parameters"]["QueryShowProcessing"];
            };
            header?: {
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the policy, up to 50 characters.
                 * @example cbq5gkqhq5a5n0t1c0d8
                 */
                policyId: components["parameters"]["PathPolicyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The applications. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListApplicationsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    executePolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A UUID v4 that names this logical request. Repeating a call with the same key returns the Operation the
                 *     first call started instead of starting the work again, so a retry is always safe.
                 * @example 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["HeaderIdempotencyKey"];
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the policy, up to 50 characters.
                 * @example cbq5gkqhq5a5n0t1c0d8
                 */
                policyId: components["parameters"]["PathPolicyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteRequest"];
            };
        };
        responses: {
            /** @description The backup Operation, just started. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutePolicyOperation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokePolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A UUID v4 that names this logical request. Repeating a call with the same key returns the Operation the
                 *     first call started instead of starting the work again, so a retry is always safe.
                 * @example 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["HeaderIdempotencyKey"];
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the policy, up to 50 characters.
                 * @example cbq5gkqhq5a5n0t1c0d8
                 */
                policyId: components["parameters"]["PathPolicyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeRequest"];
            };
        };
        responses: {
            /** @description The revocation Operation, just started. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokePolicyOperation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listResources: {
        parameters: {
            query: {
                /**
                 * @description Identifier of the folder whose resources to list.
                 * @example b1g0ijbfaqsn12345678
                 */
                folderId: components["parameters"]["QueryListResourcesFolderId"];
                /**
                 * @description Most resources to return on one page, 0 to 1000 (an int64 in the API definition, sent as plain digits in the
                 *     query). `0` or leaving it out means the platform default (100).
                 *     A page may hold fewer; follow `nextPageToken` to get the rest.
                 * @example 50
                 */
                pageSize?: components["parameters"]["QueryListResourcesPageSize"];
                /**
                 * @description The `nextPageToken` of the previous page, to get the next one.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                pageToken?: components["parameters"]["QueryListResourcesPageToken"];
                /**
                 * @description Only list resources of this kind.
                 * @example COMPUTE
                 */
                type?: components["parameters"]["QueryListResourcesType"];
            };
            header?: {
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of resources. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResourcesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getResource: {
        parameters: {
            query?: {
                /**
                 * @description `true` to add the resource's `tenantInfo` to the answer.
                 * @example true
                 */
                includeTenantInfo?: components["parameters"]["QueryIncludeTenantInfo"];
            };
            header?: {
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the Compute Cloud instance.
                 * @example epdp2hnkcn1s8u1k7b2n
                 */
                computeInstanceId: components["parameters"]["PathComputeInstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource, in a `resource` field. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetResourceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteResource: {
        parameters: {
            query: {
                /**
                 * @description Identifier of the resource inside the backup service (`Resource.resourceId`), which names the Compute Cloud
                 *     instance's registration. Required, although the instance is in the path.
                 * @example 3f8a2c1e-9d7b-4e6a-b5c4-1a2b3c4d5e6f
                 */
                resourceId: components["parameters"]["QueryResourceId"];
            };
            header?: {
                /**
                 * @description A UUID v4 that names this logical request. Repeating a call with the same key returns the Operation the
                 *     first call started instead of starting the work again, so a retry is always safe.
                 * @example 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["HeaderIdempotencyKey"];
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the Compute Cloud instance.
                 * @example epdp2hnkcn1s8u1k7b2n
                 */
                computeInstanceId: components["parameters"]["PathComputeInstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion Operation, just started. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResourceOperation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listResourceTasks: {
        parameters: {
            query?: {
                /**
                 * @description Most tasks to return on one page, 0 to 1000 (an int64 in the API definition, sent as plain digits in the
                 *     query). `0` or leaving it out means the platform default (100).
                 *     A page may hold fewer; follow `nextPageToken` to get the rest.
                 * @example 50
                 */
                pageSize?: components["parameters"]["QueryListTasksPageSize"];
                /**
                 * @description The `nextPageToken` of the previous page, to get the next one.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                pageToken?: components["parameters"]["QueryListTasksPageToken"];
            };
            header?: {
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the Compute Cloud instance.
                 * @example epdp2hnkcn1s8u1k7b2n
                 */
                computeInstanceId: components["parameters"]["PathComputeInstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tasks. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTasksResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listActivatedProviders: {
        parameters: {
            query: {
                /**
                 * @description Identifier of the folder whose activated providers to list.
                 * @example b1g0ijbfaqsn12345678
                 */
                folderId: components["parameters"]["QueryListActivatedFolderId"];
                /**
                 * @description An instance registration token, to authorise the call (from `GetInstanceRegistrationToken`, gRPC only).
                 * @example 0f8e3a2b-6c1d-4e5f-9a7b-2c3d4e5f6a7b
                 */
                instanceRegistrationId?: components["parameters"]["QueryInstanceRegistrationId"];
            };
            header?: {
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activated providers. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListActivatedProvidersResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    activateProvider: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A UUID v4 that names this logical request. Repeating a call with the same key returns the Operation the
                 *     first call started instead of starting the work again, so a retry is always safe.
                 * @example 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["HeaderIdempotencyKey"];
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Name of the backup provider to activate. The service documents no value for it; the only provider its docs
                 *     name is Cyberprotect, and this spec's examples use `cyberprotect` (an assumption, not a documented value).
                 * @example cyberprotect
                 */
                name: components["parameters"]["PathProviderName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivateProviderRequest"];
            };
        };
        responses: {
            /** @description The activation Operation, just started. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivateProviderOperation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentInstallCommand: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A UUID v4 that names this logical request. Repeating a call with the same key returns the Operation the
                 *     first call started instead of starting the work again, so a retry is always safe.
                 * @example 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["HeaderIdempotencyKey"];
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetAgentInstallCommandRequest"];
            };
        };
        responses: {
            /** @description The install command. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAgentInstallCommandResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOperation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the operation, as returned in `Operation.id`.
                 * @example cdg3lam9a1c0n7v4hq2e
                 */
                operationId: components["parameters"]["PathOperationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelOperation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description An identifier the client picks for this logical request (a UUID is a good choice), sent unchanged on each of
                 *     its retries so the server's logs can tie them together.
                 * @example 0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c
                 */
                "x-client-request-id"?: components["parameters"]["HeaderClientRequestId"];
                /**
                 * @description An identifier of the client's trace that this request belongs to, for distributed tracing.
                 * @example 3e7f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b
                 */
                "x-client-trace-id"?: components["parameters"]["HeaderClientTraceId"];
            };
            path: {
                /**
                 * @description Identifier of the operation, as returned in `Operation.id`.
                 * @example cdg3lam9a1c0n7v4hq2e
                 */
                operationId: components["parameters"]["PathOperationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation, after the request to cancel it. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "x-server-trace-id": components["headers"]["XServerTraceId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
