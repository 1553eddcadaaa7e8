// Types of @backup-api/types from CommonJS.
import type { Backup, Status } from '@backup-api/types';

const size: Backup['size'] = undefined;
const status: Status = { code: 5, message: 'not found' };
export = { size, status };
