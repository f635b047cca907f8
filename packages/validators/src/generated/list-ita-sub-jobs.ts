// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
// @ts-nocheck -- Ajv standalone output; the typed surface is the export at the end.
import type { CompiledValidator, OperationValidators } from '../types.js';
import { formats } from './formats.js';
import { ucs2length } from '../runtime.js';

export const validateInlineListItaSubJobsParameters: CompiledValidator = validate161 as unknown as CompiledValidator;
const schema185 = {"$id":"op.list-ita-sub-jobs.parameters","type":"object","properties":{"query":{"type":"object","properties":{"status":{"type":"string","minLength":0,"maxLength":255},"job_id":{"type":"string","minLength":0,"maxLength":255},"job_type":{"type":"string","minLength":0,"maxLength":255},"desktop_pool_id":{"type":"string","minLength":0,"maxLength":255},"limit":{"type":"integer","format":"int32","minimum":0,"maximum":1000},"offset":{"type":"integer","format":"int32","minimum":0,"maximum":10000}}}}};
const func1 = ucs2length;
const formats0 = formats.int32;

function validate161(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="op.list-ita-sub-jobs.parameters" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate161.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data0 = data.query;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.status !== undefined){
let data1 = data0.status;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err0 = {instancePath:instancePath+"/query/status",schemaPath:"#/properties/query/properties/status/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data1) < 0){
const err1 = {instancePath:instancePath+"/query/status",schemaPath:"#/properties/query/properties/status/minLength",keyword:"minLength",params:{limit: 0}};
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
const err2 = {instancePath:instancePath+"/query/status",schemaPath:"#/properties/query/properties/status/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.job_id !== undefined){
let data2 = data0.job_id;
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err3 = {instancePath:instancePath+"/query/job_id",schemaPath:"#/properties/query/properties/job_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data2) < 0){
const err4 = {instancePath:instancePath+"/query/job_id",schemaPath:"#/properties/query/properties/job_id/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/query/job_id",schemaPath:"#/properties/query/properties/job_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.job_type !== undefined){
let data3 = data0.job_type;
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err6 = {instancePath:instancePath+"/query/job_type",schemaPath:"#/properties/query/properties/job_type/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data3) < 0){
const err7 = {instancePath:instancePath+"/query/job_type",schemaPath:"#/properties/query/properties/job_type/minLength",keyword:"minLength",params:{limit: 0}};
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
const err8 = {instancePath:instancePath+"/query/job_type",schemaPath:"#/properties/query/properties/job_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.desktop_pool_id !== undefined){
let data4 = data0.desktop_pool_id;
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err9 = {instancePath:instancePath+"/query/desktop_pool_id",schemaPath:"#/properties/query/properties/desktop_pool_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data4) < 0){
const err10 = {instancePath:instancePath+"/query/desktop_pool_id",schemaPath:"#/properties/query/properties/desktop_pool_id/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/query/desktop_pool_id",schemaPath:"#/properties/query/properties/desktop_pool_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.limit !== undefined){
let data5 = data0.limit;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/query/limit",schemaPath:"#/properties/query/properties/limit/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/query/limit",schemaPath:"#/properties/query/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/query/limit",schemaPath:"#/properties/query/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats0.validate(data5))){
const err15 = {instancePath:instancePath+"/query/limit",schemaPath:"#/properties/query/properties/limit/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data0.offset !== undefined){
let data6 = data0.offset;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err16 = {instancePath:instancePath+"/query/offset",schemaPath:"#/properties/query/properties/offset/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 10000 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/query/offset",schemaPath:"#/properties/query/properties/offset/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/query/offset",schemaPath:"#/properties/query/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(formats0.validate(data6))){
const err19 = {instancePath:instancePath+"/query/offset",schemaPath:"#/properties/query/properties/offset/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate161.errors = vErrors;
return errors === 0;
}
validate161.evaluated = {"props":{"query":true},"dynamicProps":false,"dynamicItems":false};

export const validateListItaSubJobsResponse: CompiledValidator = validate146 as unknown as CompiledValidator;
const schema168 = {"type":"object","properties":{"total_count":{"type":"integer","format":"int32"},"jobs":{"type":"array","items":{"$ref":"#/$defs/JobDetailInfo"}}}};
const schema169 = {"type":"object","properties":{"id":{"type":"string"},"job_type":{"type":"string"},"entities":{"$ref":"#/$defs/JobEntities"},"begin_time":{"type":"string"},"end_time":{"type":"string"},"status":{"type":"string"},"error_code":{"type":"string"},"fail_reason":{"type":"string"},"host":{"type":"string"},"project_id":{"type":"string"},"job_id":{"type":"string"},"process":{"type":"integer","format":"int32"},"attach_user":{"type":"string"},"entity":{"type":"string"},"ip_address":{"type":"string"}}};
const schema170 = {"type":"object","properties":{"desktop_id":{"type":"string"},"product_id":{"type":"string"},"user_name":{"type":"string"},"desktop_name":{"type":"string"},"ip_address":{"type":"string"}}};

function validate147(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate147.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.job_type !== undefined){
if(typeof data.job_type !== "string"){
const err1 = {instancePath:instancePath+"/job_type",schemaPath:"#/properties/job_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.entities !== undefined){
let data2 = data.entities;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.desktop_id !== undefined){
if(typeof data2.desktop_id !== "string"){
const err2 = {instancePath:instancePath+"/entities/desktop_id",schemaPath:"#/$defs/JobEntities/properties/desktop_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data2.product_id !== undefined){
if(typeof data2.product_id !== "string"){
const err3 = {instancePath:instancePath+"/entities/product_id",schemaPath:"#/$defs/JobEntities/properties/product_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data2.user_name !== undefined){
if(typeof data2.user_name !== "string"){
const err4 = {instancePath:instancePath+"/entities/user_name",schemaPath:"#/$defs/JobEntities/properties/user_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.desktop_name !== undefined){
if(typeof data2.desktop_name !== "string"){
const err5 = {instancePath:instancePath+"/entities/desktop_name",schemaPath:"#/$defs/JobEntities/properties/desktop_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.ip_address !== undefined){
if(typeof data2.ip_address !== "string"){
const err6 = {instancePath:instancePath+"/entities/ip_address",schemaPath:"#/$defs/JobEntities/properties/ip_address/type",keyword:"type",params:{type: "string"}};
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
const err7 = {instancePath:instancePath+"/entities",schemaPath:"#/$defs/JobEntities/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.begin_time !== undefined){
if(typeof data.begin_time !== "string"){
const err8 = {instancePath:instancePath+"/begin_time",schemaPath:"#/properties/begin_time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.end_time !== undefined){
if(typeof data.end_time !== "string"){
const err9 = {instancePath:instancePath+"/end_time",schemaPath:"#/properties/end_time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
const err10 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.error_code !== undefined){
if(typeof data.error_code !== "string"){
const err11 = {instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.fail_reason !== undefined){
if(typeof data.fail_reason !== "string"){
const err12 = {instancePath:instancePath+"/fail_reason",schemaPath:"#/properties/fail_reason/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.host !== undefined){
if(typeof data.host !== "string"){
const err13 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.project_id !== undefined){
if(typeof data.project_id !== "string"){
const err14 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.job_id !== undefined){
if(typeof data.job_id !== "string"){
const err15 = {instancePath:instancePath+"/job_id",schemaPath:"#/properties/job_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.process !== undefined){
let data16 = data.process;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err16 = {instancePath:instancePath+"/process",schemaPath:"#/properties/process/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(!(formats0.validate(data16))){
const err17 = {instancePath:instancePath+"/process",schemaPath:"#/properties/process/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.attach_user !== undefined){
if(typeof data.attach_user !== "string"){
const err18 = {instancePath:instancePath+"/attach_user",schemaPath:"#/properties/attach_user/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.entity !== undefined){
if(typeof data.entity !== "string"){
const err19 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.ip_address !== undefined){
if(typeof data.ip_address !== "string"){
const err20 = {instancePath:instancePath+"/ip_address",schemaPath:"#/properties/ip_address/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate147.errors = vErrors;
return errors === 0;
}
validate147.evaluated = {"props":{"id":true,"job_type":true,"entities":true,"begin_time":true,"end_time":true,"status":true,"error_code":true,"fail_reason":true,"host":true,"project_id":true,"job_id":true,"process":true,"attach_user":true,"entity":true,"ip_address":true},"dynamicProps":false,"dynamicItems":false};


function validate146(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate146.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.total_count !== undefined){
let data0 = data.total_count;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/total_count",schemaPath:"#/properties/total_count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err1 = {instancePath:instancePath+"/total_count",schemaPath:"#/properties/total_count/format",keyword:"format",params:{format: "int32"}};
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
if(data.jobs !== undefined){
let data1 = data.jobs;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate147(data1[i0], {instancePath:instancePath+"/jobs/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/jobs",schemaPath:"#/properties/jobs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate146.errors = vErrors;
return errors === 0;
}
validate146.evaluated = {"props":{"total_count":true,"jobs":true},"dynamicProps":false,"dynamicItems":false};

export const validateErrorResponse: CompiledValidator = validate23 as unknown as CompiledValidator;
const schema34 = {"type":"object","properties":{"error_code":{"type":"string"},"error_msg":{"type":"string"},"error_detail":{"type":"string"},"encoded_authorization_message":{"type":"string"}}};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error_code !== undefined){
if(typeof data.error_code !== "string"){
const err0 = {instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.error_msg !== undefined){
if(typeof data.error_msg !== "string"){
const err1 = {instancePath:instancePath+"/error_msg",schemaPath:"#/properties/error_msg/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.error_detail !== undefined){
if(typeof data.error_detail !== "string"){
const err2 = {instancePath:instancePath+"/error_detail",schemaPath:"#/properties/error_detail/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.encoded_authorization_message !== undefined){
if(typeof data.encoded_authorization_message !== "string"){
const err3 = {instancePath:instancePath+"/encoded_authorization_message",schemaPath:"#/properties/encoded_authorization_message/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"error_code":true,"error_msg":true,"error_detail":true,"encoded_authorization_message":true},"dynamicProps":false,"dynamicItems":false};

/** Compiled validators of ListItaSubJobs (GET /v2/{project_id}/workspace-sub-jobs). */
export const listItaSubJobsValidators: OperationValidators = {
  operationId: "ListItaSubJobs",
  bodyOnly: false,
  request: undefined,
  parameters: validateInlineListItaSubJobsParameters,
  responses: { "200": validateListItaSubJobsResponse, "400": validateErrorResponse, "401": validateErrorResponse, "403": validateErrorResponse, "404": validateErrorResponse, "405": validateErrorResponse, "500": validateErrorResponse, "503": validateErrorResponse },
  hints: {"#/not":"size and desktops cannot be sent together"},
};
