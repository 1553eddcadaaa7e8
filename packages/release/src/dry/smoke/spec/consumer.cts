// Types of @backup-api/spec from CommonJS.
import spec = require("@backup-api/spec");

const title: string = spec.document.info.title;
const same: typeof spec.document = spec.default;
export { title, same };
