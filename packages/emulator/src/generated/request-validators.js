/**
 * GENERATED FILE — DO NOT EDIT.
 * The validator of each request schema (parameters and JSON bodies) by its pointer in the spec: ajv's standalone code.
 * From the bundled spec, by packages/emulator/scripts/render-generated.mjs
 * (run `pnpm --filter @backup-api/emulator generate`). A test fails when this file drifts from it.
 */
import * as runtimeNamespace0 from "ajv-formats/dist/formats.js";
import * as runtimeNamespace1 from "ajv/dist/runtime/equal.js";
import * as runtimeNamespace2 from "ajv/dist/runtime/ucs2length.js";
const moduleExports = (namespace) => (namespace.default?.__esModule ? namespace.default : namespace);
const runtimeModule0 = moduleExports(runtimeNamespace0);
const runtimeModule1 = moduleExports(runtimeNamespace1);
const runtimeModule2 = moduleExports(runtimeNamespace2);
export const validator0 = validate0;
const schema0 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/HeaderClientRequestId/schema"};
const schema2 = {"type":"string","maxLength":100};
const func0 = runtimeModule2.default;

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) > 100){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/HeaderClientRequestId/schema/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/HeaderClientRequestId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator1 = validate2;
const schema3 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/HeaderClientTraceId/schema"};
const schema4 = {"type":"string","maxLength":100};

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate2.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) > 100){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/HeaderClientTraceId/schema/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/HeaderClientTraceId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}
validate2.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator2 = validate3;
const schema5 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/HeaderIdempotencyKey/schema"};
const schema6 = {"type":"string","format":"uuid"};
const formats0 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate3.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!(formats0.test(data))){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/HeaderIdempotencyKey/schema/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/HeaderIdempotencyKey/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}
validate3.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator3 = validate4;
const schema7 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/ListSelectorArchiveArchiveId/schema"};
const schema8 = {"type":"string"};

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate4.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/ListSelectorArchiveArchiveId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}
validate4.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator4 = validate5;
const schema9 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/ListSelectorArchiveFolderId/schema"};
const schema10 = {"type":"string"};

function validate5(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate5.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/ListSelectorArchiveFolderId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate5.errors = vErrors;
return errors === 0;
}
validate5.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator5 = validate6;
const schema11 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/ListSelectorBackupBackupId/schema"};
const schema12 = {"type":"string"};

function validate6(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate6.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/ListSelectorBackupBackupId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate6.errors = vErrors;
return errors === 0;
}
validate6.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator6 = validate7;
const schema13 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/ListSelectorBackupFolderId/schema"};
const schema14 = {"type":"string"};

function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate7.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/ListSelectorBackupFolderId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}
validate7.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator7 = validate8;
const schema15 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/ListSelectorComputeInstanceId/schema"};
const schema16 = {"type":"string","maxLength":50};

function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate8.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) > 50){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/ListSelectorComputeInstanceId/schema/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/ListSelectorComputeInstanceId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate8.errors = vErrors;
return errors === 0;
}
validate8.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator8 = validate9;
const schema17 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/ListSelectorFolderId/schema"};
const schema18 = {"type":"string"};

