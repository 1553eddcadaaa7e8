/**
 * GENERATED FILE — DO NOT EDIT.
 * The decoded view of the spec: what @backup-api/client returns. Produced by openapi-typescript from
 * packages/spec/dist/openapi.json with every field that proto3 JSON leaves out at its default (scalars, int64
 * strings, enums, lists) marked required, because the client fills those defaults in; message-typed fields
 * (timestamps, objects, Any) keep their presence and stay optional. The rule is @backup-api/spec-walker's
 * proto3Field. Run `pnpm --filter @backup-api/types generate`; a test fails when this file drifts.
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
    "/operations/{operationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an operation
         * @description Returns the current state of a long-running operation started by `startRecovery` or `delete`. This route
         *     lives on the **operations host**, not on the Backup API host. Poll it with backoff until `done` is `true`,
         *     then read `response` (success) or `error` (a `google.rpc.Status`).
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
            streamName: string;
            /** @description URI of the backup archive. */
            uri: string;
        };
        /** @description A volume (partition) on a backed-up disk. */
        Volume: {
            /**
             * Format: int64
             * @description Free space on the volume in bytes.
             */
            freeSpace: string;
            /** @description `true` if the volume is bootable. */
            isBootable: boolean;
            /** @description `true` if the volume holds the operating system. */
            isSystem: boolean;
            /** @description Name of the volume. */
            name: string;
            /**
             * Format: int64
             * @description Size of the volume in bytes.
             */
            size: string;
            /** @description Mount string identifier of the volume. */
            mountStrid: string;
        };
        /** @description A disk captured in a backup. */
        Disk: {
            /** @description Model of the disk device as the guest saw it. */
            deviceModel: string;
            /** @description Name of the disk. */
            name: string;
            /**
             * Format: int64
             * @description Size of the disk in bytes.
             */
            size: string;
            /** @description The volumes (partitions) on the disk. */
            volumes: components["schemas"]["Volume"][];
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
            id: string;
            /** @description Identifier of the vault that stores the backup. Vaults are opaque; no API manages them. */
            vaultId: string;
            /** @description Identifier of the archive the backup belongs to. */
            archiveId: string;
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
            size: string;
            /**
             * Format: int64
             * @description Size of the backup in bytes after deduplication.
             */
            deduplicatedSize: string;
            /**
             * Format: int64
             * @description Amount of data in bytes that this backup copied.
             */
            backedUpDataSize: string;
            /**
             * Format: int64
             * @description Size in bytes of the source data the backup was taken from.
             */
            originalDataSize: string;
            attributes?: components["schemas"]["BackupAttributes"];
            /** @description Identifier of the Compute Cloud instance that was backed up. */
            computeInstanceId: string;
            /** @description The disks captured in the backup. */
            disks: components["schemas"]["Disk"][];
            type: components["schemas"]["BackupType"];
            /** @description `true` once the backup has been deleted. */
            deleted: boolean;
            /** @description Identifier of the backup policy under which the backup was made. */
            policyId: string;
            /** @description Identifier of the backed-up instance inside the backup service (its registered resource). */
            resourceId: string;
        };
        /** @description One page of backups. */
        ListBackupsResponse: {
            /** @description The backups on this page. Absent when there are none. */
            backups: components["schemas"]["Backup"][];
            /** @description Token of the next page; pass it as `pageToken` to continue. Empty or absent on the last page. */
            nextPageToken: string;
        };
        /** @description A `google.rpc.RequestInfo` detail, naming the request so support can find it. */
        RequestInfo: {
            /**
             * @description Type URL of `google.rpc.RequestInfo`.
             * @constant
             */
            "@type": "type.googleapis.com/google.rpc.RequestInfo";
            /** @description Identifier of the request, the same as the `x-request-id` response header. */
            requestId: string;
            /** @description Opaque data the server adds for debugging. */
            servingData: string;
        };
        /** @description A `google.rpc.BadRequest` detail, naming each field of the request that was wrong. */
        BadRequest: {
            /**
             * @description Type URL of `google.rpc.BadRequest`.
             * @constant
             */
            "@type": "type.googleapis.com/google.rpc.BadRequest";
            /** @description One entry per wrong field. */
            fieldViolations: {
                /** @description Path of the wrong field or parameter, for example `pageSize`. */
                field: string;
                /** @description Why the value was rejected. */
                description: string;
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
            message: string;
            /**
             * @description Machine-readable details. `RequestInfo` carries the request id that support asks for; `BadRequest`
             *     names the fields that were wrong.
             */
            details: components["schemas"]["StatusDetail"][];
        };
        /**
         * @description Kind of file-tree entry. `TYPE_DIR` is a directory (or a disk), `TYPE_FILE` a regular file.
         * @enum {string}
         */
        BackupFileType: "TYPE_UNSPECIFIED" | "TYPE_DIR" | "TYPE_FILE";
        /** @description What can be done with a file-tree entry. */
        BackupFileActions: {
            /** @description `true` if the entry can be restored to a disk. */
            restoreToDisk: boolean;
            /** @description `true` if the entry can be opened to list its children. */
            goToLocation: boolean;
        };
        /**
         * @description One entry of a backup's file tree: a disk, a directory or a file. Pass an entry's `id` back to
         *     `listFiles` as `sourceId` to list its children.
         */
        BackupFile: {
            /** @description Identifier of the entry; use it as `sourceId` to list what it contains. */
            id: string;
            /** @description Identifier of the parent entry. Absent for a root entry (a disk). */
            parentId: string;
            type: components["schemas"]["BackupFileType"];
            /** @description Absolute path of the entry inside the backup. */
            fullPath: string;
            /** @description Name of the entry (the last element of its path). */
            name: string;
            /**
             * Format: int64
             * @description Size of the entry in bytes.
             */
            size: string;
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
            files: components["schemas"]["BackupFile"][];
        };
        /** @description Storage attributes of an archive. */
        ArchiveAttributes: {
            /** @description Opaque archive identifier used by the backup agent. */
            aaib: string;
            /** @description URI of the archive. */
            uri: string;
        };
        /**
         * @description On-disk format of an archive.
         *     - `VERSION_11`, `VERSION_12`: the agent's archive format versions 11 and 12.
         *     - `AUTO`: the agent picks the format.
         *     - `FORMAT_UNSPECIFIED`: no format reported.
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
            id: string;
            /** @description Name of the archive. */
            name: string;
            /** @description Identifier of the vault that stores the archive. */
            vaultId: string;
            attributes?: components["schemas"]["ArchiveAttributes"];
            /**
             * Format: int64
             * @description Size of the archive in bytes.
             */
            size: string;
            /**
             * Format: int64
             * @description Size of the archive's data in bytes after compression.
             */
            compressedDataSize: string;
            /**
             * Format: int64
             * @description Size of the archive's data in bytes.
             */
            dataSize: string;
            /**
             * Format: int64
             * @description Size in bytes of the source data backed up into the archive.
             */
            originalDataSize: string;
            /**
             * Format: int64
             * @description Logical size of the archive in bytes.
             */
            logicalSize: string;
            format: components["schemas"]["ArchiveFormat"];
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
            protectedByPassword: boolean;
            encryptionAlgorithm: components["schemas"]["EncryptionAlgorithm"];
            /** @description Actions the service may currently run on the archive. */
            actions: components["schemas"]["ArchiveAction"][];
            /** @description Identifier of the backup plan (policy) that fills the archive. */
            backupPlanId: string;
            /** @description Name of the backup plan (policy) that fills the archive. */
            backupPlanName: string;
            /** @description Free-form description of the archive. */
            description: string;
            /**
             * @description Human-readable name, made of the instance name and the policy name.
             * @example web-1 - daily
             */
            displayName: string;
            /** @description Identifier of the Compute Cloud instance whose backups the archive holds. */
            computeInstanceId: string;
            /** @description `true` if the archive passed its consistency check. */
            consistent: boolean;
            /** @description `true` once the archive has been deleted. */
            deleted: boolean;
            /** @description Identifier of the backed-up instance inside the backup service. */
            resourceId: string;
        };
        /** @description The archives that match the request (this method is not paginated). */
        ListArchivesResponse: {
            /** @description The archives. Absent when there are none. */
            archives: components["schemas"]["Archive"][];
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
            progressPercentage: number;
            /** @description Identifier of the backup being recovered. */
            srcBackupId: string;
            /** @description Identifier of the instance the backup is recovered onto. */
            dstComputeInstanceId: string;
        };
        /** @description Details of a deletion started by `delete`. */
        DeleteBackupMetadata: {
            /**
             * @description Type URL of this metadata message. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            "@type": "type.googleapis.com/yandex.cloud.backup.v1.DeleteBackupMetadata";
            /** @description Identifier of the instance whose backup is being deleted. */
            computeInstanceId: string;
            /** @description Identifier of the backup being deleted. */
            backupId: string;
        };
        /**
         * @description Progress information of an operation, as a `google.protobuf.Any`. Its `@type` tells which kind of operation
         *     it is.
         */
        OperationMetadata: components["schemas"]["StartRecoveryMetadata"] | components["schemas"]["DeleteBackupMetadata"];
        /**
         * @description A `google.protobuf.Empty` packed in a `google.protobuf.Any`: the result of an operation that returns
         *     nothing but success.
         */
        Empty: {
            /**
             * @description Type URL of `google.protobuf.Empty`.
             * @constant
             */
            "@type": "type.googleapis.com/google.protobuf.Empty";
            /** @description The empty message itself, when the server includes it. */
            value?: Record<string, never>;
        };
        /**
         * @description A long-running piece of work. Methods that start one answer at once (HTTP 200) with the Operation; poll it
         *     with `GET /operations/{operationId}` on the operations host until `done` is `true`.
         *
         *     While `done` is `false`, `response` is absent (`error` may already be set once a failure is known). When
         *     `done` is `true`, exactly one of `error` and `response` is set.
         */
        Operation: {
            /** @description Identifier of the operation; poll it with `getOperation`. */
            id: string;
            /** @description What the operation does, in words. */
            description: string;
            /**
             * Format: date-time
             * @description When the operation was started.
             */
            createdAt?: string;
            /** @description Identifier of the user or service account that started the operation. */
            createdBy: string;
            /**
             * Format: date-time
             * @description When the operation's state last changed.
             */
            modifiedAt?: string;
            /** @description `false` while the work goes on; `true` once it has finished, either way. */
            done: boolean;
            metadata?: components["schemas"]["OperationMetadata"];
            error?: components["schemas"]["Status"];
            response?: components["schemas"]["Empty"];
        };
        /** @description The `Operation` started by `startRecovery`; its metadata is always `StartRecoveryMetadata`. */
        StartRecoveryOperation: components["schemas"]["Operation"] & {
            metadata?: components["schemas"]["StartRecoveryMetadata"];
        };
        /** @description The `Operation` started by `delete`; its metadata is always `DeleteBackupMetadata`. */
        DeleteBackupOperation: components["schemas"]["Operation"] & {
            metadata?: components["schemas"]["DeleteBackupMetadata"];
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
        /** @description The backup, instance or operation does not exist, or the caller cannot see it (NOT_FOUND). */
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
}
