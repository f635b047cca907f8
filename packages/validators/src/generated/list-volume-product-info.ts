// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
// @ts-nocheck -- Ajv standalone output; the typed surface is the export at the end.
import type { CompiledValidator, OperationValidators } from '../types.js';
import { formats } from './formats.js';

export const validateInlineListVolumeProductInfoParameters: CompiledValidator = validate163 as unknown as CompiledValidator;
const schema187 = {"$id":"op.list-volume-product-info.parameters","type":"object","properties":{"query":{"type":"object","properties":{"availability_zone":{"type":"string"},"volume_type":{"type":"string"}}}}};

function validate163(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="op.list-volume-product-info.parameters" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate163.evaluated;
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
if(data0.availability_zone !== undefined){
if(typeof data0.availability_zone !== "string"){
const err0 = {instancePath:instancePath+"/query/availability_zone",schemaPath:"#/properties/query/properties/availability_zone/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data0.volume_type !== undefined){
if(typeof data0.volume_type !== "string"){
const err1 = {instancePath:instancePath+"/query/volume_type",schemaPath:"#/properties/query/properties/volume_type/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"}};
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
validate163.errors = vErrors;
return errors === 0;
}
validate163.evaluated = {"props":{"query":true},"dynamicProps":false,"dynamicItems":false};

export const validateListVolumeProductInfoResponse: CompiledValidator = validate150 as unknown as CompiledValidator;
const schema173 = {"type":"object","properties":{"volumes":{"type":"array","items":{"$ref":"#/$defs/VolumeProductInfo"}}}};
const schema174 = {"type":"object","properties":{"resource_spec_code":{"type":"string"},"volume_type":{"type":"string"},"volume_product_type":{"type":"string"},"resource_type":{"type":"string"},"cloud_service_type":{"type":"string"},"domain_ids":{"type":"array","items":{"type":"string"}},"name":{"type":"array","items":{"$ref":"#/$defs/I18nLanguage"}},"status":{"type":"string"},"iops":{"$ref":"#/$defs/Iops"},"throughput":{"$ref":"#/$defs/Throughput"}}};
const schema175 = {"type":"object","properties":{"language":{"type":"string"},"value":{"type":"string"}}};
const schema176 = {"type":"object","properties":{"resource_spec_code":{"type":"string"},"min":{"type":"integer","format":"int32"},"max":{"type":"integer","format":"int32"},"range_by_size":{"type":"number"}}};
const schema177 = {"type":"object","properties":{"resource_spec_code":{"type":"string"},"min":{"type":"integer","format":"int32"},"max":{"type":"integer","format":"int32"},"range_by_iops":{"type":"number"}}};
const formats0 = formats.int32;

function validate151(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate151.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resource_spec_code !== undefined){
if(typeof data.resource_spec_code !== "string"){
const err0 = {instancePath:instancePath+"/resource_spec_code",schemaPath:"#/properties/resource_spec_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.volume_type !== undefined){
if(typeof data.volume_type !== "string"){
const err1 = {instancePath:instancePath+"/volume_type",schemaPath:"#/properties/volume_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.volume_product_type !== undefined){
if(typeof data.volume_product_type !== "string"){
const err2 = {instancePath:instancePath+"/volume_product_type",schemaPath:"#/properties/volume_product_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.resource_type !== undefined){
if(typeof data.resource_type !== "string"){
const err3 = {instancePath:instancePath+"/resource_type",schemaPath:"#/properties/resource_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.cloud_service_type !== undefined){
if(typeof data.cloud_service_type !== "string"){
const err4 = {instancePath:instancePath+"/cloud_service_type",schemaPath:"#/properties/cloud_service_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.domain_ids !== undefined){
let data5 = data.domain_ids;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err5 = {instancePath:instancePath+"/domain_ids/" + i0,schemaPath:"#/properties/domain_ids/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/domain_ids",schemaPath:"#/properties/domain_ids/type",keyword:"type",params:{type: "array"}};
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
let data7 = data.name;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.language !== undefined){
if(typeof data8.language !== "string"){
const err7 = {instancePath:instancePath+"/name/" + i1+"/language",schemaPath:"#/$defs/I18nLanguage/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data8.value !== undefined){
if(typeof data8.value !== "string"){
const err8 = {instancePath:instancePath+"/name/" + i1+"/value",schemaPath:"#/$defs/I18nLanguage/properties/value/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/name/" + i1,schemaPath:"#/$defs/I18nLanguage/type",keyword:"type",params:{type: "object"}};
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
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
const err11 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.iops !== undefined){
let data12 = data.iops;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.resource_spec_code !== undefined){
if(typeof data12.resource_spec_code !== "string"){
const err12 = {instancePath:instancePath+"/iops/resource_spec_code",schemaPath:"#/$defs/Iops/properties/resource_spec_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data12.min !== undefined){
let data14 = data12.min;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err13 = {instancePath:instancePath+"/iops/min",schemaPath:"#/$defs/Iops/properties/min/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(!(formats0.validate(data14))){
const err14 = {instancePath:instancePath+"/iops/min",schemaPath:"#/$defs/Iops/properties/min/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data12.max !== undefined){
let data15 = data12.max;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err15 = {instancePath:instancePath+"/iops/max",schemaPath:"#/$defs/Iops/properties/max/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(!(formats0.validate(data15))){
const err16 = {instancePath:instancePath+"/iops/max",schemaPath:"#/$defs/Iops/properties/max/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data12.range_by_size !== undefined){
let data16 = data12.range_by_size;
if(!((typeof data16 == "number") && (isFinite(data16)))){
const err17 = {instancePath:instancePath+"/iops/range_by_size",schemaPath:"#/$defs/Iops/properties/range_by_size/type",keyword:"type",params:{type: "number"}};
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
else {
const err18 = {instancePath:instancePath+"/iops",schemaPath:"#/$defs/Iops/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.throughput !== undefined){
let data17 = data.throughput;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.resource_spec_code !== undefined){
if(typeof data17.resource_spec_code !== "string"){
const err19 = {instancePath:instancePath+"/throughput/resource_spec_code",schemaPath:"#/$defs/Throughput/properties/resource_spec_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data17.min !== undefined){
let data19 = data17.min;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err20 = {instancePath:instancePath+"/throughput/min",schemaPath:"#/$defs/Throughput/properties/min/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(!(formats0.validate(data19))){
const err21 = {instancePath:instancePath+"/throughput/min",schemaPath:"#/$defs/Throughput/properties/min/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data17.max !== undefined){
let data20 = data17.max;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err22 = {instancePath:instancePath+"/throughput/max",schemaPath:"#/$defs/Throughput/properties/max/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(!(formats0.validate(data20))){
const err23 = {instancePath:instancePath+"/throughput/max",schemaPath:"#/$defs/Throughput/properties/max/format",keyword:"format",params:{format: "int32"}};
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
if(data17.range_by_iops !== undefined){
let data21 = data17.range_by_iops;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err24 = {instancePath:instancePath+"/throughput/range_by_iops",schemaPath:"#/$defs/Throughput/properties/range_by_iops/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/throughput",schemaPath:"#/$defs/Throughput/type",keyword:"type",params:{type: "object"}};
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
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate151.errors = vErrors;
return errors === 0;
}
validate151.evaluated = {"props":{"resource_spec_code":true,"volume_type":true,"volume_product_type":true,"resource_type":true,"cloud_service_type":true,"domain_ids":true,"name":true,"status":true,"iops":true,"throughput":true},"dynamicProps":false,"dynamicItems":false};


function validate150(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate150.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.volumes !== undefined){
let data0 = data.volumes;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate151(data0[i0], {instancePath:instancePath+"/volumes/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate151.errors; else for (const e of validate151.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate150.errors = vErrors;
return errors === 0;
}
validate150.evaluated = {"props":{"volumes":true},"dynamicProps":false,"dynamicItems":false};

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

/** Compiled validators of ListVolumeProductInfo (GET /v2/{project_id}/volume/products). */
export const listVolumeProductInfoValidators: OperationValidators = {
  operationId: "ListVolumeProductInfo",
  callShape: "input",
  request: undefined,
  parameters: validateInlineListVolumeProductInfoParameters,
  responses: { "200": validateListVolumeProductInfoResponse, "400": validateErrorResponse, "401": validateErrorResponse, "403": validateErrorResponse, "500": validateErrorResponse },
  hints: {"#/not":"size and desktops cannot be sent together"},
};
