// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
// @ts-nocheck -- Ajv standalone output; the typed surface is the export at the end.
import type { CompiledValidator, OperationValidators } from '../types.js';
import { formats } from './formats.js';
import { ucs2length } from '../runtime.js';

export const validateCreateDesktopOrderRequest: CompiledValidator = validate24 as unknown as CompiledValidator;
const schema35 = {"type":"object","additionalProperties":false,"required":["hour_package_resources"],"properties":{"enterprise_project_id":{"$ref":"#/$defs/EnterpriseProjectId"},"hour_package_resources":{"type":"array","items":{"$ref":"#/$defs/HourPackageResource"}},"extend_param":{"$ref":"#/$defs/OrderExtendParam"},"agency_urn":{"$ref":"#/$defs/AgencyUrn"}}};
const schema36 = {"type":"string"};
const schema56 = {"type":"object","additionalProperties":false,"properties":{"is_auto_pay":{"type":"string","enum":["true","false"]}}};
const schema57 = {"type":"string"};
const schema37 = {"type":"object","additionalProperties":false,"properties":{"period_type":{"type":"integer","format":"int32","enum":[2,3]},"period_num":{"type":"integer","format":"int32"},"is_auto_renew":{"type":"integer","format":"int32"},"used_up_policy":{"type":"string","enum":["SHUTDOWN_OR_HIBERNATE","PAY_PER_USE"]},"create_desktops":{"$ref":"#/$defs/CreateDesktopReq"}}};
const formats0 = formats.int32;
const schema38 = {"type":"object","additionalProperties":false,"required":["desktop_type","product_id","image_id","root_volume"],"properties":{"desktop_type":{"type":"string","enum":["DEDICATED","SHARED"]},"availability_zone":{"type":"string"},"product_id":{"type":"string"},"image_type":{"$ref":"#/$defs/ImageType"},"image_id":{"type":"string"},"root_volume":{"$ref":"#/$defs/RootVolume"},"data_volumes":{"type":"array","items":{"$ref":"#/$defs/DataVolume"}},"nics":{"type":"array","items":{"$ref":"#/$defs/Nic"}},"security_groups":{"type":"array","items":{"$ref":"#/$defs/SecurityGroup"}},"desktops":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/Desktop"}},"desktop_name":{"type":"string","minLength":1,"maxLength":15},"desktop_ips":{"type":"array","maxItems":100,"items":{"type":"string"}},"size":{"type":"integer","format":"int32"},"email_notification":{"type":"boolean"},"enterprise_project_id":{"$ref":"#/$defs/EnterpriseProjectId"},"tags":{"type":"array","items":{"$ref":"#/$defs/Tag"}},"apply_shared_vpc_dedicated_param":{"$ref":"#/$defs/ApplySharedVpcDedicatedParam"},"eip":{"$ref":"#/$defs/Eip"},"desktop_name_policy_id":{"type":"string"},"hour_package_product_id":{"type":"string"},"hour_package_offering_id":{"type":"string"},"buy_type":{"type":"string","enum":["speed","custom"]},"if_mount_old_desktop_disk":{"type":"boolean"},"ou_name":{"type":"string"},"domain":{"type":"string"},"tenantId":{"type":"string"}},"not":{"type":"object","properties":{"size":true,"desktops":true},"required":["size","desktops"]},"if":{"type":"object","required":["size"],"properties":{"size":{"type":"integer","format":"int32","minimum":2}}},"then":{"type":"object","properties":{"desktop_name":{"type":"string","maxLength":13}}}};
const schema39 = {"type":"string","enum":["private","gold","market"]};
const schema46 = {"type":"object","additionalProperties":false,"required":["subnet_id"],"properties":{"subnet_id":{"type":"string"}}};
const schema47 = {"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string"}}};
const schema52 = {"type":"object","additionalProperties":false,"required":["key"],"properties":{"key":{"type":"string","minLength":1,"maxLength":128},"value":{"type":"string","maxLength":43}}};
const schema53 = {"type":"object","additionalProperties":false,"properties":{"address":{"type":"string"},"port":{"type":"integer","format":"int32"},"availability_zone":{"type":"array","items":{"type":"string"}}}};
const func1 = ucs2length;
const func2 = Object.prototype.hasOwnProperty;
const schema40 = {"type":"object","additionalProperties":false,"required":["type","size"],"properties":{"type":{"$ref":"#/$defs/VolumeType"},"size":{"type":"integer","format":"int32","minimum":80,"maximum":32760,"multipleOf":10},"iops":{"type":"integer","format":"int32"},"throughput":{"type":"integer","format":"int32"},"kms_id":{"$ref":"#/$defs/KmsId"}}};
const schema41 = {"type":"string","enum":["SAS","SSD","GPSSD"]};
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
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/VolumeType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data0 === "SAS") || (data0 === "SSD")) || (data0 === "GPSSD"))){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/VolumeType/enum",keyword:"enum",params:{allowedValues: schema41.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 32760 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 32760}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 80 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 80}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
let res0;
if((10 === 0 || (res0 = data1/10, res0 !== parseInt(res0)))){
const err8 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/multipleOf",keyword:"multipleOf",params:{multipleOf: 10}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data1))){
const err9 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/format",keyword:"format",params:{format: "int32"}};
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
if(!(formats0.validate(data2))){
const err11 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/format",keyword:"format",params:{format: "int32"}};
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
if(data.throughput !== undefined){
let data3 = data.throughput;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats0.validate(data3))){
const err13 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/format",keyword:"format",params:{format: "int32"}};
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
if(data.kms_id !== undefined){
if(typeof data.kms_id !== "string"){
const err14 = {instancePath:instancePath+"/kms_id",schemaPath:"#/$defs/KmsId/type",keyword:"type",params:{type: "string"}};
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
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = {"type":"object","additionalProperties":false,"required":["type","size"],"properties":{"type":{"$ref":"#/$defs/VolumeType"},"size":{"type":"integer","format":"int32","minimum":10,"maximum":32760,"multipleOf":10},"iops":{"type":"integer","format":"int32"},"throughput":{"type":"integer","format":"int32"},"kms_id":{"$ref":"#/$defs/KmsId"}}};

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
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/VolumeType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data0 === "SAS") || (data0 === "SSD")) || (data0 === "GPSSD"))){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/VolumeType/enum",keyword:"enum",params:{allowedValues: schema41.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 32760 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 32760}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 10 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
let res0;
if((10 === 0 || (res0 = data1/10, res0 !== parseInt(res0)))){
const err8 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/multipleOf",keyword:"multipleOf",params:{multipleOf: 10}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data1))){
const err9 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/format",keyword:"format",params:{format: "int32"}};
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
if(!(formats0.validate(data2))){
const err11 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/format",keyword:"format",params:{format: "int32"}};
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
if(data.throughput !== undefined){
let data3 = data.throughput;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats0.validate(data3))){
const err13 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/format",keyword:"format",params:{format: "int32"}};
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
if(data.kms_id !== undefined){
if(typeof data.kms_id !== "string"){
const err14 = {instancePath:instancePath+"/kms_id",schemaPath:"#/$defs/KmsId/type",keyword:"type",params:{type: "string"}};
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
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"object","additionalProperties":false,"required":["user_name"],"properties":{"user_name":{"$ref":"#/$defs/DesktopUserName"},"user_email":{"type":"string","format":"email"},"user_phone":{"type":"string"},"user_group":{"$ref":"#/$defs/UserGroup"},"computer_name":{"type":"string","minLength":1,"maxLength":15,"pattern":"^[\\p{Script=Han}A-Za-z0-9](?:[\\p{Script=Han}A-Za-z0-9-]{0,13}[\\p{Script=Han}A-Za-z0-9])?$"},"os_host_name":{"type":"string"},"desktop_name_prefix":{"type":"string"},"domain":{"type":"string"},"copy_volume_desktop_id":{"type":"string"},"copy_volume_ids":{"type":"array","items":{"type":"string"}},"if_delete_old_desktop":{"type":"boolean"}},"dependentRequired":{"copy_volume_desktop_id":["copy_volume_ids"],"copy_volume_ids":["copy_volume_desktop_id"]}};
const schema49 = {"type":"string","minLength":1,"maxLength":32,"pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"};
const schema50 = {"type":"string","enum":["sudo","default","administrators","users"]};
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const pattern5 = new RegExp("^[\\p{Script=Han}A-Za-z0-9](?:[\\p{Script=Han}A-Za-z0-9-]{0,13}[\\p{Script=Han}A-Za-z0-9])?$", "u");
const formats20 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

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
if(!(func2.call(schema48.properties, key0))){
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
if(!(formats20.test(data1))){
const err6 = {instancePath:instancePath+"/user_email",schemaPath:"#/properties/user_email/format",keyword:"format",params:{format: "email"}};
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
const err7 = {instancePath:instancePath+"/user_email",schemaPath:"#/properties/user_email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.user_phone !== undefined){
if(typeof data.user_phone !== "string"){
const err8 = {instancePath:instancePath+"/user_phone",schemaPath:"#/properties/user_phone/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.user_group !== undefined){
let data3 = data.user_group;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/user_group",schemaPath:"#/$defs/UserGroup/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((data3 === "sudo") || (data3 === "default")) || (data3 === "administrators")) || (data3 === "users"))){
const err10 = {instancePath:instancePath+"/user_group",schemaPath:"#/$defs/UserGroup/enum",keyword:"enum",params:{allowedValues: schema50.enum}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.computer_name !== undefined){
let data4 = data.computer_name;
if(typeof data4 === "string"){
if(func1(data4) > 15){
const err11 = {instancePath:instancePath+"/computer_name",schemaPath:"#/properties/computer_name/maxLength",keyword:"maxLength",params:{limit: 15}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func1(data4) < 1){
const err12 = {instancePath:instancePath+"/computer_name",schemaPath:"#/properties/computer_name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern5.test(data4)){
const err13 = {instancePath:instancePath+"/computer_name",schemaPath:"#/properties/computer_name/pattern",keyword:"pattern",params:{pattern: "^[\\p{Script=Han}A-Za-z0-9](?:[\\p{Script=Han}A-Za-z0-9-]{0,13}[\\p{Script=Han}A-Za-z0-9])?$"}};
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
const err14 = {instancePath:instancePath+"/computer_name",schemaPath:"#/properties/computer_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.os_host_name !== undefined){
if(typeof data.os_host_name !== "string"){
const err15 = {instancePath:instancePath+"/os_host_name",schemaPath:"#/properties/os_host_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.desktop_name_prefix !== undefined){
if(typeof data.desktop_name_prefix !== "string"){
const err16 = {instancePath:instancePath+"/desktop_name_prefix",schemaPath:"#/properties/desktop_name_prefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.domain !== undefined){
if(typeof data.domain !== "string"){
const err17 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.copy_volume_desktop_id !== undefined){
if(typeof data.copy_volume_desktop_id !== "string"){
const err18 = {instancePath:instancePath+"/copy_volume_desktop_id",schemaPath:"#/properties/copy_volume_desktop_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.copy_volume_ids !== undefined){
let data9 = data.copy_volume_ids;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(typeof data9[i0] !== "string"){
const err19 = {instancePath:instancePath+"/copy_volume_ids/" + i0,schemaPath:"#/properties/copy_volume_ids/items/type",keyword:"type",params:{type: "string"}};
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
const err20 = {instancePath:instancePath+"/copy_volume_ids",schemaPath:"#/properties/copy_volume_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.if_delete_old_desktop !== undefined){
if(typeof data.if_delete_old_desktop !== "boolean"){
const err21 = {instancePath:instancePath+"/if_delete_old_desktop",schemaPath:"#/properties/if_delete_old_desktop/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.copy_volume_desktop_id !== undefined){
if(data.copy_volume_ids === undefined){
const err22 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "copy_volume_desktop_id",
    missingProperty: "copy_volume_ids",
    depsCount: 1,
    deps: "copy_volume_ids"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.copy_volume_ids !== undefined){
if(data.copy_volume_desktop_id === undefined){
const err23 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "copy_volume_ids",
    missingProperty: "copy_volume_desktop_id",
    depsCount: 1,
    deps: "copy_volume_desktop_id"}};
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
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"type":"object","additionalProperties":false,"properties":{"id":{"type":"string"},"type":{"type":"string"},"charge_mode":{"$ref":"#/$defs/EipChargeMode"},"bandwidth_size":{"type":"integer","format":"int32"}}};
const schema55 = {"type":"string","enum":["TRAFFIC","BANDWIDTH"]};

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
if(typeof data.id !== "string"){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
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
if(typeof data.type !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.charge_mode !== undefined){
let data2 = data.charge_mode;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/charge_mode",schemaPath:"#/$defs/EipChargeMode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data2 === "TRAFFIC") || (data2 === "BANDWIDTH"))){
const err4 = {instancePath:instancePath+"/charge_mode",schemaPath:"#/$defs/EipChargeMode/enum",keyword:"enum",params:{allowedValues: schema55.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.bandwidth_size !== undefined){
let data3 = data.bandwidth_size;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/bandwidth_size",schemaPath:"#/properties/bandwidth_size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats0.validate(data3))){
const err6 = {instancePath:instancePath+"/bandwidth_size",schemaPath:"#/properties/bandwidth_size/format",keyword:"format",params:{format: "int32"}};
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
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(!(func2.call(schema38.properties, key0))){
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
if(typeof data2 !== "string"){
const err17 = {instancePath:instancePath+"/desktop_type",schemaPath:"#/properties/desktop_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((data2 === "DEDICATED") || (data2 === "SHARED"))){
const err18 = {instancePath:instancePath+"/desktop_type",schemaPath:"#/properties/desktop_type/enum",keyword:"enum",params:{allowedValues: schema38.properties.desktop_type.enum}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.availability_zone !== undefined){
if(typeof data.availability_zone !== "string"){
const err19 = {instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.product_id !== undefined){
if(typeof data.product_id !== "string"){
const err20 = {instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.image_type !== undefined){
let data5 = data.image_type;
if(typeof data5 !== "string"){
const err21 = {instancePath:instancePath+"/image_type",schemaPath:"#/$defs/ImageType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(((data5 === "private") || (data5 === "gold")) || (data5 === "market"))){
const err22 = {instancePath:instancePath+"/image_type",schemaPath:"#/$defs/ImageType/enum",keyword:"enum",params:{allowedValues: schema39.enum}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.image_id !== undefined){
if(typeof data.image_id !== "string"){
const err23 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.root_volume !== undefined){
if(!(validate27(data.root_volume, {instancePath:instancePath+"/root_volume",parentData:data,parentDataProperty:"root_volume",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data.data_volumes !== undefined){
let data8 = data.data_volumes;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate29(data8[i0], {instancePath:instancePath+"/data_volumes/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/data_volumes",schemaPath:"#/properties/data_volumes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.nics !== undefined){
let data10 = data.nics;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.subnet_id === undefined){
const err25 = {instancePath:instancePath+"/nics/" + i1,schemaPath:"#/$defs/Nic/required",keyword:"required",params:{missingProperty: "subnet_id"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key1 in data11){
if(!(key1 === "subnet_id")){
const err26 = {instancePath:instancePath+"/nics/" + i1,schemaPath:"#/$defs/Nic/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data11.subnet_id !== undefined){
if(typeof data11.subnet_id !== "string"){
const err27 = {instancePath:instancePath+"/nics/" + i1+"/subnet_id",schemaPath:"#/$defs/Nic/properties/subnet_id/type",keyword:"type",params:{type: "string"}};
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
const err28 = {instancePath:instancePath+"/nics/" + i1,schemaPath:"#/$defs/Nic/type",keyword:"type",params:{type: "object"}};
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
const err29 = {instancePath:instancePath+"/nics",schemaPath:"#/properties/nics/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.security_groups !== undefined){
let data13 = data.security_groups;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.id === undefined){
const err30 = {instancePath:instancePath+"/security_groups/" + i2,schemaPath:"#/$defs/SecurityGroup/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key2 in data14){
if(!(key2 === "id")){
const err31 = {instancePath:instancePath+"/security_groups/" + i2,schemaPath:"#/$defs/SecurityGroup/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data14.id !== undefined){
if(typeof data14.id !== "string"){
const err32 = {instancePath:instancePath+"/security_groups/" + i2+"/id",schemaPath:"#/$defs/SecurityGroup/properties/id/type",keyword:"type",params:{type: "string"}};
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
const err33 = {instancePath:instancePath+"/security_groups/" + i2,schemaPath:"#/$defs/SecurityGroup/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/security_groups",schemaPath:"#/properties/security_groups/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.desktops !== undefined){
let data16 = data.desktops;
if(Array.isArray(data16)){
if(data16.length > 100){
const err35 = {instancePath:instancePath+"/desktops",schemaPath:"#/properties/desktops/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data16.length < 1){
const err36 = {instancePath:instancePath+"/desktops",schemaPath:"#/properties/desktops/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
if(!(validate31(data16[i3], {instancePath:instancePath+"/desktops/" + i3,parentData:data16,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath:instancePath+"/desktops",schemaPath:"#/properties/desktops/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.desktop_name !== undefined){
let data18 = data.desktop_name;
if(typeof data18 === "string"){
if(func1(data18) > 15){
const err38 = {instancePath:instancePath+"/desktop_name",schemaPath:"#/properties/desktop_name/maxLength",keyword:"maxLength",params:{limit: 15}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func1(data18) < 1){
const err39 = {instancePath:instancePath+"/desktop_name",schemaPath:"#/properties/desktop_name/minLength",keyword:"minLength",params:{limit: 1}};
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
const err40 = {instancePath:instancePath+"/desktop_name",schemaPath:"#/properties/desktop_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.desktop_ips !== undefined){
let data19 = data.desktop_ips;
if(Array.isArray(data19)){
if(data19.length > 100){
const err41 = {instancePath:instancePath+"/desktop_ips",schemaPath:"#/properties/desktop_ips/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const len4 = data19.length;
for(let i4=0; i4<len4; i4++){
if(typeof data19[i4] !== "string"){
const err42 = {instancePath:instancePath+"/desktop_ips/" + i4,schemaPath:"#/properties/desktop_ips/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/desktop_ips",schemaPath:"#/properties/desktop_ips/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.size !== undefined){
let data21 = data.size;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err44 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(!(formats0.validate(data21))){
const err45 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data.email_notification !== undefined){
if(typeof data.email_notification !== "boolean"){
const err46 = {instancePath:instancePath+"/email_notification",schemaPath:"#/properties/email_notification/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.enterprise_project_id !== undefined){
if(typeof data.enterprise_project_id !== "string"){
const err47 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.tags !== undefined){
let data24 = data.tags;
if(Array.isArray(data24)){
const len5 = data24.length;
for(let i5=0; i5<len5; i5++){
let data25 = data24[i5];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.key === undefined){
const err48 = {instancePath:instancePath+"/tags/" + i5,schemaPath:"#/$defs/Tag/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key3 in data25){
if(!((key3 === "key") || (key3 === "value"))){
const err49 = {instancePath:instancePath+"/tags/" + i5,schemaPath:"#/$defs/Tag/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data25.key !== undefined){
let data26 = data25.key;
if(typeof data26 === "string"){
if(func1(data26) > 128){
const err50 = {instancePath:instancePath+"/tags/" + i5+"/key",schemaPath:"#/$defs/Tag/properties/key/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(func1(data26) < 1){
const err51 = {instancePath:instancePath+"/tags/" + i5+"/key",schemaPath:"#/$defs/Tag/properties/key/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/tags/" + i5+"/key",schemaPath:"#/$defs/Tag/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data25.value !== undefined){
let data27 = data25.value;
if(typeof data27 === "string"){
if(func1(data27) > 43){
const err53 = {instancePath:instancePath+"/tags/" + i5+"/value",schemaPath:"#/$defs/Tag/properties/value/maxLength",keyword:"maxLength",params:{limit: 43}};
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
const err54 = {instancePath:instancePath+"/tags/" + i5+"/value",schemaPath:"#/$defs/Tag/properties/value/type",keyword:"type",params:{type: "string"}};
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
const err55 = {instancePath:instancePath+"/tags/" + i5,schemaPath:"#/$defs/Tag/type",keyword:"type",params:{type: "object"}};
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
const err56 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.apply_shared_vpc_dedicated_param !== undefined){
let data28 = data.apply_shared_vpc_dedicated_param;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key4 in data28){
if(!(((key4 === "address") || (key4 === "port")) || (key4 === "availability_zone"))){
const err57 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data28.address !== undefined){
if(typeof data28.address !== "string"){
const err58 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param/address",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/properties/address/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data28.port !== undefined){
let data30 = data28.port;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err59 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param/port",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(!(formats0.validate(data30))){
const err60 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param/port",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/properties/port/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
if(data28.availability_zone !== undefined){
let data31 = data28.availability_zone;
if(Array.isArray(data31)){
const len6 = data31.length;
for(let i6=0; i6<len6; i6++){
if(typeof data31[i6] !== "string"){
const err61 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param/availability_zone/" + i6,schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/properties/availability_zone/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param/availability_zone",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/properties/availability_zone/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/apply_shared_vpc_dedicated_param",schemaPath:"#/$defs/ApplySharedVpcDedicatedParam/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.eip !== undefined){
if(!(validate33(data.eip, {instancePath:instancePath+"/eip",parentData:data,parentDataProperty:"eip",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.desktop_name_policy_id !== undefined){
if(typeof data.desktop_name_policy_id !== "string"){
const err64 = {instancePath:instancePath+"/desktop_name_policy_id",schemaPath:"#/properties/desktop_name_policy_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.hour_package_product_id !== undefined){
if(typeof data.hour_package_product_id !== "string"){
const err65 = {instancePath:instancePath+"/hour_package_product_id",schemaPath:"#/properties/hour_package_product_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.hour_package_offering_id !== undefined){
if(typeof data.hour_package_offering_id !== "string"){
const err66 = {instancePath:instancePath+"/hour_package_offering_id",schemaPath:"#/properties/hour_package_offering_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.buy_type !== undefined){
let data37 = data.buy_type;
if(typeof data37 !== "string"){
const err67 = {instancePath:instancePath+"/buy_type",schemaPath:"#/properties/buy_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!((data37 === "speed") || (data37 === "custom"))){
const err68 = {instancePath:instancePath+"/buy_type",schemaPath:"#/properties/buy_type/enum",keyword:"enum",params:{allowedValues: schema38.properties.buy_type.enum}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.if_mount_old_desktop_disk !== undefined){
if(typeof data.if_mount_old_desktop_disk !== "boolean"){
const err69 = {instancePath:instancePath+"/if_mount_old_desktop_disk",schemaPath:"#/properties/if_mount_old_desktop_disk/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.ou_name !== undefined){
if(typeof data.ou_name !== "string"){
const err70 = {instancePath:instancePath+"/ou_name",schemaPath:"#/properties/ou_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.domain !== undefined){
if(typeof data.domain !== "string"){
const err71 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.tenantId !== undefined){
if(typeof data.tenantId !== "string"){
const err72 = {instancePath:instancePath+"/tenantId",schemaPath:"#/properties/tenantId/type",keyword:"type",params:{type: "string"}};
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
const err73 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
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
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/period_type",schemaPath:"#/properties/period_type/format",keyword:"format",params:{format: "int32"}};
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
if(data.period_num !== undefined){
let data1 = data.period_num;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/period_num",schemaPath:"#/properties/period_num/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err5 = {instancePath:instancePath+"/period_num",schemaPath:"#/properties/period_num/format",keyword:"format",params:{format: "int32"}};
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
if(data.is_auto_renew !== undefined){
let data2 = data.is_auto_renew;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/is_auto_renew",schemaPath:"#/properties/is_auto_renew/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err7 = {instancePath:instancePath+"/is_auto_renew",schemaPath:"#/properties/is_auto_renew/format",keyword:"format",params:{format: "int32"}};
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
if(data.used_up_policy !== undefined){
let data3 = data.used_up_policy;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/used_up_policy",schemaPath:"#/properties/used_up_policy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data3 === "SHUTDOWN_OR_HIBERNATE") || (data3 === "PAY_PER_USE"))){
const err9 = {instancePath:instancePath+"/used_up_policy",schemaPath:"#/properties/used_up_policy/enum",keyword:"enum",params:{allowedValues: schema37.properties.used_up_policy.enum}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.create_desktops !== undefined){
if(!(validate26(data.create_desktops, {instancePath:instancePath+"/create_desktops",parentData:data,parentDataProperty:"create_desktops",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
if(typeof data.enterprise_project_id !== "string"){
const err2 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.hour_package_resources !== undefined){
let data1 = data.hour_package_resources;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate25(data1[i0], {instancePath:instancePath+"/hour_package_resources/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/hour_package_resources",schemaPath:"#/properties/hour_package_resources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.extend_param !== undefined){
let data3 = data.extend_param;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(key1 === "is_auto_pay")){
const err4 = {instancePath:instancePath+"/extend_param",schemaPath:"#/$defs/OrderExtendParam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data3.is_auto_pay !== undefined){
let data4 = data3.is_auto_pay;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/extend_param/is_auto_pay",schemaPath:"#/$defs/OrderExtendParam/properties/is_auto_pay/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data4 === "true") || (data4 === "false"))){
const err6 = {instancePath:instancePath+"/extend_param/is_auto_pay",schemaPath:"#/$defs/OrderExtendParam/properties/is_auto_pay/enum",keyword:"enum",params:{allowedValues: schema56.properties.is_auto_pay.enum}};
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
const err7 = {instancePath:instancePath+"/extend_param",schemaPath:"#/$defs/OrderExtendParam/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.agency_urn !== undefined){
if(typeof data.agency_urn !== "string"){
const err8 = {instancePath:instancePath+"/agency_urn",schemaPath:"#/$defs/AgencyUrn/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateCreateDesktopOrderResponse: CompiledValidator = validate37 as unknown as CompiledValidator;
const schema58 = {"type":"object","properties":{"order_id":{"type":"string"},"job_id":{"type":"string"}}};

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
  bodyOnly: true,
  request: validateCreateDesktopOrderRequest,
  parameters: undefined,
  responses: { "200": validateCreateDesktopOrderResponse, "400": validateErrorResponse, "401": validateErrorResponse, "403": validateErrorResponse, "409": validateErrorResponse, "500": validateErrorResponse },
  hints: {"#/not":"size and desktops cannot be sent together"},
};
