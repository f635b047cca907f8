// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
// @ts-nocheck -- Ajv standalone output; the typed surface is the export at the end.
import type { CompiledValidator, OperationValidators } from '../types.js';
import { formats } from './formats.js';
import { ucs2length } from '../runtime.js';

export const validateCreateDesktopPoolChangeOrderRequest: CompiledValidator = validate38 as unknown as CompiledValidator;
const schema60 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"$ref":"#/$defs/PoolChangeType"},"add_volume_param":{"$ref":"#/$defs/EstimateAddVolumeRequestBody"},"extend_volume_param":{"$ref":"#/$defs/EstimateExtendVolumeRequestBody"},"resize_param":{"$ref":"#/$defs/CreateResizeOrderRequestBody"},"change_image_param":{"$ref":"#/$defs/CreateChangeImageOrderRequestBody"},"add_sub_resources_param":{"$ref":"#/$defs/EstimateAddSubResourcesRequestBody"},"delete_sub_resources_param":{"$ref":"#/$defs/CreateDeleteSubResourcesOrderRequestBody"},"agency_urn":{"$ref":"#/$defs/AgencyUrn"}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/PoolChangeAddVolume"},{"$ref":"#/$defs/PoolChangeExtendVolume"},{"$ref":"#/$defs/PoolChangeResize"},{"$ref":"#/$defs/PoolChangeChangeImage"},{"$ref":"#/$defs/PoolChangeAddSubResources"},{"$ref":"#/$defs/PoolChangeDeleteSubResources"}]};
const schema61 = {"type":"string","enum":["ADD_VOLUME","EXTEND_VOLUME","RESIZE","CHANGE_IMAGE","ADD_SUB_RESOURCES","DELETE_SUB_RESOURCES"]};
const schema58 = {"type":"string","maxLength":1500};
const schema62 = {"type":"object","additionalProperties":false,"allOf":[{"$ref":"#/$defs/PoolTargetRequired"}],"required":["volume_type","volume_size"],"properties":{"desktop_pool_id":{"type":"string","maxLength":64},"desktop_ids":{"type":"array","items":{"type":"string","maxLength":255}},"promotion_plan_id":{"type":"string","maxLength":255},"handle_type":{"$ref":"#/$defs/PoolChangeHandleType"},"volume_type":{"type":"string","minLength":1,"maxLength":255},"volume_size":{"type":"integer","minimum":10,"maximum":8200},"desktop_pool_disk_id":{"type":"string","minLength":1,"maxLength":255},"iops":{"type":"integer","minimum":0,"maximum":16380000},"throughput":{"type":"integer","minimum":0,"maximum":4095000},"kms_id":{"type":"string","maxLength":255}}};
const schema63 = {"type":"object","anyOf":[{"type":"object","required":["desktop_pool_id"],"properties":{"desktop_pool_id":{"type":"string","minLength":1}}},{"type":"object","required":["desktop_ids"],"properties":{"desktop_ids":{"type":"array","minItems":1}}}]};
const schema64 = {"type":"string","enum":["ONLY_FOR_EXPAND","FOR_EXPAND_AND_IDLE","FOR_EXPAND_AND_ALL"],"minLength":1,"maxLength":55};
const func1 = ucs2length;
const func8 = Object.prototype.hasOwnProperty;

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
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs4 = errors;
let valid2 = false;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_pool_id === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/required",keyword:"required",params:{missingProperty: "desktop_pool_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.desktop_pool_id !== undefined){
let data0 = data.desktop_pool_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/properties/desktop_pool_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/properties/desktop_pool_id/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
var props0 = {};
props0.desktop_pool_id = true;
}
const _errs9 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_ids === undefined){
const err5 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/required",keyword:"required",params:{missingProperty: "desktop_ids"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.desktop_ids !== undefined){
let data1 = data.desktop_ids;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/properties/desktop_ids/minItems",keyword:"minItems",params:{limit: 1}};
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
const err7 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
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
const err8 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.desktop_ids = true;
}
}
if(!valid2){
const err9 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.volume_type === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "volume_type"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.volume_size === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "volume_size"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func8.call(schema62.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.desktop_pool_id !== undefined){
let data2 = data.desktop_pool_id;
if(typeof data2 === "string"){
if(func1(data2) > 64){
const err13 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/properties/desktop_pool_id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/properties/desktop_pool_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.desktop_ids !== undefined){
let data3 = data.desktop_ids;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err15 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/type",keyword:"type",params:{type: "string"}};
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
else {
const err17 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.promotion_plan_id !== undefined){
let data5 = data.promotion_plan_id;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err18 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/properties/promotion_plan_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/properties/promotion_plan_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.handle_type !== undefined){
let data6 = data.handle_type;
if(!(((data6 === "ONLY_FOR_EXPAND") || (data6 === "FOR_EXPAND_AND_IDLE")) || (data6 === "FOR_EXPAND_AND_ALL"))){
const err20 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/enum",keyword:"enum",params:{allowedValues: schema64.enum}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data6 === "string"){
if(func1(data6) > 55){
const err21 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func1(data6) < 1){
const err22 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/minLength",keyword:"minLength",params:{limit: 1}};
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
const err23 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.volume_type !== undefined){
let data7 = data.volume_type;
if(typeof data7 === "string"){
if(func1(data7) > 255){
const err24 = {instancePath:instancePath+"/volume_type",schemaPath:"#/properties/volume_type/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func1(data7) < 1){
const err25 = {instancePath:instancePath+"/volume_type",schemaPath:"#/properties/volume_type/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/volume_type",schemaPath:"#/properties/volume_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.volume_size !== undefined){
let data8 = data.volume_size;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err27 = {instancePath:instancePath+"/volume_size",schemaPath:"#/properties/volume_size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 8200 || isNaN(data8)){
const err28 = {instancePath:instancePath+"/volume_size",schemaPath:"#/properties/volume_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8200}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data8 < 10 || isNaN(data8)){
const err29 = {instancePath:instancePath+"/volume_size",schemaPath:"#/properties/volume_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data.desktop_pool_disk_id !== undefined){
let data9 = data.desktop_pool_disk_id;
if(typeof data9 === "string"){
if(func1(data9) > 255){
const err30 = {instancePath:instancePath+"/desktop_pool_disk_id",schemaPath:"#/properties/desktop_pool_disk_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func1(data9) < 1){
const err31 = {instancePath:instancePath+"/desktop_pool_disk_id",schemaPath:"#/properties/desktop_pool_disk_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/desktop_pool_disk_id",schemaPath:"#/properties/desktop_pool_disk_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.iops !== undefined){
let data10 = data.iops;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err33 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 16380000 || isNaN(data10)){
const err34 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16380000}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err35 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.throughput !== undefined){
let data11 = data.throughput;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err36 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 4095000 || isNaN(data11)){
const err37 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4095000}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err38 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.kms_id !== undefined){
let data12 = data.kms_id;
if(typeof data12 === "string"){
if(func1(data12) > 255){
const err39 = {instancePath:instancePath+"/kms_id",schemaPath:"#/properties/kms_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/kms_id",schemaPath:"#/properties/kms_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema65 = {"type":"object","additionalProperties":false,"allOf":[{"$ref":"#/$defs/PoolTargetRequired"}],"required":["desktop_pool_disk_id","new_size"],"properties":{"desktop_pool_id":{"type":"string","maxLength":64},"desktop_ids":{"type":"array","items":{"type":"string","maxLength":255}},"promotion_plan_id":{"type":"string","maxLength":255},"handle_type":{"$ref":"#/$defs/PoolChangeHandleType"},"desktop_pool_disk_id":{"type":"string","minLength":1,"maxLength":255},"new_size":{"type":"integer","minimum":10,"maximum":8200}}};

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
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs4 = errors;
let valid2 = false;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_pool_id === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/required",keyword:"required",params:{missingProperty: "desktop_pool_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.desktop_pool_id !== undefined){
let data0 = data.desktop_pool_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/properties/desktop_pool_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/properties/desktop_pool_id/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
var props0 = {};
props0.desktop_pool_id = true;
}
const _errs9 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_ids === undefined){
const err5 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/required",keyword:"required",params:{missingProperty: "desktop_ids"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.desktop_ids !== undefined){
let data1 = data.desktop_ids;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/properties/desktop_ids/minItems",keyword:"minItems",params:{limit: 1}};
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
const err7 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
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
const err8 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.desktop_ids = true;
}
}
if(!valid2){
const err9 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_pool_disk_id === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "desktop_pool_disk_id"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.new_size === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "new_size"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "desktop_pool_id") || (key0 === "desktop_ids")) || (key0 === "promotion_plan_id")) || (key0 === "handle_type")) || (key0 === "desktop_pool_disk_id")) || (key0 === "new_size"))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.desktop_pool_id !== undefined){
let data2 = data.desktop_pool_id;
if(typeof data2 === "string"){
if(func1(data2) > 64){
const err13 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/properties/desktop_pool_id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/properties/desktop_pool_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.desktop_ids !== undefined){
let data3 = data.desktop_ids;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err15 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/type",keyword:"type",params:{type: "string"}};
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
else {
const err17 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.promotion_plan_id !== undefined){
let data5 = data.promotion_plan_id;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err18 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/properties/promotion_plan_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/properties/promotion_plan_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.handle_type !== undefined){
let data6 = data.handle_type;
if(!(((data6 === "ONLY_FOR_EXPAND") || (data6 === "FOR_EXPAND_AND_IDLE")) || (data6 === "FOR_EXPAND_AND_ALL"))){
const err20 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/enum",keyword:"enum",params:{allowedValues: schema64.enum}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data6 === "string"){
if(func1(data6) > 55){
const err21 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func1(data6) < 1){
const err22 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/minLength",keyword:"minLength",params:{limit: 1}};
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
const err23 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.desktop_pool_disk_id !== undefined){
let data7 = data.desktop_pool_disk_id;
if(typeof data7 === "string"){
if(func1(data7) > 255){
const err24 = {instancePath:instancePath+"/desktop_pool_disk_id",schemaPath:"#/properties/desktop_pool_disk_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func1(data7) < 1){
const err25 = {instancePath:instancePath+"/desktop_pool_disk_id",schemaPath:"#/properties/desktop_pool_disk_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/desktop_pool_disk_id",schemaPath:"#/properties/desktop_pool_disk_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.new_size !== undefined){
let data8 = data.new_size;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err27 = {instancePath:instancePath+"/new_size",schemaPath:"#/properties/new_size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 8200 || isNaN(data8)){
const err28 = {instancePath:instancePath+"/new_size",schemaPath:"#/properties/new_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8200}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data8 < 10 || isNaN(data8)){
const err29 = {instancePath:instancePath+"/new_size",schemaPath:"#/properties/new_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = {"type":"object","additionalProperties":false,"allOf":[{"$ref":"#/$defs/PoolTargetRequired"}],"required":["product_id"],"properties":{"desktop_pool_id":{"type":"string","maxLength":64},"desktop_ids":{"type":"array","items":{"type":"string","maxLength":255}},"promotion_plan_id":{"type":"string","maxLength":255},"handle_type":{"$ref":"#/$defs/PoolChangeHandleType"},"product_id":{"type":"string","minLength":1,"maxLength":255},"mode":{"type":"string","enum":["STOP_DESKTOP"],"maxLength":255}}};

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
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs4 = errors;
let valid2 = false;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_pool_id === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/required",keyword:"required",params:{missingProperty: "desktop_pool_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.desktop_pool_id !== undefined){
let data0 = data.desktop_pool_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/properties/desktop_pool_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/properties/desktop_pool_id/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
var props0 = {};
props0.desktop_pool_id = true;
}
const _errs9 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_ids === undefined){
const err5 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/required",keyword:"required",params:{missingProperty: "desktop_ids"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.desktop_ids !== undefined){
let data1 = data.desktop_ids;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/properties/desktop_ids/minItems",keyword:"minItems",params:{limit: 1}};
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
const err7 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
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
const err8 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.desktop_ids = true;
}
}
if(!valid2){
const err9 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.product_id === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product_id"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "desktop_pool_id") || (key0 === "desktop_ids")) || (key0 === "promotion_plan_id")) || (key0 === "handle_type")) || (key0 === "product_id")) || (key0 === "mode"))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.desktop_pool_id !== undefined){
let data2 = data.desktop_pool_id;
if(typeof data2 === "string"){
if(func1(data2) > 64){
const err12 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/properties/desktop_pool_id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/properties/desktop_pool_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.desktop_ids !== undefined){
let data3 = data.desktop_ids;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err14 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err15 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/type",keyword:"type",params:{type: "string"}};
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
else {
const err16 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.promotion_plan_id !== undefined){
let data5 = data.promotion_plan_id;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err17 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/properties/promotion_plan_id/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err18 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/properties/promotion_plan_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.handle_type !== undefined){
let data6 = data.handle_type;
if(!(((data6 === "ONLY_FOR_EXPAND") || (data6 === "FOR_EXPAND_AND_IDLE")) || (data6 === "FOR_EXPAND_AND_ALL"))){
const err19 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/enum",keyword:"enum",params:{allowedValues: schema64.enum}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data6 === "string"){
if(func1(data6) > 55){
const err20 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func1(data6) < 1){
const err21 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/minLength",keyword:"minLength",params:{limit: 1}};
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
const err22 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.product_id !== undefined){
let data7 = data.product_id;
if(typeof data7 === "string"){
if(func1(data7) > 255){
const err23 = {instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func1(data7) < 1){
const err24 = {instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err25 = {instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.mode !== undefined){
let data8 = data.mode;
if(!(data8 === "STOP_DESKTOP")){
const err26 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema68.properties.mode.enum}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(typeof data8 === "string"){
if(func1(data8) > 255){
const err27 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = {"type":"object","additionalProperties":false,"allOf":[{"$ref":"#/$defs/PoolTargetRequired"}],"properties":{"desktop_pool_id":{"type":"string","maxLength":64},"desktop_ids":{"type":"array","maxItems":1000,"items":{"type":"string","maxLength":255}},"promotion_plan_id":{"type":"string","maxLength":255},"handle_type":{"$ref":"#/$defs/PoolChangeHandleType"},"image_spec_code":{"type":"string","maxLength":255},"image_id":{"type":"string","maxLength":255},"delay_time":{"type":"integer","format":"int32","minimum":0,"maximum":15},"message":{"type":"string","maxLength":400},"image_type":{"$ref":"#/$defs/ImageType"},"encrypt_type":{"$ref":"#/$defs/EncryptType"},"kms_id":{"$ref":"#/$defs/KmsId"}},"if":{"type":"object","required":["encrypt_type"],"properties":{"encrypt_type":{"type":"string","const":"ENCRYPTED"}}},"then":{"type":"object","required":["kms_id"],"properties":{"kms_id":{"type":"string"}}},"anyOf":[{"type":"object","required":["image_id"],"properties":{"image_id":{"type":"string","minLength":1}}},{"type":"object","required":["image_spec_code"],"properties":{"image_spec_code":{"type":"string","minLength":1}}}]};
const schema39 = {"type":"string","enum":["private","gold","market"]};
const schema75 = {"type":"string","enum":["KEEP","UNENCRYPTED","ENCRYPTED"],"maxLength":255};
const schema42 = {"type":"string"};
const formats0 = formats.int32;

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
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.image_id === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "image_id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.image_id !== undefined){
let data0 = data.image_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/image_id",schemaPath:"#/anyOf/0/properties/image_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err2 = {instancePath:instancePath+"/image_id",schemaPath:"#/anyOf/0/properties/image_id/type",keyword:"type",params:{type: "string"}};
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
const err3 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.image_id = true;
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.image_spec_code === undefined){
const err4 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "image_spec_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.image_spec_code !== undefined){
let data1 = data.image_spec_code;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/image_spec_code",schemaPath:"#/anyOf/1/properties/image_spec_code/minLength",keyword:"minLength",params:{limit: 1}};
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
const err6 = {instancePath:instancePath+"/image_spec_code",schemaPath:"#/anyOf/1/properties/image_spec_code/type",keyword:"type",params:{type: "string"}};
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
const err7 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.image_spec_code = true;
}
}
if(!valid0){
const err8 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err9 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs13 = errors;
let valid5 = false;
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_pool_id === undefined){
const err10 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/required",keyword:"required",params:{missingProperty: "desktop_pool_id"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.desktop_pool_id !== undefined){
let data2 = data.desktop_pool_id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/properties/desktop_pool_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/properties/desktop_pool_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid5 = valid5 || _valid1;
if(_valid1){
var props1 = {};
props1.desktop_pool_id = true;
}
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_ids === undefined){
const err14 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/required",keyword:"required",params:{missingProperty: "desktop_ids"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.desktop_ids !== undefined){
let data3 = data.desktop_ids;
if(Array.isArray(data3)){
if(data3.length < 1){
const err15 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/properties/desktop_ids/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
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
else {
const err17 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid5 = valid5 || _valid1;
if(_valid1){
if(props1 !== true){
props1 = props1 || {};
props1.desktop_ids = true;
}
}
if(!valid5){
const err18 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs22 = errors;
let valid8 = true;
const _errs23 = errors;
if(errors === _errs23){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.encrypt_type === undefined) && (missing0 = "encrypt_type")){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
if(data.encrypt_type !== undefined){
let data4 = data.encrypt_type;
if(typeof data4 !== "string"){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if("ENCRYPTED" !== data4){
const err21 = {};
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
}
else {
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid2 = _errs23 === errors;
if(props0 !== true){
props0 = props0 || {};
props0.encrypt_type = true;
}
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs27 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kms_id === undefined){
const err23 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "kms_id"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.kms_id !== undefined){
if(typeof data.kms_id !== "string"){
const err24 = {instancePath:instancePath+"/kms_id",schemaPath:"#/then/properties/kms_id/type",keyword:"type",params:{type: "string"}};
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
const err25 = {instancePath,schemaPath:"#/then/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid8 = _valid2;
if(valid8){
if(props0 !== true){
props0 = props0 || {};
props0.kms_id = true;
}
}
}
if(!valid8){
const err26 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func8.call(schema71.properties, key0))){
const err27 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.desktop_pool_id !== undefined){
let data6 = data.desktop_pool_id;
if(typeof data6 === "string"){
if(func1(data6) > 64){
const err28 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/properties/desktop_pool_id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/properties/desktop_pool_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.desktop_ids !== undefined){
let data7 = data.desktop_ids;
if(Array.isArray(data7)){
if(data7.length > 1000){
const err30 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/properties/desktop_ids/maxItems",keyword:"maxItems",params:{limit: 1000}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func1(data8) > 255){
const err31 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.promotion_plan_id !== undefined){
let data9 = data.promotion_plan_id;
if(typeof data9 === "string"){
if(func1(data9) > 255){
const err34 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/properties/promotion_plan_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/properties/promotion_plan_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.handle_type !== undefined){
let data10 = data.handle_type;
if(!(((data10 === "ONLY_FOR_EXPAND") || (data10 === "FOR_EXPAND_AND_IDLE")) || (data10 === "FOR_EXPAND_AND_ALL"))){
const err36 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/enum",keyword:"enum",params:{allowedValues: schema64.enum}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data10 === "string"){
if(func1(data10) > 55){
const err37 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func1(data10) < 1){
const err38 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/minLength",keyword:"minLength",params:{limit: 1}};
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
const err39 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.image_spec_code !== undefined){
let data11 = data.image_spec_code;
if(typeof data11 === "string"){
if(func1(data11) > 255){
const err40 = {instancePath:instancePath+"/image_spec_code",schemaPath:"#/properties/image_spec_code/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/image_spec_code",schemaPath:"#/properties/image_spec_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.image_id !== undefined){
let data12 = data.image_id;
if(typeof data12 === "string"){
if(func1(data12) > 255){
const err42 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.delay_time !== undefined){
let data13 = data.delay_time;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err44 = {instancePath:instancePath+"/delay_time",schemaPath:"#/properties/delay_time/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 15 || isNaN(data13)){
const err45 = {instancePath:instancePath+"/delay_time",schemaPath:"#/properties/delay_time/maximum",keyword:"maximum",params:{comparison: "<=", limit: 15}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err46 = {instancePath:instancePath+"/delay_time",schemaPath:"#/properties/delay_time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!(formats0.validate(data13))){
const err47 = {instancePath:instancePath+"/delay_time",schemaPath:"#/properties/delay_time/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
if(data.message !== undefined){
let data14 = data.message;
if(typeof data14 === "string"){
if(func1(data14) > 400){
const err48 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/maxLength",keyword:"maxLength",params:{limit: 400}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.image_type !== undefined){
let data15 = data.image_type;
if(typeof data15 !== "string"){
const err50 = {instancePath:instancePath+"/image_type",schemaPath:"#/$defs/ImageType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!(((data15 === "private") || (data15 === "gold")) || (data15 === "market"))){
const err51 = {instancePath:instancePath+"/image_type",schemaPath:"#/$defs/ImageType/enum",keyword:"enum",params:{allowedValues: schema39.enum}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.encrypt_type !== undefined){
let data16 = data.encrypt_type;
if(!(((data16 === "KEEP") || (data16 === "UNENCRYPTED")) || (data16 === "ENCRYPTED"))){
const err52 = {instancePath:instancePath+"/encrypt_type",schemaPath:"#/$defs/EncryptType/enum",keyword:"enum",params:{allowedValues: schema75.enum}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(typeof data16 === "string"){
if(func1(data16) > 255){
const err53 = {instancePath:instancePath+"/encrypt_type",schemaPath:"#/$defs/EncryptType/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/encrypt_type",schemaPath:"#/$defs/EncryptType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.kms_id !== undefined){
if(typeof data.kms_id !== "string"){
const err55 = {instancePath:instancePath+"/kms_id",schemaPath:"#/$defs/KmsId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema77 = {"type":"object","additionalProperties":false,"allOf":[{"$ref":"#/$defs/PoolTargetRequired"}],"required":["sub_resource_sku"],"properties":{"desktop_pool_id":{"type":"string","maxLength":64},"desktop_ids":{"type":"array","items":{"type":"string","maxLength":255}},"promotion_plan_id":{"type":"string","maxLength":255},"handle_type":{"$ref":"#/$defs/PoolChangeHandleType"},"sub_resource_sku":{"type":"string","minLength":1,"maxLength":255}}};

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
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs4 = errors;
let valid2 = false;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_pool_id === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/required",keyword:"required",params:{missingProperty: "desktop_pool_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.desktop_pool_id !== undefined){
let data0 = data.desktop_pool_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/properties/desktop_pool_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/properties/desktop_pool_id/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
var props0 = {};
props0.desktop_pool_id = true;
}
const _errs9 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_ids === undefined){
const err5 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/required",keyword:"required",params:{missingProperty: "desktop_ids"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.desktop_ids !== undefined){
let data1 = data.desktop_ids;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/properties/desktop_ids/minItems",keyword:"minItems",params:{limit: 1}};
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
const err7 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
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
const err8 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.desktop_ids = true;
}
}
if(!valid2){
const err9 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sub_resource_sku === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sub_resource_sku"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "desktop_pool_id") || (key0 === "desktop_ids")) || (key0 === "promotion_plan_id")) || (key0 === "handle_type")) || (key0 === "sub_resource_sku"))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.desktop_pool_id !== undefined){
let data2 = data.desktop_pool_id;
if(typeof data2 === "string"){
if(func1(data2) > 64){
const err12 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/properties/desktop_pool_id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/properties/desktop_pool_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.desktop_ids !== undefined){
let data3 = data.desktop_ids;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err14 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err15 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/type",keyword:"type",params:{type: "string"}};
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
else {
const err16 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.promotion_plan_id !== undefined){
let data5 = data.promotion_plan_id;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err17 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/properties/promotion_plan_id/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err18 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/properties/promotion_plan_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.handle_type !== undefined){
let data6 = data.handle_type;
if(!(((data6 === "ONLY_FOR_EXPAND") || (data6 === "FOR_EXPAND_AND_IDLE")) || (data6 === "FOR_EXPAND_AND_ALL"))){
const err19 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/enum",keyword:"enum",params:{allowedValues: schema64.enum}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data6 === "string"){
if(func1(data6) > 55){
const err20 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func1(data6) < 1){
const err21 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/minLength",keyword:"minLength",params:{limit: 1}};
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
const err22 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.sub_resource_sku !== undefined){
let data7 = data.sub_resource_sku;
if(typeof data7 === "string"){
if(func1(data7) > 255){
const err23 = {instancePath:instancePath+"/sub_resource_sku",schemaPath:"#/properties/sub_resource_sku/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func1(data7) < 1){
const err24 = {instancePath:instancePath+"/sub_resource_sku",schemaPath:"#/properties/sub_resource_sku/minLength",keyword:"minLength",params:{limit: 1}};
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
const err25 = {instancePath:instancePath+"/sub_resource_sku",schemaPath:"#/properties/sub_resource_sku/type",keyword:"type",params:{type: "string"}};
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
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema80 = {"type":"object","additionalProperties":false,"allOf":[{"$ref":"#/$defs/PoolTargetRequired"}],"required":["sub_resource_type"],"properties":{"desktop_pool_id":{"type":"string","maxLength":64},"desktop_ids":{"type":"array","items":{"type":"string","maxLength":255}},"promotion_plan_id":{"type":"string","maxLength":255},"handle_type":{"$ref":"#/$defs/PoolChangeHandleType"},"sub_resource_type":{"type":"string","enum":["DESKTOP_SHARER"],"minLength":1,"maxLength":255}}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs4 = errors;
let valid2 = false;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_pool_id === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/required",keyword:"required",params:{missingProperty: "desktop_pool_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.desktop_pool_id !== undefined){
let data0 = data.desktop_pool_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/properties/desktop_pool_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/properties/desktop_pool_id/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
var props0 = {};
props0.desktop_pool_id = true;
}
const _errs9 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_ids === undefined){
const err5 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/required",keyword:"required",params:{missingProperty: "desktop_ids"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.desktop_ids !== undefined){
let data1 = data.desktop_ids;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/properties/desktop_ids/minItems",keyword:"minItems",params:{limit: 1}};
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
const err7 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
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
const err8 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.desktop_ids = true;
}
}
if(!valid2){
const err9 = {instancePath,schemaPath:"#/$defs/PoolTargetRequired/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sub_resource_type === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sub_resource_type"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "desktop_pool_id") || (key0 === "desktop_ids")) || (key0 === "promotion_plan_id")) || (key0 === "handle_type")) || (key0 === "sub_resource_type"))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.desktop_pool_id !== undefined){
let data2 = data.desktop_pool_id;
if(typeof data2 === "string"){
if(func1(data2) > 64){
const err12 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/properties/desktop_pool_id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/properties/desktop_pool_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.desktop_ids !== undefined){
let data3 = data.desktop_ids;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err14 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err15 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/type",keyword:"type",params:{type: "string"}};
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
else {
const err16 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.promotion_plan_id !== undefined){
let data5 = data.promotion_plan_id;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err17 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/properties/promotion_plan_id/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err18 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/properties/promotion_plan_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.handle_type !== undefined){
let data6 = data.handle_type;
if(!(((data6 === "ONLY_FOR_EXPAND") || (data6 === "FOR_EXPAND_AND_IDLE")) || (data6 === "FOR_EXPAND_AND_ALL"))){
const err19 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/enum",keyword:"enum",params:{allowedValues: schema64.enum}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data6 === "string"){
if(func1(data6) > 55){
const err20 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func1(data6) < 1){
const err21 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/minLength",keyword:"minLength",params:{limit: 1}};
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
const err22 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.sub_resource_type !== undefined){
let data7 = data.sub_resource_type;
if(!(data7 === "DESKTOP_SHARER")){
const err23 = {instancePath:instancePath+"/sub_resource_type",schemaPath:"#/properties/sub_resource_type/enum",keyword:"enum",params:{allowedValues: schema80.properties.sub_resource_type.enum}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data7 === "string"){
if(func1(data7) > 255){
const err24 = {instancePath:instancePath+"/sub_resource_type",schemaPath:"#/properties/sub_resource_type/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func1(data7) < 1){
const err25 = {instancePath:instancePath+"/sub_resource_type",schemaPath:"#/properties/sub_resource_type/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/sub_resource_type",schemaPath:"#/properties/sub_resource_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema84 = {"type":"object","required":["type","add_volume_param"],"properties":{"type":{"type":"string","const":"ADD_VOLUME"},"add_volume_param":{"$ref":"#/$defs/EstimateAddVolumeRequestBody"}}};

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
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.add_volume_param === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "add_volume_param"}};
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
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("ADD_VOLUME" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ADD_VOLUME"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.add_volume_param !== undefined){
if(!(validate39(data.add_volume_param, {instancePath:instancePath+"/add_volume_param",parentData:data,parentDataProperty:"add_volume_param",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate39.errors; else for (const e of validate39.errors) vErrors.push(e);
errors = vErrors.length;
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
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":{"type":true,"add_volume_param":true},"dynamicProps":false,"dynamicItems":false};

const schema85 = {"type":"object","required":["type","extend_volume_param"],"properties":{"type":{"type":"string","const":"EXTEND_VOLUME"},"extend_volume_param":{"$ref":"#/$defs/EstimateExtendVolumeRequestBody"}}};

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
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.extend_volume_param === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "extend_volume_param"}};
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
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("EXTEND_VOLUME" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "EXTEND_VOLUME"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.extend_volume_param !== undefined){
if(!(validate41(data.extend_volume_param, {instancePath:instancePath+"/extend_volume_param",parentData:data,parentDataProperty:"extend_volume_param",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate41.errors; else for (const e of validate41.errors) vErrors.push(e);
errors = vErrors.length;
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
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":{"type":true,"extend_volume_param":true},"dynamicProps":false,"dynamicItems":false};

const schema86 = {"type":"object","required":["type","resize_param"],"properties":{"type":{"type":"string","const":"RESIZE"},"resize_param":{"$ref":"#/$defs/CreateResizeOrderRequestBody"}}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.resize_param === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resize_param"}};
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
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("RESIZE" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "RESIZE"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.resize_param !== undefined){
if(!(validate43(data.resize_param, {instancePath:instancePath+"/resize_param",parentData:data,parentDataProperty:"resize_param",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate43.errors; else for (const e of validate43.errors) vErrors.push(e);
errors = vErrors.length;
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
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":{"type":true,"resize_param":true},"dynamicProps":false,"dynamicItems":false};

const schema87 = {"type":"object","required":["type","change_image_param"],"properties":{"type":{"type":"string","const":"CHANGE_IMAGE"},"change_image_param":{"$ref":"#/$defs/CreateChangeImageOrderRequestBody"}}};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.change_image_param === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change_image_param"}};
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
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("CHANGE_IMAGE" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "CHANGE_IMAGE"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.change_image_param !== undefined){
if(!(validate45(data.change_image_param, {instancePath:instancePath+"/change_image_param",parentData:data,parentDataProperty:"change_image_param",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate45.errors; else for (const e of validate45.errors) vErrors.push(e);
errors = vErrors.length;
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
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":{"type":true,"change_image_param":true},"dynamicProps":false,"dynamicItems":false};

const schema88 = {"type":"object","required":["type","add_sub_resources_param"],"properties":{"type":{"type":"string","const":"ADD_SUB_RESOURCES"},"add_sub_resources_param":{"$ref":"#/$defs/EstimateAddSubResourcesRequestBody"}}};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.add_sub_resources_param === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "add_sub_resources_param"}};
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
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("ADD_SUB_RESOURCES" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ADD_SUB_RESOURCES"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.add_sub_resources_param !== undefined){
if(!(validate47(data.add_sub_resources_param, {instancePath:instancePath+"/add_sub_resources_param",parentData:data,parentDataProperty:"add_sub_resources_param",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate47.errors; else for (const e of validate47.errors) vErrors.push(e);
errors = vErrors.length;
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
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"type":true,"add_sub_resources_param":true},"dynamicProps":false,"dynamicItems":false};

const schema89 = {"type":"object","required":["type","delete_sub_resources_param"],"properties":{"type":{"type":"string","const":"DELETE_SUB_RESOURCES"},"delete_sub_resources_param":{"$ref":"#/$defs/CreateDeleteSubResourcesOrderRequestBody"}}};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.delete_sub_resources_param === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delete_sub_resources_param"}};
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
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("DELETE_SUB_RESOURCES" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "DELETE_SUB_RESOURCES"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.delete_sub_resources_param !== undefined){
if(!(validate49(data.delete_sub_resources_param, {instancePath:instancePath+"/delete_sub_resources_param",parentData:data,parentDataProperty:"delete_sub_resources_param",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate49.errors; else for (const e of validate49.errors) vErrors.push(e);
errors = vErrors.length;
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
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":{"type":true,"delete_sub_resources_param":true},"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "add_volume_param")) || (key0 === "extend_volume_param")) || (key0 === "resize_param")) || (key0 === "change_image_param")) || (key0 === "add_sub_resources_param")) || (key0 === "delete_sub_resources_param")) || (key0 === "agency_urn"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/PoolChangeType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((((data0 === "ADD_VOLUME") || (data0 === "EXTEND_VOLUME")) || (data0 === "RESIZE")) || (data0 === "CHANGE_IMAGE")) || (data0 === "ADD_SUB_RESOURCES")) || (data0 === "DELETE_SUB_RESOURCES"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/PoolChangeType/enum",keyword:"enum",params:{allowedValues: schema61.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.add_volume_param !== undefined){
if(!(validate39(data.add_volume_param, {instancePath:instancePath+"/add_volume_param",parentData:data,parentDataProperty:"add_volume_param",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate39.errors; else for (const e of validate39.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.extend_volume_param !== undefined){
if(!(validate41(data.extend_volume_param, {instancePath:instancePath+"/extend_volume_param",parentData:data,parentDataProperty:"extend_volume_param",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate41.errors; else for (const e of validate41.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.resize_param !== undefined){
if(!(validate43(data.resize_param, {instancePath:instancePath+"/resize_param",parentData:data,parentDataProperty:"resize_param",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate43.errors; else for (const e of validate43.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.change_image_param !== undefined){
if(!(validate45(data.change_image_param, {instancePath:instancePath+"/change_image_param",parentData:data,parentDataProperty:"change_image_param",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate45.errors; else for (const e of validate45.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.add_sub_resources_param !== undefined){
if(!(validate47(data.add_sub_resources_param, {instancePath:instancePath+"/add_sub_resources_param",parentData:data,parentDataProperty:"add_sub_resources_param",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate47.errors; else for (const e of validate47.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.delete_sub_resources_param !== undefined){
if(!(validate49(data.delete_sub_resources_param, {instancePath:instancePath+"/delete_sub_resources_param",parentData:data,parentDataProperty:"delete_sub_resources_param",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate49.errors; else for (const e of validate49.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.agency_urn !== undefined){
let data7 = data.agency_urn;
if(typeof data7 === "string"){
if(func1(data7) > 1500){
const err4 = {instancePath:instancePath+"/agency_urn",schemaPath:"#/$defs/AgencyUrn/maxLength",keyword:"maxLength",params:{limit: 1500}};
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
const err5 = {instancePath:instancePath+"/agency_urn",schemaPath:"#/$defs/AgencyUrn/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "ADD_VOLUME"){
if(!(validate51(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate51.errors; else for (const e of validate51.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else if(tag0 === "EXTEND_VOLUME"){
if(!(validate53(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate53.errors; else for (const e of validate53.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else if(tag0 === "RESIZE"){
if(!(validate55(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate55.errors; else for (const e of validate55.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else if(tag0 === "CHANGE_IMAGE"){
if(!(validate57(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate57.errors; else for (const e of validate57.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else if(tag0 === "ADD_SUB_RESOURCES"){
if(!(validate59(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate59.errors; else for (const e of validate59.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else if(tag0 === "DELETE_SUB_RESOURCES"){
if(!(validate61(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate61.errors; else for (const e of validate61.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else {
const err6 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0}};
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
const err7 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0}};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateCreateDesktopPoolChangeOrderResponse: CompiledValidator = validate69 as unknown as CompiledValidator;
const schema90 = {"type":"object","properties":{"orders":{"type":"array","items":{"$ref":"#/$defs/OrderV5"}}}};
const schema91 = {"type":"object","if":{"type":"object","required":["result"],"properties":{"result":{"type":"string","const":"FAIL"}}},"then":{"type":"object","required":["result_code"],"properties":{"result_code":{"type":"string"}}},"properties":{"order_id":{"type":"string"},"order_status":{"type":"integer","format":"int32","minimum":0,"maximum":14},"result":{"type":"string","enum":["SUCCESS","FAIL"]},"result_code":{"type":"string"},"job_id":{"type":"string"},"result_msg":{"type":"string"}}};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.orders !== undefined){
let data0 = data.orders;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs6 = errors;
let valid4 = true;
const _errs7 = errors;
if(errors === _errs7){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing0;
if((data1.result === undefined) && (missing0 = "result")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data1.result !== undefined){
let data2 = data1.result;
if(typeof data2 !== "string"){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("FAIL" !== data2){
const err2 = {};
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
}
else {
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
var _valid0 = _errs7 === errors;
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs11 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.result_code === undefined){
const err4 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/$defs/OrderV5/then/required",keyword:"required",params:{missingProperty: "result_code"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.result_code !== undefined){
if(typeof data1.result_code !== "string"){
const err5 = {instancePath:instancePath+"/orders/" + i0+"/result_code",schemaPath:"#/$defs/OrderV5/then/properties/result_code/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/$defs/OrderV5/then/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = _valid0;
if(valid4){
var props0 = {};
props0.result_code = true;
props0.result = true;
}
}
if(!valid4){
const err7 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/$defs/OrderV5/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(props0 !== true){
props0 = props0 || {};
props0.order_id = true;
props0.order_status = true;
props0.result = true;
props0.result_code = true;
props0.job_id = true;
props0.result_msg = true;
}
if(data1.order_id !== undefined){
if(typeof data1.order_id !== "string"){
const err8 = {instancePath:instancePath+"/orders/" + i0+"/order_id",schemaPath:"#/$defs/OrderV5/properties/order_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.order_status !== undefined){
let data5 = data1.order_status;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err9 = {instancePath:instancePath+"/orders/" + i0+"/order_status",schemaPath:"#/$defs/OrderV5/properties/order_status/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 14 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/orders/" + i0+"/order_status",schemaPath:"#/$defs/OrderV5/properties/order_status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 14}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/orders/" + i0+"/order_status",schemaPath:"#/$defs/OrderV5/properties/order_status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(formats0.validate(data5))){
const err12 = {instancePath:instancePath+"/orders/" + i0+"/order_status",schemaPath:"#/$defs/OrderV5/properties/order_status/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data1.result !== undefined){
let data6 = data1.result;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/orders/" + i0+"/result",schemaPath:"#/$defs/OrderV5/properties/result/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data6 === "SUCCESS") || (data6 === "FAIL"))){
const err14 = {instancePath:instancePath+"/orders/" + i0+"/result",schemaPath:"#/$defs/OrderV5/properties/result/enum",keyword:"enum",params:{allowedValues: schema91.properties.result.enum}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.result_code !== undefined){
if(typeof data1.result_code !== "string"){
const err15 = {instancePath:instancePath+"/orders/" + i0+"/result_code",schemaPath:"#/$defs/OrderV5/properties/result_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.job_id !== undefined){
if(typeof data1.job_id !== "string"){
const err16 = {instancePath:instancePath+"/orders/" + i0+"/job_id",schemaPath:"#/$defs/OrderV5/properties/job_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.result_msg !== undefined){
if(typeof data1.result_msg !== "string"){
const err17 = {instancePath:instancePath+"/orders/" + i0+"/result_msg",schemaPath:"#/$defs/OrderV5/properties/result_msg/type",keyword:"type",params:{type: "string"}};
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
const err18 = {instancePath:instancePath+"/orders/" + i0,schemaPath:"#/$defs/OrderV5/type",keyword:"type",params:{type: "object"}};
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
const err19 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/type",keyword:"type",params:{type: "array"}};
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
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":{"orders":true},"dynamicProps":false,"dynamicItems":false};

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

/** Compiled validators of CreateDesktopPoolChangeOrder (POST /v2/{project_id}/desktop-pool/periodic/change/order). */
export const createDesktopPoolChangeOrderValidators: OperationValidators = {
  operationId: "CreateDesktopPoolChangeOrder",
  callShape: "body",
  request: validateCreateDesktopPoolChangeOrderRequest,
  parameters: undefined,
  responses: { "200": validateCreateDesktopPoolChangeOrderResponse, "400": validateErrorResponse, "401": validateErrorResponse, "403": validateErrorResponse, "409": validateErrorResponse, "500": validateErrorResponse },
  hints: {"#/not":"size and desktops cannot be sent together"},
};