function validate9(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate9.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/ListSelectorFolderId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate9.errors = vErrors;
return errors === 0;
}
validate9.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator9 = validate10;
const schema19 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/ListSelectorInstancePolicyComputeInstanceId/schema"};
const schema20 = {"type":"string","maxLength":50};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate10.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) > 50){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/ListSelectorInstancePolicyComputeInstanceId/schema/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/ListSelectorInstancePolicyComputeInstanceId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
validate10.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator10 = validate11;
const schema21 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/ListSelectorInstancePolicyPolicyId/schema"};
const schema22 = {"type":"string"};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate11.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/ListSelectorInstancePolicyPolicyId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}
validate11.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator11 = validate12;
const schema23 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/ListSelectorPolicyId/schema"};
const schema24 = {"type":"string"};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate12.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/ListSelectorPolicyId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}
validate12.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator12 = validate13;
const schema25 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/ListSelectorResourceId/schema"};
const schema26 = {"type":"string"};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate13.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/ListSelectorResourceId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}
validate13.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator13 = validate14;
const schema27 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/PathBackupId/schema"};
const schema28 = {"type":"string","minLength":1};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate14.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) < 1){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/PathBackupId/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/PathBackupId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}
validate14.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator14 = validate15;
const schema29 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/PathComputeInstanceId/schema"};
const schema30 = {"type":"string","minLength":1,"maxLength":50};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate15.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) > 50){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/PathComputeInstanceId/schema/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func0(data) < 1){
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/PathComputeInstanceId/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/PathComputeInstanceId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}
validate15.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator15 = validate16;
const schema31 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/PathOperationId/schema"};
const schema32 = {"type":"string","minLength":1};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate16.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) < 1){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/PathOperationId/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/PathOperationId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}
validate16.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator16 = validate17;
const schema33 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/PathPolicyId/schema"};
const schema34 = {"type":"string","minLength":1,"maxLength":50};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate17.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) > 50){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/PathPolicyId/schema/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func0(data) < 1){
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/PathPolicyId/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/PathPolicyId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}
validate17.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator17 = validate18;
const schema35 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/PathProviderName/schema"};
const schema36 = {"type":"string","minLength":1};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate18.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) < 1){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/PathProviderName/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/PathProviderName/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}
validate18.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator18 = validate19;
const schema37 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryFilter/schema"};
const schema38 = {"type":"string"};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate19.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryFilter/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}
validate19.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator19 = validate20;
const schema39 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryFolderId/schema"};
const schema40 = {"type":"string","minLength":1};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) < 1){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryFolderId/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryFolderId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator20 = validate21;
const schema41 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryFolderIdOptional/schema"};
const schema42 = {"type":"string"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryFolderIdOptional/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator21 = validate22;
const schema43 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryIncludeTenantInfo/schema"};
const schema44 = {"type":"boolean","default":false};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "boolean"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryIncludeTenantInfo/schema/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator22 = validate23;
const schema45 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryInstanceRegistrationId/schema"};
const schema46 = {"type":"string"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryInstanceRegistrationId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator23 = validate24;
const schema47 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryListActivatedFolderId/schema"};
const schema48 = {"type":"string","minLength":1,"maxLength":50};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) > 50){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListActivatedFolderId/schema/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func0(data) < 1){
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListActivatedFolderId/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListActivatedFolderId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator24 = validate25;
const schema49 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryListApplicationsComputeInstanceId/schema"};
const schema50 = {"type":"string"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListApplicationsComputeInstanceId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator25 = validate26;
const schema51 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryListApplicationsFolderId/schema"};
const schema52 = {"type":"string"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListApplicationsFolderId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator26 = validate27;
const schema53 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryListPoliciesComputeInstanceId/schema"};
const schema54 = {"type":"string"};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListPoliciesComputeInstanceId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator27 = validate28;
const schema55 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryListPoliciesFolderId/schema"};
const schema56 = {"type":"string","maxLength":50};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) > 50){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListPoliciesFolderId/schema/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListPoliciesFolderId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator28 = validate29;
const schema57 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryListResourcesFolderId/schema"};
const schema58 = {"type":"string","minLength":1,"maxLength":50};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) > 50){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListResourcesFolderId/schema/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func0(data) < 1){
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListResourcesFolderId/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListResourcesFolderId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator29 = validate30;
const schema59 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryListResourcesPageSize/schema"};
const schema60 = {"type":"integer","minimum":0,"maximum":1000,"default":100};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListResourcesPageSize/schema/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data == "number"){
if(data > 1000 || isNaN(data)){
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListResourcesPageSize/schema/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err2 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListResourcesPageSize/schema/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator30 = validate31;
const schema61 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryListResourcesPageToken/schema"};
const schema62 = {"type":"string","maxLength":100};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) > 100){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListResourcesPageToken/schema/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListResourcesPageToken/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator31 = validate32;
const schema63 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryListResourcesType/schema"};
const schema64 = {"type":"string","description":"Kind of machine registered as a backup resource.\n- `COMPUTE`: a Compute Cloud instance.\n- `BMS`: a bare-metal server of the cloud.\n- `EXTERNAL_VM`: a virtual machine outside the cloud.\n- `EXTERNAL_SERVER`: a physical server outside the cloud.\n- `RESOURCE_TYPE_UNSPECIFIED`: no kind given.\n","enum":["RESOURCE_TYPE_UNSPECIFIED","COMPUTE","BMS","EXTERNAL_VM","EXTERNAL_SERVER"]};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListResourcesType/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "RESOURCE_TYPE_UNSPECIFIED") || (data === "COMPUTE")) || (data === "BMS")) || (data === "EXTERNAL_VM")) || (data === "EXTERNAL_SERVER"))){
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListResourcesType/schema/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator32 = validate33;
const schema65 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryListTasksPageSize/schema"};
const schema66 = {"type":"integer","minimum":0,"maximum":1000,"default":100};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListTasksPageSize/schema/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data == "number"){
if(data > 1000 || isNaN(data)){
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListTasksPageSize/schema/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err2 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListTasksPageSize/schema/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator33 = validate34;
const schema67 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryListTasksPageToken/schema"};
const schema68 = {"type":"string","maxLength":100};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) > 100){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListTasksPageToken/schema/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryListTasksPageToken/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator34 = validate35;
const schema69 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryOrderBy/schema"};
const schema70 = {"type":"string","default":"createdAt desc"};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryOrderBy/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator35 = validate36;
const schema71 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryPageSize/schema"};
const schema72 = {"type":"integer","minimum":0,"maximum":1000,"default":100};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryPageSize/schema/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data == "number"){
if(data > 1000 || isNaN(data)){
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryPageSize/schema/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err2 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryPageSize/schema/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator36 = validate37;
const schema73 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryPageToken/schema"};
const schema74 = {"type":"string","maxLength":100};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) > 100){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryPageToken/schema/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryPageToken/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator37 = validate38;
const schema75 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryResourceId/schema"};
const schema76 = {"type":"string","minLength":1};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) < 1){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryResourceId/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryResourceId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator38 = validate39;
const schema77 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryShowProcessing/schema"};
const schema78 = {"type":"boolean","default":false};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "boolean"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryShowProcessing/schema/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator39 = validate40;
const schema79 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QuerySourceId/schema"};
const schema80 = {"type":"string"};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QuerySourceId/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator40 = validate41;
const schema81 = {"$ref":"https://backup-api.local/openapi.json#/components/parameters/QueryType/schema"};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryType/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "RESOURCE_TYPE_UNSPECIFIED") || (data === "COMPUTE")) || (data === "BMS")) || (data === "EXTERNAL_VM")) || (data === "EXTERNAL_SERVER"))){
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/components/parameters/QueryType/schema/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validator41 = validate42;
const schema83 = {"$ref":"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1backups~1{backupId}:startRecovery/post/requestBody/content/application~1json/schema"};
const schema84 = {"type":"object","description":"Where to recover the backup.","required":["computeInstanceId"],"properties":{"computeInstanceId":{"type":"string","minLength":1,"maxLength":50,"description":"Identifier of the Compute Cloud instance to recover onto. A VM backup cannot be recovered onto a\nbare-metal server, nor the reverse.\n"}},"additionalProperties":false};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.computeInstanceId === undefined){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1backups~1{backupId}:startRecovery/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "computeInstanceId"},message:"must have required property '"+"computeInstanceId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "computeInstanceId")){
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1backups~1{backupId}:startRecovery/post/requestBody/content/application~1json/schema/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.computeInstanceId !== undefined){
let data0 = data.computeInstanceId;
if(typeof data0 === "string"){
if(func0(data0) > 50){
const err2 = {instancePath:instancePath+"/computeInstanceId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1backups~1{backupId}:startRecovery/post/requestBody/content/application~1json/schema/properties/computeInstanceId/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func0(data0) < 1){
const err3 = {instancePath:instancePath+"/computeInstanceId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1backups~1{backupId}:startRecovery/post/requestBody/content/application~1json/schema/properties/computeInstanceId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/computeInstanceId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1backups~1{backupId}:startRecovery/post/requestBody/content/application~1json/schema/properties/computeInstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1backups~1{backupId}:startRecovery/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validator42 = validate43;
const schema85 = {"$ref":"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies/post/requestBody/content/application~1json/schema"};
const schema86 = {"type":"object","description":"The policy to create.","required":["folderId","name","settings"],"properties":{"folderId":{"type":"string","minLength":1,"maxLength":50,"description":"Identifier of the folder to create the policy in."},"name":{"type":"string","minLength":1,"maxLength":50,"description":"Name of the policy, up to 50 characters. Names need not be unique, and cannot be changed later. (The\nconsole's stricter name rule is the console's own.)\n"},"settings":{"$ref":"#/components/schemas/PolicySettings"}},"additionalProperties":false};
const schema87 = {"type":"object","description":"Everything a policy says about its backups. `updatePolicy` replaces the whole object: send every field, not\nonly the ones that change.\n\nThe fields listed as required are the API's `(required)` rules. A required enum must not be its\n`*_UNSPECIFIED` value: the service does not document what `(required)` means for an enum; this spec assumes\nit refuses the zero value, which proto3 cannot tell from an absent field. The settings are sent by the\nclient and answered by the service alike; this spec assumes an answer carries the required fields too, since\nthe service checked them when the policy was written.\n\nRetention rule changes take effect with the next backup. If changed settings do not take effect on a VM, the\ndocs advise revoking the policy from it and applying it again.\n","required":["compression","format","reattempts","splitting","vmSnapshotReattempts","vss","performanceWindow","retention","scheduling","cbt"],"properties":{"compression":{"$ref":"#/components/schemas/Compression","not":{"const":"COMPRESSION_UNSPECIFIED"}},"format":{"$ref":"#/components/schemas/ArchiveFormat","not":{"const":"FORMAT_UNSPECIFIED"}},"multiVolumeSnapshottingEnabled":{"type":"boolean","description":"`true` to take snapshots of several volumes at the same moment."},"preserveFileSecuritySettings":{"type":"boolean","deprecated":true,"description":"No longer supported by the service."},"reattempts":{"$ref":"#/components/schemas/RetriesConfiguration","description":"Retries when a backup hits a recoverable error (for example, a lost connection to its storage)."},"silentModeEnabled":{"type":"boolean","description":"`true` to run without asking the user anything. `false` when left out."},"splitting":{"$ref":"#/components/schemas/Splitting"},"vmSnapshotReattempts":{"$ref":"#/components/schemas/RetriesConfiguration","description":"Retries when taking the VM snapshot fails."},"vss":{"$ref":"#/components/schemas/VolumeShadowCopyServiceSettings"},"archive":{"$ref":"#/components/schemas/ArchiveProperties"},"performanceWindow":{"$ref":"#/components/schemas/PerformanceWindow"},"retention":{"$ref":"#/components/schemas/Retention"},"scheduling":{"$ref":"#/components/schemas/Scheduling"},"cbt":{"$ref":"#/components/schemas/ChangedBlockTracking","not":{"const":"CHANGED_BLOCK_TRACKING_UNSPECIFIED"}},"fastBackupEnabled":{"type":"boolean","description":"`true` to detect changed files by size and timestamp instead of by content."},"quiesceSnapshottingEnabled":{"type":"boolean","deprecated":true,"description":"No longer supported by the service."},"fileFilters":{"$ref":"#/components/schemas/FileFilters"},"sectorBySector":{"type":"boolean","description":"`true` to back up disks sector by sector, unused sectors included."},"validationEnabled":{"type":"boolean","description":"`true` to validate each backup after it is made."},"lvmSnapshottingEnabled":{"type":"boolean","description":"`true` to use LVM snapshots of Linux logical volumes."},"prePostCommands":{"type":"array","description":"Commands to run before and after a backup, or before and after its data capture.","items":{"$ref":"#/components/schemas/PrePostCommand"}}}};
const schema88 = {"type":"string","description":"How hard backups are compressed: `NORMAL`, `HIGH`, `MAX`, or `OFF` for none. `COMPRESSION_UNSPECIFIED` is\nrefused in a policy.\n","enum":["COMPRESSION_UNSPECIFIED","NORMAL","HIGH","MAX","OFF"]};
const schema89 = {"type":"string","description":"On-disk format of an archive: the API's `Format` enum, used by `Archive.format` and `PolicySettings.format`.\n- `VERSION_11`: the agent's legacy format 11, not recommended.\n- `VERSION_12`: format 12, recommended.\n- `AUTO`: format 12, unless backups are appended to an archive of an older format.\n- `FORMAT_UNSPECIFIED`: no format given (refused in a policy).\n","enum":["FORMAT_UNSPECIFIED","VERSION_11","VERSION_12","AUTO"]};
const schema93 = {"type":"object","description":"Splits a backup into files of at most `size` bytes. Clients send `9223372036854775807` (the largest int64)\nto split nothing in practice.\n","properties":{"size":{"type":"string","format":"int64","pattern":"^-?[0-9]+$","description":"Largest file size in bytes."}}};
const schema96 = {"type":"object","description":"How the policy names the archives it fills.","properties":{"name":{"type":"string","description":"Archive name template. It may use the variables `[Machine Name]`, `[Plan ID]`, `[Plan Name]`,\n`[Unique ID]` and `[Virtualization Server Type]`; the service's default is\n`[Machine Name]-[Plan ID]-[Unique ID]A`. The Terraform provider refuses a template that ends with a\nvariable or a digit.\n","examples":["[Machine Name]-[Plan ID]-[Unique ID]a"]}}};
const schema97 = {"type":"object","description":"The backup agent's performance window; the API only switches it on or off.","properties":{"enabled":{"type":"boolean","description":"`true` to use the performance window."}}};
const schema113 = {"type":"string","description":"Use of changed block tracking (CBT): `USE_IF_ENABLED`, `ENABLE_AND_USE` or `DO_NOT_USE`. `CHANGED_BLOCK_TRACKING_UNSPECIFIED` is refused in a policy.\n","enum":["CHANGED_BLOCK_TRACKING_UNSPECIFIED","USE_IF_ENABLED","ENABLE_AND_USE","DO_NOT_USE"]};
const schema114 = {"type":"object","description":"Which files to back up, by mask. `*` and `?` are wildcards; matching ignores case; an exclusion wins over an\ninclusion.\n","properties":{"exclusionMasks":{"type":"array","description":"Masks of the files to leave out.","items":{"type":"string"}},"inclusionMasks":{"type":"array","description":"Masks of the files to back up.","items":{"type":"string"}}}};
const schema90 = {"type":"object","description":"When and how often to retry. `interval` and `maxAttempts` are needed even with `enabled: false`\n(`maxAttempts` must be greater than 0).\n","required":["interval","maxAttempts"],"properties":{"enabled":{"type":"boolean","description":"`true` to retry."},"interval":{"$ref":"#/components/schemas/Interval"},"maxAttempts":{"type":"string","format":"int64","pattern":"^-?[0-9]+$","not":{"pattern":"^(-.*|0+)$"},"description":"Most attempts, greater than 0."}}};
const schema91 = {"type":"object","description":"A span of time, `count` units of `type`. Both are needed: `count` must be greater than 0, and proto3 cannot\ntell 0 from a left-out field.\n","required":["type","count"],"properties":{"type":{"$ref":"#/components/schemas/IntervalType","not":{"const":"TYPE_UNSPECIFIED"}},"count":{"type":"string","format":"int64","pattern":"^-?[0-9]+$","not":{"pattern":"^(-.*|0+)$"},"description":"How many units, greater than 0."}}};
const schema92 = {"type":"string","description":"Unit of an `Interval`. `TYPE_UNSPECIFIED` is refused.","enum":["TYPE_UNSPECIFIED","SECONDS","MINUTES","HOURS","DAYS","WEEKS","MONTHS"]};
const pattern0 = new RegExp("^(-.*|0+)$", "u");
const pattern1 = new RegExp("^-?[0-9]+$", "u");
const formats2 = runtimeModule0.fullFormats.int64;

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.count === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/IntervalType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((((data0 === "TYPE_UNSPECIFIED") || (data0 === "SECONDS")) || (data0 === "MINUTES")) || (data0 === "HOURS")) || (data0 === "DAYS")) || (data0 === "WEEKS")) || (data0 === "MONTHS"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/IntervalType/enum",keyword:"enum",params:{allowedValues: schema92.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs4 = errors;
const _errs5 = errors;
if("TYPE_UNSPECIFIED" !== data0){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid2 = _errs5 === errors;
if(valid2){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.count !== undefined){
let data1 = data.count;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid3 = _errs9 === errors;
if(valid3){
const err7 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
if(typeof data1 == "number"){
if(!(formats2.validate(data1))){
const err8 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err9 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":{"type":true,"count":true},"dynamicProps":false,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.interval === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "interval"},message:"must have required property '"+"interval"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.maxAttempts === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maxAttempts"},message:"must have required property '"+"maxAttempts"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err2 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.interval !== undefined){
if(!(validate47(data.interval, {instancePath:instancePath+"/interval",parentData:data,parentDataProperty:"interval",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.maxAttempts !== undefined){
let data2 = data.maxAttempts;
const _errs6 = errors;
const _errs7 = errors;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid1 = _errs7 === errors;
if(valid1){
const err4 = {instancePath:instancePath+"/maxAttempts",schemaPath:"#/properties/maxAttempts/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if(typeof data2 == "number"){
if(!(formats2.validate(data2))){
const err5 = {instancePath:instancePath+"/maxAttempts",schemaPath:"#/properties/maxAttempts/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
const err6 = {instancePath:instancePath+"/maxAttempts",schemaPath:"#/properties/maxAttempts/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/maxAttempts",schemaPath:"#/properties/maxAttempts/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":{"enabled":true,"interval":true,"maxAttempts":true},"dynamicProps":false,"dynamicItems":false};

const schema94 = {"type":"object","description":"Use of Windows' Volume Shadow Copy Service (VSS) for consistent backups.","required":["provider"],"properties":{"enabled":{"type":"boolean","description":"`true` to use VSS."},"provider":{"$ref":"#/components/schemas/VSSProvider","not":{"const":"VSS_PROVIDER_UNSPECIFIED"}}}};
const schema95 = {"type":"string","description":"Which VSS provider takes the snapshots: `NATIVE` or `TARGET_SYSTEM_DEFINED`. `VSS_PROVIDER_UNSPECIFIED` is\nrefused.\n","enum":["VSS_PROVIDER_UNSPECIFIED","NATIVE","TARGET_SYSTEM_DEFINED"]};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.provider === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err1 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.provider !== undefined){
let data1 = data.provider;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/provider",schemaPath:"#/components/schemas/VSSProvider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data1 === "VSS_PROVIDER_UNSPECIFIED") || (data1 === "NATIVE")) || (data1 === "TARGET_SYSTEM_DEFINED"))){
const err3 = {instancePath:instancePath+"/provider",schemaPath:"#/components/schemas/VSSProvider/enum",keyword:"enum",params:{allowedValues: schema95.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs6 = errors;
const _errs7 = errors;
if("VSS_PROVIDER_UNSPECIFIED" !== data1){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid2 = _errs7 === errors;
if(valid2){
const err5 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":{"enabled":true,"provider":true},"dynamicProps":false,"dynamicItems":false};

const schema98 = {"type":"object","description":"Which backups to keep. Rule changes take effect with the next backup.","properties":{"rules":{"type":"array","description":"The retention rules.","items":{"$ref":"#/components/schemas/RetentionRule"}},"beforeBackup":{"type":"boolean","description":"`true` to apply the rules before each backup; `false` (the default) after it."}}};
const schema99 = {"type":"object","description":"One retention rule: keep backups up to an age (`maxAge`) or up to a count (`maxCount`). Exactly one of the two\nis given (`exactly_one` in the API).\n","properties":{"backupSet":{"type":"array","description":"The kinds of scheduled backups the rule covers. The docs' own sample sends a rule without it; this spec\nassumes such a rule covers every backup.\n","items":{"$ref":"#/components/schemas/RepeatePeriod"}},"maxAge":{"$ref":"#/components/schemas/Interval","description":"Delete backups older than this."},"maxCount":{"type":"string","format":"int64","pattern":"^-?[0-9]+$","description":"Keep this many backups, the newest; delete the older ones."}},"oneOf":[{"required":["maxAge"]},{"required":["maxCount"]}]};
const schema100 = {"type":"string","description":"How often a schedule repeats (the API's `RepeatePeriod`, spelled so): `HOURLY`, `DAILY`, `WEEKLY` or `MONTHLY`.\n`REPEATE_PERIOD_UNSPECIFIED` means none given.\n","enum":["REPEATE_PERIOD_UNSPECIFIED","HOURLY","DAILY","WEEKLY","MONTHLY"]};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.maxAge === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "maxAge"},message:"must have required property '"+"maxAge"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.maxCount === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "maxCount"},message:"must have required property '"+"maxCount"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.backupSet !== undefined){
let data0 = data.backupSet;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/backupSet/" + i0,schemaPath:"#/components/schemas/RepeatePeriod/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((((data1 === "REPEATE_PERIOD_UNSPECIFIED") || (data1 === "HOURLY")) || (data1 === "DAILY")) || (data1 === "WEEKLY")) || (data1 === "MONTHLY"))){
const err4 = {instancePath:instancePath+"/backupSet/" + i0,schemaPath:"#/components/schemas/RepeatePeriod/enum",keyword:"enum",params:{allowedValues: schema100.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/backupSet",schemaPath:"#/properties/backupSet/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.maxAge !== undefined){
if(!(validate47(data.maxAge, {instancePath:instancePath+"/maxAge",parentData:data,parentDataProperty:"maxAge",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.maxCount !== undefined){
let data3 = data.maxCount;
if(typeof data3 == "number"){
if(!(formats2.validate(data3))){
const err6 = {instancePath:instancePath+"/maxCount",schemaPath:"#/properties/maxCount/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err7 = {instancePath:instancePath+"/maxCount",schemaPath:"#/properties/maxCount/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/maxCount",schemaPath:"#/properties/maxCount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":{"backupSet":true,"maxAge":true,"maxCount":true},"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rules !== undefined){
let data0 = data.rules;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate54(data0[i0], {instancePath:instancePath+"/rules/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.beforeBackup !== undefined){
if(typeof data.beforeBackup !== "boolean"){
const err1 = {instancePath:instancePath+"/beforeBackup",schemaPath:"#/properties/beforeBackup/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":{"rules":true,"beforeBackup":true},"dynamicProps":false,"dynamicItems":false};

const schema101 = {"type":"object","description":"When backups run. `backupSets` needs at least one entry (the API's `(size) = \">0\"`), so it cannot be left out.\n","required":["backupSets","randMaxDelay","scheme","weeklyBackupDay"],"properties":{"backupSets":{"type":"array","minItems":1,"description":"The schedules; at least one.","items":{"$ref":"#/components/schemas/BackupSet"}},"enabled":{"type":"boolean","description":"`true` to run the schedule. The switch a client uses to pause a policy."},"maxParallelBackups":{"type":"string","format":"int64","pattern":"^-?[0-9]+$","description":"Most backups run at the same time. `0` or left out means no limit."},"randMaxDelay":{"$ref":"#/components/schemas/Interval","description":"Each start is delayed by a random time up to this long."},"scheme":{"$ref":"#/components/schemas/SchedulingScheme","not":{"const":"SCHEME_UNSPECIFIED"}},"weeklyBackupDay":{"$ref":"#/components/schemas/Day","not":{"const":"DAY_UNSPECIFIED"}},"taskFailure":{"$ref":"#/components/schemas/RetriesConfiguration","description":"Retries of a failed scheduled backup. Not applied to backups started by hand (`executePolicy`)."}}};
const schema111 = {"type":"string","description":"Which backups are full and which incremental.\n- `ALWAYS_FULL`: every backup is full.\n- `ALWAYS_INCREMENTAL`: the first backup is full, every later one incremental.\n- `WEEKLY_FULL_DAILY_INCREMENTAL`: a full backup each week on `weeklyBackupDay`, incremental ones on other days.\n- `WEEKLY_INCREMENTAL`, `SIMPLE`, `CDP`: further schemes of the backup agent, which the service does not\n  describe.\n- `CUSTOM`: each backup set gives its own `type`.\n- `SCHEME_UNSPECIFIED`: refused.\n","enum":["SCHEME_UNSPECIFIED","SIMPLE","ALWAYS_FULL","ALWAYS_INCREMENTAL","WEEKLY_INCREMENTAL","WEEKLY_FULL_DAILY_INCREMENTAL","CUSTOM","CDP"]};
const schema104 = {"type":"string","description":"A day of the week. `DAY_UNSPECIFIED` means none given.","enum":["DAY_UNSPECIFIED","MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"]};
const schema102 = {"type":"object","description":"One schedule: at given times (`time`) or a delay after the previous run (`sinceLastExecTime`). Exactly one of\nthe two is given (`exactly_one` in the API).\n","properties":{"time":{"$ref":"#/components/schemas/BackupSetTime"},"sinceLastExecTime":{"$ref":"#/components/schemas/SinceLastExecTime"},"type":{"$ref":"#/components/schemas/BackupSetType"}},"oneOf":[{"required":["time"]},{"required":["sinceLastExecTime"]}]};
const schema110 = {"type":"string","description":"Kind of backup a schedule makes: `TYPE_AUTO` (as the scheme says), `TYPE_FULL`, `TYPE_INCREMENTAL` or\n`TYPE_DIFFERENTIAL`. With the `CUSTOM` scheme each backup set must give one. `TYPE_UNSPECIFIED`: none given.\n","enum":["TYPE_UNSPECIFIED","TYPE_AUTO","TYPE_FULL","TYPE_INCREMENTAL","TYPE_DIFFERENTIAL"]};
const schema103 = {"type":"object","description":"A schedule by the clock: `type` says how often it repeats, the other fields when. `weekdays`, `monthdays` and\n`months` list each value once.\n","required":["type"],"properties":{"weekdays":{"type":"array","uniqueItems":true,"description":"Days of the week to run on (weekly schedules).","items":{"$ref":"#/components/schemas/Day"}},"repeatAt":{"type":"array","description":"Times of day to run at.","items":{"$ref":"#/components/schemas/TimeOfDay"}},"repeatEvery":{"$ref":"#/components/schemas/Interval","description":"Run again every this long (hourly schedules), between `timeFrom` and `timeTo`."},"timeFrom":{"$ref":"#/components/schemas/TimeOfDay","description":"Start of the daily window for `repeatEvery`."},"timeTo":{"$ref":"#/components/schemas/TimeOfDay","description":"End of the daily window for `repeatEvery`."},"monthdays":{"type":"array","uniqueItems":true,"description":"Days of the month to run on, 1 to 31 (monthly schedules).","items":{"type":"string","format":"int64","pattern":"^-?[0-9]+$","not":{"pattern":"^(-.*|0*|0*([4-9][0-9]|3[2-9])|0*[1-9][0-9]{2,})$"},"description":"A day of the month, 1 to 31."}},"includeLastDayOfMonth":{"type":"boolean","description":"`true` to run on the last day of each month too."},"months":{"type":"array","uniqueItems":true,"description":"Months to run in, 1 (January) to 12.","items":{"type":"string","format":"int64","pattern":"^-?[0-9]+$","not":{"pattern":"^(-.*|0*|0*(1[3-9]|[2-9][0-9])|0*[1-9][0-9]{2,})$"},"description":"A month, 1 to 12."}},"type":{"$ref":"#/components/schemas/RepeatePeriod","not":{"const":"REPEATE_PERIOD_UNSPECIFIED"}},"runLater":{"type":"boolean","description":"`true` to run the backups missed while the machine was off when it boots."}}};
const schema105 = {"type":"object","description":"A time of day. The docs give `hour` 0–23 and `minute` 0–59; the API sets no range, so neither does this\nspec. Whether it is the machine's local time or UTC is documented both ways; current docs say local time.\n","properties":{"hour":{"type":"string","format":"int64","pattern":"^-?[0-9]+$","description":"Hour, 0 to 23."},"minute":{"type":"string","format":"int64","pattern":"^-?[0-9]+$","description":"Minute, 0 to 59."}}};
const func27 = runtimeModule1.default;
const pattern12 = new RegExp("^(-.*|0*|0*([4-9][0-9]|3[2-9])|0*[1-9][0-9]{2,})$", "u");
const pattern14 = new RegExp("^(-.*|0*|0*(1[3-9]|[2-9][0-9])|0*[1-9][0-9]{2,})$", "u");

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.weekdays !== undefined){
let data0 = data.weekdays;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/weekdays/" + i0,schemaPath:"#/components/schemas/Day/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((((((((data1 === "DAY_UNSPECIFIED") || (data1 === "MONDAY")) || (data1 === "TUESDAY")) || (data1 === "WEDNESDAY")) || (data1 === "THURSDAY")) || (data1 === "FRIDAY")) || (data1 === "SATURDAY")) || (data1 === "SUNDAY"))){
const err2 = {instancePath:instancePath+"/weekdays/" + i0,schemaPath:"#/components/schemas/Day/enum",keyword:"enum",params:{allowedValues: schema104.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func27(data0[i1], data0[j0])){
const err3 = {instancePath:instancePath+"/weekdays",schemaPath:"#/properties/weekdays/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/weekdays",schemaPath:"#/properties/weekdays/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.repeatAt !== undefined){
let data2 = data.repeatAt;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.hour !== undefined){
let data4 = data3.hour;
if(typeof data4 == "number"){
if(!(formats2.validate(data4))){
const err5 = {instancePath:instancePath+"/repeatAt/" + i2+"/hour",schemaPath:"#/components/schemas/TimeOfDay/properties/hour/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(typeof data4 === "string"){
if(!pattern1.test(data4)){
const err6 = {instancePath:instancePath+"/repeatAt/" + i2+"/hour",schemaPath:"#/components/schemas/TimeOfDay/properties/hour/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/repeatAt/" + i2+"/hour",schemaPath:"#/components/schemas/TimeOfDay/properties/hour/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.minute !== undefined){
let data5 = data3.minute;
if(typeof data5 == "number"){
if(!(formats2.validate(data5))){
const err8 = {instancePath:instancePath+"/repeatAt/" + i2+"/minute",schemaPath:"#/components/schemas/TimeOfDay/properties/minute/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err9 = {instancePath:instancePath+"/repeatAt/" + i2+"/minute",schemaPath:"#/components/schemas/TimeOfDay/properties/minute/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/repeatAt/" + i2+"/minute",schemaPath:"#/components/schemas/TimeOfDay/properties/minute/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/repeatAt/" + i2,schemaPath:"#/components/schemas/TimeOfDay/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/repeatAt",schemaPath:"#/properties/repeatAt/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.repeatEvery !== undefined){
if(!(validate47(data.repeatEvery, {instancePath:instancePath+"/repeatEvery",parentData:data,parentDataProperty:"repeatEvery",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.timeFrom !== undefined){
let data7 = data.timeFrom;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.hour !== undefined){
let data8 = data7.hour;
if(typeof data8 == "number"){
if(!(formats2.validate(data8))){
const err13 = {instancePath:instancePath+"/timeFrom/hour",schemaPath:"#/components/schemas/TimeOfDay/properties/hour/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(typeof data8 === "string"){
if(!pattern1.test(data8)){
const err14 = {instancePath:instancePath+"/timeFrom/hour",schemaPath:"#/components/schemas/TimeOfDay/properties/hour/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/timeFrom/hour",schemaPath:"#/components/schemas/TimeOfDay/properties/hour/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data7.minute !== undefined){
let data9 = data7.minute;
if(typeof data9 == "number"){
if(!(formats2.validate(data9))){
const err16 = {instancePath:instancePath+"/timeFrom/minute",schemaPath:"#/components/schemas/TimeOfDay/properties/minute/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(typeof data9 === "string"){
if(!pattern1.test(data9)){
const err17 = {instancePath:instancePath+"/timeFrom/minute",schemaPath:"#/components/schemas/TimeOfDay/properties/minute/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/timeFrom/minute",schemaPath:"#/components/schemas/TimeOfDay/properties/minute/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/timeFrom",schemaPath:"#/components/schemas/TimeOfDay/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.timeTo !== undefined){
let data10 = data.timeTo;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.hour !== undefined){
let data11 = data10.hour;
if(typeof data11 == "number"){
if(!(formats2.validate(data11))){
const err20 = {instancePath:instancePath+"/timeTo/hour",schemaPath:"#/components/schemas/TimeOfDay/properties/hour/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(typeof data11 === "string"){
if(!pattern1.test(data11)){
const err21 = {instancePath:instancePath+"/timeTo/hour",schemaPath:"#/components/schemas/TimeOfDay/properties/hour/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/timeTo/hour",schemaPath:"#/components/schemas/TimeOfDay/properties/hour/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data10.minute !== undefined){
let data12 = data10.minute;
if(typeof data12 == "number"){
if(!(formats2.validate(data12))){
const err23 = {instancePath:instancePath+"/timeTo/minute",schemaPath:"#/components/schemas/TimeOfDay/properties/minute/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(typeof data12 === "string"){
if(!pattern1.test(data12)){
const err24 = {instancePath:instancePath+"/timeTo/minute",schemaPath:"#/components/schemas/TimeOfDay/properties/minute/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/timeTo/minute",schemaPath:"#/components/schemas/TimeOfDay/properties/minute/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/timeTo",schemaPath:"#/components/schemas/TimeOfDay/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.monthdays !== undefined){
let data13 = data.monthdays;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i3=0; i3<len2; i3++){
let data14 = data13[i3];
const _errs34 = errors;
const _errs35 = errors;
if(typeof data14 === "string"){
if(!pattern12.test(data14)){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var valid15 = _errs35 === errors;
if(valid15){
const err28 = {instancePath:instancePath+"/monthdays/" + i3,schemaPath:"#/properties/monthdays/items/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
if(typeof data14 == "number"){
if(!(formats2.validate(data14))){
const err29 = {instancePath:instancePath+"/monthdays/" + i3,schemaPath:"#/properties/monthdays/items/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(typeof data14 === "string"){
if(!pattern1.test(data14)){
const err30 = {instancePath:instancePath+"/monthdays/" + i3,schemaPath:"#/properties/monthdays/items/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/monthdays/" + i3,schemaPath:"#/properties/monthdays/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
let i4 = data13.length;
let j1;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data13[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err32 = {instancePath:instancePath+"/monthdays",schemaPath:"#/properties/monthdays/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err33 = {instancePath:instancePath+"/monthdays",schemaPath:"#/properties/monthdays/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.includeLastDayOfMonth !== undefined){
if(typeof data.includeLastDayOfMonth !== "boolean"){
const err34 = {instancePath:instancePath+"/includeLastDayOfMonth",schemaPath:"#/properties/includeLastDayOfMonth/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.months !== undefined){
let data16 = data.months;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i5=0; i5<len3; i5++){
let data17 = data16[i5];
const _errs42 = errors;
const _errs43 = errors;
if(typeof data17 === "string"){
if(!pattern14.test(data17)){
const err35 = {};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
var valid19 = _errs43 === errors;
if(valid19){
const err36 = {instancePath:instancePath+"/months/" + i5,schemaPath:"#/properties/months/items/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
if(typeof data17 == "number"){
if(!(formats2.validate(data17))){
const err37 = {instancePath:instancePath+"/months/" + i5,schemaPath:"#/properties/months/items/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(typeof data17 === "string"){
if(!pattern1.test(data17)){
const err38 = {instancePath:instancePath+"/months/" + i5,schemaPath:"#/properties/months/items/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/months/" + i5,schemaPath:"#/properties/months/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
let i6 = data16.length;
let j2;
if(i6 > 1){
const indices1 = {};
for(;i6--;){
let item1 = data16[i6];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err40 = {instancePath:instancePath+"/months",schemaPath:"#/properties/months/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
break;
}
indices1[item1] = i6;
}
}
}
else {
const err41 = {instancePath:instancePath+"/months",schemaPath:"#/properties/months/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.type !== undefined){
let data18 = data.type;
if(typeof data18 !== "string"){
const err42 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/RepeatePeriod/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!(((((data18 === "REPEATE_PERIOD_UNSPECIFIED") || (data18 === "HOURLY")) || (data18 === "DAILY")) || (data18 === "WEEKLY")) || (data18 === "MONTHLY"))){
const err43 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/RepeatePeriod/enum",keyword:"enum",params:{allowedValues: schema100.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const _errs47 = errors;
const _errs48 = errors;
if("REPEATE_PERIOD_UNSPECIFIED" !== data18){
const err44 = {};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var valid22 = _errs48 === errors;
if(valid22){
const err45 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
}
if(data.runLater !== undefined){
if(typeof data.runLater !== "boolean"){
const err46 = {instancePath:instancePath+"/runLater",schemaPath:"#/properties/runLater/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":{"weekdays":true,"repeatAt":true,"repeatEvery":true,"timeFrom":true,"timeTo":true,"monthdays":true,"includeLastDayOfMonth":true,"months":true,"type":true,"runLater":true},"dynamicProps":false,"dynamicItems":false};

const schema109 = {"type":"object","description":"A schedule by delay, measured from the end of the previous run.","required":["delay"],"properties":{"delay":{"$ref":"#/components/schemas/Interval"}}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.delay === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delay"},message:"must have required property '"+"delay"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.delay !== undefined){
if(!(validate47(data.delay, {instancePath:instancePath+"/delay",parentData:data,parentDataProperty:"delay",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":{"delay":true},"dynamicProps":false,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.time === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sinceLastExecTime === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "sinceLastExecTime"},message:"must have required property '"+"sinceLastExecTime"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.time !== undefined){
if(!(validate60(data.time, {instancePath:instancePath+"/time",parentData:data,parentDataProperty:"time",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
if(data.sinceLastExecTime !== undefined){
if(!(validate63(data.sinceLastExecTime, {instancePath:instancePath+"/sinceLastExecTime",parentData:data,parentDataProperty:"sinceLastExecTime",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/BackupSetType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((((data2 === "TYPE_UNSPECIFIED") || (data2 === "TYPE_AUTO")) || (data2 === "TYPE_FULL")) || (data2 === "TYPE_INCREMENTAL")) || (data2 === "TYPE_DIFFERENTIAL"))){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/BackupSetType/enum",keyword:"enum",params:{allowedValues: schema110.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"time":true,"sinceLastExecTime":true,"type":true},"dynamicProps":false,"dynamicItems":false};


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.backupSets === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "backupSets"},message:"must have required property '"+"backupSets"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.randMaxDelay === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "randMaxDelay"},message:"must have required property '"+"randMaxDelay"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.scheme === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.weeklyBackupDay === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weeklyBackupDay"},message:"must have required property '"+"weeklyBackupDay"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.backupSets !== undefined){
let data0 = data.backupSets;
if(Array.isArray(data0)){
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/backupSets",schemaPath:"#/properties/backupSets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate59(data0[i0], {instancePath:instancePath+"/backupSets/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/backupSets",schemaPath:"#/properties/backupSets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err6 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.maxParallelBackups !== undefined){
let data3 = data.maxParallelBackups;
if(typeof data3 == "number"){
if(!(formats2.validate(data3))){
const err7 = {instancePath:instancePath+"/maxParallelBackups",schemaPath:"#/properties/maxParallelBackups/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err8 = {instancePath:instancePath+"/maxParallelBackups",schemaPath:"#/properties/maxParallelBackups/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/maxParallelBackups",schemaPath:"#/properties/maxParallelBackups/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.randMaxDelay !== undefined){
if(!(validate47(data.randMaxDelay, {instancePath:instancePath+"/randMaxDelay",parentData:data,parentDataProperty:"randMaxDelay",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.scheme !== undefined){
let data5 = data.scheme;
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/scheme",schemaPath:"#/components/schemas/SchedulingScheme/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((((((data5 === "SCHEME_UNSPECIFIED") || (data5 === "SIMPLE")) || (data5 === "ALWAYS_FULL")) || (data5 === "ALWAYS_INCREMENTAL")) || (data5 === "WEEKLY_INCREMENTAL")) || (data5 === "WEEKLY_FULL_DAILY_INCREMENTAL")) || (data5 === "CUSTOM")) || (data5 === "CDP"))){
const err11 = {instancePath:instancePath+"/scheme",schemaPath:"#/components/schemas/SchedulingScheme/enum",keyword:"enum",params:{allowedValues: schema111.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs12 = errors;
const _errs13 = errors;
if("SCHEME_UNSPECIFIED" !== data5){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid4 = _errs13 === errors;
if(valid4){
const err13 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.weeklyBackupDay !== undefined){
let data6 = data.weeklyBackupDay;
if(typeof data6 !== "string"){
const err14 = {instancePath:instancePath+"/weeklyBackupDay",schemaPath:"#/components/schemas/Day/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((((((data6 === "DAY_UNSPECIFIED") || (data6 === "MONDAY")) || (data6 === "TUESDAY")) || (data6 === "WEDNESDAY")) || (data6 === "THURSDAY")) || (data6 === "FRIDAY")) || (data6 === "SATURDAY")) || (data6 === "SUNDAY"))){
const err15 = {instancePath:instancePath+"/weeklyBackupDay",schemaPath:"#/components/schemas/Day/enum",keyword:"enum",params:{allowedValues: schema104.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs17 = errors;
const _errs18 = errors;
if("DAY_UNSPECIFIED" !== data6){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid6 = _errs18 === errors;
if(valid6){
const err17 = {instancePath:instancePath+"/weeklyBackupDay",schemaPath:"#/properties/weeklyBackupDay/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
if(data.taskFailure !== undefined){
if(!(validate46(data.taskFailure, {instancePath:instancePath+"/taskFailure",parentData:data,parentDataProperty:"taskFailure",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":{"backupSets":true,"enabled":true,"maxParallelBackups":true,"randMaxDelay":true,"scheme":true,"weeklyBackupDay":true,"taskFailure":true},"dynamicProps":false,"dynamicItems":false};

const schema115 = {"type":"object","description":"A command the agent runs around a backup.","properties":{"cmd":{"type":"string","description":"Path of the program to run."},"args":{"type":"string","description":"Its arguments, as one string."},"enabled":{"type":"boolean","description":"`true` to run the command."},"stopOnError":{"type":"boolean","description":"`true` to stop the backup when the command fails."},"type":{"$ref":"#/components/schemas/CommandType"},"wait":{"type":"boolean","description":"`true` to wait for the command to finish before going on."},"workdir":{"type":"string","description":"Working directory of the command."}}};
const schema116 = {"type":"string","description":"When a command runs: `PRE_COMMAND` / `POST_COMMAND` before / after the backup, `PRE_DATA_COMMAND` /\n`POST_DATA_COMMAND` before / after its data capture. `COMMAND_TYPE_UNSPECIFIED`: none given.\n","enum":["COMMAND_TYPE_UNSPECIFIED","PRE_COMMAND","POST_COMMAND","PRE_DATA_COMMAND","POST_DATA_COMMAND"]};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cmd !== undefined){
if(typeof data.cmd !== "string"){
const err0 = {instancePath:instancePath+"/cmd",schemaPath:"#/properties/cmd/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.args !== undefined){
if(typeof data.args !== "string"){
const err1 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err2 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.stopOnError !== undefined){
if(typeof data.stopOnError !== "boolean"){
const err3 = {instancePath:instancePath+"/stopOnError",schemaPath:"#/properties/stopOnError/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data4 = data.type;
if(typeof data4 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/CommandType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((((data4 === "COMMAND_TYPE_UNSPECIFIED") || (data4 === "PRE_COMMAND")) || (data4 === "POST_COMMAND")) || (data4 === "PRE_DATA_COMMAND")) || (data4 === "POST_DATA_COMMAND"))){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/CommandType/enum",keyword:"enum",params:{allowedValues: schema116.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.wait !== undefined){
if(typeof data.wait !== "boolean"){
const err6 = {instancePath:instancePath+"/wait",schemaPath:"#/properties/wait/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.workdir !== undefined){
if(typeof data.workdir !== "string"){
const err7 = {instancePath:instancePath+"/workdir",schemaPath:"#/properties/workdir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":{"cmd":true,"args":true,"enabled":true,"stopOnError":true,"type":true,"wait":true,"workdir":true},"dynamicProps":false,"dynamicItems":false};


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.compression === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "compression"},message:"must have required property '"+"compression"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.format === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reattempts === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reattempts"},message:"must have required property '"+"reattempts"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.splitting === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "splitting"},message:"must have required property '"+"splitting"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.vmSnapshotReattempts === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vmSnapshotReattempts"},message:"must have required property '"+"vmSnapshotReattempts"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.vss === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vss"},message:"must have required property '"+"vss"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.performanceWindow === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "performanceWindow"},message:"must have required property '"+"performanceWindow"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.retention === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retention"},message:"must have required property '"+"retention"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.scheduling === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scheduling"},message:"must have required property '"+"scheduling"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.cbt === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cbt"},message:"must have required property '"+"cbt"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.compression !== undefined){
let data0 = data.compression;
if(typeof data0 !== "string"){
const err10 = {instancePath:instancePath+"/compression",schemaPath:"#/components/schemas/Compression/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((data0 === "COMPRESSION_UNSPECIFIED") || (data0 === "NORMAL")) || (data0 === "HIGH")) || (data0 === "MAX")) || (data0 === "OFF"))){
const err11 = {instancePath:instancePath+"/compression",schemaPath:"#/components/schemas/Compression/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs4 = errors;
const _errs5 = errors;
if("COMPRESSION_UNSPECIFIED" !== data0){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid2 = _errs5 === errors;
if(valid2){
const err13 = {instancePath:instancePath+"/compression",schemaPath:"#/properties/compression/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.format !== undefined){
let data1 = data.format;
if(typeof data1 !== "string"){
const err14 = {instancePath:instancePath+"/format",schemaPath:"#/components/schemas/ArchiveFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((data1 === "FORMAT_UNSPECIFIED") || (data1 === "VERSION_11")) || (data1 === "VERSION_12")) || (data1 === "AUTO"))){
const err15 = {instancePath:instancePath+"/format",schemaPath:"#/components/schemas/ArchiveFormat/enum",keyword:"enum",params:{allowedValues: schema89.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs9 = errors;
const _errs10 = errors;
if("FORMAT_UNSPECIFIED" !== data1){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid4 = _errs10 === errors;
if(valid4){
const err17 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.multiVolumeSnapshottingEnabled !== undefined){
if(typeof data.multiVolumeSnapshottingEnabled !== "boolean"){
const err18 = {instancePath:instancePath+"/multiVolumeSnapshottingEnabled",schemaPath:"#/properties/multiVolumeSnapshottingEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.preserveFileSecuritySettings !== undefined){
if(typeof data.preserveFileSecuritySettings !== "boolean"){
const err19 = {instancePath:instancePath+"/preserveFileSecuritySettings",schemaPath:"#/properties/preserveFileSecuritySettings/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.reattempts !== undefined){
if(!(validate46(data.reattempts, {instancePath:instancePath+"/reattempts",parentData:data,parentDataProperty:"reattempts",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.silentModeEnabled !== undefined){
if(typeof data.silentModeEnabled !== "boolean"){
const err20 = {instancePath:instancePath+"/silentModeEnabled",schemaPath:"#/properties/silentModeEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.splitting !== undefined){
let data6 = data.splitting;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.size !== undefined){
let data7 = data6.size;
if(typeof data7 == "number"){
if(!(formats2.validate(data7))){
const err21 = {instancePath:instancePath+"/splitting/size",schemaPath:"#/components/schemas/Splitting/properties/size/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(typeof data7 === "string"){
if(!pattern1.test(data7)){
const err22 = {instancePath:instancePath+"/splitting/size",schemaPath:"#/components/schemas/Splitting/properties/size/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/splitting/size",schemaPath:"#/components/schemas/Splitting/properties/size/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/splitting",schemaPath:"#/components/schemas/Splitting/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.vmSnapshotReattempts !== undefined){
if(!(validate46(data.vmSnapshotReattempts, {instancePath:instancePath+"/vmSnapshotReattempts",parentData:data,parentDataProperty:"vmSnapshotReattempts",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.vss !== undefined){
if(!(validate51(data.vss, {instancePath:instancePath+"/vss",parentData:data,parentDataProperty:"vss",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.archive !== undefined){
let data10 = data.archive;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.name !== undefined){
if(typeof data10.name !== "string"){
const err25 = {instancePath:instancePath+"/archive/name",schemaPath:"#/components/schemas/ArchiveProperties/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/archive",schemaPath:"#/components/schemas/ArchiveProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.performanceWindow !== undefined){
let data12 = data.performanceWindow;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.enabled !== undefined){
if(typeof data12.enabled !== "boolean"){
const err27 = {instancePath:instancePath+"/performanceWindow/enabled",schemaPath:"#/components/schemas/PerformanceWindow/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/performanceWindow",schemaPath:"#/components/schemas/PerformanceWindow/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.retention !== undefined){
if(!(validate53(data.retention, {instancePath:instancePath+"/retention",parentData:data,parentDataProperty:"retention",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.scheduling !== undefined){
if(!(validate58(data.scheduling, {instancePath:instancePath+"/scheduling",parentData:data,parentDataProperty:"scheduling",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.cbt !== undefined){
let data16 = data.cbt;
if(typeof data16 !== "string"){
const err29 = {instancePath:instancePath+"/cbt",schemaPath:"#/components/schemas/ChangedBlockTracking/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!((((data16 === "CHANGED_BLOCK_TRACKING_UNSPECIFIED") || (data16 === "USE_IF_ENABLED")) || (data16 === "ENABLE_AND_USE")) || (data16 === "DO_NOT_USE"))){
const err30 = {instancePath:instancePath+"/cbt",schemaPath:"#/components/schemas/ChangedBlockTracking/enum",keyword:"enum",params:{allowedValues: schema113.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const _errs40 = errors;
const _errs41 = errors;
if("CHANGED_BLOCK_TRACKING_UNSPECIFIED" !== data16){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var valid12 = _errs41 === errors;
if(valid12){
const err32 = {instancePath:instancePath+"/cbt",schemaPath:"#/properties/cbt/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
}
if(data.fastBackupEnabled !== undefined){
if(typeof data.fastBackupEnabled !== "boolean"){
const err33 = {instancePath:instancePath+"/fastBackupEnabled",schemaPath:"#/properties/fastBackupEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.quiesceSnapshottingEnabled !== undefined){
if(typeof data.quiesceSnapshottingEnabled !== "boolean"){
const err34 = {instancePath:instancePath+"/quiesceSnapshottingEnabled",schemaPath:"#/properties/quiesceSnapshottingEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.fileFilters !== undefined){
let data19 = data.fileFilters;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.exclusionMasks !== undefined){
let data20 = data19.exclusionMasks;
if(Array.isArray(data20)){
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
if(typeof data20[i0] !== "string"){
const err35 = {instancePath:instancePath+"/fileFilters/exclusionMasks/" + i0,schemaPath:"#/components/schemas/FileFilters/properties/exclusionMasks/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/fileFilters/exclusionMasks",schemaPath:"#/components/schemas/FileFilters/properties/exclusionMasks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data19.inclusionMasks !== undefined){
let data22 = data19.inclusionMasks;
if(Array.isArray(data22)){
const len1 = data22.length;
for(let i1=0; i1<len1; i1++){
if(typeof data22[i1] !== "string"){
const err37 = {instancePath:instancePath+"/fileFilters/inclusionMasks/" + i1,schemaPath:"#/components/schemas/FileFilters/properties/inclusionMasks/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/fileFilters/inclusionMasks",schemaPath:"#/components/schemas/FileFilters/properties/inclusionMasks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/fileFilters",schemaPath:"#/components/schemas/FileFilters/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.sectorBySector !== undefined){
if(typeof data.sectorBySector !== "boolean"){
const err40 = {instancePath:instancePath+"/sectorBySector",schemaPath:"#/properties/sectorBySector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.validationEnabled !== undefined){
if(typeof data.validationEnabled !== "boolean"){
const err41 = {instancePath:instancePath+"/validationEnabled",schemaPath:"#/properties/validationEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.lvmSnapshottingEnabled !== undefined){
if(typeof data.lvmSnapshottingEnabled !== "boolean"){
const err42 = {instancePath:instancePath+"/lvmSnapshottingEnabled",schemaPath:"#/properties/lvmSnapshottingEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.prePostCommands !== undefined){
let data27 = data.prePostCommands;
if(Array.isArray(data27)){
const len2 = data27.length;
for(let i2=0; i2<len2; i2++){
if(!(validate70(data27[i2], {instancePath:instancePath+"/prePostCommands/" + i2,parentData:data27,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
else {
const err43 = {instancePath:instancePath+"/prePostCommands",schemaPath:"#/properties/prePostCommands/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":{"compression":true,"format":true,"multiVolumeSnapshottingEnabled":true,"preserveFileSecuritySettings":true,"reattempts":true,"silentModeEnabled":true,"splitting":true,"vmSnapshotReattempts":true,"vss":true,"archive":true,"performanceWindow":true,"retention":true,"scheduling":true,"cbt":true,"fastBackupEnabled":true,"quiesceSnapshottingEnabled":true,"fileFilters":true,"sectorBySector":true,"validationEnabled":true,"lvmSnapshottingEnabled":true,"prePostCommands":true},"dynamicProps":false,"dynamicItems":false};


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.folderId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "folderId"},message:"must have required property '"+"folderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.settings === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "folderId") || (key0 === "name")) || (key0 === "settings"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.folderId !== undefined){
let data0 = data.folderId;
if(typeof data0 === "string"){
if(func0(data0) > 50){
const err4 = {instancePath:instancePath+"/folderId",schemaPath:"#/properties/folderId/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func0(data0) < 1){
const err5 = {instancePath:instancePath+"/folderId",schemaPath:"#/properties/folderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/folderId",schemaPath:"#/properties/folderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func0(data1) > 50){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func0(data1) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.settings !== undefined){
if(!(validate45(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate44(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validator43 = validate74;
const schema117 = {"$ref":"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}/patch/requestBody/content/application~1json/schema"};
const schema118 = {"type":"object","description":"The policy's new settings, which replace the old ones whole. There is no `name` and no update mask: a policy\ncannot be renamed, and every settings field must be sent.\n","required":["settings"],"properties":{"settings":{"$ref":"#/components/schemas/PolicySettings"}},"additionalProperties":false};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.settings === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "settings")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.settings !== undefined){
if(!(validate45(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate75(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validator44 = validate78;
const schema119 = {"$ref":"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:apply/post/requestBody/content/application~1json/schema"};
const schema120 = {"type":"object","description":"The instance to apply the policy to. It must be registered with Cloud Backup (see `listResources`).","required":["computeInstanceId"],"properties":{"computeInstanceId":{"type":"string","minLength":1,"maxLength":50,"description":"Identifier of the Compute Cloud instance (or external resource)."}},"additionalProperties":false};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.computeInstanceId === undefined){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:apply/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "computeInstanceId"},message:"must have required property '"+"computeInstanceId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "computeInstanceId")){
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:apply/post/requestBody/content/application~1json/schema/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.computeInstanceId !== undefined){
let data0 = data.computeInstanceId;
if(typeof data0 === "string"){
if(func0(data0) > 50){
const err2 = {instancePath:instancePath+"/computeInstanceId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:apply/post/requestBody/content/application~1json/schema/properties/computeInstanceId/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func0(data0) < 1){
const err3 = {instancePath:instancePath+"/computeInstanceId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:apply/post/requestBody/content/application~1json/schema/properties/computeInstanceId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/computeInstanceId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:apply/post/requestBody/content/application~1json/schema/properties/computeInstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:apply/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validator45 = validate79;
const schema121 = {"$ref":"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:execute/post/requestBody/content/application~1json/schema"};
const schema122 = {"type":"object","description":"The instance to back up now. The policy must already be applied to it.","required":["computeInstanceId"],"properties":{"computeInstanceId":{"type":"string","minLength":1,"maxLength":50,"description":"Identifier of the Compute Cloud instance (or external resource)."}},"additionalProperties":false};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.computeInstanceId === undefined){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:execute/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "computeInstanceId"},message:"must have required property '"+"computeInstanceId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "computeInstanceId")){
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:execute/post/requestBody/content/application~1json/schema/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.computeInstanceId !== undefined){
let data0 = data.computeInstanceId;
if(typeof data0 === "string"){
if(func0(data0) > 50){
const err2 = {instancePath:instancePath+"/computeInstanceId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:execute/post/requestBody/content/application~1json/schema/properties/computeInstanceId/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func0(data0) < 1){
const err3 = {instancePath:instancePath+"/computeInstanceId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:execute/post/requestBody/content/application~1json/schema/properties/computeInstanceId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/computeInstanceId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:execute/post/requestBody/content/application~1json/schema/properties/computeInstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:execute/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validator46 = validate80;
const schema123 = {"$ref":"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:revoke/post/requestBody/content/application~1json/schema"};
const schema124 = {"type":"object","description":"The instance to revoke the policy from.","required":["computeInstanceId"],"properties":{"computeInstanceId":{"type":"string","minLength":1,"maxLength":50,"description":"Identifier of the Compute Cloud instance (or external resource)."}},"additionalProperties":false};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.computeInstanceId === undefined){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:revoke/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "computeInstanceId"},message:"must have required property '"+"computeInstanceId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "computeInstanceId")){
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:revoke/post/requestBody/content/application~1json/schema/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.computeInstanceId !== undefined){
let data0 = data.computeInstanceId;
if(typeof data0 === "string"){
if(func0(data0) > 50){
const err2 = {instancePath:instancePath+"/computeInstanceId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:revoke/post/requestBody/content/application~1json/schema/properties/computeInstanceId/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func0(data0) < 1){
const err3 = {instancePath:instancePath+"/computeInstanceId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:revoke/post/requestBody/content/application~1json/schema/properties/computeInstanceId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/computeInstanceId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:revoke/post/requestBody/content/application~1json/schema/properties/computeInstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1policies~1{policyId}:revoke/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validator47 = validate81;
const schema125 = {"$ref":"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1providers~1{name}:activate/post/requestBody/content/application~1json/schema"};
const schema126 = {"type":"object","description":"The folder to activate the provider in. The provider's name is in the path.","required":["folderId"],"properties":{"folderId":{"type":"string","minLength":1,"maxLength":50,"description":"Identifier of the folder."},"skipDefaultPolicy":{"type":"boolean","description":"`true` not to create the default policies. Otherwise activation creates three: `Default daily`,\n`Default weekly` and `Default monthly`, each incremental and keeping the last 15 backups.\n"},"instanceRegistrationId":{"type":"string","description":"An instance registration token, to authorise the activation (from `GetInstanceRegistrationToken`, gRPC only)."}},"additionalProperties":false};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.folderId === undefined){
const err0 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1providers~1{name}:activate/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "folderId"},message:"must have required property '"+"folderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "folderId") || (key0 === "skipDefaultPolicy")) || (key0 === "instanceRegistrationId"))){
const err1 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1providers~1{name}:activate/post/requestBody/content/application~1json/schema/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.folderId !== undefined){
let data0 = data.folderId;
if(typeof data0 === "string"){
if(func0(data0) > 50){
const err2 = {instancePath:instancePath+"/folderId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1providers~1{name}:activate/post/requestBody/content/application~1json/schema/properties/folderId/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func0(data0) < 1){
const err3 = {instancePath:instancePath+"/folderId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1providers~1{name}:activate/post/requestBody/content/application~1json/schema/properties/folderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/folderId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1providers~1{name}:activate/post/requestBody/content/application~1json/schema/properties/folderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.skipDefaultPolicy !== undefined){
if(typeof data.skipDefaultPolicy !== "boolean"){
const err5 = {instancePath:instancePath+"/skipDefaultPolicy",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1providers~1{name}:activate/post/requestBody/content/application~1json/schema/properties/skipDefaultPolicy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.instanceRegistrationId !== undefined){
if(typeof data.instanceRegistrationId !== "string"){
const err6 = {instancePath:instancePath+"/instanceRegistrationId",schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1providers~1{name}:activate/post/requestBody/content/application~1json/schema/properties/instanceRegistrationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1providers~1{name}:activate/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validator48 = validate82;
const schema127 = {"$ref":"https://backup-api.local/openapi.json#/paths/~1backup~1v1~1setup~1getAgentInstallCommand/post/requestBody/content/application~1json/schema"};
const schema128 = {"type":"object","description":"Which install command to get.","required":["folderId","type"],"properties":{"folderId":{"type":"string","minLength":1,"description":"Identifier of the folder the machine is to be registered in."},"type":{"$ref":"#/components/schemas/AgentInstallCommandType","not":{"const":"AGENT_INSTALL_COMMAND_TYPE_UNSPECIFIED"}},"policyIds":{"type":"array","description":"Policies to apply to the machine once its agent has registered it.","items":{"type":"string"}}},"additionalProperties":false};
const schema129 = {"type":"string","description":"Which install command to get, by shell and kind of machine: `AGENT_INSTALL_BASH_EXTERNAL_VM`,\n`AGENT_INSTALL_BASH_EXTERNAL_SERVER` (Linux, bash), `AGENT_INSTALL_POWERSHELL_EXTERNAL_VM`,\n`AGENT_INSTALL_POWERSHELL_EXTERNAL_SERVER` (Windows, PowerShell); a VM or a physical server outside the cloud.\n`AGENT_INSTALL_COMMAND_TYPE_UNSPECIFIED` is refused.\n","enum":["AGENT_INSTALL_COMMAND_TYPE_UNSPECIFIED","AGENT_INSTALL_BASH_EXTERNAL_VM","AGENT_INSTALL_BASH_EXTERNAL_SERVER","AGENT_INSTALL_POWERSHELL_EXTERNAL_VM","AGENT_INSTALL_POWERSHELL_EXTERNAL_SERVER"]};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.folderId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "folderId"},message:"must have required property '"+"folderId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "folderId") || (key0 === "type")) || (key0 === "policyIds"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.folderId !== undefined){
let data0 = data.folderId;
if(typeof data0 === "string"){
if(func0(data0) < 1){
const err3 = {instancePath:instancePath+"/folderId",schemaPath:"#/properties/folderId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/folderId",schemaPath:"#/properties/folderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/AgentInstallCommandType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((data1 === "AGENT_INSTALL_COMMAND_TYPE_UNSPECIFIED") || (data1 === "AGENT_INSTALL_BASH_EXTERNAL_VM")) || (data1 === "AGENT_INSTALL_BASH_EXTERNAL_SERVER")) || (data1 === "AGENT_INSTALL_POWERSHELL_EXTERNAL_VM")) || (data1 === "AGENT_INSTALL_POWERSHELL_EXTERNAL_SERVER"))){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/components/schemas/AgentInstallCommandType/enum",keyword:"enum",params:{allowedValues: schema129.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs7 = errors;
const _errs8 = errors;
if("AGENT_INSTALL_COMMAND_TYPE_UNSPECIFIED" !== data1){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid2 = _errs8 === errors;
if(valid2){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.policyIds !== undefined){
let data2 = data.policyIds;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err9 = {instancePath:instancePath+"/policyIds/" + i0,schemaPath:"#/properties/policyIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/policyIds",schemaPath:"#/properties/policyIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate83(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


export const VALIDATORS = {
  "/components/parameters/HeaderClientRequestId/schema": validator0,
  "/components/parameters/HeaderClientTraceId/schema": validator1,
  "/components/parameters/HeaderIdempotencyKey/schema": validator2,
  "/components/parameters/ListSelectorArchiveArchiveId/schema": validator3,
  "/components/parameters/ListSelectorArchiveFolderId/schema": validator4,
  "/components/parameters/ListSelectorBackupBackupId/schema": validator5,
  "/components/parameters/ListSelectorBackupFolderId/schema": validator6,
  "/components/parameters/ListSelectorComputeInstanceId/schema": validator7,
  "/components/parameters/ListSelectorFolderId/schema": validator8,
  "/components/parameters/ListSelectorInstancePolicyComputeInstanceId/schema": validator9,
  "/components/parameters/ListSelectorInstancePolicyPolicyId/schema": validator10,
  "/components/parameters/ListSelectorPolicyId/schema": validator11,
  "/components/parameters/ListSelectorResourceId/schema": validator12,
  "/components/parameters/PathBackupId/schema": validator13,
  "/components/parameters/PathComputeInstanceId/schema": validator14,
  "/components/parameters/PathOperationId/schema": validator15,
  "/components/parameters/PathPolicyId/schema": validator16,
  "/components/parameters/PathProviderName/schema": validator17,
  "/components/parameters/QueryFilter/schema": validator18,
  "/components/parameters/QueryFolderId/schema": validator19,
  "/components/parameters/QueryFolderIdOptional/schema": validator20,
  "/components/parameters/QueryIncludeTenantInfo/schema": validator21,
  "/components/parameters/QueryInstanceRegistrationId/schema": validator22,
  "/components/parameters/QueryListActivatedFolderId/schema": validator23,
  "/components/parameters/QueryListApplicationsComputeInstanceId/schema": validator24,
  "/components/parameters/QueryListApplicationsFolderId/schema": validator25,
  "/components/parameters/QueryListPoliciesComputeInstanceId/schema": validator26,
  "/components/parameters/QueryListPoliciesFolderId/schema": validator27,
  "/components/parameters/QueryListResourcesFolderId/schema": validator28,
  "/components/parameters/QueryListResourcesPageSize/schema": validator29,
  "/components/parameters/QueryListResourcesPageToken/schema": validator30,
  "/components/parameters/QueryListResourcesType/schema": validator31,
  "/components/parameters/QueryListTasksPageSize/schema": validator32,
  "/components/parameters/QueryListTasksPageToken/schema": validator33,
  "/components/parameters/QueryOrderBy/schema": validator34,
  "/components/parameters/QueryPageSize/schema": validator35,
  "/components/parameters/QueryPageToken/schema": validator36,
  "/components/parameters/QueryResourceId/schema": validator37,
  "/components/parameters/QueryShowProcessing/schema": validator38,
  "/components/parameters/QuerySourceId/schema": validator39,
  "/components/parameters/QueryType/schema": validator40,
  "/paths/~1backup~1v1~1backups~1{backupId}:startRecovery/post/requestBody/content/application~1json/schema": validator41,
  "/paths/~1backup~1v1~1policies/post/requestBody/content/application~1json/schema": validator42,
  "/paths/~1backup~1v1~1policies~1{policyId}/patch/requestBody/content/application~1json/schema": validator43,
  "/paths/~1backup~1v1~1policies~1{policyId}:apply/post/requestBody/content/application~1json/schema": validator44,
  "/paths/~1backup~1v1~1policies~1{policyId}:execute/post/requestBody/content/application~1json/schema": validator45,
  "/paths/~1backup~1v1~1policies~1{policyId}:revoke/post/requestBody/content/application~1json/schema": validator46,
  "/paths/~1backup~1v1~1providers~1{name}:activate/post/requestBody/content/application~1json/schema": validator47,
  "/paths/~1backup~1v1~1setup~1getAgentInstallCommand/post/requestBody/content/application~1json/schema": validator48,
};
