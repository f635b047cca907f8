// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
// @ts-nocheck -- Ajv standalone output; the typed surface is the export at the end.
import type { CompiledValidator, OperationValidators } from '../types.js';
import { formats } from './formats.js';
import { ucs2length } from '../runtime.js';

export const validateCreateDesktopOrderRequest: CompiledValidator = validate24 as unknown as CompiledValidator;
const schema35 = {"type":"object","additionalProperties":false,"required":["hour_package_resources"],"properties":{"enterprise_project_id":{"$ref":"#/$defs/EnterpriseProjectId"},"hour_package_resources":{"type":"array","minItems":1,"maxItems":50,"items":{"$ref":"#/$defs/HourPackageResource"}},"extend_param":{"$ref":"#/$defs/OrderExtendParam"},"agency_urn":{"$ref":"#/$defs/AgencyUrn"}}};
const schema36 = {"type":"string","maxLength":36};
const schema57 = {"type":"object","additionalProperties":false,"properties":{"is_auto_pay":{"type":"string","enum":["true","false"],"maxLength":255}}};
const schema58 = {"type":"string","maxLength":1500};
const func1 = ucs2length;
const schema37 = {"type":"object","additionalProperties":false,"properties":{"period_type":{"type":"integer","format":"int32","enum":[2,3],"minimum":0,"maximum":255},"period_num":{"type":"integer","format":"int32","minimum":0,"maximum":2147483647},"is_auto_renew":{"type":"integer","format":"int32","minimum":0,"maximum":255},"used_up_policy":{"type":"string","enum":["SHUTDOWN_OR_HIBERNATE","PAY_PER_USE"]},"create_desktops":{"$ref":"#/$defs/CreateDesktopReq"}}};
const formats0 = formats.int32;
const schema38 = {"type":"object","additionalProperties":false,"required":["desktop_type","product_id","image_id","root_volume"],"properties":{"desktop_type":{"type":"string","enum":["DEDICATED","SHARED"],"maxLength":255},"availability_zone":{"type":"string","maxLength":255},"product_id":{"type":"string","minLength":1,"maxLength":255},"image_type":{"$ref":"#/$defs/ImageType"},"image_id":{"type":"string","minLength":1,"maxLength":255},"root_volume":{"$ref":"#/$defs/RootVolume"},"data_volumes":{"type":"array","maxItems":10,"items":{"$ref":"#/$defs/DataVolume"}},"nics":{"type":"array","maxItems":5,"items":{"$ref":"#/$defs/Nic"}},"security_groups":{"type":"array","maxItems":5,"items":{"$ref":"#/$defs/SecurityGroup"}},"desktops":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/Desktop"}},"desktop_name":{"type":"string","minLength":1,"maxLength":15},"desktop_ips":{"type":"array","maxItems":100,"items":{"type":"string","maxLength":255}},"size":{"type":"integer","minimum":1,"maximum":100},"email_notification":{"type":"boolean"},"enterprise_project_id":{"$ref":"#/$defs/EnterpriseProjectId"},"tags":{"type":"array","maxItems":20,"items":{"$ref":"#/$defs/Tag"}},"apply_shared_vpc_dedicated_param":{"$ref":"#/$defs/ApplySharedVpcDedicatedParam"},"eip":{"$ref":"#/$defs/Eip"},"desktop_name_policy_id":{"type":"string","maxLength":36},"hour_package_product_id":{"type":"string","minLength":1,"maxLength":255},"hour_package_offering_id":{"type":"string","minLength":1,"maxLength":255},"buy_type":{"type":"string","enum":["speed","custom"],"minLength":1,"maxLength":55},"if_mount_old_desktop_disk":{"type":"boolean"},"ou_name":{"type":"string","minLength":1,"maxLength":255},"domain":{"type":"string","minLength":1,"maxLength":255},"tenantId":{"type":"string"}},"not":{"type":"object","properties":{"size":true,"desktops":true},"required":["size","desktops"]},"if":{"type":"object","required":["size"],"properties":{"size":{"type":"integer","format":"int32","minimum":2}}},"then":{"type":"object","properties":{"desktop_name":{"type":"string","maxLength":13}}}};
const schema39 = {"type":"string","enum":["private","gold","market"]};
const schema46 = {"type":"object","additionalProperties":false,"required":["subnet_id"],"properties":{"subnet_id":{"type":"string","maxLength":255}}};
const schema47 = {"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","maxLength":255}}};
const schema53 = {"type":"object","additionalProperties":false,"required":["key"],"properties":{"key":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[^ *<>,|/](?:[^*<>,|/]*[^ *<>,|/])?$"},"value":{"type":"string","maxLength":43,"pattern":"^(?:[^ *<>,|/](?:[^*<>,|/]*[^ *<>,|/])?)?$"}}};
const schema54 = {"type":"object","additionalProperties":false,"properties":{"address":{"type":"string","maxLength":255},"port":{"type":"integer","minimum":1025,"maximum":65535},"availability_zone":{"type":"array","maxItems":10,"items":{"type":"string","maxLength":255}}}};
const func8 = Object.prototype.hasOwnProperty;
const schema40 = {"type":"object","additionalProperties":false,"required":["type","size"],"properties":{"type":{"$ref":"#/$defs/VolumeType"},"size":{"type":"integer","minimum":80,"maximum":32760,"multipleOf":10},"iops":{"type":"integer","minimum":0,"maximum":16380000},"throughput":{"type":"integer","minimum":0,"maximum":4095000},"kms_id":{"$ref":"#/$defs/KmsId"}}};
const schema41 = {"type":"string","minLength":1,"maxLength":255};
const schema42 = {"type":"string"};

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
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "size")) || (key0 === "iops")) || (key0 === "throughput")) || (key0 === "kms_id"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/VolumeType/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/VolumeType/minLength",keyword:"minLength",params:{limit: 1}};
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
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/VolumeType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 32760 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 32760}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 80 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 80}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
let res0;
if((10 === 0 || (res0 = data1/10, res0 !== parseInt(res0)))){
const err9 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/multipleOf",keyword:"multipleOf",params:{multipleOf: 10}};
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
if(data.iops !== undefined){
let data2 = data.iops;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 16380000 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16380000}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.throughput !== undefined){
let data3 = data.throughput;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4095000 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4095000}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.kms_id !== undefined){
if(typeof data.kms_id !== "string"){
const err16 = {instancePath:instancePath+"/kms_id",schemaPath:"#/$defs/KmsId/type",keyword:"type",params:{type: "string"}};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = {"type":"object","additionalProperties":false,"required":["type","size"],"properties":{"type":{"$ref":"#/$defs/VolumeType"},"size":{"type":"integer","minimum":10,"maximum":32760,"multipleOf":10},"iops":{"type":"integer","minimum":0,"maximum":16380000},"throughput":{"type":"integer","minimum":0,"maximum":4095000},"kms_id":{"$ref":"#/$defs/KmsId"}}};

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
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "size")) || (key0 === "iops")) || (key0 === "throughput")) || (key0 === "kms_id"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/VolumeType/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/VolumeType/minLength",keyword:"minLength",params:{limit: 1}};
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
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/VolumeType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 32760 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 32760}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 10 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
let res0;
if((10 === 0 || (res0 = data1/10, res0 !== parseInt(res0)))){
const err9 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/multipleOf",keyword:"multipleOf",params:{multipleOf: 10}};
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
if(data.iops !== undefined){
let data2 = data.iops;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 16380000 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16380000}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.throughput !== undefined){
let data3 = data.throughput;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4095000 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4095000}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.kms_id !== undefined){
if(typeof data.kms_id !== "string"){
const err16 = {instancePath:instancePath+"/kms_id",schemaPath:"#/$defs/KmsId/type",keyword:"type",params:{type: "string"}};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"object","additionalProperties":false,"required":["user_name"],"properties":{"user_name":{"$ref":"#/$defs/DesktopUserName"},"user_email":{"type":"string","format":"email","minLength":1,"maxLength":255},"user_phone":{"type":"string","minLength":1,"maxLength":255},"user_group":{"$ref":"#/$defs/UserGroup"},"computer_name":{"$ref":"#/$defs/ComputerName"},"os_host_name":{"type":"string","minLength":1,"maxLength":15},"desktop_name_prefix":{"type":"string","maxLength":5},"domain":{"type":"string"},"copy_volume_desktop_id":{"type":"string","minLength":1,"maxLength":100},"copy_volume_ids":{"type":"array","minItems":1,"maxItems":10,"items":{"type":"string","maxLength":255}},"if_delete_old_desktop":{"type":"boolean"}},"dependentRequired":{"copy_volume_desktop_id":["copy_volume_ids"],"copy_volume_ids":["copy_volume_desktop_id"]}};
const schema49 = {"type":"string","minLength":1,"maxLength":32,"pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"};
const schema50 = {"type":"string","enum":["sudo","default","administrators","users"],"minLength":1};
const schema51 = {"type":"string","minLength":1,"maxLength":15,"pattern":"^[A-Za-z0-9](?:[\\p{Script=Han}A-Za-z0-9-]{0,13}[\\p{Script=Han}A-Za-z0-9])?$","allOf":[{"type":"string","if":{"type":"string","pattern":"^[^\\p{Script=Han}]*[\\p{Script=Han}]"},"then":{"type":"string","maxLength":14}},{"type":"string","if":{"type":"string","pattern":"^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]"},"then":{"type":"string","maxLength":13}},{"type":"string","if":{"type":"string","pattern":"^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]"},"then":{"type":"string","maxLength":12}},{"type":"string","if":{"type":"string","pattern":"^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]"},"then":{"type":"string","maxLength":11}},{"type":"string","if":{"type":"string","pattern":"^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]"},"then":{"type":"string","maxLength":10}},{"type":"string","if":{"type":"string","pattern":"^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]"},"then":{"type":"string","maxLength":9}},{"type":"string","if":{"type":"string","pattern":"^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]"},"then":{"type":"string","maxLength":8}},{"type":"string","if":{"type":"string","pattern":"^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]"},"then":{"type":"string","maxLength":7}}]};
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const pattern5 = new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern6 = new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern7 = new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern8 = new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern9 = new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern10 = new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern11 = new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern12 = new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern13 = new RegExp("^[A-Za-z0-9](?:[\\p{Script=Han}A-Za-z0-9-]{0,13}[\\p{Script=Han}A-Za-z0-9])?$", "u");
const formats8 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user_name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func8.call(schema48.properties, key0))){
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
if(data.user_name !== undefined){
let data0 = data.user_name;
if(typeof data0 === "string"){
if(func1(data0) > 32){
const err2 = {instancePath:instancePath+"/user_name",schemaPath:"#/$defs/DesktopUserName/maxLength",keyword:"maxLength",params:{limit: 32}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/user_name",schemaPath:"#/$defs/DesktopUserName/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/user_name",schemaPath:"#/$defs/DesktopUserName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"}};
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
const err5 = {instancePath:instancePath+"/user_name",schemaPath:"#/$defs/DesktopUserName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.user_email !== undefined){
let data1 = data.user_email;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err6 = {instancePath:instancePath+"/user_email",schemaPath:"#/properties/user_email/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/user_email",schemaPath:"#/properties/user_email/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(formats8.test(data1))){
const err8 = {instancePath:instancePath+"/user_email",schemaPath:"#/properties/user_email/format",keyword:"format",params:{format: "email"}};
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
const err9 = {instancePath:instancePath+"/user_email",schemaPath:"#/properties/user_email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.user_phone !== undefined){
let data2 = data.user_phone;
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err10 = {instancePath:instancePath+"/user_phone",schemaPath:"#/properties/user_phone/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/user_phone",schemaPath:"#/properties/user_phone/minLength",keyword:"minLength",params:{limit: 1}};
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
const err12 = {instancePath:instancePath+"/user_phone",schemaPath:"#/properties/user_phone/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.user_group !== undefined){
let data3 = data.user_group;
if(!((((data3 === "sudo") || (data3 === "default")) || (data3 === "administrators")) || (data3 === "users"))){
const err13 = {instancePath:instancePath+"/user_group",schemaPath:"#/$defs/UserGroup/enum",keyword:"enum",params:{allowedValues: schema50.enum}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err14 = {instancePath:instancePath+"/user_group",schemaPath:"#/$defs/UserGroup/minLength",keyword:"minLength",params:{limit: 1}};
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
const err15 = {instancePath:instancePath+"/user_group",schemaPath:"#/$defs/UserGroup/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.computer_name !== undefined){
let data4 = data.computer_name;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const _errs17 = errors;
let valid5 = true;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err17 = {};
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
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var _valid0 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs20 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 14){
const err19 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/0/then/maxLength",keyword:"maxLength",params:{limit: 14}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/0/then/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid5 = _valid0;
}
if(!valid5){
const err21 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/0/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data4 !== "string"){
const err22 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs24 = errors;
let valid6 = true;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err23 = {};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var _valid1 = _errs25 === errors;
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs27 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 13){
const err25 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/1/then/maxLength",keyword:"maxLength",params:{limit: 13}};
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
const err26 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/1/then/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid6 = _valid1;
}
if(!valid6){
const err27 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(typeof data4 !== "string"){
const err28 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const _errs31 = errors;
let valid7 = true;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid2 = _errs32 === errors;
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs34 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 12){
const err31 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/2/then/maxLength",keyword:"maxLength",params:{limit: 12}};
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
const err32 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/2/then/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid2 = _errs34 === errors;
valid7 = _valid2;
}
if(!valid7){
const err33 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/2/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data4 !== "string"){
const err34 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/3/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const _errs38 = errors;
let valid8 = true;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data4 === "string"){
if(!pattern8.test(data4)){
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
else {
const err36 = {};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
var _valid3 = _errs39 === errors;
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs41 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 11){
const err37 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/3/then/maxLength",keyword:"maxLength",params:{limit: 11}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/3/then/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid3 = _errs41 === errors;
valid8 = _valid3;
}
if(!valid8){
const err39 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/3/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data4 !== "string"){
const err40 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/4/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const _errs45 = errors;
let valid9 = true;
const _errs46 = errors;
if(errors === _errs46){
if(typeof data4 === "string"){
if(!pattern9.test(data4)){
const err41 = {};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
var _valid4 = _errs46 === errors;
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs48 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 10){
const err43 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/4/then/maxLength",keyword:"maxLength",params:{limit: 10}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/4/then/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid4 = _errs48 === errors;
valid9 = _valid4;
}
if(!valid9){
const err45 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/4/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(typeof data4 !== "string"){
const err46 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/5/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const _errs52 = errors;
let valid10 = true;
const _errs53 = errors;
if(errors === _errs53){
if(typeof data4 === "string"){
if(!pattern10.test(data4)){
const err47 = {};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
var _valid5 = _errs53 === errors;
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs55 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 9){
const err49 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/5/then/maxLength",keyword:"maxLength",params:{limit: 9}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/5/then/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid5 = _errs55 === errors;
valid10 = _valid5;
}
if(!valid10){
const err51 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/5/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(typeof data4 !== "string"){
const err52 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/6/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const _errs59 = errors;
let valid11 = true;
const _errs60 = errors;
if(errors === _errs60){
if(typeof data4 === "string"){
if(!pattern11.test(data4)){
const err53 = {};
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
const err54 = {};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
var _valid6 = _errs60 === errors;
errors = _errs59;
if(vErrors !== null){
if(_errs59){
vErrors.length = _errs59;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs62 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 8){
const err55 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/6/then/maxLength",keyword:"maxLength",params:{limit: 8}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/6/then/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid6 = _errs62 === errors;
valid11 = _valid6;
}
if(!valid11){
const err57 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/6/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(typeof data4 !== "string"){
const err58 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/7/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
const _errs66 = errors;
let valid12 = true;
const _errs67 = errors;
if(errors === _errs67){
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err59 = {};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
var _valid7 = _errs67 === errors;
errors = _errs66;
if(vErrors !== null){
if(_errs66){
vErrors.length = _errs66;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs69 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 7){
const err61 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/7/then/maxLength",keyword:"maxLength",params:{limit: 7}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/7/then/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid7 = _errs69 === errors;
valid12 = _valid7;
}
if(!valid12){
const err63 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/allOf/7/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(typeof data4 === "string"){
if(func1(data4) > 15){
const err64 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/maxLength",keyword:"maxLength",params:{limit: 15}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(func1(data4) < 1){
const err65 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(!pattern13.test(data4)){
const err66 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[\\p{Script=Han}A-Za-z0-9-]{0,13}[\\p{Script=Han}A-Za-z0-9])?$"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/computer_name",schemaPath:"#/$defs/ComputerName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.os_host_name !== undefined){
let data5 = data.os_host_name;
if(typeof data5 === "string"){
if(func1(data5) > 15){
const err68 = {instancePath:instancePath+"/os_host_name",schemaPath:"#/properties/os_host_name/maxLength",keyword:"maxLength",params:{limit: 15}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(func1(data5) < 1){
const err69 = {instancePath:instancePath+"/os_host_name",schemaPath:"#/properties/os_host_name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/os_host_name",schemaPath:"#/properties/os_host_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.desktop_name_prefix !== undefined){
let data6 = data.desktop_name_prefix;
if(typeof data6 === "string"){
if(func1(data6) > 5){
const err71 = {instancePath:instancePath+"/desktop_name_prefix",schemaPath:"#/properties/desktop_name_prefix/maxLength",keyword:"maxLength",params:{limit: 5}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/desktop_name_prefix",schemaPath:"#/properties/desktop_name_prefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.domain !== undefined){
if(typeof data.domain !== "string"){
const err73 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.copy_volume_desktop_id !== undefined){
let data8 = data.copy_volume_desktop_id;
if(typeof data8 === "string"){
if(func1(data8) > 100){
const err74 = {instancePath:instancePath+"/copy_volume_desktop_id",schemaPath:"#/properties/copy_volume_desktop_id/maxLength",keyword:"maxLength",params:{limit: 100}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(func1(data8) < 1){
const err75 = {instancePath:instancePath+"/copy_volume_desktop_id",schemaPath:"#/properties/copy_volume_desktop_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/copy_volume_desktop_id",schemaPath:"#/properties/copy_volume_desktop_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.copy_volume_ids !== undefined){
let data9 = data.copy_volume_ids;
if(Array.isArray(data9)){
if(data9.length > 10){
const err77 = {instancePath:instancePath+"/copy_volume_ids",schemaPath:"#/properties/copy_volume_ids/maxItems",keyword:"maxItems",params:{limit: 10}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data9.length < 1){
const err78 = {instancePath:instancePath+"/copy_volume_ids",schemaPath:"#/properties/copy_volume_ids/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(func1(data10) > 255){
const err79 = {instancePath:instancePath+"/copy_volume_ids/" + i0,schemaPath:"#/properties/copy_volume_ids/items/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/copy_volume_ids/" + i0,schemaPath:"#/properties/copy_volume_ids/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/copy_volume_ids",schemaPath:"#/properties/copy_volume_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.if_delete_old_desktop !== undefined){
if(typeof data.if_delete_old_desktop !== "boolean"){
const err82 = {instancePath:instancePath+"/if_delete_old_desktop",schemaPath:"#/properties/if_delete_old_desktop/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.copy_volume_desktop_id !== undefined){
if(data.copy_volume_ids === undefined){
const err83 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "copy_volume_desktop_id",
    missingProperty: "copy_volume_ids",
    depsCount: 1,
    deps: "copy_volume_ids"}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.copy_volume_ids !== undefined){
if(data.copy_volume_desktop_id === undefined){
const err84 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "copy_volume_ids",
    missingProperty: "copy_volume_desktop_id",
    depsCount: 1,
    deps: "copy_volume_desktop_id"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema55 = {"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":255},"type":{"type":"string","maxLength":255},"charge_mode":{"$ref":"#/$defs/EipChargeMode"},"bandwidth_size":{"type":"integer","format":"int32","minimum":1,"maximum":2000}}};
const schema56 = {"type":"string","enum":["TRAFFIC","BANDWIDTH"]};

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
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "type")) || (key0 === "charge_mode")) || (key0 === "bandwidth_size"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
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
let data1 = data.type;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.charge_mode !== undefined){
let data2 = data.charge_mode;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/charge_mode",schemaPath:"#/$defs/EipChargeMode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data2 === "TRAFFIC") || (data2 === "BANDWIDTH"))){
const err7 = {instancePath:instancePath+"/charge_mode",schemaPath:"#/$defs/EipChargeMode/enum",keyword:"enum",params:{allowedValues: schema56.enum}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.bandwidth_size !== undefined){
let data3 = data.bandwidth_size;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/bandwidth_size",schemaPath:"#/properties/bandwidth_size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2000 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/bandwidth_size",schemaPath:"#/properties/bandwidth_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2000}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/bandwidth_size",schemaPath:"#/properties/bandwidth_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats0.validate(data3))){
const err11 = {instancePath:instancePath+"/bandwidth_size",schemaPath:"#/properties/bandwidth_size/format",keyword:"format",params:{format: "int32"}};
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
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern14 = new RegExp("^[^ *<>,|/](?:[^*<>,|/]*[^ *<>,|/])?$", "u");
const pattern15 = new RegExp("^(?:[^ *<>,|/](?:[^*<>,|/]*[^ *<>,|/])?)?$", "u");

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
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.size === undefined) && (missing0 = "size")) || ((data.desktops === undefined) && (missing0 = "desktops"))){
const err0 = {};
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
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid0 = _errs2 === errors;
if(valid0){
const err2 = {instancePath,schemaPath:"#/not",keyword:"not",params:{}};
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
const _errs4 = errors;
let valid1 = true;
const _errs5 = errors;
if(errors === _errs5){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.size === undefined) && (missing1 = "size")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.size !== undefined){
let data0 = data.size;
const _errs7 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(errors === _errs7){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 2 || isNaN(data0)){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(!(formats0.validate(data0))){
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
}
}
}
}
}
else {
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs9 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_name !== undefined){
let data1 = data.desktop_name;
if(typeof data1 === "string"){
if(func1(data1) > 13){
const err8 = {instancePath:instancePath+"/desktop_name",schemaPath:"#/then/properties/desktop_name/maxLength",keyword:"maxLength",params:{limit: 13}};
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
const err9 = {instancePath:instancePath+"/desktop_name",schemaPath:"#/then/properties/desktop_name/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath,schemaPath:"#/then/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.desktop_name = true;
props0.size = true;
}
}
if(!valid1){
const err11 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_type === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "desktop_type"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.product_id === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product_id"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.image_id === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image_id"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.root_volume === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "root_volume"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key0 in data){
if(!(func8.call(schema38.properties, key0))){
const err16 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.desktop_type !== undefined){
let data2 = data.desktop_type;
if(!((data2 === "DEDICATED") || (data2 === "SHARED"))){
const err17 = {instancePath:instancePath+"/desktop_type",schemaPath:"#/properties/desktop_type/enum",keyword:"enum",params:{allowedValues: schema38.properties.desktop_type.enum}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err18 = {instancePath:instancePath+"/desktop_type",schemaPath:"#/properties/desktop_type/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err19 = {instancePath:instancePath+"/desktop_type",schemaPath:"#/properties/desktop_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.availability_zone !== undefined){
let data3 = data.availability_zone;
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err20 = {instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.product_id !== undefined){
let data4 = data.product_id;
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err22 = {instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func1(data4) < 1){
const err23 = {instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.image_type !== undefined){
let data5 = data.image_type;
if(typeof data5 !== "string"){
const err25 = {instancePath:instancePath+"/image_type",schemaPath:"#/$defs/ImageType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(((data5 === "private") || (data5 === "gold")) || (data5 === "market"))){
const err26 = {instancePath:instancePath+"/image_type",schemaPath:"#/$defs/ImageType/enum",keyword:"enum",params:{allowedValues: schema39.enum}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.image_id !== undefined){
let data6 = data.image_id;
if(typeof data6 === "string"){
if(func1(data6) > 255){
const err27 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func1(data6) < 1){
const err28 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err29 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.root_volume !== undefined){
if(!(validate27(data.root_volume, {instancePath:instancePath+"/root_volume",parentData:data,parentDataProperty:"root_volume",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate27.errors; else for (const e of validate27.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.data_volumes !== undefined){
let data8 = data.data_volumes;
if(Array.isArray(data8)){
if(data8.length > 10){
const err30 = {instancePath:instancePath+"/data_volumes",schemaPath:"#/properties/data_volumes/maxItems",keyword:"maxItems",params:{limit: 10}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate29(data8[i0], {instancePath:instancePath+"/data_volumes/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate29.errors; else for (const e of validate29.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err31 = {instancePath:instancePath+"/data_volumes",schemaPath:"#/properties/data_volumes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.nics !== undefined){
let data10 = data.nics;
if(Array.isArray(data10)){
if(data10.length > 5){
const err32 = {instancePath:instancePath+"/nics",schemaPath:"#/properties/nics/maxItems",keyword:"maxItems",params:{limit: 5}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.subnet_id === undefined){
const err33 = {instancePath:instancePath+"/nics/" + i1,schemaPath:"#/$defs/Nic/required",keyword:"required",params:{missingProperty: "subnet_id"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key1 in data11){
if(!(key1 === "subnet_id")){
const err34 = {instancePath:instancePath+"/nics/" + i1,schemaPath:"#/$defs/Nic/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data11.subnet_id !== undefined){
let data12 = data11.subnet_id;
if(typeof data12 === "string"){
if(func1(data12) > 255){
const err35 = {instancePath:instancePath+"/nics/" + i1+"/subnet_id",schemaPath:"#/$defs/Nic/properties/subnet_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/nics/" + i1+"/subnet_id",schemaPath:"#/$defs/Nic/properties/subnet_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/nics/" + i1,schemaPath:"#/$defs/Nic/type",keyword:"type",params:{type: "object"}};
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
const err38 = {instancePath:instancePath+"/nics",schemaPath:"#/properties/nics/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.security_groups !== undefined){
let data13 = data.security_groups;
if(Array.isArray(data13)){
if(data13.length > 5){
const err39 = {instancePath:instancePath+"/security_groups",schemaPath:"#/properties/security_groups/maxItems",keyword:"maxItems",params:{limit: 5}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.id === undefined){
const err40 = {instancePath:instancePath+"/security_groups/" + i2,schemaPath:"#/$defs/SecurityGroup/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key2 in data14){
if(!(key2 === "id")){
const err41 = {instancePath:instancePath+"/security_groups/" + i2,schemaPath:"#/$defs/SecurityGroup/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data14.id !== undefined){
let data15 = data14.id;
if(typeof data15 === "string"){
if(func1(data15) > 255){
const err42 = {instancePath:instancePath+"/security_groups/" + i2+"/id",schemaPath:"#/$defs/SecurityGroup/properties/id/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err43 = {instancePath:instancePath+"/security_groups/" + i2+"/id",schemaPath:"#/$defs/SecurityGroup/properties/id/type",keyword:"type",params:{type: "string"}};
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
const err44 = {instancePath:instancePath+"/security_groups/" + i2,schemaPath:"#/$defs/SecurityGroup/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/security_groups",schemaPath:"#/properties/security_groups/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.desktops !== undefined){
let data16 = data.desktops;
if(Array.isArray(data16)){
if(data16.length > 100){
const err46 = {instancePath:instancePath+"/desktops",schemaPath:"#/properties/desktops/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data16.length < 1){
const err47 = {instancePath:instancePath+"/desktops",schemaPath:"#/properties/desktops/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
if(!(validate31(data16[i3], {instancePath:instancePath+"/desktops/" + i3,parentData:data16,parentDataProperty:i3,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate31.errors; else for (const e of validate31.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err48 = {instancePath:instancePath+"/desktops",schemaPath:"#/properties/desktops/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.desktop_name !== undefined){
let data18 = data.desktop_name;
if(typeof data18 === "string"){
if(func1(data18) > 15){
const err49 = {instancePath:instancePath+"/desktop_name",schemaPath:"#/properties/desktop_name/maxLength",keyword:"maxLength",params:{limit: 15}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(func1(data18) < 1){
const err50 = {instancePath:instancePath+"/desktop_name",schemaPath:"#/properties/desktop_name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/desktop_name",schemaPath:"#/properties/desktop_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.desktop_ips !== undefined){
let data19 = data.desktop_ips;
if(Array.isArray(data19)){
if(data19.length > 100){
const err52 = {instancePath:instancePath+"/desktop_ips",schemaPath:"#/properties/desktop_ips/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len4 = data19.length;
for(let i4=0; i4<len4; i4++){
let data20 = data19[i4];
if(typeof data20 === "string"){
if(func1(data20) > 255){
const err53 = {instancePath:instancePath+"/desktop_ips/" + i4,schemaPath:"#/properties/desktop_ips/items/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err54 = {instancePath:instancePath+"/desktop_ips/" + i4,schemaPath:"#/properties/desktop_ips/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/desktop_ips",schemaPath:"#/properties/desktop_ips/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.size !== undefined){
let data21 = data.size;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err56 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 100 || isNaN(data21)){
const err57 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data21 < 1 || isNaN(data21)){
const err58 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data.email_notification !== undefined){
if(typeof data.email_notification !== "boolean"){
const err59 = {instancePath:instancePath+"/email_notification",schemaPath:"#/properties/email_notification/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.enterprise_project_id !== undefined){
let data23 = data.enterprise_project_id;
if(typeof data23 === "string"){
if(func1(data23) > 36){
const err60 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/maxLength",keyword:"maxLength",params:{limit: 36}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.tags !== undefined){
let data24 = data.tags;
if(Array.isArray(data24)){
if(data24.length > 20){
const err62 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/maxItems",keyword:"maxItems",params:{limit: 20}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
const len5 = data24.length;
for(let i5=0; i5<len5; i5++){
let data25 = data24[i5];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.key === undefined){
const err63 = {instancePath:instancePath+"/tags/" + i5,schemaPath:"#/$defs/Tag/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key3 in data25){
if(!((key3 === "key") || (key3 === "value"))){
const err64 = {instancePath:instancePath+"/tags/" + i5,schemaPath:"#/$defs/Tag/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data25.key !== undefined){
let data26 = data25.key;
if(typeof data26 === "string"){
if(func1(data26) > 128){
const err65 = {instancePath:instancePath+"/tags/" + i5+"/key",schemaPath:"#/$defs/Tag/properties/key/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(func1(data26) < 1){
const err66 = {instancePath:instancePath+"/tags/" + i5+"/key",schemaPath:"#/$defs/Tag/properties/key/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!pattern14.test(data26)){
const err67 = {instancePath:instancePath+"/tags/" + i5+"/key",schemaPath:"#/$defs/Tag/properties/key/pattern",keyword:"pattern",params:{pattern: "^[^ *<>,|/](?:[^*<>,|/]*[^ *<>,|/])?$"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/tags/" + i5+"/key",schemaPath:"#/$defs/Tag/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data25.value !== undefined){
let data27 = data25.value;
if(typeof data27 === "string"){
if(func1(data27) > 43){
const err69 = {instancePath:instancePath+"/tags/" + i5+"/value",schemaPath:"#/$defs/Tag/properties/value/maxLength",keyword:"maxLength",params:{limit: 43}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!pattern15.test(data27)){
const err70 = {instancePath:instancePath+"/tags/" + i5+"/value",schemaPath:"#/$defs/Tag/properties/value/pattern",keyword:"pattern",params:{pattern: "^(?:[^ *<>,|/](?:[^*<>,|/]*[^ *<>,|/])?)?$"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/tags/" + i5+"/value",schemaPath:"#/$defs/Tag/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/tags/" + i5,schemaPath:"#/$defs/Tag/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.apply_shared_vpc_dedicated_param !== undefined){
let data28 = data.apply_shared_vpc_dedicated_param;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key4 in data28){
if(!(((key4 === "address") || (key4 === "port")) || (key4 === "availability_zone"))){
const err74 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data28.address !== undefined){
let data29 = data28.address;
if(typeof data29 === "string"){
if(func1(data29) > 255){
const err75 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param/address",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/properties/address/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param/address",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/properties/address/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data28.port !== undefined){
let data30 = data28.port;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err77 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param/port",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 65535 || isNaN(data30)){
const err78 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param/port",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data30 < 1025 || isNaN(data30)){
const err79 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param/port",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1025}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
if(data28.availability_zone !== undefined){
let data31 = data28.availability_zone;
if(Array.isArray(data31)){
if(data31.length > 10){
const err80 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param/availability_zone",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/properties/availability_zone/maxItems",keyword:"maxItems",params:{limit: 10}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
const len6 = data31.length;
for(let i6=0; i6<len6; i6++){
let data32 = data31[i6];
if(typeof data32 === "string"){
if(func1(data32) > 255){
const err81 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param/availability_zone/" + i6,schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/properties/availability_zone/items/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param/availability_zone/" + i6,schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/properties/availability_zone/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param/availability_zone",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/properties/availability_zone/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.eip !== undefined){
if(!(validate33(data.eip, {instancePath:instancePath+"/eip",parentData:data,parentDataProperty:"eip",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate33.errors; else for (const e of validate33.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.desktop_name_policy_id !== undefined){
let data34 = data.desktop_name_policy_id;
if(typeof data34 === "string"){
if(func1(data34) > 36){
const err85 = {instancePath:instancePath+"/desktop_name_policy_id",schemaPath:"#/properties/desktop_name_policy_id/maxLength",keyword:"maxLength",params:{limit: 36}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/desktop_name_policy_id",schemaPath:"#/properties/desktop_name_policy_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.hour_package_product_id !== undefined){
let data35 = data.hour_package_product_id;
if(typeof data35 === "string"){
if(func1(data35) > 255){
const err87 = {instancePath:instancePath+"/hour_package_product_id",schemaPath:"#/properties/hour_package_product_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(func1(data35) < 1){
const err88 = {instancePath:instancePath+"/hour_package_product_id",schemaPath:"#/properties/hour_package_product_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/hour_package_product_id",schemaPath:"#/properties/hour_package_product_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.hour_package_offering_id !== undefined){
let data36 = data.hour_package_offering_id;
if(typeof data36 === "string"){
if(func1(data36) > 255){
const err90 = {instancePath:instancePath+"/hour_package_offering_id",schemaPath:"#/properties/hour_package_offering_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(func1(data36) < 1){
const err91 = {instancePath:instancePath+"/hour_package_offering_id",schemaPath:"#/properties/hour_package_offering_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/hour_package_offering_id",schemaPath:"#/properties/hour_package_offering_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.buy_type !== undefined){
let data37 = data.buy_type;
if(!((data37 === "speed") || (data37 === "custom"))){
const err93 = {instancePath:instancePath+"/buy_type",schemaPath:"#/properties/buy_type/enum",keyword:"enum",params:{allowedValues: schema38.properties.buy_type.enum}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(typeof data37 === "string"){
if(func1(data37) > 55){
const err94 = {instancePath:instancePath+"/buy_type",schemaPath:"#/properties/buy_type/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(func1(data37) < 1){
const err95 = {instancePath:instancePath+"/buy_type",schemaPath:"#/properties/buy_type/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/buy_type",schemaPath:"#/properties/buy_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.if_mount_old_desktop_disk !== undefined){
if(typeof data.if_mount_old_desktop_disk !== "boolean"){
const err97 = {instancePath:instancePath+"/if_mount_old_desktop_disk",schemaPath:"#/properties/if_mount_old_desktop_disk/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.ou_name !== undefined){
let data39 = data.ou_name;
if(typeof data39 === "string"){
if(func1(data39) > 255){
const err98 = {instancePath:instancePath+"/ou_name",schemaPath:"#/properties/ou_name/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(func1(data39) < 1){
const err99 = {instancePath:instancePath+"/ou_name",schemaPath:"#/properties/ou_name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/ou_name",schemaPath:"#/properties/ou_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.domain !== undefined){
let data40 = data.domain;
if(typeof data40 === "string"){
if(func1(data40) > 255){
const err101 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(func1(data40) < 1){
const err102 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data.tenantId !== undefined){
if(typeof data.tenantId !== "string"){
const err104 = {instancePath:instancePath+"/tenantId",schemaPath:"#/properties/tenantId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "period_type") || (key0 === "period_num")) || (key0 === "is_auto_renew")) || (key0 === "used_up_policy")) || (key0 === "create_desktops"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.period_type !== undefined){
let data0 = data.period_type;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/period_type",schemaPath:"#/properties/period_type/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data0 === 2) || (data0 === 3))){
const err2 = {instancePath:instancePath+"/period_type",schemaPath:"#/properties/period_type/enum",keyword:"enum",params:{allowedValues: schema37.properties.period_type.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 255 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/period_type",schemaPath:"#/properties/period_type/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/period_type",schemaPath:"#/properties/period_type/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(formats0.validate(data0))){
const err5 = {instancePath:instancePath+"/period_type",schemaPath:"#/properties/period_type/format",keyword:"format",params:{format: "int32"}};
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
if(data.period_num !== undefined){
let data1 = data.period_num;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/period_num",schemaPath:"#/properties/period_num/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2147483647 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/period_num",schemaPath:"#/properties/period_num/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/period_num",schemaPath:"#/properties/period_num/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data1))){
const err9 = {instancePath:instancePath+"/period_num",schemaPath:"#/properties/period_num/format",keyword:"format",params:{format: "int32"}};
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
if(data.is_auto_renew !== undefined){
let data2 = data.is_auto_renew;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/is_auto_renew",schemaPath:"#/properties/is_auto_renew/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 255 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/is_auto_renew",schemaPath:"#/properties/is_auto_renew/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/is_auto_renew",schemaPath:"#/properties/is_auto_renew/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(formats0.validate(data2))){
const err13 = {instancePath:instancePath+"/is_auto_renew",schemaPath:"#/properties/is_auto_renew/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.used_up_policy !== undefined){
let data3 = data.used_up_policy;
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/used_up_policy",schemaPath:"#/properties/used_up_policy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data3 === "SHUTDOWN_OR_HIBERNATE") || (data3 === "PAY_PER_USE"))){
const err15 = {instancePath:instancePath+"/used_up_policy",schemaPath:"#/properties/used_up_policy/enum",keyword:"enum",params:{allowedValues: schema37.properties.used_up_policy.enum}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.create_desktops !== undefined){
if(!(validate26(data.create_desktops, {instancePath:instancePath+"/create_desktops",parentData:data,parentDataProperty:"create_desktops",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate26.errors; else for (const e of validate26.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hour_package_resources === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hour_package_resources"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "enterprise_project_id") || (key0 === "hour_package_resources")) || (key0 === "extend_param")) || (key0 === "agency_urn"))){
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
if(data.enterprise_project_id !== undefined){
let data0 = data.enterprise_project_id;
if(typeof data0 === "string"){
if(func1(data0) > 36){
const err2 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/maxLength",keyword:"maxLength",params:{limit: 36}};
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
const err3 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.hour_package_resources !== undefined){
let data1 = data.hour_package_resources;
if(Array.isArray(data1)){
if(data1.length > 50){
const err4 = {instancePath:instancePath+"/hour_package_resources",schemaPath:"#/properties/hour_package_resources/maxItems",keyword:"maxItems",params:{limit: 50}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/hour_package_resources",schemaPath:"#/properties/hour_package_resources/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate25(data1[i0], {instancePath:instancePath+"/hour_package_resources/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate25.errors; else for (const e of validate25.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/hour_package_resources",schemaPath:"#/properties/hour_package_resources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.extend_param !== undefined){
let data3 = data.extend_param;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(key1 === "is_auto_pay")){
const err7 = {instancePath:instancePath+"/extend_param",schemaPath:"#/$defs/OrderExtendParam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.is_auto_pay !== undefined){
let data4 = data3.is_auto_pay;
if(!((data4 === "true") || (data4 === "false"))){
const err8 = {instancePath:instancePath+"/extend_param/is_auto_pay",schemaPath:"#/$defs/OrderExtendParam/properties/is_auto_pay/enum",keyword:"enum",params:{allowedValues: schema57.properties.is_auto_pay.enum}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err9 = {instancePath:instancePath+"/extend_param/is_auto_pay",schemaPath:"#/$defs/OrderExtendParam/properties/is_auto_pay/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err10 = {instancePath:instancePath+"/extend_param/is_auto_pay",schemaPath:"#/$defs/OrderExtendParam/properties/is_auto_pay/type",keyword:"type",params:{type: "string"}};
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
const err11 = {instancePath:instancePath+"/extend_param",schemaPath:"#/$defs/OrderExtendParam/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.agency_urn !== undefined){
let data5 = data.agency_urn;
if(typeof data5 === "string"){
if(func1(data5) > 1500){
const err12 = {instancePath:instancePath+"/agency_urn",schemaPath:"#/$defs/AgencyUrn/maxLength",keyword:"maxLength",params:{limit: 1500}};
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
const err13 = {instancePath:instancePath+"/agency_urn",schemaPath:"#/$defs/AgencyUrn/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateCreateDesktopOrderResponse: CompiledValidator = validate37 as unknown as CompiledValidator;
const schema59 = {"type":"object","properties":{"order_id":{"type":"string"},"job_id":{"type":"string"}}};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.order_id !== undefined){
if(typeof data.order_id !== "string"){
const err0 = {instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.job_id !== undefined){
if(typeof data.job_id !== "string"){
const err1 = {instancePath:instancePath+"/job_id",schemaPath:"#/properties/job_id/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"order_id":true,"job_id":true},"dynamicProps":false,"dynamicItems":false};

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

/** Compiled validators of CreateDesktopOrder (POST /v2/{project_id}/desktops/orders/subscribe). */
export const createDesktopOrderValidators: OperationValidators = {
  operationId: "CreateDesktopOrder",
  callShape: "body",
  request: validateCreateDesktopOrderRequest,
  parameters: undefined,
  responses: { "200": validateCreateDesktopOrderResponse, "400": validateErrorResponse, "401": validateErrorResponse, "403": validateErrorResponse, "409": validateErrorResponse, "500": validateErrorResponse },
  hints: {"#/not":"size and desktops cannot be sent together"},
};
