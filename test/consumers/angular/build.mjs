/**
 * Runs the Angular application builder (`@angular/build:application`) for the `app:build`
 * target of angular.json, as `ng build` does, without the Angular CLI.
 */
import { createRequire } from 'node:module';

// CommonJS packages without an `exports` map: their subfolders load through require.
const require = createRequire(import.meta.url);
const { Architect } = require('@angular-devkit/architect');
const { WorkspaceNodeModulesArchitectHost } = require('@angular-devkit/architect/node');
const { logging, schema, workspaces } = require('@angular-devkit/core');
const { NodeJsSyncHost } = require('@angular-devkit/core/node');

const root = process.cwd();
const registry = new schema.CoreSchemaRegistry();
registry.addPostTransform(schema.transforms.addUndefinedDefaults);
const { workspace } = await workspaces.readWorkspace(root, workspaces.createWorkspaceHost(new NodeJsSyncHost()));
const architect = new Architect(new WorkspaceNodeModulesArchitectHost(workspace, root), registry);
const logger = new logging.Logger('build');
logger.subscribe((entry) =>
  (entry.level === 'error' || entry.level === 'fatal' ? console.error : console.log)(entry.message),
);
const run = await architect.scheduleTarget({ project: 'app', target: 'build' }, {}, { logger });
const { success } = await run.result;
await run.stop();
process.exitCode = success ? 0 : 1;
