// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
// @ts-nocheck -- Ajv standalone output; the typed surface is the exports (CompiledValidator).
import type { CompiledValidator } from '../types.js';
import { formats } from './formats.js';
import { ucs2length } from '../runtime.js';

export const ajvAddDesktopSubResourcesRequest: CompiledValidator = validate21 as unknown as CompiledValidator;
const func1 = ucs2length;

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated || (validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sub_resource_sku === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sub_resource_sku"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.desktop_ids === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "desktop_ids"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "sub_resource_sku") || (key0 === "order_id")) || (key0 === "desktop_ids"))){
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
if(data.sub_resource_sku !== undefined){
let data0 = data.sub_resource_sku;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err3 = {instancePath:instancePath+"/sub_resource_sku",schemaPath:"#/properties/sub_resource_sku/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err4 = {instancePath:instancePath+"/sub_resource_sku",schemaPath:"#/properties/sub_resource_sku/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.order_id !== undefined){
let data1 = data.order_id;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err5 = {instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err6 = {instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.desktop_ids !== undefined){
let data2 = data.desktop_ids;
if(Array.isArray(data2)){
if(data2.length > 100){
const err7 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/properties/desktop_ids/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/properties/desktop_ids/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err9 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err10 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/type",keyword:"type",params:{type: "string"}};
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
const err11 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

export const ajvAddDesktopSubResourcesResponse: CompiledValidator = validate22 as unknown as CompiledValidator;

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated || (validate22.evaluated = {"props":{"job_id":true},"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.job_id !== undefined){
let data0 = data.job_id;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err0 = {instancePath:instancePath+"/job_id",schemaPath:"#/properties/job_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/job_id",schemaPath:"#/properties/job_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err2 = {instancePath:instancePath+"/job_id",schemaPath:"#/properties/job_id/type",keyword:"type",params:{type: "string"}};
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
validate22.errors = vErrors;
return errors === 0;
}

export const ajvErrorResponse: CompiledValidator = validate23 as unknown as CompiledValidator;

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated || (validate23.evaluated = {"props":{"error_code":true,"error_msg":true,"error_detail":true,"encoded_authorization_message":true},"dynamicProps":false,"dynamicItems":false});
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

export const ajvCreateDesktopOrderRequest: CompiledValidator = validate24 as unknown as CompiledValidator;
const schema57 = {"type":"object","additionalProperties":false,"properties":{"is_auto_pay":{"type":"string","enum":["true","false"],"maxLength":255}}};
const schema37 = {"type":"object","additionalProperties":false,"properties":{"period_type":{"type":"integer","format":"int32","enum":[2,3],"minimum":0,"maximum":255},"period_num":{"type":"integer","format":"int32","minimum":0,"maximum":2147483647},"is_auto_renew":{"type":"integer","format":"int32","minimum":0,"maximum":255},"used_up_policy":{"type":"string","enum":["SHUTDOWN_OR_HIBERNATE","PAY_PER_USE"]},"create_desktops":{"$ref":"#/$defs/CreateDesktopReq"}}};
const formats0 = formats.int32;
const schema38 = {"type":"object","additionalProperties":false,"required":["desktop_type","product_id","image_id","root_volume"],"properties":{"desktop_type":{"type":"string","enum":["DEDICATED","SHARED"],"maxLength":255},"availability_zone":{"type":"string","maxLength":255},"product_id":{"type":"string","minLength":1,"maxLength":255},"image_type":{"$ref":"#/$defs/ImageType"},"image_id":{"type":"string","minLength":1,"maxLength":255},"root_volume":{"$ref":"#/$defs/RootVolume"},"data_volumes":{"type":"array","maxItems":10,"items":{"$ref":"#/$defs/DataVolume"}},"nics":{"type":"array","maxItems":5,"items":{"$ref":"#/$defs/Nic"}},"security_groups":{"type":"array","maxItems":5,"items":{"$ref":"#/$defs/SecurityGroup"}},"desktops":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/Desktop"}},"desktop_name":{"type":"string","minLength":1,"maxLength":15},"desktop_ips":{"type":"array","maxItems":100,"items":{"type":"string","maxLength":255}},"size":{"type":"integer","minimum":1,"maximum":100},"email_notification":{"type":"boolean"},"enterprise_project_id":{"$ref":"#/$defs/EnterpriseProjectId"},"tags":{"type":"array","maxItems":20,"items":{"$ref":"#/$defs/Tag"}},"apply_shared_vpc_dedicated_param":{"$ref":"#/$defs/ApplySharedVpcDedicatedParam"},"eip":{"$ref":"#/$defs/Eip"},"desktop_name_policy_id":{"type":"string","maxLength":36},"hour_package_product_id":{"type":"string","minLength":1,"maxLength":255},"hour_package_offering_id":{"type":"string","minLength":1,"maxLength":255},"buy_type":{"type":"string","enum":["speed","custom"],"minLength":1,"maxLength":55},"if_mount_old_desktop_disk":{"type":"boolean"},"ou_name":{"type":"string","minLength":1,"maxLength":255},"domain":{"type":"string","minLength":1,"maxLength":255},"tenantId":{"type":"string"}},"not":{"type":"object","properties":{"size":true,"desktops":true},"required":["size","desktops"]},"if":{"type":"object","required":["size"],"properties":{"size":{"type":"integer","format":"int32","minimum":2}}},"then":{"type":"object","properties":{"desktop_name":{"type":"string","maxLength":13}}}};
const schema39 = {"type":"string","enum":["private","gold","market"]};
const func8 = Object.prototype.hasOwnProperty;

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated || (validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated || (validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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

const schema48 = {"type":"object","additionalProperties":false,"required":["user_name"],"properties":{"user_name":{"$ref":"#/$defs/DesktopUserName"},"user_email":{"type":"string","format":"email","minLength":1,"maxLength":255},"user_phone":{"type":"string","minLength":1,"maxLength":255},"user_group":{"$ref":"#/$defs/UserGroup"},"computer_name":{"$ref":"#/$defs/ComputerName"},"os_host_name":{"type":"string","minLength":1,"maxLength":15},"desktop_name_prefix":{"type":"string","maxLength":5},"domain":{"type":"string"},"copy_volume_desktop_id":{"type":"string","minLength":1,"maxLength":100},"copy_volume_ids":{"type":"array","minItems":1,"maxItems":10,"items":{"type":"string","maxLength":255}},"if_delete_old_desktop":{"type":"boolean"}},"dependentRequired":{"copy_volume_desktop_id":["copy_volume_ids"],"copy_volume_ids":["copy_volume_desktop_id"]}};
const schema50 = {"type":"string","enum":["sudo","default","administrators","users"],"minLength":1};
const pattern4 = /*#__PURE__*/ new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const pattern5 = /*#__PURE__*/ new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern6 = /*#__PURE__*/ new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern7 = /*#__PURE__*/ new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern8 = /*#__PURE__*/ new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern9 = /*#__PURE__*/ new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern10 = /*#__PURE__*/ new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern11 = /*#__PURE__*/ new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern12 = /*#__PURE__*/ new RegExp("^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]", "u");
const pattern13 = /*#__PURE__*/ new RegExp("^[A-Za-z0-9](?:[\\p{Script=Han}A-Za-z0-9-]{0,13}[\\p{Script=Han}A-Za-z0-9])?$", "u");
const formats8 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated || (validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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

const schema56 = {"type":"string","enum":["TRAFFIC","BANDWIDTH"]};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated || (validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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

const pattern14 = /*#__PURE__*/ new RegExp("^[^ *<>,|/](?:[^*<>,|/]*[^ *<>,|/])?$", "u");
const pattern15 = /*#__PURE__*/ new RegExp("^(?:[^ *<>,|/](?:[^*<>,|/]*[^ *<>,|/])?)?$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated || (validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated || (validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated || (validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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

export const ajvCreateDesktopOrderResponse: CompiledValidator = validate37 as unknown as CompiledValidator;

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated || (validate37.evaluated = {"props":{"order_id":true,"job_id":true},"dynamicProps":false,"dynamicItems":false});
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

export const ajvCreateDesktopPoolChangeOrderRequest: CompiledValidator = validate38 as unknown as CompiledValidator;
const schema61 = {"type":"string","enum":["ADD_VOLUME","EXTEND_VOLUME","RESIZE","CHANGE_IMAGE","ADD_SUB_RESOURCES","DELETE_SUB_RESOURCES"]};
const schema62 = {"type":"object","additionalProperties":false,"allOf":[{"$ref":"#/$defs/PoolTargetRequired"}],"required":["volume_type","volume_size"],"properties":{"desktop_pool_id":{"type":"string","maxLength":64},"desktop_ids":{"type":"array","items":{"type":"string","maxLength":255}},"promotion_plan_id":{"type":"string","maxLength":255},"handle_type":{"$ref":"#/$defs/PoolChangeHandleType"},"volume_type":{"type":"string","minLength":1,"maxLength":255},"volume_size":{"type":"integer","minimum":10,"maximum":8200},"desktop_pool_disk_id":{"type":"string","minLength":1,"maxLength":255},"iops":{"type":"integer","minimum":0,"maximum":16380000},"throughput":{"type":"integer","minimum":0,"maximum":4095000},"kms_id":{"type":"string","maxLength":255}}};
const schema64 = {"type":"string","enum":["ONLY_FOR_EXPAND","FOR_EXPAND_AND_IDLE","FOR_EXPAND_AND_ALL"],"minLength":1,"maxLength":55};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated || (validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated || (validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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

const schema68 = {"type":"object","additionalProperties":false,"allOf":[{"$ref":"#/$defs/PoolTargetRequired"}],"required":["product_id"],"properties":{"desktop_pool_id":{"type":"string","maxLength":64},"desktop_ids":{"type":"array","items":{"type":"string","maxLength":255}},"promotion_plan_id":{"type":"string","maxLength":255},"handle_type":{"$ref":"#/$defs/PoolChangeHandleType"},"product_id":{"type":"string","minLength":1,"maxLength":255},"mode":{"type":"string","enum":["STOP_DESKTOP"],"maxLength":255}}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated || (validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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

const schema71 = {"type":"object","additionalProperties":false,"allOf":[{"$ref":"#/$defs/PoolTargetRequired"}],"properties":{"desktop_pool_id":{"type":"string","maxLength":64},"desktop_ids":{"type":"array","maxItems":1000,"items":{"type":"string","maxLength":255}},"promotion_plan_id":{"type":"string","maxLength":255},"handle_type":{"$ref":"#/$defs/PoolChangeHandleType"},"image_spec_code":{"type":"string","maxLength":255},"image_id":{"type":"string","maxLength":255},"delay_time":{"type":"integer","format":"int32","minimum":0,"maximum":15},"message":{"type":"string","maxLength":400},"image_type":{"$ref":"#/$defs/ImageType"},"encrypt_type":{"$ref":"#/$defs/EncryptType"},"kms_id":{"$ref":"#/$defs/KmsId"}},"if":{"type":"object","required":["encrypt_type"],"properties":{"encrypt_type":{"type":"string","const":"ENCRYPTED"}}},"then":{"type":"object","required":["kms_id"],"properties":{"kms_id":{"type":"string"}}},"anyOf":[{"type":"object","required":["image_id"],"properties":{"image_id":{"type":"string","minLength":1}}},{"type":"object","required":["image_spec_code"],"properties":{"image_spec_code":{"type":"string","minLength":1}}}]};
const schema75 = {"type":"string","enum":["KEEP","UNENCRYPTED","ENCRYPTED"],"maxLength":255};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated || (validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated || (validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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

const schema80 = {"type":"object","additionalProperties":false,"allOf":[{"$ref":"#/$defs/PoolTargetRequired"}],"required":["sub_resource_type"],"properties":{"desktop_pool_id":{"type":"string","maxLength":64},"desktop_ids":{"type":"array","items":{"type":"string","maxLength":255}},"promotion_plan_id":{"type":"string","maxLength":255},"handle_type":{"$ref":"#/$defs/PoolChangeHandleType"},"sub_resource_type":{"type":"string","enum":["DESKTOP_SHARER"],"minLength":1,"maxLength":255}}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated || (validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated || (validate51.evaluated = {"props":{"type":true,"add_volume_param":true},"dynamicProps":false,"dynamicItems":false});
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

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated || (validate53.evaluated = {"props":{"type":true,"extend_volume_param":true},"dynamicProps":false,"dynamicItems":false});
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

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated || (validate55.evaluated = {"props":{"type":true,"resize_param":true},"dynamicProps":false,"dynamicItems":false});
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

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated || (validate57.evaluated = {"props":{"type":true,"change_image_param":true},"dynamicProps":false,"dynamicItems":false});
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

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated || (validate59.evaluated = {"props":{"type":true,"add_sub_resources_param":true},"dynamicProps":false,"dynamicItems":false});
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

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated || (validate61.evaluated = {"props":{"type":true,"delete_sub_resources_param":true},"dynamicProps":false,"dynamicItems":false});
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

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated || (validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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

export const ajvCreateDesktopPoolChangeOrderResponse: CompiledValidator = validate69 as unknown as CompiledValidator;
const schema91 = {"type":"object","if":{"type":"object","required":["result"],"properties":{"result":{"type":"string","const":"FAIL"}}},"then":{"type":"object","required":["result_code"],"properties":{"result_code":{"type":"string"}}},"properties":{"order_id":{"type":"string"},"order_status":{"type":"integer","format":"int32","minimum":0,"maximum":14},"result":{"type":"string","enum":["SUCCESS","FAIL"]},"result_code":{"type":"string"},"job_id":{"type":"string"},"result_msg":{"type":"string"}}};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated || (validate69.evaluated = {"props":{"orders":true},"dynamicProps":false,"dynamicItems":false});
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

export const ajvCreateOrderRequest: CompiledValidator = validate70 as unknown as CompiledValidator;
const schema93 = {"type":"string","enum":["createDesktops","addVolumes","rebuildDesktops","createDesktopPool","expandDesktopPool","applyDesktopsInternet","createExclusiveHosts","subscribeUserSharer","ApplySubnetBandwidth"],"minLength":10,"maxLength":36};
const schema95 = {"type":"object","additionalProperties":false,"properties":{"period_type":{"type":"integer","format":"int32","enum":[2,3,4,5,6],"minimum":0,"maximum":255},"period_num":{"type":"integer","format":"int32","minimum":0,"maximum":2147483647},"is_auto_renew":{"type":"integer","format":"int32","minimum":0,"maximum":255},"add_volumes":{"$ref":"#/$defs/AddVolumes"},"create_desktops":{"$ref":"#/$defs/CreateDesktopReq"},"rebuild_desktops":{"$ref":"#/$defs/RebuildDesktopsReq"},"attach_desktops":{"$ref":"#/$defs/AttachInstancesReq"},"create_exclusive_hosts":{"$ref":"#/$defs/CreateExclusiveHostsReq"},"resize_exclusive_lites":{"$ref":"#/$defs/ResizeExclusiveLitesReq"},"create_desktop_pool":{"$ref":"#/$defs/CreateDesktopPoolReq"},"expand_desktop_pool":{"$ref":"#/$defs/ExpandDesktopPoolOrderReq"},"apply_desktops_internet":{"$ref":"#/$defs/ApplyDesktopsInternet"},"apply_subnet_bandwidth":{"$ref":"#/$defs/ApplySubnetBandwidthReq"},"subscribe_user_sharer":{"$ref":"#/$defs/SubscribeUserSharerReq"}}};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated || (validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "desktop_id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.volumes === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "volumes"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "desktop_id") || (key0 === "volumes"))){
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
if(data.desktop_id !== undefined){
let data0 = data.desktop_id;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err3 = {instancePath:instancePath+"/desktop_id",schemaPath:"#/properties/desktop_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/desktop_id",schemaPath:"#/properties/desktop_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err5 = {instancePath:instancePath+"/desktop_id",schemaPath:"#/properties/desktop_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.volumes !== undefined){
let data1 = data.volumes;
if(Array.isArray(data1)){
if(data1.length > 10){
const err6 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/maxItems",keyword:"maxItems",params:{limit: 10}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.length < 1){
const err7 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate29(data1[i0], {instancePath:instancePath+"/volumes/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate29.errors; else for (const e of validate29.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"}};
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
validate72.errors = vErrors;
return errors === 0;
}

const schema97 = {"type":"object","additionalProperties":false,"required":["desktop_ids","image_type","image_id"],"properties":{"desktop_ids":{"type":"array","maxItems":100,"items":{"type":"string","maxLength":255}},"image_type":{"$ref":"#/$defs/ImageType"},"image_id":{"type":"string","minLength":1,"maxLength":255},"os_type":{"type":"string","maxLength":255},"delay_time":{"type":"integer","format":"int32","minimum":0,"maximum":2147483647},"message":{"type":"string","maxLength":400},"order_id":{"type":"string","maxLength":255},"enterprise_project_id":{"$ref":"#/$defs/EnterpriseProjectId"},"encrypt_type":{"$ref":"#/$defs/EncryptType"},"kms_id":{"$ref":"#/$defs/KmsId"},"handle_type":{"type":"string","enum":["ONLY_FOR_EXPAND","FOR_EXPAND_AND_IDLE","FOR_EXPAND_AND_ALL"],"maxLength":255}},"if":{"type":"object","required":["encrypt_type"],"properties":{"encrypt_type":{"type":"string","const":"ENCRYPTED"}}},"then":{"type":"object","required":["kms_id"],"properties":{"kms_id":{"type":"string"}}}};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated || (validate76.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.encrypt_type === undefined) && (missing0 = "encrypt_type")){
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
if(data.encrypt_type !== undefined){
let data0 = data.encrypt_type;
if(typeof data0 !== "string"){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("ENCRYPTED" !== data0){
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
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kms_id === undefined){
const err4 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "kms_id"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.kms_id !== undefined){
if(typeof data.kms_id !== "string"){
const err5 = {instancePath:instancePath+"/kms_id",schemaPath:"#/then/properties/kms_id/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath,schemaPath:"#/then/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.kms_id = true;
props0.encrypt_type = true;
}
}
if(!valid0){
const err7 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.desktop_ids === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "desktop_ids"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.image_type === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image_type"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.image_id === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image_id"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func8.call(schema97.properties, key0))){
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
if(data.desktop_ids !== undefined){
let data2 = data.desktop_ids;
if(Array.isArray(data2)){
if(data2.length > 100){
const err12 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/properties/desktop_ids/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err13 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err14 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.image_type !== undefined){
let data4 = data.image_type;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/image_type",schemaPath:"#/$defs/ImageType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((data4 === "private") || (data4 === "gold")) || (data4 === "market"))){
const err17 = {instancePath:instancePath+"/image_type",schemaPath:"#/$defs/ImageType/enum",keyword:"enum",params:{allowedValues: schema39.enum}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.image_id !== undefined){
let data5 = data.image_id;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err18 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func1(data5) < 1){
const err19 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err20 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.os_type !== undefined){
let data6 = data.os_type;
if(typeof data6 === "string"){
if(func1(data6) > 255){
const err21 = {instancePath:instancePath+"/os_type",schemaPath:"#/properties/os_type/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err22 = {instancePath:instancePath+"/os_type",schemaPath:"#/properties/os_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.delay_time !== undefined){
let data7 = data.delay_time;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err23 = {instancePath:instancePath+"/delay_time",schemaPath:"#/properties/delay_time/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 2147483647 || isNaN(data7)){
const err24 = {instancePath:instancePath+"/delay_time",schemaPath:"#/properties/delay_time/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err25 = {instancePath:instancePath+"/delay_time",schemaPath:"#/properties/delay_time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(formats0.validate(data7))){
const err26 = {instancePath:instancePath+"/delay_time",schemaPath:"#/properties/delay_time/format",keyword:"format",params:{format: "int32"}};
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
if(data.message !== undefined){
let data8 = data.message;
if(typeof data8 === "string"){
if(func1(data8) > 400){
const err27 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/maxLength",keyword:"maxLength",params:{limit: 400}};
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
const err28 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.order_id !== undefined){
let data9 = data.order_id;
if(typeof data9 === "string"){
if(func1(data9) > 255){
const err29 = {instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err30 = {instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.enterprise_project_id !== undefined){
let data10 = data.enterprise_project_id;
if(typeof data10 === "string"){
if(func1(data10) > 36){
const err31 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/maxLength",keyword:"maxLength",params:{limit: 36}};
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
const err32 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.encrypt_type !== undefined){
let data11 = data.encrypt_type;
if(!(((data11 === "KEEP") || (data11 === "UNENCRYPTED")) || (data11 === "ENCRYPTED"))){
const err33 = {instancePath:instancePath+"/encrypt_type",schemaPath:"#/$defs/EncryptType/enum",keyword:"enum",params:{allowedValues: schema75.enum}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data11 === "string"){
if(func1(data11) > 255){
const err34 = {instancePath:instancePath+"/encrypt_type",schemaPath:"#/$defs/EncryptType/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err35 = {instancePath:instancePath+"/encrypt_type",schemaPath:"#/$defs/EncryptType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.kms_id !== undefined){
if(typeof data.kms_id !== "string"){
const err36 = {instancePath:instancePath+"/kms_id",schemaPath:"#/$defs/KmsId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.handle_type !== undefined){
let data13 = data.handle_type;
if(!(((data13 === "ONLY_FOR_EXPAND") || (data13 === "FOR_EXPAND_AND_IDLE")) || (data13 === "FOR_EXPAND_AND_ALL"))){
const err37 = {instancePath:instancePath+"/handle_type",schemaPath:"#/properties/handle_type/enum",keyword:"enum",params:{allowedValues: schema97.properties.handle_type.enum}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(typeof data13 === "string"){
if(func1(data13) > 255){
const err38 = {instancePath:instancePath+"/handle_type",schemaPath:"#/properties/handle_type/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err39 = {instancePath:instancePath+"/handle_type",schemaPath:"#/properties/handle_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}

const pattern17 = /*#__PURE__*/ new RegExp("^[A-Za-z](?:[A-Za-z0-9_-]{0,13}[A-Za-z0-9_])?$", "u");
const schema105 = {"type":"object","additionalProperties":false,"required":["user_name","user_group"],"properties":{"user_id":{"type":"string","minLength":1,"maxLength":255},"user_name":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[\\p{Script=Han}A-Za-z0-9_-]+$"},"user_group":{"$ref":"#/$defs/UserGroup"},"type":{"type":"string","enum":["USER","GROUP"],"minLength":1,"maxLength":20},"domain":{"type":"string"}},"if":{"type":"object","properties":{"type":{"type":"string","const":"USER"}}},"then":{"type":"object","properties":{"user_name":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"}}}};
const pattern19 = /*#__PURE__*/ new RegExp("^[\\p{Script=Han}A-Za-z0-9_-]+$", "u");

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated || (validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if("USER" !== data0){
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
}
else {
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
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_name !== undefined){
let data1 = data.user_name;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err3 = {instancePath:instancePath+"/user_name",schemaPath:"#/then/properties/user_name/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/user_name",schemaPath:"#/then/properties/user_name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data1)){
const err5 = {instancePath:instancePath+"/user_name",schemaPath:"#/then/properties/user_name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"}};
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
const err6 = {instancePath:instancePath+"/user_name",schemaPath:"#/then/properties/user_name/type",keyword:"type",params:{type: "string"}};
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
const err7 = {instancePath,schemaPath:"#/then/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.user_name = true;
props0.type = true;
}
}
if(!valid0){
const err8 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_name === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user_name"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.user_group === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user_group"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "user_id") || (key0 === "user_name")) || (key0 === "user_group")) || (key0 === "type")) || (key0 === "domain"))){
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
if(data.user_id !== undefined){
let data2 = data.user_id;
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err12 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data2) < 1){
const err13 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err14 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.user_name !== undefined){
let data3 = data.user_name;
if(typeof data3 === "string"){
if(func1(data3) > 64){
const err15 = {instancePath:instancePath+"/user_name",schemaPath:"#/properties/user_name/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func1(data3) < 1){
const err16 = {instancePath:instancePath+"/user_name",schemaPath:"#/properties/user_name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern19.test(data3)){
const err17 = {instancePath:instancePath+"/user_name",schemaPath:"#/properties/user_name/pattern",keyword:"pattern",params:{pattern: "^[\\p{Script=Han}A-Za-z0-9_-]+$"}};
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
const err18 = {instancePath:instancePath+"/user_name",schemaPath:"#/properties/user_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.user_group !== undefined){
let data4 = data.user_group;
if(!((((data4 === "sudo") || (data4 === "default")) || (data4 === "administrators")) || (data4 === "users"))){
const err19 = {instancePath:instancePath+"/user_group",schemaPath:"#/$defs/UserGroup/enum",keyword:"enum",params:{allowedValues: schema50.enum}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err20 = {instancePath:instancePath+"/user_group",schemaPath:"#/$defs/UserGroup/minLength",keyword:"minLength",params:{limit: 1}};
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
const err21 = {instancePath:instancePath+"/user_group",schemaPath:"#/$defs/UserGroup/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.type !== undefined){
let data5 = data.type;
if(!((data5 === "USER") || (data5 === "GROUP"))){
const err22 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema105.properties.type.enum}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data5 === "string"){
if(func1(data5) > 20){
const err23 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/maxLength",keyword:"maxLength",params:{limit: 20}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func1(data5) < 1){
const err24 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1}};
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
const err25 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.domain !== undefined){
if(typeof data.domain !== "string"){
const err26 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
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
validate80.errors = vErrors;
return errors === 0;
}

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated || (validate79.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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
if(data.attach_user_infos === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "attach_user_infos"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.attach_user_infos !== undefined){
let data0 = data.attach_user_infos;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/attach_user_infos",schemaPath:"#/anyOf/0/properties/attach_user_infos/minItems",keyword:"minItems",params:{limit: 1}};
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
const err2 = {instancePath:instancePath+"/attach_user_infos",schemaPath:"#/anyOf/0/properties/attach_user_infos/type",keyword:"type",params:{type: "array"}};
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
props0.attach_user_infos = true;
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_name === undefined){
const err4 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "user_name"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.user_group === undefined){
const err5 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "user_group"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err6 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
for(const key0 in data){
if(!((((((((key0 === "desktop_id") || (key0 === "user_name")) || (key0 === "user_email")) || (key0 === "user_group")) || (key0 === "computer_name")) || (key0 === "is_clear_data")) || (key0 === "attach_user_infos")) || (key0 === "user_id"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.desktop_id !== undefined){
let data1 = data.desktop_id;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err8 = {instancePath:instancePath+"/desktop_id",schemaPath:"#/properties/desktop_id/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err9 = {instancePath:instancePath+"/desktop_id",schemaPath:"#/properties/desktop_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.user_name !== undefined){
let data2 = data.user_name;
if(typeof data2 === "string"){
if(func1(data2) > 64){
const err10 = {instancePath:instancePath+"/user_name",schemaPath:"#/properties/user_name/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/user_name",schemaPath:"#/properties/user_name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data2)){
const err12 = {instancePath:instancePath+"/user_name",schemaPath:"#/properties/user_name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"}};
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
const err13 = {instancePath:instancePath+"/user_name",schemaPath:"#/properties/user_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.user_email !== undefined){
let data3 = data.user_email;
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err14 = {instancePath:instancePath+"/user_email",schemaPath:"#/properties/user_email/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats8.test(data3))){
const err15 = {instancePath:instancePath+"/user_email",schemaPath:"#/properties/user_email/format",keyword:"format",params:{format: "email"}};
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
const err16 = {instancePath:instancePath+"/user_email",schemaPath:"#/properties/user_email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.user_group !== undefined){
let data4 = data.user_group;
if(!((((data4 === "sudo") || (data4 === "default")) || (data4 === "administrators")) || (data4 === "users"))){
const err17 = {instancePath:instancePath+"/user_group",schemaPath:"#/$defs/UserGroup/enum",keyword:"enum",params:{allowedValues: schema50.enum}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err18 = {instancePath:instancePath+"/user_group",schemaPath:"#/$defs/UserGroup/minLength",keyword:"minLength",params:{limit: 1}};
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
const err19 = {instancePath:instancePath+"/user_group",schemaPath:"#/$defs/UserGroup/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.computer_name !== undefined){
let data5 = data.computer_name;
if(typeof data5 === "string"){
if(func1(data5) > 15){
const err20 = {instancePath:instancePath+"/computer_name",schemaPath:"#/properties/computer_name/maxLength",keyword:"maxLength",params:{limit: 15}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func1(data5) < 1){
const err21 = {instancePath:instancePath+"/computer_name",schemaPath:"#/properties/computer_name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern17.test(data5)){
const err22 = {instancePath:instancePath+"/computer_name",schemaPath:"#/properties/computer_name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z](?:[A-Za-z0-9_-]{0,13}[A-Za-z0-9_])?$"}};
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
const err23 = {instancePath:instancePath+"/computer_name",schemaPath:"#/properties/computer_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.is_clear_data !== undefined){
if(typeof data.is_clear_data !== "boolean"){
const err24 = {instancePath:instancePath+"/is_clear_data",schemaPath:"#/properties/is_clear_data/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.attach_user_infos !== undefined){
let data7 = data.attach_user_infos;
if(Array.isArray(data7)){
if(data7.length > 500){
const err25 = {instancePath:instancePath+"/attach_user_infos",schemaPath:"#/properties/attach_user_infos/maxItems",keyword:"maxItems",params:{limit: 500}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate80(data7[i0], {instancePath:instancePath+"/attach_user_infos/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate80.errors; else for (const e of validate80.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/attach_user_infos",schemaPath:"#/properties/attach_user_infos/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.user_id !== undefined){
let data9 = data.user_id;
if(typeof data9 === "string"){
if(func1(data9) > 255){
const err27 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func1(data9) < 1){
const err28 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err29 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "string"}};
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
validate79.errors = vErrors;
return errors === 0;
}

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated || (validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.encrypt_type === undefined) && (missing0 = "encrypt_type")){
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
if(data.encrypt_type !== undefined){
let data0 = data.encrypt_type;
if(typeof data0 !== "string"){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("ENCRYPTED" !== data0){
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
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kms_id === undefined){
const err4 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "kms_id"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.kms_id !== undefined){
if(typeof data.kms_id !== "string"){
const err5 = {instancePath:instancePath+"/kms_id",schemaPath:"#/then/properties/kms_id/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath,schemaPath:"#/then/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.kms_id = true;
props0.encrypt_type = true;
}
}
if(!valid0){
const err7 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "desktops") || (key0 === "image_type")) || (key0 === "image_id")) || (key0 === "desktop_name_policy_id")) || (key0 === "encrypt_type")) || (key0 === "kms_id"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.desktops !== undefined){
let data2 = data.desktops;
if(Array.isArray(data2)){
if(data2.length > 50){
const err9 = {instancePath:instancePath+"/desktops",schemaPath:"#/properties/desktops/maxItems",keyword:"maxItems",params:{limit: 50}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.length < 1){
const err10 = {instancePath:instancePath+"/desktops",schemaPath:"#/properties/desktops/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate79(data2[i0], {instancePath:instancePath+"/desktops/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate79.errors; else for (const e of validate79.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/desktops",schemaPath:"#/properties/desktops/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.image_type !== undefined){
let data4 = data.image_type;
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err12 = {instancePath:instancePath+"/image_type",schemaPath:"#/properties/image_type/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err13 = {instancePath:instancePath+"/image_type",schemaPath:"#/properties/image_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.image_id !== undefined){
let data5 = data.image_id;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err14 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data5) < 1){
const err15 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err16 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.desktop_name_policy_id !== undefined){
let data6 = data.desktop_name_policy_id;
if(typeof data6 === "string"){
if(func1(data6) > 36){
const err17 = {instancePath:instancePath+"/desktop_name_policy_id",schemaPath:"#/properties/desktop_name_policy_id/maxLength",keyword:"maxLength",params:{limit: 36}};
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
const err18 = {instancePath:instancePath+"/desktop_name_policy_id",schemaPath:"#/properties/desktop_name_policy_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.encrypt_type !== undefined){
let data7 = data.encrypt_type;
if(!(((data7 === "KEEP") || (data7 === "UNENCRYPTED")) || (data7 === "ENCRYPTED"))){
const err19 = {instancePath:instancePath+"/encrypt_type",schemaPath:"#/$defs/EncryptType/enum",keyword:"enum",params:{allowedValues: schema75.enum}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data7 === "string"){
if(func1(data7) > 255){
const err20 = {instancePath:instancePath+"/encrypt_type",schemaPath:"#/$defs/EncryptType/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err21 = {instancePath:instancePath+"/encrypt_type",schemaPath:"#/$defs/EncryptType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.kms_id !== undefined){
if(typeof data.kms_id !== "string"){
const err22 = {instancePath:instancePath+"/kms_id",schemaPath:"#/$defs/KmsId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}

const schema109 = {"type":"object","additionalProperties":false,"required":["availability_zone","quantity","product_id","image_volumes","memory_volumes","vpc_id","subnet_id"],"properties":{"availability_zone":{"type":"string","maxLength":255},"name":{"type":"string","maxLength":255},"apply_desktop_quantity":{"type":"integer","format":"int32","minimum":0,"maximum":300},"quantity":{"type":"integer","format":"int32","minimum":1,"maximum":100},"product_id":{"type":"string","maxLength":255},"image_volumes":{"type":"array","maxItems":100,"items":{"$ref":"#/$defs/DataVolume"}},"enterprise_project_id":{"$ref":"#/$defs/EnterpriseProjectId"},"memory_volumes":{"type":"array","maxItems":100,"items":{"$ref":"#/$defs/DataVolume"}},"vpc_id":{"type":"string","maxLength":255},"subnet_id":{"type":"string","maxLength":255},"resize_exclusive_lites":{"$ref":"#/$defs/ResizeExclusiveLitesReq"}}};

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated || (validate87.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.product_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product_id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.new_quantity === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "new_quantity"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "enterprise_project_id") || (key0 === "product_id")) || (key0 === "new_quantity"))){
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
if(data.enterprise_project_id !== undefined){
let data0 = data.enterprise_project_id;
if(typeof data0 === "string"){
if(func1(data0) > 36){
const err3 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/maxLength",keyword:"maxLength",params:{limit: 36}};
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
const err4 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.product_id !== undefined){
let data1 = data.product_id;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err5 = {instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err6 = {instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.new_quantity !== undefined){
let data2 = data.new_quantity;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/new_quantity",schemaPath:"#/properties/new_quantity/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 300 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/new_quantity",schemaPath:"#/properties/new_quantity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/new_quantity",schemaPath:"#/properties/new_quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0.validate(data2))){
const err10 = {instancePath:instancePath+"/new_quantity",schemaPath:"#/properties/new_quantity/format",keyword:"format",params:{format: "int32"}};
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
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated || (validate84.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.availability_zone === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "availability_zone"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.quantity === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.product_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product_id"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.image_volumes === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image_volumes"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.memory_volumes === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "memory_volumes"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.vpc_id === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vpc_id"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.subnet_id === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subnet_id"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func8.call(schema109.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.availability_zone !== undefined){
let data0 = data.availability_zone;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err8 = {instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err9 = {instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.apply_desktop_quantity !== undefined){
let data2 = data.apply_desktop_quantity;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err12 = {instancePath:instancePath+"/apply_desktop_quantity",schemaPath:"#/properties/apply_desktop_quantity/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 300 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/apply_desktop_quantity",schemaPath:"#/properties/apply_desktop_quantity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/apply_desktop_quantity",schemaPath:"#/properties/apply_desktop_quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats0.validate(data2))){
const err15 = {instancePath:instancePath+"/apply_desktop_quantity",schemaPath:"#/properties/apply_desktop_quantity/format",keyword:"format",params:{format: "int32"}};
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
if(data.quantity !== undefined){
let data3 = data.quantity;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err16 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err18 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(formats0.validate(data3))){
const err19 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/format",keyword:"format",params:{format: "int32"}};
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
if(data.product_id !== undefined){
let data4 = data.product_id;
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err20 = {instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err21 = {instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.image_volumes !== undefined){
let data5 = data.image_volumes;
if(Array.isArray(data5)){
if(data5.length > 100){
const err22 = {instancePath:instancePath+"/image_volumes",schemaPath:"#/properties/image_volumes/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate29(data5[i0], {instancePath:instancePath+"/image_volumes/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate29.errors; else for (const e of validate29.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/image_volumes",schemaPath:"#/properties/image_volumes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.enterprise_project_id !== undefined){
let data7 = data.enterprise_project_id;
if(typeof data7 === "string"){
if(func1(data7) > 36){
const err24 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/maxLength",keyword:"maxLength",params:{limit: 36}};
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
const err25 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.memory_volumes !== undefined){
let data8 = data.memory_volumes;
if(Array.isArray(data8)){
if(data8.length > 100){
const err26 = {instancePath:instancePath+"/memory_volumes",schemaPath:"#/properties/memory_volumes/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate29(data8[i1], {instancePath:instancePath+"/memory_volumes/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate29.errors; else for (const e of validate29.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/memory_volumes",schemaPath:"#/properties/memory_volumes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.vpc_id !== undefined){
let data10 = data.vpc_id;
if(typeof data10 === "string"){
if(func1(data10) > 255){
const err28 = {instancePath:instancePath+"/vpc_id",schemaPath:"#/properties/vpc_id/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err29 = {instancePath:instancePath+"/vpc_id",schemaPath:"#/properties/vpc_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.subnet_id !== undefined){
let data11 = data.subnet_id;
if(typeof data11 === "string"){
if(func1(data11) > 255){
const err30 = {instancePath:instancePath+"/subnet_id",schemaPath:"#/properties/subnet_id/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err31 = {instancePath:instancePath+"/subnet_id",schemaPath:"#/properties/subnet_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.resize_exclusive_lites !== undefined){
if(!(validate87(data.resize_exclusive_lites, {instancePath:instancePath+"/resize_exclusive_lites",parentData:data,parentDataProperty:"resize_exclusive_lites",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate87.errors; else for (const e of validate87.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}

const schema113 = {"type":"object","additionalProperties":false,"required":["name","type","size","product_id","image_id","root_volume","subnet_ids"],"properties":{"name":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[\\p{Script=Han}A-Za-z0-9-]+$"},"type":{"type":"string","enum":["DYNAMIC","STATIC"],"maxLength":255},"size":{"type":"integer","minimum":0,"maximum":100},"description":{"type":"string","maxLength":255},"availability_zone":{"type":"string","maxLength":255},"product_id":{"type":"string","minLength":1,"maxLength":255},"flavor_id":{"type":"string","minLength":1,"maxLength":255},"image_type":{"$ref":"#/$defs/ImageType"},"image_id":{"type":"string","minLength":1,"maxLength":255},"root_volume":{"$ref":"#/$defs/VolumeInfo"},"data_volumes":{"type":"array","maxItems":10,"items":{"$ref":"#/$defs/VolumeInfo"}},"vpc_id":{"type":"string","minLength":1,"maxLength":255},"subnet_ids":{"type":"array","maxItems":100,"items":{"type":"string","maxLength":55}},"security_groups":{"type":"array","maxItems":5,"items":{"$ref":"#/$defs/SecurityGroup"}},"authorized_objects":{"type":"array","maxItems":500,"items":{"$ref":"#/$defs/AuthorizedObjects"}},"ou_name":{"type":"string","maxLength":255},"tags":{"type":"array","maxItems":20,"items":{"$ref":"#/$defs/Tag"}},"enterprise_project_id":{"$ref":"#/$defs/EnterpriseProjectId"},"disconnected_retention_period":{"type":"integer","minimum":10,"maximum":43200},"enable_autoscale":{"type":"boolean"},"autoscale_policy":{"$ref":"#/$defs/AutoscalePolicy"},"desktop_name_policy_id":{"type":"string","maxLength":36},"user_reset_policy":{"$ref":"#/$defs/UserResetPolicy"},"domain":{"type":"string","minLength":1,"maxLength":255}}};
const schema123 = {"type":"object","additionalProperties":false,"properties":{"autoscale_type":{"type":"string","enum":["ACCESS_CREATED","AUTO_CREATED"],"maxLength":55},"max_auto_created":{"type":"integer","minimum":1,"maximum":5000},"min_idle":{"type":"integer","minimum":0,"maximum":5000},"once_auto_created":{"type":"integer","minimum":1,"maximum":100},"min_retention":{"type":"integer","minimum":0,"maximum":5000},"idle_retention_duration":{"type":"integer","minimum":0,"maximum":43200},"auto_isolation_enable":{"type":"boolean"},"auto_isolation_max_num":{"type":"integer","format":"int32","minimum":1}}};
const pattern20 = /*#__PURE__*/ new RegExp("^[\\p{Script=Han}A-Za-z0-9-]+$", "u");

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated || (validate92.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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
if(!(((((((key0 === "id") || (key0 === "type")) || (key0 === "size")) || (key0 === "resource_spec_code")) || (key0 === "iops")) || (key0 === "throughput")) || (key0 === "kms_id"))){
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
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/VolumeType/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/VolumeType/minLength",keyword:"minLength",params:{limit: 1}};
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
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/VolumeType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.size !== undefined){
let data2 = data.size;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 8200 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8200}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.resource_spec_code !== undefined){
let data3 = data.resource_spec_code;
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err12 = {instancePath:instancePath+"/resource_spec_code",schemaPath:"#/properties/resource_spec_code/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err13 = {instancePath:instancePath+"/resource_spec_code",schemaPath:"#/properties/resource_spec_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.iops !== undefined){
let data4 = data.iops;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 16380000 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16380000}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.throughput !== undefined){
let data5 = data.throughput;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err17 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 4095000 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4095000}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.kms_id !== undefined){
if(typeof data.kms_id !== "string"){
const err20 = {instancePath:instancePath+"/kms_id",schemaPath:"#/$defs/KmsId/type",keyword:"type",params:{type: "string"}};
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
validate92.errors = vErrors;
return errors === 0;
}

const schema119 = {"type":"object","additionalProperties":false,"required":["object_type","object_id","object_name","user_group"],"properties":{"object_type":{"type":"string","enum":["USER","USER_GROUP"],"minLength":1,"maxLength":100},"object_id":{"type":"string","minLength":1,"maxLength":255},"object_name":{"type":"string","minLength":1,"maxLength":100},"user_group":{"$ref":"#/$defs/UserGroup"},"created_at":{"type":"string","format":"date-time","minLength":1,"maxLength":255},"domain":{"type":"string"}}};
const formats32 = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt ](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate95.evaluated || (validate95.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.object_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.object_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.object_name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "object_name"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.user_group === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user_group"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "object_type") || (key0 === "object_id")) || (key0 === "object_name")) || (key0 === "user_group")) || (key0 === "created_at")) || (key0 === "domain"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.object_type !== undefined){
let data0 = data.object_type;
if(!((data0 === "USER") || (data0 === "USER_GROUP"))){
const err5 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/enum",keyword:"enum",params:{allowedValues: schema119.properties.object_type.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err6 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/maxLength",keyword:"maxLength",params:{limit: 100}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data0) < 1){
const err7 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/minLength",keyword:"minLength",params:{limit: 1}};
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
const err8 = {instancePath:instancePath+"/object_type",schemaPath:"#/properties/object_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.object_id !== undefined){
let data1 = data.object_id;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err9 = {instancePath:instancePath+"/object_id",schemaPath:"#/properties/object_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data1) < 1){
const err10 = {instancePath:instancePath+"/object_id",schemaPath:"#/properties/object_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err11 = {instancePath:instancePath+"/object_id",schemaPath:"#/properties/object_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.object_name !== undefined){
let data2 = data.object_name;
if(typeof data2 === "string"){
if(func1(data2) > 100){
const err12 = {instancePath:instancePath+"/object_name",schemaPath:"#/properties/object_name/maxLength",keyword:"maxLength",params:{limit: 100}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data2) < 1){
const err13 = {instancePath:instancePath+"/object_name",schemaPath:"#/properties/object_name/minLength",keyword:"minLength",params:{limit: 1}};
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
const err14 = {instancePath:instancePath+"/object_name",schemaPath:"#/properties/object_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.user_group !== undefined){
let data3 = data.user_group;
if(!((((data3 === "sudo") || (data3 === "default")) || (data3 === "administrators")) || (data3 === "users"))){
const err15 = {instancePath:instancePath+"/user_group",schemaPath:"#/$defs/UserGroup/enum",keyword:"enum",params:{allowedValues: schema50.enum}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err16 = {instancePath:instancePath+"/user_group",schemaPath:"#/$defs/UserGroup/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/user_group",schemaPath:"#/$defs/UserGroup/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.created_at !== undefined){
let data4 = data.created_at;
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err18 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func1(data4) < 1){
const err19 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(formats32.test(data4))){
const err20 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
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
const err21 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.domain !== undefined){
if(typeof data.domain !== "string"){
const err22 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate95.errors = vErrors;
return errors === 0;
}

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated || (validate91.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.size === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.product_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product_id"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.image_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image_id"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.root_volume === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "root_volume"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.subnet_ids === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subnet_ids"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func8.call(schema113.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 64){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func1(data0) < 1){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern20.test(data0)){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[\\p{Script=Han}A-Za-z0-9-]+$"}};
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
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!((data1 === "DYNAMIC") || (data1 === "STATIC"))){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema113.properties.type.enum}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err13 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err14 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.size !== undefined){
let data2 = data.size;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err15 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100 || isNaN(data2)){
const err16 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err17 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err18 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err19 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}};
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
let data4 = data.availability_zone;
if(typeof data4 === "string"){
if(func1(data4) > 255){
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
let data5 = data.product_id;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err22 = {instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func1(data5) < 1){
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
if(data.flavor_id !== undefined){
let data6 = data.flavor_id;
if(typeof data6 === "string"){
if(func1(data6) > 255){
const err25 = {instancePath:instancePath+"/flavor_id",schemaPath:"#/properties/flavor_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func1(data6) < 1){
const err26 = {instancePath:instancePath+"/flavor_id",schemaPath:"#/properties/flavor_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/flavor_id",schemaPath:"#/properties/flavor_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.image_type !== undefined){
let data7 = data.image_type;
if(typeof data7 !== "string"){
const err28 = {instancePath:instancePath+"/image_type",schemaPath:"#/$defs/ImageType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data7 === "private") || (data7 === "gold")) || (data7 === "market"))){
const err29 = {instancePath:instancePath+"/image_type",schemaPath:"#/$defs/ImageType/enum",keyword:"enum",params:{allowedValues: schema39.enum}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.image_id !== undefined){
let data8 = data.image_id;
if(typeof data8 === "string"){
if(func1(data8) > 255){
const err30 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func1(data8) < 1){
const err31 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err32 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.root_volume !== undefined){
if(!(validate92(data.root_volume, {instancePath:instancePath+"/root_volume",parentData:data,parentDataProperty:"root_volume",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate92.errors; else for (const e of validate92.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.data_volumes !== undefined){
let data10 = data.data_volumes;
if(Array.isArray(data10)){
if(data10.length > 10){
const err33 = {instancePath:instancePath+"/data_volumes",schemaPath:"#/properties/data_volumes/maxItems",keyword:"maxItems",params:{limit: 10}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate92(data10[i0], {instancePath:instancePath+"/data_volumes/" + i0,parentData:data10,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate92.errors; else for (const e of validate92.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/data_volumes",schemaPath:"#/properties/data_volumes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.vpc_id !== undefined){
let data12 = data.vpc_id;
if(typeof data12 === "string"){
if(func1(data12) > 255){
const err35 = {instancePath:instancePath+"/vpc_id",schemaPath:"#/properties/vpc_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func1(data12) < 1){
const err36 = {instancePath:instancePath+"/vpc_id",schemaPath:"#/properties/vpc_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/vpc_id",schemaPath:"#/properties/vpc_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.subnet_ids !== undefined){
let data13 = data.subnet_ids;
if(Array.isArray(data13)){
if(data13.length > 100){
const err38 = {instancePath:instancePath+"/subnet_ids",schemaPath:"#/properties/subnet_ids/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(typeof data14 === "string"){
if(func1(data14) > 55){
const err39 = {instancePath:instancePath+"/subnet_ids/" + i1,schemaPath:"#/properties/subnet_ids/items/maxLength",keyword:"maxLength",params:{limit: 55}};
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
const err40 = {instancePath:instancePath+"/subnet_ids/" + i1,schemaPath:"#/properties/subnet_ids/items/type",keyword:"type",params:{type: "string"}};
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
const err41 = {instancePath:instancePath+"/subnet_ids",schemaPath:"#/properties/subnet_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.security_groups !== undefined){
let data15 = data.security_groups;
if(Array.isArray(data15)){
if(data15.length > 5){
const err42 = {instancePath:instancePath+"/security_groups",schemaPath:"#/properties/security_groups/maxItems",keyword:"maxItems",params:{limit: 5}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.id === undefined){
const err43 = {instancePath:instancePath+"/security_groups/" + i2,schemaPath:"#/$defs/SecurityGroup/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key1 in data16){
if(!(key1 === "id")){
const err44 = {instancePath:instancePath+"/security_groups/" + i2,schemaPath:"#/$defs/SecurityGroup/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data16.id !== undefined){
let data17 = data16.id;
if(typeof data17 === "string"){
if(func1(data17) > 255){
const err45 = {instancePath:instancePath+"/security_groups/" + i2+"/id",schemaPath:"#/$defs/SecurityGroup/properties/id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/security_groups/" + i2+"/id",schemaPath:"#/$defs/SecurityGroup/properties/id/type",keyword:"type",params:{type: "string"}};
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
const err47 = {instancePath:instancePath+"/security_groups/" + i2,schemaPath:"#/$defs/SecurityGroup/type",keyword:"type",params:{type: "object"}};
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
else {
const err48 = {instancePath:instancePath+"/security_groups",schemaPath:"#/properties/security_groups/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.authorized_objects !== undefined){
let data18 = data.authorized_objects;
if(Array.isArray(data18)){
if(data18.length > 500){
const err49 = {instancePath:instancePath+"/authorized_objects",schemaPath:"#/properties/authorized_objects/maxItems",keyword:"maxItems",params:{limit: 500}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
if(!(validate95(data18[i3], {instancePath:instancePath+"/authorized_objects/" + i3,parentData:data18,parentDataProperty:i3,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate95.errors; else for (const e of validate95.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err50 = {instancePath:instancePath+"/authorized_objects",schemaPath:"#/properties/authorized_objects/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.ou_name !== undefined){
let data20 = data.ou_name;
if(typeof data20 === "string"){
if(func1(data20) > 255){
const err51 = {instancePath:instancePath+"/ou_name",schemaPath:"#/properties/ou_name/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err52 = {instancePath:instancePath+"/ou_name",schemaPath:"#/properties/ou_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.tags !== undefined){
let data21 = data.tags;
if(Array.isArray(data21)){
if(data21.length > 20){
const err53 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/maxItems",keyword:"maxItems",params:{limit: 20}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
const len4 = data21.length;
for(let i4=0; i4<len4; i4++){
let data22 = data21[i4];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.key === undefined){
const err54 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/$defs/Tag/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key2 in data22){
if(!((key2 === "key") || (key2 === "value"))){
const err55 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/$defs/Tag/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data22.key !== undefined){
let data23 = data22.key;
if(typeof data23 === "string"){
if(func1(data23) > 128){
const err56 = {instancePath:instancePath+"/tags/" + i4+"/key",schemaPath:"#/$defs/Tag/properties/key/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func1(data23) < 1){
const err57 = {instancePath:instancePath+"/tags/" + i4+"/key",schemaPath:"#/$defs/Tag/properties/key/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!pattern14.test(data23)){
const err58 = {instancePath:instancePath+"/tags/" + i4+"/key",schemaPath:"#/$defs/Tag/properties/key/pattern",keyword:"pattern",params:{pattern: "^[^ *<>,|/](?:[^*<>,|/]*[^ *<>,|/])?$"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/tags/" + i4+"/key",schemaPath:"#/$defs/Tag/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data22.value !== undefined){
let data24 = data22.value;
if(typeof data24 === "string"){
if(func1(data24) > 43){
const err60 = {instancePath:instancePath+"/tags/" + i4+"/value",schemaPath:"#/$defs/Tag/properties/value/maxLength",keyword:"maxLength",params:{limit: 43}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!pattern15.test(data24)){
const err61 = {instancePath:instancePath+"/tags/" + i4+"/value",schemaPath:"#/$defs/Tag/properties/value/pattern",keyword:"pattern",params:{pattern: "^(?:[^ *<>,|/](?:[^*<>,|/]*[^ *<>,|/])?)?$"}};
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
const err62 = {instancePath:instancePath+"/tags/" + i4+"/value",schemaPath:"#/$defs/Tag/properties/value/type",keyword:"type",params:{type: "string"}};
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
const err63 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/$defs/Tag/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.enterprise_project_id !== undefined){
let data25 = data.enterprise_project_id;
if(typeof data25 === "string"){
if(func1(data25) > 36){
const err65 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/maxLength",keyword:"maxLength",params:{limit: 36}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.disconnected_retention_period !== undefined){
let data26 = data.disconnected_retention_period;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err67 = {instancePath:instancePath+"/disconnected_retention_period",schemaPath:"#/properties/disconnected_retention_period/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 43200 || isNaN(data26)){
const err68 = {instancePath:instancePath+"/disconnected_retention_period",schemaPath:"#/properties/disconnected_retention_period/maximum",keyword:"maximum",params:{comparison: "<=", limit: 43200}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data26 < 10 || isNaN(data26)){
const err69 = {instancePath:instancePath+"/disconnected_retention_period",schemaPath:"#/properties/disconnected_retention_period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
if(data.enable_autoscale !== undefined){
if(typeof data.enable_autoscale !== "boolean"){
const err70 = {instancePath:instancePath+"/enable_autoscale",schemaPath:"#/properties/enable_autoscale/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.autoscale_policy !== undefined){
let data28 = data.autoscale_policy;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key3 in data28){
if(!((((((((key3 === "autoscale_type") || (key3 === "max_auto_created")) || (key3 === "min_idle")) || (key3 === "once_auto_created")) || (key3 === "min_retention")) || (key3 === "idle_retention_duration")) || (key3 === "auto_isolation_enable")) || (key3 === "auto_isolation_max_num"))){
const err71 = {instancePath:instancePath+"/autoscale_policy",schemaPath:"#/$defs/AutoscalePolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data28.autoscale_type !== undefined){
let data29 = data28.autoscale_type;
if(!((data29 === "ACCESS_CREATED") || (data29 === "AUTO_CREATED"))){
const err72 = {instancePath:instancePath+"/autoscale_policy/autoscale_type",schemaPath:"#/$defs/AutoscalePolicy/properties/autoscale_type/enum",keyword:"enum",params:{allowedValues: schema123.properties.autoscale_type.enum}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(typeof data29 === "string"){
if(func1(data29) > 55){
const err73 = {instancePath:instancePath+"/autoscale_policy/autoscale_type",schemaPath:"#/$defs/AutoscalePolicy/properties/autoscale_type/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/autoscale_policy/autoscale_type",schemaPath:"#/$defs/AutoscalePolicy/properties/autoscale_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data28.max_auto_created !== undefined){
let data30 = data28.max_auto_created;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err75 = {instancePath:instancePath+"/autoscale_policy/max_auto_created",schemaPath:"#/$defs/AutoscalePolicy/properties/max_auto_created/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 5000 || isNaN(data30)){
const err76 = {instancePath:instancePath+"/autoscale_policy/max_auto_created",schemaPath:"#/$defs/AutoscalePolicy/properties/max_auto_created/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data30 < 1 || isNaN(data30)){
const err77 = {instancePath:instancePath+"/autoscale_policy/max_auto_created",schemaPath:"#/$defs/AutoscalePolicy/properties/max_auto_created/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
if(data28.min_idle !== undefined){
let data31 = data28.min_idle;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err78 = {instancePath:instancePath+"/autoscale_policy/min_idle",schemaPath:"#/$defs/AutoscalePolicy/properties/min_idle/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 5000 || isNaN(data31)){
const err79 = {instancePath:instancePath+"/autoscale_policy/min_idle",schemaPath:"#/$defs/AutoscalePolicy/properties/min_idle/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data31 < 0 || isNaN(data31)){
const err80 = {instancePath:instancePath+"/autoscale_policy/min_idle",schemaPath:"#/$defs/AutoscalePolicy/properties/min_idle/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data28.once_auto_created !== undefined){
let data32 = data28.once_auto_created;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err81 = {instancePath:instancePath+"/autoscale_policy/once_auto_created",schemaPath:"#/$defs/AutoscalePolicy/properties/once_auto_created/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 100 || isNaN(data32)){
const err82 = {instancePath:instancePath+"/autoscale_policy/once_auto_created",schemaPath:"#/$defs/AutoscalePolicy/properties/once_auto_created/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data32 < 1 || isNaN(data32)){
const err83 = {instancePath:instancePath+"/autoscale_policy/once_auto_created",schemaPath:"#/$defs/AutoscalePolicy/properties/once_auto_created/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
if(data28.min_retention !== undefined){
let data33 = data28.min_retention;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err84 = {instancePath:instancePath+"/autoscale_policy/min_retention",schemaPath:"#/$defs/AutoscalePolicy/properties/min_retention/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 5000 || isNaN(data33)){
const err85 = {instancePath:instancePath+"/autoscale_policy/min_retention",schemaPath:"#/$defs/AutoscalePolicy/properties/min_retention/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data33 < 0 || isNaN(data33)){
const err86 = {instancePath:instancePath+"/autoscale_policy/min_retention",schemaPath:"#/$defs/AutoscalePolicy/properties/min_retention/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
if(data28.idle_retention_duration !== undefined){
let data34 = data28.idle_retention_duration;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err87 = {instancePath:instancePath+"/autoscale_policy/idle_retention_duration",schemaPath:"#/$defs/AutoscalePolicy/properties/idle_retention_duration/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 43200 || isNaN(data34)){
const err88 = {instancePath:instancePath+"/autoscale_policy/idle_retention_duration",schemaPath:"#/$defs/AutoscalePolicy/properties/idle_retention_duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 43200}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data34 < 0 || isNaN(data34)){
const err89 = {instancePath:instancePath+"/autoscale_policy/idle_retention_duration",schemaPath:"#/$defs/AutoscalePolicy/properties/idle_retention_duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
if(data28.auto_isolation_enable !== undefined){
if(typeof data28.auto_isolation_enable !== "boolean"){
const err90 = {instancePath:instancePath+"/autoscale_policy/auto_isolation_enable",schemaPath:"#/$defs/AutoscalePolicy/properties/auto_isolation_enable/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data28.auto_isolation_max_num !== undefined){
let data36 = data28.auto_isolation_max_num;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err91 = {instancePath:instancePath+"/autoscale_policy/auto_isolation_max_num",schemaPath:"#/$defs/AutoscalePolicy/properties/auto_isolation_max_num/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 1 || isNaN(data36)){
const err92 = {instancePath:instancePath+"/autoscale_policy/auto_isolation_max_num",schemaPath:"#/$defs/AutoscalePolicy/properties/auto_isolation_max_num/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(!(formats0.validate(data36))){
const err93 = {instancePath:instancePath+"/autoscale_policy/auto_isolation_max_num",schemaPath:"#/$defs/AutoscalePolicy/properties/auto_isolation_max_num/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
}
else {
const err94 = {instancePath:instancePath+"/autoscale_policy",schemaPath:"#/$defs/AutoscalePolicy/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.desktop_name_policy_id !== undefined){
let data37 = data.desktop_name_policy_id;
if(typeof data37 === "string"){
if(func1(data37) > 36){
const err95 = {instancePath:instancePath+"/desktop_name_policy_id",schemaPath:"#/properties/desktop_name_policy_id/maxLength",keyword:"maxLength",params:{limit: 36}};
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
const err96 = {instancePath:instancePath+"/desktop_name_policy_id",schemaPath:"#/properties/desktop_name_policy_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.user_reset_policy !== undefined){
let data38 = data.user_reset_policy;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key4 in data38){
if(!((key4 === "enable") || (key4 === "reset_count_per_day"))){
const err97 = {instancePath:instancePath+"/user_reset_policy",schemaPath:"#/$defs/UserResetPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data38.enable !== undefined){
if(typeof data38.enable !== "boolean"){
const err98 = {instancePath:instancePath+"/user_reset_policy/enable",schemaPath:"#/$defs/UserResetPolicy/properties/enable/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data38.reset_count_per_day !== undefined){
let data40 = data38.reset_count_per_day;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
const err99 = {instancePath:instancePath+"/user_reset_policy/reset_count_per_day",schemaPath:"#/$defs/UserResetPolicy/properties/reset_count_per_day/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 > 100 || isNaN(data40)){
const err100 = {instancePath:instancePath+"/user_reset_policy/reset_count_per_day",schemaPath:"#/$defs/UserResetPolicy/properties/reset_count_per_day/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data40 < 1 || isNaN(data40)){
const err101 = {instancePath:instancePath+"/user_reset_policy/reset_count_per_day",schemaPath:"#/$defs/UserResetPolicy/properties/reset_count_per_day/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
}
else {
const err102 = {instancePath:instancePath+"/user_reset_policy",schemaPath:"#/$defs/UserResetPolicy/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data.domain !== undefined){
let data41 = data.domain;
if(typeof data41 === "string"){
if(func1(data41) > 255){
const err103 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(func1(data41) < 1){
const err104 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
validate91.errors = vErrors;
return errors === 0;
}

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated || (validate98.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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
if(data.desktop_ids === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "desktop_ids"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.desktop_ids !== undefined){
let data0 = data.desktop_ids;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/anyOf/0/properties/desktop_ids/minItems",keyword:"minItems",params:{limit: 1}};
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
const err2 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/anyOf/0/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
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
props0.desktop_ids = true;
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.count === undefined){
const err4 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "count"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(data.eip_type === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "eip_type"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.eip_charge_mode === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "eip_charge_mode"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.bandwidth_size === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bandwidth_size"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "desktop_ids") || (key0 === "eip_type")) || (key0 === "eip_charge_mode")) || (key0 === "bandwidth_size")) || (key0 === "count"))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.desktop_ids !== undefined){
let data1 = data.desktop_ids;
if(Array.isArray(data1)){
if(data1.length > 100){
const err10 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/properties/desktop_ids/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err11 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err12 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/properties/desktop_ids/items/type",keyword:"type",params:{type: "string"}};
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
const err13 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/properties/desktop_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.eip_type !== undefined){
let data3 = data.eip_type;
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err14 = {instancePath:instancePath+"/eip_type",schemaPath:"#/properties/eip_type/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err15 = {instancePath:instancePath+"/eip_type",schemaPath:"#/properties/eip_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.eip_charge_mode !== undefined){
let data4 = data.eip_charge_mode;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/eip_charge_mode",schemaPath:"#/$defs/EipChargeMode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data4 === "TRAFFIC") || (data4 === "BANDWIDTH"))){
const err17 = {instancePath:instancePath+"/eip_charge_mode",schemaPath:"#/$defs/EipChargeMode/enum",keyword:"enum",params:{allowedValues: schema56.enum}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.bandwidth_size !== undefined){
let data5 = data.bandwidth_size;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err18 = {instancePath:instancePath+"/bandwidth_size",schemaPath:"#/properties/bandwidth_size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 2000 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/bandwidth_size",schemaPath:"#/properties/bandwidth_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2000}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/bandwidth_size",schemaPath:"#/properties/bandwidth_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(formats0.validate(data5))){
const err21 = {instancePath:instancePath+"/bandwidth_size",schemaPath:"#/properties/bandwidth_size/format",keyword:"format",params:{format: "int32"}};
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
if(data.count !== undefined){
let data6 = data.count;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err22 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 100 || isNaN(data6)){
const err23 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err24 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(formats0.validate(data6))){
const err25 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/format",keyword:"format",params:{format: "int32"}};
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
validate98.errors = vErrors;
return errors === 0;
}

const schema128 = {"type":"object","additionalProperties":false,"required":["subnet_id","charge_mode"],"properties":{"bandwidth_name":{"type":"string","minLength":2,"maxLength":64,"pattern":"^[a-zA-Z0-9\\u4E00-\\u9FA5_\\-*\\+\\.]+$"},"subnet_id":{"type":"string","minLength":1,"maxLength":255},"charge_mode":{"type":"string","enum":["wks_bandwidth","free","wks_traffic"],"minLength":1,"maxLength":255},"bandwidth_size":{"type":"integer","format":"int32","minimum":1,"maximum":2000},"enterprise_project_id":{"$ref":"#/$defs/EnterpriseProjectId"}}};
const pattern23 = /*#__PURE__*/ new RegExp("^[a-zA-Z0-9\\u4E00-\\u9FA5_\\-*\\+\\.]+$", "u");

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate100.evaluated || (validate100.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.subnet_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subnet_id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.charge_mode === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "charge_mode"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "bandwidth_name") || (key0 === "subnet_id")) || (key0 === "charge_mode")) || (key0 === "bandwidth_size")) || (key0 === "enterprise_project_id"))){
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
if(data.bandwidth_name !== undefined){
let data0 = data.bandwidth_name;
if(typeof data0 === "string"){
if(func1(data0) > 64){
const err3 = {instancePath:instancePath+"/bandwidth_name",schemaPath:"#/properties/bandwidth_name/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 2){
const err4 = {instancePath:instancePath+"/bandwidth_name",schemaPath:"#/properties/bandwidth_name/minLength",keyword:"minLength",params:{limit: 2}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern23.test(data0)){
const err5 = {instancePath:instancePath+"/bandwidth_name",schemaPath:"#/properties/bandwidth_name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9\\u4E00-\\u9FA5_\\-*\\+\\.]+$"}};
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
const err6 = {instancePath:instancePath+"/bandwidth_name",schemaPath:"#/properties/bandwidth_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.subnet_id !== undefined){
let data1 = data.subnet_id;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err7 = {instancePath:instancePath+"/subnet_id",schemaPath:"#/properties/subnet_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data1) < 1){
const err8 = {instancePath:instancePath+"/subnet_id",schemaPath:"#/properties/subnet_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err9 = {instancePath:instancePath+"/subnet_id",schemaPath:"#/properties/subnet_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.charge_mode !== undefined){
let data2 = data.charge_mode;
if(!(((data2 === "wks_bandwidth") || (data2 === "free")) || (data2 === "wks_traffic"))){
const err10 = {instancePath:instancePath+"/charge_mode",schemaPath:"#/properties/charge_mode/enum",keyword:"enum",params:{allowedValues: schema128.properties.charge_mode.enum}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err11 = {instancePath:instancePath+"/charge_mode",schemaPath:"#/properties/charge_mode/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func1(data2) < 1){
const err12 = {instancePath:instancePath+"/charge_mode",schemaPath:"#/properties/charge_mode/minLength",keyword:"minLength",params:{limit: 1}};
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
const err13 = {instancePath:instancePath+"/charge_mode",schemaPath:"#/properties/charge_mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.bandwidth_size !== undefined){
let data3 = data.bandwidth_size;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err14 = {instancePath:instancePath+"/bandwidth_size",schemaPath:"#/properties/bandwidth_size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2000 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/bandwidth_size",schemaPath:"#/properties/bandwidth_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2000}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/bandwidth_size",schemaPath:"#/properties/bandwidth_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(formats0.validate(data3))){
const err17 = {instancePath:instancePath+"/bandwidth_size",schemaPath:"#/properties/bandwidth_size/format",keyword:"format",params:{format: "int32"}};
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
if(data.enterprise_project_id !== undefined){
let data4 = data.enterprise_project_id;
if(typeof data4 === "string"){
if(func1(data4) > 36){
const err18 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/maxLength",keyword:"maxLength",params:{limit: 36}};
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
const err19 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/type",keyword:"type",params:{type: "string"}};
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
validate100.errors = vErrors;
return errors === 0;
}

function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate102.evaluated || (validate102.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_sharer_sku === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user_sharer_sku"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.users === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "users"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "user_sharer_sku") || (key0 === "users"))){
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
if(data.user_sharer_sku !== undefined){
let data0 = data.user_sharer_sku;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err3 = {instancePath:instancePath+"/user_sharer_sku",schemaPath:"#/properties/user_sharer_sku/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err4 = {instancePath:instancePath+"/user_sharer_sku",schemaPath:"#/properties/user_sharer_sku/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.users !== undefined){
let data1 = data.users;
if(Array.isArray(data1)){
if(data1.length > 1000){
const err5 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/maxItems",keyword:"maxItems",params:{limit: 1000}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.user_id === undefined){
const err7 = {instancePath:instancePath+"/users/" + i0,schemaPath:"#/$defs/User/required",keyword:"required",params:{missingProperty: "user_id"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.user_name === undefined){
const err8 = {instancePath:instancePath+"/users/" + i0,schemaPath:"#/$defs/User/required",keyword:"required",params:{missingProperty: "user_name"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "user_id") || (key1 === "user_name"))){
const err9 = {instancePath:instancePath+"/users/" + i0,schemaPath:"#/$defs/User/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.user_id !== undefined){
let data3 = data2.user_id;
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err10 = {instancePath:instancePath+"/users/" + i0+"/user_id",schemaPath:"#/$defs/User/properties/user_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data3) < 1){
const err11 = {instancePath:instancePath+"/users/" + i0+"/user_id",schemaPath:"#/$defs/User/properties/user_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err12 = {instancePath:instancePath+"/users/" + i0+"/user_id",schemaPath:"#/$defs/User/properties/user_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.user_name !== undefined){
let data4 = data2.user_name;
if(typeof data4 === "string"){
if(func1(data4) > 100){
const err13 = {instancePath:instancePath+"/users/" + i0+"/user_name",schemaPath:"#/$defs/User/properties/user_name/maxLength",keyword:"maxLength",params:{limit: 100}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data4) < 1){
const err14 = {instancePath:instancePath+"/users/" + i0+"/user_name",schemaPath:"#/$defs/User/properties/user_name/minLength",keyword:"minLength",params:{limit: 1}};
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
const err15 = {instancePath:instancePath+"/users/" + i0+"/user_name",schemaPath:"#/$defs/User/properties/user_name/type",keyword:"type",params:{type: "string"}};
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
const err16 = {instancePath:instancePath+"/users/" + i0,schemaPath:"#/$defs/User/type",keyword:"type",params:{type: "object"}};
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
const err17 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"}};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate102.errors = vErrors;
return errors === 0;
}

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated || (validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func8.call(schema95.properties, key0))){
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
if(!(((((data0 === 2) || (data0 === 3)) || (data0 === 4)) || (data0 === 5)) || (data0 === 6))){
const err2 = {instancePath:instancePath+"/period_type",schemaPath:"#/properties/period_type/enum",keyword:"enum",params:{allowedValues: schema95.properties.period_type.enum}};
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
if(data.add_volumes !== undefined){
if(!(validate72(data.add_volumes, {instancePath:instancePath+"/add_volumes",parentData:data,parentDataProperty:"add_volumes",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate72.errors; else for (const e of validate72.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.create_desktops !== undefined){
if(!(validate26(data.create_desktops, {instancePath:instancePath+"/create_desktops",parentData:data,parentDataProperty:"create_desktops",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate26.errors; else for (const e of validate26.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.rebuild_desktops !== undefined){
if(!(validate76(data.rebuild_desktops, {instancePath:instancePath+"/rebuild_desktops",parentData:data,parentDataProperty:"rebuild_desktops",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate76.errors; else for (const e of validate76.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.attach_desktops !== undefined){
if(!(validate78(data.attach_desktops, {instancePath:instancePath+"/attach_desktops",parentData:data,parentDataProperty:"attach_desktops",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate78.errors; else for (const e of validate78.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.create_exclusive_hosts !== undefined){
if(!(validate84(data.create_exclusive_hosts, {instancePath:instancePath+"/create_exclusive_hosts",parentData:data,parentDataProperty:"create_exclusive_hosts",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate84.errors; else for (const e of validate84.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.resize_exclusive_lites !== undefined){
if(!(validate87(data.resize_exclusive_lites, {instancePath:instancePath+"/resize_exclusive_lites",parentData:data,parentDataProperty:"resize_exclusive_lites",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate87.errors; else for (const e of validate87.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.create_desktop_pool !== undefined){
if(!(validate91(data.create_desktop_pool, {instancePath:instancePath+"/create_desktop_pool",parentData:data,parentDataProperty:"create_desktop_pool",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate91.errors; else for (const e of validate91.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.expand_desktop_pool !== undefined){
let data10 = data.expand_desktop_pool;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.pool_id === undefined){
const err14 = {instancePath:instancePath+"/expand_desktop_pool",schemaPath:"#/$defs/ExpandDesktopPoolOrderReq/required",keyword:"required",params:{missingProperty: "pool_id"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data10){
if(!((key1 === "size") || (key1 === "pool_id"))){
const err15 = {instancePath:instancePath+"/expand_desktop_pool",schemaPath:"#/$defs/ExpandDesktopPoolOrderReq/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data10.size !== undefined){
let data11 = data10.size;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err16 = {instancePath:instancePath+"/expand_desktop_pool/size",schemaPath:"#/$defs/ExpandDesktopPoolOrderReq/properties/size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1000 || isNaN(data11)){
const err17 = {instancePath:instancePath+"/expand_desktop_pool/size",schemaPath:"#/$defs/ExpandDesktopPoolOrderReq/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err18 = {instancePath:instancePath+"/expand_desktop_pool/size",schemaPath:"#/$defs/ExpandDesktopPoolOrderReq/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
if(data10.pool_id !== undefined){
let data12 = data10.pool_id;
if(typeof data12 === "string"){
if(func1(data12) > 255){
const err19 = {instancePath:instancePath+"/expand_desktop_pool/pool_id",schemaPath:"#/$defs/ExpandDesktopPoolOrderReq/properties/pool_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func1(data12) < 1){
const err20 = {instancePath:instancePath+"/expand_desktop_pool/pool_id",schemaPath:"#/$defs/ExpandDesktopPoolOrderReq/properties/pool_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err21 = {instancePath:instancePath+"/expand_desktop_pool/pool_id",schemaPath:"#/$defs/ExpandDesktopPoolOrderReq/properties/pool_id/type",keyword:"type",params:{type: "string"}};
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
else {
const err22 = {instancePath:instancePath+"/expand_desktop_pool",schemaPath:"#/$defs/ExpandDesktopPoolOrderReq/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.apply_desktops_internet !== undefined){
if(!(validate98(data.apply_desktops_internet, {instancePath:instancePath+"/apply_desktops_internet",parentData:data,parentDataProperty:"apply_desktops_internet",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate98.errors; else for (const e of validate98.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.apply_subnet_bandwidth !== undefined){
if(!(validate100(data.apply_subnet_bandwidth, {instancePath:instancePath+"/apply_subnet_bandwidth",parentData:data,parentDataProperty:"apply_subnet_bandwidth",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate100.errors; else for (const e of validate100.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.subscribe_user_sharer !== undefined){
if(!(validate102(data.subscribe_user_sharer, {instancePath:instancePath+"/subscribe_user_sharer",parentData:data,parentDataProperty:"subscribe_user_sharer",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate102.errors; else for (const e of validate102.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}

function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate105.evaluated || (validate105.evaluated = {"props":{"type":true,"resources":true},"dynamicProps":false,"dynamicItems":false});
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
if(data.resources === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"}};
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
if("createDesktops" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "createDesktops"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.resources !== undefined){
let data1 = data.resources;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(validate71(data2, {instancePath:instancePath+"/resources/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate71.errors; else for (const e of validate71.errors) vErrors.push(e);
errors = vErrors.length;
}
const _errs8 = errors;
let valid4 = false;
const _errs9 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.create_desktops === undefined){
const err4 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: "create_desktops"}};
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
const err5 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
var props0 = {};
props0.create_desktops = true;
}
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.attach_desktops === undefined){
const err6 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: "attach_desktops"}};
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
const err7 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.attach_desktops = true;
}
}
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.resize_exclusive_lites === undefined){
const err8 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/required",keyword:"required",params:{missingProperty: "resize_exclusive_lites"}};
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
const err9 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.resize_exclusive_lites = true;
}
}
if(!valid4){
const err10 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
}
}
else {
const err11 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"}};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate105.errors = vErrors;
return errors === 0;
}

function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated || (validate107.evaluated = {"props":{"type":true,"resources":true},"dynamicProps":false,"dynamicItems":false});
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
if(data.resources === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"}};
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
if("addVolumes" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "addVolumes"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.resources !== undefined){
let data1 = data.resources;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(validate71(data2, {instancePath:instancePath+"/resources/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate71.errors; else for (const e of validate71.errors) vErrors.push(e);
errors = vErrors.length;
}
const _errs8 = errors;
let valid4 = false;
const _errs9 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.add_volumes === undefined){
const err4 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: "add_volumes"}};
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
const err5 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
var props0 = {};
props0.add_volumes = true;
}
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.attach_desktops === undefined){
const err6 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: "attach_desktops"}};
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
const err7 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.attach_desktops = true;
}
}
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.resize_exclusive_lites === undefined){
const err8 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/required",keyword:"required",params:{missingProperty: "resize_exclusive_lites"}};
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
const err9 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.resize_exclusive_lites = true;
}
}
if(!valid4){
const err10 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
}
}
else {
const err11 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"}};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate107.errors = vErrors;
return errors === 0;
}

function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate109.evaluated || (validate109.evaluated = {"props":{"type":true,"resources":true},"dynamicProps":false,"dynamicItems":false});
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
if(data.resources === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"}};
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
if("rebuildDesktops" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "rebuildDesktops"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.resources !== undefined){
let data1 = data.resources;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(validate71(data2, {instancePath:instancePath+"/resources/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate71.errors; else for (const e of validate71.errors) vErrors.push(e);
errors = vErrors.length;
}
const _errs8 = errors;
let valid4 = false;
const _errs9 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.rebuild_desktops === undefined){
const err4 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: "rebuild_desktops"}};
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
const err5 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
var props0 = {};
props0.rebuild_desktops = true;
}
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.attach_desktops === undefined){
const err6 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: "attach_desktops"}};
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
const err7 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.attach_desktops = true;
}
}
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.resize_exclusive_lites === undefined){
const err8 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/required",keyword:"required",params:{missingProperty: "resize_exclusive_lites"}};
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
const err9 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.resize_exclusive_lites = true;
}
}
if(!valid4){
const err10 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
}
}
else {
const err11 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"}};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate109.errors = vErrors;
return errors === 0;
}

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate111.evaluated || (validate111.evaluated = {"props":{"type":true,"resources":true},"dynamicProps":false,"dynamicItems":false});
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
if(data.resources === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"}};
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
if("createDesktopPool" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "createDesktopPool"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.resources !== undefined){
let data1 = data.resources;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(validate71(data2, {instancePath:instancePath+"/resources/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate71.errors; else for (const e of validate71.errors) vErrors.push(e);
errors = vErrors.length;
}
const _errs8 = errors;
let valid4 = false;
const _errs9 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.create_desktop_pool === undefined){
const err4 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: "create_desktop_pool"}};
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
const err5 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
var props0 = {};
props0.create_desktop_pool = true;
}
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.attach_desktops === undefined){
const err6 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: "attach_desktops"}};
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
const err7 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.attach_desktops = true;
}
}
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.resize_exclusive_lites === undefined){
const err8 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/required",keyword:"required",params:{missingProperty: "resize_exclusive_lites"}};
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
const err9 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.resize_exclusive_lites = true;
}
}
if(!valid4){
const err10 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
}
}
else {
const err11 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"}};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate111.errors = vErrors;
return errors === 0;
}

function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate113.evaluated || (validate113.evaluated = {"props":{"type":true,"resources":true},"dynamicProps":false,"dynamicItems":false});
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
if(data.resources === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"}};
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
if("expandDesktopPool" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "expandDesktopPool"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.resources !== undefined){
let data1 = data.resources;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(validate71(data2, {instancePath:instancePath+"/resources/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate71.errors; else for (const e of validate71.errors) vErrors.push(e);
errors = vErrors.length;
}
const _errs8 = errors;
let valid4 = false;
const _errs9 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.expand_desktop_pool === undefined){
const err4 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: "expand_desktop_pool"}};
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
const err5 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
var props0 = {};
props0.expand_desktop_pool = true;
}
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.attach_desktops === undefined){
const err6 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: "attach_desktops"}};
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
const err7 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.attach_desktops = true;
}
}
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.resize_exclusive_lites === undefined){
const err8 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/required",keyword:"required",params:{missingProperty: "resize_exclusive_lites"}};
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
const err9 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.resize_exclusive_lites = true;
}
}
if(!valid4){
const err10 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
}
}
else {
const err11 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"}};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate113.errors = vErrors;
return errors === 0;
}

function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate115.evaluated || (validate115.evaluated = {"props":{"type":true,"resources":true},"dynamicProps":false,"dynamicItems":false});
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
if(data.resources === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"}};
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
if("applyDesktopsInternet" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "applyDesktopsInternet"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.resources !== undefined){
let data1 = data.resources;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(validate71(data2, {instancePath:instancePath+"/resources/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate71.errors; else for (const e of validate71.errors) vErrors.push(e);
errors = vErrors.length;
}
const _errs8 = errors;
let valid4 = false;
const _errs9 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.apply_desktops_internet === undefined){
const err4 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: "apply_desktops_internet"}};
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
const err5 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
var props0 = {};
props0.apply_desktops_internet = true;
}
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.attach_desktops === undefined){
const err6 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: "attach_desktops"}};
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
const err7 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.attach_desktops = true;
}
}
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.resize_exclusive_lites === undefined){
const err8 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/required",keyword:"required",params:{missingProperty: "resize_exclusive_lites"}};
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
const err9 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.resize_exclusive_lites = true;
}
}
if(!valid4){
const err10 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
}
}
else {
const err11 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"}};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate115.errors = vErrors;
return errors === 0;
}

function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate117.evaluated || (validate117.evaluated = {"props":{"type":true,"resources":true},"dynamicProps":false,"dynamicItems":false});
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
if(data.resources === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"}};
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
if("createExclusiveHosts" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "createExclusiveHosts"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.resources !== undefined){
let data1 = data.resources;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(validate71(data2, {instancePath:instancePath+"/resources/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate71.errors; else for (const e of validate71.errors) vErrors.push(e);
errors = vErrors.length;
}
const _errs8 = errors;
let valid4 = false;
const _errs9 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.create_exclusive_hosts === undefined){
const err4 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: "create_exclusive_hosts"}};
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
const err5 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
var props0 = {};
props0.create_exclusive_hosts = true;
}
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.attach_desktops === undefined){
const err6 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: "attach_desktops"}};
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
const err7 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.attach_desktops = true;
}
}
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.resize_exclusive_lites === undefined){
const err8 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/required",keyword:"required",params:{missingProperty: "resize_exclusive_lites"}};
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
const err9 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.resize_exclusive_lites = true;
}
}
if(!valid4){
const err10 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
}
}
else {
const err11 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"}};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}

function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate119.evaluated || (validate119.evaluated = {"props":{"type":true,"resources":true},"dynamicProps":false,"dynamicItems":false});
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
if(data.resources === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"}};
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
if("subscribeUserSharer" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "subscribeUserSharer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.resources !== undefined){
let data1 = data.resources;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(validate71(data2, {instancePath:instancePath+"/resources/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate71.errors; else for (const e of validate71.errors) vErrors.push(e);
errors = vErrors.length;
}
const _errs8 = errors;
let valid4 = false;
const _errs9 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.subscribe_user_sharer === undefined){
const err4 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: "subscribe_user_sharer"}};
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
const err5 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
var props0 = {};
props0.subscribe_user_sharer = true;
}
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.attach_desktops === undefined){
const err6 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: "attach_desktops"}};
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
const err7 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.attach_desktops = true;
}
}
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.resize_exclusive_lites === undefined){
const err8 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/required",keyword:"required",params:{missingProperty: "resize_exclusive_lites"}};
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
const err9 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.resize_exclusive_lites = true;
}
}
if(!valid4){
const err10 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
}
}
else {
const err11 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"}};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate119.errors = vErrors;
return errors === 0;
}

function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate121.evaluated || (validate121.evaluated = {"props":{"type":true,"resources":true},"dynamicProps":false,"dynamicItems":false});
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
if(data.resources === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"}};
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
if("ApplySubnetBandwidth" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ApplySubnetBandwidth"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.resources !== undefined){
let data1 = data.resources;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(validate71(data2, {instancePath:instancePath+"/resources/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate71.errors; else for (const e of validate71.errors) vErrors.push(e);
errors = vErrors.length;
}
const _errs8 = errors;
let valid4 = false;
const _errs9 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.apply_subnet_bandwidth === undefined){
const err4 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: "apply_subnet_bandwidth"}};
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
const err5 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
var props0 = {};
props0.apply_subnet_bandwidth = true;
}
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.attach_desktops === undefined){
const err6 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: "attach_desktops"}};
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
const err7 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.attach_desktops = true;
}
}
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.resize_exclusive_lites === undefined){
const err8 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/required",keyword:"required",params:{missingProperty: "resize_exclusive_lites"}};
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
const err9 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.resize_exclusive_lites = true;
}
}
if(!valid4){
const err10 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/allOf/1/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
}
}
else {
const err11 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"}};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate121.errors = vErrors;
return errors === 0;
}

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated || (validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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
if(data.resources === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "enterprise_project_id")) || (key0 === "resources")) || (key0 === "extend_param")) || (key0 === "agency_urn"))){
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
if(!(((((((((data0 === "createDesktops") || (data0 === "addVolumes")) || (data0 === "rebuildDesktops")) || (data0 === "createDesktopPool")) || (data0 === "expandDesktopPool")) || (data0 === "applyDesktopsInternet")) || (data0 === "createExclusiveHosts")) || (data0 === "subscribeUserSharer")) || (data0 === "ApplySubnetBandwidth"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/CreateOrderType/enum",keyword:"enum",params:{allowedValues: schema93.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data0 === "string"){
if(func1(data0) > 36){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/CreateOrderType/maxLength",keyword:"maxLength",params:{limit: 36}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func1(data0) < 10){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/CreateOrderType/minLength",keyword:"minLength",params:{limit: 10}};
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
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/CreateOrderType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.enterprise_project_id !== undefined){
let data1 = data.enterprise_project_id;
if(typeof data1 === "string"){
if(func1(data1) > 36){
const err7 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/maxLength",keyword:"maxLength",params:{limit: 36}};
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
const err8 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/$defs/EnterpriseProjectId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.resources !== undefined){
let data2 = data.resources;
if(Array.isArray(data2)){
if(data2.length > 50){
const err9 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/maxItems",keyword:"maxItems",params:{limit: 50}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.length < 1){
const err10 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate71(data2[i0], {instancePath:instancePath+"/resources/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate71.errors; else for (const e of validate71.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.extend_param !== undefined){
let data4 = data.extend_param;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(key1 === "is_auto_pay")){
const err12 = {instancePath:instancePath+"/extend_param",schemaPath:"#/$defs/OrderExtendParam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.is_auto_pay !== undefined){
let data5 = data4.is_auto_pay;
if(!((data5 === "true") || (data5 === "false"))){
const err13 = {instancePath:instancePath+"/extend_param/is_auto_pay",schemaPath:"#/$defs/OrderExtendParam/properties/is_auto_pay/enum",keyword:"enum",params:{allowedValues: schema57.properties.is_auto_pay.enum}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err14 = {instancePath:instancePath+"/extend_param/is_auto_pay",schemaPath:"#/$defs/OrderExtendParam/properties/is_auto_pay/maxLength",keyword:"maxLength",params:{limit: 255}};
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
const err15 = {instancePath:instancePath+"/extend_param/is_auto_pay",schemaPath:"#/$defs/OrderExtendParam/properties/is_auto_pay/type",keyword:"type",params:{type: "string"}};
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
const err16 = {instancePath:instancePath+"/extend_param",schemaPath:"#/$defs/OrderExtendParam/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.agency_urn !== undefined){
let data6 = data.agency_urn;
if(typeof data6 === "string"){
if(func1(data6) > 1500){
const err17 = {instancePath:instancePath+"/agency_urn",schemaPath:"#/$defs/AgencyUrn/maxLength",keyword:"maxLength",params:{limit: 1500}};
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
const err18 = {instancePath:instancePath+"/agency_urn",schemaPath:"#/$defs/AgencyUrn/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "createDesktops"){
if(!(validate105(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate105.errors; else for (const e of validate105.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else if(tag0 === "addVolumes"){
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate107.errors; else for (const e of validate107.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else if(tag0 === "rebuildDesktops"){
if(!(validate109(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate109.errors; else for (const e of validate109.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else if(tag0 === "createDesktopPool"){
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate111.errors; else for (const e of validate111.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else if(tag0 === "expandDesktopPool"){
if(!(validate113(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate113.errors; else for (const e of validate113.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else if(tag0 === "applyDesktopsInternet"){
if(!(validate115(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate115.errors; else for (const e of validate115.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else if(tag0 === "createExclusiveHosts"){
if(!(validate117(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate117.errors; else for (const e of validate117.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else if(tag0 === "subscribeUserSharer"){
if(!(validate119(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate119.errors; else for (const e of validate119.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else if(tag0 === "ApplySubnetBandwidth"){
if(!(validate121(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate121.errors; else for (const e of validate121.errors) vErrors.push(e);
errors = vErrors.length;
}
}
else {
const err19 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0}};
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
const err20 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0}};
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
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}

export const ajvCreateOrderResponse: CompiledValidator = validate132 as unknown as CompiledValidator;

function validate132(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate132.evaluated || (validate132.evaluated = {"props":{"order_id":true,"job_id":true},"dynamicProps":false,"dynamicItems":false});
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
validate132.errors = vErrors;
return errors === 0;
}

export const ajvEstimateAddResourcesRequest: CompiledValidator = validate133 as unknown as CompiledValidator;

function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate133.evaluated || (validate133.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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
for(const key0 in data){
if(!(((((key0 === "desktop_ids") || (key0 === "desktop_pool_id")) || (key0 === "promotion_plan_id")) || (key0 === "handle_type")) || (key0 === "sub_resource_sku"))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.desktop_ids !== undefined){
let data2 = data.desktop_ids;
if(Array.isArray(data2)){
if(data2.length > 100){
const err11 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/InquiryDesktopIds/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.length < 0){
const err12 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/InquiryDesktopIds/minItems",keyword:"minItems",params:{limit: 0}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err13 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/$defs/InquiryDesktopIds/items/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data3) < 0){
const err14 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/$defs/InquiryDesktopIds/items/minLength",keyword:"minLength",params:{limit: 0}};
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
const err15 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/$defs/InquiryDesktopIds/items/type",keyword:"type",params:{type: "string"}};
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
const err16 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/InquiryDesktopIds/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.desktop_pool_id !== undefined){
let data4 = data.desktop_pool_id;
if(typeof data4 === "string"){
if(func1(data4) > 64){
const err17 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/InquiryDesktopPoolId/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func1(data4) < 0){
const err18 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/InquiryDesktopPoolId/minLength",keyword:"minLength",params:{limit: 0}};
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
const err19 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/InquiryDesktopPoolId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.promotion_plan_id !== undefined){
let data5 = data.promotion_plan_id;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err20 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/$defs/InquiryPromotionPlanId/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func1(data5) < 0){
const err21 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/$defs/InquiryPromotionPlanId/minLength",keyword:"minLength",params:{limit: 0}};
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
const err22 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/$defs/InquiryPromotionPlanId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.handle_type !== undefined){
let data6 = data.handle_type;
if(!(((data6 === "ONLY_FOR_EXPAND") || (data6 === "FOR_EXPAND_AND_IDLE")) || (data6 === "FOR_EXPAND_AND_ALL"))){
const err23 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/enum",keyword:"enum",params:{allowedValues: schema64.enum}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data6 === "string"){
if(func1(data6) > 55){
const err24 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func1(data6) < 1){
const err25 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/minLength",keyword:"minLength",params:{limit: 1}};
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
const err26 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.sub_resource_sku !== undefined){
let data7 = data.sub_resource_sku;
if(typeof data7 === "string"){
if(func1(data7) > 255){
const err27 = {instancePath:instancePath+"/sub_resource_sku",schemaPath:"#/properties/sub_resource_sku/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func1(data7) < 1){
const err28 = {instancePath:instancePath+"/sub_resource_sku",schemaPath:"#/properties/sub_resource_sku/minLength",keyword:"minLength",params:{limit: 1}};
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
const err29 = {instancePath:instancePath+"/sub_resource_sku",schemaPath:"#/properties/sub_resource_sku/type",keyword:"type",params:{type: "string"}};
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
validate133.errors = vErrors;
return errors === 0;
}

export const ajvPriceInquiryResponse: CompiledValidator = validate134 as unknown as CompiledValidator;

function validate136(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate136.evaluated || (validate136.evaluated = {"props":{"amount":true,"discount_amount":true,"measure_id":true,"official_website_amount":true,"official_website_discount_amount":true,"optional_discount_amount":true,"original_amount":true,"per_amount":true,"per_discount_amount":true,"per_original_amount":true,"per_period_type":true,"product_rating_results":true},"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount !== undefined){
let data0 = data.amount;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.discount_amount !== undefined){
let data1 = data.discount_amount;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err1 = {instancePath:instancePath+"/discount_amount",schemaPath:"#/properties/discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.measure_id !== undefined){
let data2 = data.measure_id;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/measure_id",schemaPath:"#/properties/measure_id/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err3 = {instancePath:instancePath+"/measure_id",schemaPath:"#/properties/measure_id/format",keyword:"format",params:{format: "int32"}};
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
if(data.official_website_amount !== undefined){
let data3 = data.official_website_amount;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err4 = {instancePath:instancePath+"/official_website_amount",schemaPath:"#/properties/official_website_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.official_website_discount_amount !== undefined){
let data4 = data.official_website_discount_amount;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err5 = {instancePath:instancePath+"/official_website_discount_amount",schemaPath:"#/properties/official_website_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.optional_discount_amount !== undefined){
let data5 = data.optional_discount_amount;
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err6 = {instancePath:instancePath+"/optional_discount_amount",schemaPath:"#/properties/optional_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.original_amount !== undefined){
let data6 = data.original_amount;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err7 = {instancePath:instancePath+"/original_amount",schemaPath:"#/properties/original_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.per_amount !== undefined){
let data7 = data.per_amount;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err8 = {instancePath:instancePath+"/per_amount",schemaPath:"#/properties/per_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.per_discount_amount !== undefined){
let data8 = data.per_discount_amount;
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err9 = {instancePath:instancePath+"/per_discount_amount",schemaPath:"#/properties/per_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.per_original_amount !== undefined){
let data9 = data.per_original_amount;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err10 = {instancePath:instancePath+"/per_original_amount",schemaPath:"#/properties/per_original_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.per_period_type !== undefined){
let data10 = data.per_period_type;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err11 = {instancePath:instancePath+"/per_period_type",schemaPath:"#/properties/per_period_type/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(!(formats0.validate(data10))){
const err12 = {instancePath:instancePath+"/per_period_type",schemaPath:"#/properties/per_period_type/format",keyword:"format",params:{format: "int32"}};
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
if(data.product_rating_results !== undefined){
let data11 = data.product_rating_results;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.id !== undefined){
if(typeof data12.id !== "string"){
const err13 = {instancePath:instancePath+"/product_rating_results/" + i0+"/id",schemaPath:"#/$defs/ProductResult/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data12.product_id !== undefined){
if(typeof data12.product_id !== "string"){
const err14 = {instancePath:instancePath+"/product_rating_results/" + i0+"/product_id",schemaPath:"#/$defs/ProductResult/properties/product_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data12.extend_params !== undefined){
if(typeof data12.extend_params !== "string"){
const err15 = {instancePath:instancePath+"/product_rating_results/" + i0+"/extend_params",schemaPath:"#/$defs/ProductResult/properties/extend_params/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data12.amount !== undefined){
let data16 = data12.amount;
if(!((typeof data16 == "number") && (isFinite(data16)))){
const err16 = {instancePath:instancePath+"/product_rating_results/" + i0+"/amount",schemaPath:"#/$defs/ProductResult/properties/amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data12.discount_amount !== undefined){
let data17 = data12.discount_amount;
if(!((typeof data17 == "number") && (isFinite(data17)))){
const err17 = {instancePath:instancePath+"/product_rating_results/" + i0+"/discount_amount",schemaPath:"#/$defs/ProductResult/properties/discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data12.measure_id !== undefined){
let data18 = data12.measure_id;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err18 = {instancePath:instancePath+"/product_rating_results/" + i0+"/measure_id",schemaPath:"#/$defs/ProductResult/properties/measure_id/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(!(formats0.validate(data18))){
const err19 = {instancePath:instancePath+"/product_rating_results/" + i0+"/measure_id",schemaPath:"#/$defs/ProductResult/properties/measure_id/format",keyword:"format",params:{format: "int32"}};
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
if(data12.official_website_amount !== undefined){
let data19 = data12.official_website_amount;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err20 = {instancePath:instancePath+"/product_rating_results/" + i0+"/official_website_amount",schemaPath:"#/$defs/ProductResult/properties/official_website_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data12.official_website_discount_amount !== undefined){
let data20 = data12.official_website_discount_amount;
if(!((typeof data20 == "number") && (isFinite(data20)))){
const err21 = {instancePath:instancePath+"/product_rating_results/" + i0+"/official_website_discount_amount",schemaPath:"#/$defs/ProductResult/properties/official_website_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data12.optional_discount_amount !== undefined){
let data21 = data12.optional_discount_amount;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err22 = {instancePath:instancePath+"/product_rating_results/" + i0+"/optional_discount_amount",schemaPath:"#/$defs/ProductResult/properties/optional_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data12.original_amount !== undefined){
let data22 = data12.original_amount;
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err23 = {instancePath:instancePath+"/product_rating_results/" + i0+"/original_amount",schemaPath:"#/$defs/ProductResult/properties/original_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.per_amount !== undefined){
let data23 = data12.per_amount;
if(!((typeof data23 == "number") && (isFinite(data23)))){
const err24 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_amount",schemaPath:"#/$defs/ProductResult/properties/per_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data12.per_discount_amount !== undefined){
let data24 = data12.per_discount_amount;
if(!((typeof data24 == "number") && (isFinite(data24)))){
const err25 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_discount_amount",schemaPath:"#/$defs/ProductResult/properties/per_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12.per_official_website_amount !== undefined){
let data25 = data12.per_official_website_amount;
if(!((typeof data25 == "number") && (isFinite(data25)))){
const err26 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_official_website_amount",schemaPath:"#/$defs/ProductResult/properties/per_official_website_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data12.per_official_website_discount_amount !== undefined){
let data26 = data12.per_official_website_discount_amount;
if(!((typeof data26 == "number") && (isFinite(data26)))){
const err27 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_official_website_discount_amount",schemaPath:"#/$defs/ProductResult/properties/per_official_website_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data12.per_optional_discount_amount !== undefined){
let data27 = data12.per_optional_discount_amount;
if(!((typeof data27 == "number") && (isFinite(data27)))){
const err28 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_optional_discount_amount",schemaPath:"#/$defs/ProductResult/properties/per_optional_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data12.per_original_amount !== undefined){
let data28 = data12.per_original_amount;
if(!((typeof data28 == "number") && (isFinite(data28)))){
const err29 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_original_amount",schemaPath:"#/$defs/ProductResult/properties/per_original_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data12.per_period_type !== undefined){
let data29 = data12.per_period_type;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err30 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_period_type",schemaPath:"#/$defs/ProductResult/properties/per_period_type/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(!(formats0.validate(data29))){
const err31 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_period_type",schemaPath:"#/$defs/ProductResult/properties/per_period_type/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/product_rating_results/" + i0,schemaPath:"#/$defs/ProductResult/type",keyword:"type",params:{type: "object"}};
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
const err33 = {instancePath:instancePath+"/product_rating_results",schemaPath:"#/properties/product_rating_results/type",keyword:"type",params:{type: "array"}};
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
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate136.errors = vErrors;
return errors === 0;
}

function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate138.evaluated || (validate138.evaluated = {"props":{"discount_id":true,"discount_name":true,"discount_type":true,"best_offer":true,"same_ratio_flag":true,"discount_ratio":true,"promotion_info":true,"amount":true,"discount_amount":true,"measure_id":true,"official_website_amount":true,"official_website_discount_amount":true,"optional_discount_amount":true,"original_amount":true,"per_amount":true,"per_discount_amount":true,"per_official_website_amount":true,"per_official_website_discount_amount":true,"per_optional_discount_amount":true,"per_original_amount":true,"per_period_type":true,"product_rating_results":true},"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.discount_id !== undefined){
if(typeof data.discount_id !== "string"){
const err0 = {instancePath:instancePath+"/discount_id",schemaPath:"#/properties/discount_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.discount_name !== undefined){
if(typeof data.discount_name !== "string"){
const err1 = {instancePath:instancePath+"/discount_name",schemaPath:"#/properties/discount_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.discount_type !== undefined){
let data2 = data.discount_type;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/discount_type",schemaPath:"#/properties/discount_type/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err3 = {instancePath:instancePath+"/discount_type",schemaPath:"#/properties/discount_type/format",keyword:"format",params:{format: "int32"}};
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
if(data.best_offer !== undefined){
let data3 = data.best_offer;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err4 = {instancePath:instancePath+"/best_offer",schemaPath:"#/properties/best_offer/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats0.validate(data3))){
const err5 = {instancePath:instancePath+"/best_offer",schemaPath:"#/properties/best_offer/format",keyword:"format",params:{format: "int32"}};
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
if(data.same_ratio_flag !== undefined){
let data4 = data.same_ratio_flag;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err6 = {instancePath:instancePath+"/same_ratio_flag",schemaPath:"#/properties/same_ratio_flag/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(!(formats0.validate(data4))){
const err7 = {instancePath:instancePath+"/same_ratio_flag",schemaPath:"#/properties/same_ratio_flag/format",keyword:"format",params:{format: "int32"}};
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
if(data.discount_ratio !== undefined){
let data5 = data.discount_ratio;
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err8 = {instancePath:instancePath+"/discount_ratio",schemaPath:"#/properties/discount_ratio/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.promotion_info !== undefined){
if(typeof data.promotion_info !== "string"){
const err9 = {instancePath:instancePath+"/promotion_info",schemaPath:"#/properties/promotion_info/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.amount !== undefined){
let data7 = data.amount;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err10 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.discount_amount !== undefined){
let data8 = data.discount_amount;
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err11 = {instancePath:instancePath+"/discount_amount",schemaPath:"#/properties/discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.measure_id !== undefined){
let data9 = data.measure_id;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err12 = {instancePath:instancePath+"/measure_id",schemaPath:"#/properties/measure_id/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats0.validate(data9))){
const err13 = {instancePath:instancePath+"/measure_id",schemaPath:"#/properties/measure_id/format",keyword:"format",params:{format: "int32"}};
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
if(data.official_website_amount !== undefined){
let data10 = data.official_website_amount;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err14 = {instancePath:instancePath+"/official_website_amount",schemaPath:"#/properties/official_website_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.official_website_discount_amount !== undefined){
let data11 = data.official_website_discount_amount;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err15 = {instancePath:instancePath+"/official_website_discount_amount",schemaPath:"#/properties/official_website_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.optional_discount_amount !== undefined){
let data12 = data.optional_discount_amount;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err16 = {instancePath:instancePath+"/optional_discount_amount",schemaPath:"#/properties/optional_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.original_amount !== undefined){
let data13 = data.original_amount;
if(!((typeof data13 == "number") && (isFinite(data13)))){
const err17 = {instancePath:instancePath+"/original_amount",schemaPath:"#/properties/original_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.per_amount !== undefined){
let data14 = data.per_amount;
if(!((typeof data14 == "number") && (isFinite(data14)))){
const err18 = {instancePath:instancePath+"/per_amount",schemaPath:"#/properties/per_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.per_discount_amount !== undefined){
let data15 = data.per_discount_amount;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err19 = {instancePath:instancePath+"/per_discount_amount",schemaPath:"#/properties/per_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.per_official_website_amount !== undefined){
let data16 = data.per_official_website_amount;
if(!((typeof data16 == "number") && (isFinite(data16)))){
const err20 = {instancePath:instancePath+"/per_official_website_amount",schemaPath:"#/properties/per_official_website_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.per_official_website_discount_amount !== undefined){
let data17 = data.per_official_website_discount_amount;
if(!((typeof data17 == "number") && (isFinite(data17)))){
const err21 = {instancePath:instancePath+"/per_official_website_discount_amount",schemaPath:"#/properties/per_official_website_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.per_optional_discount_amount !== undefined){
let data18 = data.per_optional_discount_amount;
if(!((typeof data18 == "number") && (isFinite(data18)))){
const err22 = {instancePath:instancePath+"/per_optional_discount_amount",schemaPath:"#/properties/per_optional_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.per_original_amount !== undefined){
let data19 = data.per_original_amount;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err23 = {instancePath:instancePath+"/per_original_amount",schemaPath:"#/properties/per_original_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.per_period_type !== undefined){
let data20 = data.per_period_type;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err24 = {instancePath:instancePath+"/per_period_type",schemaPath:"#/properties/per_period_type/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(!(formats0.validate(data20))){
const err25 = {instancePath:instancePath+"/per_period_type",schemaPath:"#/properties/per_period_type/format",keyword:"format",params:{format: "int32"}};
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
if(data.product_rating_results !== undefined){
let data21 = data.product_rating_results;
if(Array.isArray(data21)){
const len0 = data21.length;
for(let i0=0; i0<len0; i0++){
let data22 = data21[i0];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.id !== undefined){
if(typeof data22.id !== "string"){
const err26 = {instancePath:instancePath+"/product_rating_results/" + i0+"/id",schemaPath:"#/$defs/ProductResult/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data22.product_id !== undefined){
if(typeof data22.product_id !== "string"){
const err27 = {instancePath:instancePath+"/product_rating_results/" + i0+"/product_id",schemaPath:"#/$defs/ProductResult/properties/product_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data22.extend_params !== undefined){
if(typeof data22.extend_params !== "string"){
const err28 = {instancePath:instancePath+"/product_rating_results/" + i0+"/extend_params",schemaPath:"#/$defs/ProductResult/properties/extend_params/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data22.amount !== undefined){
let data26 = data22.amount;
if(!((typeof data26 == "number") && (isFinite(data26)))){
const err29 = {instancePath:instancePath+"/product_rating_results/" + i0+"/amount",schemaPath:"#/$defs/ProductResult/properties/amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data22.discount_amount !== undefined){
let data27 = data22.discount_amount;
if(!((typeof data27 == "number") && (isFinite(data27)))){
const err30 = {instancePath:instancePath+"/product_rating_results/" + i0+"/discount_amount",schemaPath:"#/$defs/ProductResult/properties/discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data22.measure_id !== undefined){
let data28 = data22.measure_id;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err31 = {instancePath:instancePath+"/product_rating_results/" + i0+"/measure_id",schemaPath:"#/$defs/ProductResult/properties/measure_id/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(!(formats0.validate(data28))){
const err32 = {instancePath:instancePath+"/product_rating_results/" + i0+"/measure_id",schemaPath:"#/$defs/ProductResult/properties/measure_id/format",keyword:"format",params:{format: "int32"}};
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
if(data22.official_website_amount !== undefined){
let data29 = data22.official_website_amount;
if(!((typeof data29 == "number") && (isFinite(data29)))){
const err33 = {instancePath:instancePath+"/product_rating_results/" + i0+"/official_website_amount",schemaPath:"#/$defs/ProductResult/properties/official_website_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data22.official_website_discount_amount !== undefined){
let data30 = data22.official_website_discount_amount;
if(!((typeof data30 == "number") && (isFinite(data30)))){
const err34 = {instancePath:instancePath+"/product_rating_results/" + i0+"/official_website_discount_amount",schemaPath:"#/$defs/ProductResult/properties/official_website_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data22.optional_discount_amount !== undefined){
let data31 = data22.optional_discount_amount;
if(!((typeof data31 == "number") && (isFinite(data31)))){
const err35 = {instancePath:instancePath+"/product_rating_results/" + i0+"/optional_discount_amount",schemaPath:"#/$defs/ProductResult/properties/optional_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data22.original_amount !== undefined){
let data32 = data22.original_amount;
if(!((typeof data32 == "number") && (isFinite(data32)))){
const err36 = {instancePath:instancePath+"/product_rating_results/" + i0+"/original_amount",schemaPath:"#/$defs/ProductResult/properties/original_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data22.per_amount !== undefined){
let data33 = data22.per_amount;
if(!((typeof data33 == "number") && (isFinite(data33)))){
const err37 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_amount",schemaPath:"#/$defs/ProductResult/properties/per_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data22.per_discount_amount !== undefined){
let data34 = data22.per_discount_amount;
if(!((typeof data34 == "number") && (isFinite(data34)))){
const err38 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_discount_amount",schemaPath:"#/$defs/ProductResult/properties/per_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data22.per_official_website_amount !== undefined){
let data35 = data22.per_official_website_amount;
if(!((typeof data35 == "number") && (isFinite(data35)))){
const err39 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_official_website_amount",schemaPath:"#/$defs/ProductResult/properties/per_official_website_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data22.per_official_website_discount_amount !== undefined){
let data36 = data22.per_official_website_discount_amount;
if(!((typeof data36 == "number") && (isFinite(data36)))){
const err40 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_official_website_discount_amount",schemaPath:"#/$defs/ProductResult/properties/per_official_website_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data22.per_optional_discount_amount !== undefined){
let data37 = data22.per_optional_discount_amount;
if(!((typeof data37 == "number") && (isFinite(data37)))){
const err41 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_optional_discount_amount",schemaPath:"#/$defs/ProductResult/properties/per_optional_discount_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data22.per_original_amount !== undefined){
let data38 = data22.per_original_amount;
if(!((typeof data38 == "number") && (isFinite(data38)))){
const err42 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_original_amount",schemaPath:"#/$defs/ProductResult/properties/per_original_amount/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data22.per_period_type !== undefined){
let data39 = data22.per_period_type;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err43 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_period_type",schemaPath:"#/$defs/ProductResult/properties/per_period_type/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(!(formats0.validate(data39))){
const err44 = {instancePath:instancePath+"/product_rating_results/" + i0+"/per_period_type",schemaPath:"#/$defs/ProductResult/properties/per_period_type/format",keyword:"format",params:{format: "int32"}};
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
}
else {
const err45 = {instancePath:instancePath+"/product_rating_results/" + i0,schemaPath:"#/$defs/ProductResult/type",keyword:"type",params:{type: "object"}};
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
else {
const err46 = {instancePath:instancePath+"/product_rating_results",schemaPath:"#/properties/product_rating_results/type",keyword:"type",params:{type: "array"}};
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
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate138.errors = vErrors;
return errors === 0;
}

function validate135(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate135.evaluated || (validate135.evaluated = {"props":{"order_request_id":true,"official_website_rating_result":true,"optional_discount_rating_results":true},"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.order_request_id !== undefined){
if(typeof data.order_request_id !== "string"){
const err0 = {instancePath:instancePath+"/order_request_id",schemaPath:"#/properties/order_request_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.official_website_rating_result !== undefined){
if(!(validate136(data.official_website_rating_result, {instancePath:instancePath+"/official_website_rating_result",parentData:data,parentDataProperty:"official_website_rating_result",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate136.errors; else for (const e of validate136.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.optional_discount_rating_results !== undefined){
let data2 = data.optional_discount_rating_results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate138(data2[i0], {instancePath:instancePath+"/optional_discount_rating_results/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate138.errors; else for (const e of validate138.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/optional_discount_rating_results",schemaPath:"#/properties/optional_discount_rating_results/type",keyword:"type",params:{type: "array"}};
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
validate135.errors = vErrors;
return errors === 0;
}

function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate134.evaluated || (validate134.evaluated = {"props":{"currency":true,"cloud_service_rating_results":true},"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.currency !== undefined){
if(typeof data.currency !== "string"){
const err0 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.cloud_service_rating_results !== undefined){
let data1 = data.cloud_service_rating_results;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate135(data1[i0], {instancePath:instancePath+"/cloud_service_rating_results/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate135.errors; else for (const e of validate135.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/cloud_service_rating_results",schemaPath:"#/properties/cloud_service_rating_results/type",keyword:"type",params:{type: "array"}};
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
validate134.errors = vErrors;
return errors === 0;
}

export const ajvEstimateChangeImagesRequest: CompiledValidator = validate141 as unknown as CompiledValidator;

function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate141.evaluated || (validate141.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false});
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
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "desktop_ids") || (key0 === "desktop_pool_id")) || (key0 === "promotion_plan_id")) || (key0 === "handle_type")) || (key0 === "image_id")) || (key0 === "image_spec_code")) || (key0 === "image_type"))){
const err19 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.desktop_ids !== undefined){
let data4 = data.desktop_ids;
if(Array.isArray(data4)){
if(data4.length > 100){
const err20 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/InquiryDesktopIds/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data4.length < 0){
const err21 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/InquiryDesktopIds/minItems",keyword:"minItems",params:{limit: 0}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err22 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/$defs/InquiryDesktopIds/items/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func1(data5) < 0){
const err23 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/$defs/InquiryDesktopIds/items/minLength",keyword:"minLength",params:{limit: 0}};
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
const err24 = {instancePath:instancePath+"/desktop_ids/" + i0,schemaPath:"#/$defs/InquiryDesktopIds/items/type",keyword:"type",params:{type: "string"}};
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
const err25 = {instancePath:instancePath+"/desktop_ids",schemaPath:"#/$defs/InquiryDesktopIds/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.desktop_pool_id !== undefined){
let data6 = data.desktop_pool_id;
if(typeof data6 === "string"){
if(func1(data6) > 64){
const err26 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/InquiryDesktopPoolId/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func1(data6) < 0){
const err27 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/InquiryDesktopPoolId/minLength",keyword:"minLength",params:{limit: 0}};
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
const err28 = {instancePath:instancePath+"/desktop_pool_id",schemaPath:"#/$defs/InquiryDesktopPoolId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.promotion_plan_id !== undefined){
let data7 = data.promotion_plan_id;
if(typeof data7 === "string"){
if(func1(data7) > 255){
const err29 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/$defs/InquiryPromotionPlanId/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func1(data7) < 0){
const err30 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/$defs/InquiryPromotionPlanId/minLength",keyword:"minLength",params:{limit: 0}};
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
const err31 = {instancePath:instancePath+"/promotion_plan_id",schemaPath:"#/$defs/InquiryPromotionPlanId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.handle_type !== undefined){
let data8 = data.handle_type;
if(!(((data8 === "ONLY_FOR_EXPAND") || (data8 === "FOR_EXPAND_AND_IDLE")) || (data8 === "FOR_EXPAND_AND_ALL"))){
const err32 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/enum",keyword:"enum",params:{allowedValues: schema64.enum}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(typeof data8 === "string"){
if(func1(data8) > 55){
const err33 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(func1(data8) < 1){
const err34 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/minLength",keyword:"minLength",params:{limit: 1}};
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
const err35 = {instancePath:instancePath+"/handle_type",schemaPath:"#/$defs/PoolChangeHandleType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.image_id !== undefined){
let data9 = data.image_id;
if(typeof data9 === "string"){
if(func1(data9) > 255){
const err36 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func1(data9) < 0){
const err37 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/minLength",keyword:"minLength",params:{limit: 0}};
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
const err38 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.image_spec_code !== undefined){
let data10 = data.image_spec_code;
if(typeof data10 === "string"){
if(func1(data10) > 255){
const err39 = {instancePath:instancePath+"/image_spec_code",schemaPath:"#/properties/image_spec_code/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(func1(data10) < 0){
const err40 = {instancePath:instancePath+"/image_spec_code",schemaPath:"#/properties/image_spec_code/minLength",keyword:"minLength",params:{limit: 0}};
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
if(data.image_type !== undefined){
let data11 = data.image_type;
if(typeof data11 !== "string"){
const err42 = {instancePath:instancePath+"/image_type",schemaPath:"#/$defs/ImageType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!(((data11 === "private") || (data11 === "gold")) || (data11 === "market"))){
const err43 = {instancePath:instancePath+"/image_type",schemaPath:"#/$defs/ImageType/enum",keyword:"enum",params:{allowedValues: schema39.enum}};
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
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate141.errors = vErrors;
return errors === 0;
}

export const ajvListAvailabilityZonesResponse: CompiledValidator = validate142 as unknown as CompiledValidator;

function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate143.evaluated || (validate143.evaluated = {"props":{"availability_zone":true,"display_name":true,"i18n":true,"sold_out":true,"product_ids":true,"visible":true,"default_availability_zone":true},"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.availability_zone !== undefined){
let data0 = data.availability_zone;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err0 = {instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/minLength",keyword:"minLength",params:{limit: 1}};
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
const err2 = {instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.display_name !== undefined){
let data1 = data.display_name;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err3 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/minLength",keyword:"minLength",params:{limit: 1}};
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
const err5 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.i18n !== undefined){
let data2 = data.i18n;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
let data3 = data2[key0];
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err6 = {instancePath:instancePath+"/i18n/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/i18n/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data3) < 0){
const err7 = {instancePath:instancePath+"/i18n/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/i18n/additionalProperties/minLength",keyword:"minLength",params:{limit: 0}};
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
const err8 = {instancePath:instancePath+"/i18n/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/i18n/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.sold_out !== undefined){
let data4 = data.sold_out;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.products !== undefined){
let data5 = data4.products;
if(Array.isArray(data5)){
if(data5.length > 100){
const err10 = {instancePath:instancePath+"/sold_out/products",schemaPath:"#/$defs/SoldOutInfo/properties/products/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5.length < 0){
const err11 = {instancePath:instancePath+"/sold_out/products",schemaPath:"#/$defs/SoldOutInfo/properties/products/minItems",keyword:"minItems",params:{limit: 0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func1(data6) > 55){
const err12 = {instancePath:instancePath+"/sold_out/products/" + i0,schemaPath:"#/$defs/SoldOutInfo/properties/products/items/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data6) < 1){
const err13 = {instancePath:instancePath+"/sold_out/products/" + i0,schemaPath:"#/$defs/SoldOutInfo/properties/products/items/minLength",keyword:"minLength",params:{limit: 1}};
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
const err14 = {instancePath:instancePath+"/sold_out/products/" + i0,schemaPath:"#/$defs/SoldOutInfo/properties/products/items/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/sold_out/products",schemaPath:"#/$defs/SoldOutInfo/properties/products/type",keyword:"type",params:{type: "array"}};
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
const err16 = {instancePath:instancePath+"/sold_out",schemaPath:"#/$defs/SoldOutInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.product_ids !== undefined){
let data7 = data.product_ids;
if(Array.isArray(data7)){
if(data7.length > 100){
const err17 = {instancePath:instancePath+"/product_ids",schemaPath:"#/properties/product_ids/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.length < 0){
const err18 = {instancePath:instancePath+"/product_ids",schemaPath:"#/properties/product_ids/minItems",keyword:"minItems",params:{limit: 0}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(func1(data8) > 55){
const err19 = {instancePath:instancePath+"/product_ids/" + i1,schemaPath:"#/properties/product_ids/items/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func1(data8) < 1){
const err20 = {instancePath:instancePath+"/product_ids/" + i1,schemaPath:"#/properties/product_ids/items/minLength",keyword:"minLength",params:{limit: 1}};
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
const err21 = {instancePath:instancePath+"/product_ids/" + i1,schemaPath:"#/properties/product_ids/items/type",keyword:"type",params:{type: "string"}};
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
else {
const err22 = {instancePath:instancePath+"/product_ids",schemaPath:"#/properties/product_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.visible !== undefined){
if(typeof data.visible !== "boolean"){
const err23 = {instancePath:instancePath+"/visible",schemaPath:"#/properties/visible/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.default_availability_zone !== undefined){
if(typeof data.default_availability_zone !== "boolean"){
const err24 = {instancePath:instancePath+"/default_availability_zone",schemaPath:"#/properties/default_availability_zone/type",keyword:"type",params:{type: "boolean"}};
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
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate143.errors = vErrors;
return errors === 0;
}

function validate142(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate142.evaluated || (validate142.evaluated = {"props":{"availability_zones":true,"total_count":true},"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.availability_zones !== undefined){
let data0 = data.availability_zones;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate143(data0[i0], {instancePath:instancePath+"/availability_zones/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate143.errors; else for (const e of validate143.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/availability_zones",schemaPath:"#/properties/availability_zones/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.total_count !== undefined){
let data2 = data.total_count;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err1 = {instancePath:instancePath+"/total_count",schemaPath:"#/properties/total_count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err2 = {instancePath:instancePath+"/total_count",schemaPath:"#/properties/total_count/format",keyword:"format",params:{format: "int32"}};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate142.errors = vErrors;
return errors === 0;
}

export const ajvInlineListImagesParameters: CompiledValidator = validate145 as unknown as CompiledValidator;
const pattern24 = /*#__PURE__*/ new RegExp("gold|private", "u");
const pattern25 = /*#__PURE__*/ new RegExp("arm|x86", "u");

function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="op.list-images.parameters" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate145.evaluated || (validate145.evaluated = {"props":{"query":true},"dynamicProps":false,"dynamicItems":false});
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
if(data0.os_type !== undefined){
let data1 = data0.os_type;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err0 = {instancePath:instancePath+"/query/os_type",schemaPath:"#/properties/query/properties/os_type/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data1) < 0){
const err1 = {instancePath:instancePath+"/query/os_type",schemaPath:"#/properties/query/properties/os_type/minLength",keyword:"minLength",params:{limit: 0}};
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
const err2 = {instancePath:instancePath+"/query/os_type",schemaPath:"#/properties/query/properties/os_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.image_type !== undefined){
let data2 = data0.image_type;
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err3 = {instancePath:instancePath+"/query/image_type",schemaPath:"#/properties/query/properties/image_type/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data2) < 0){
const err4 = {instancePath:instancePath+"/query/image_type",schemaPath:"#/properties/query/properties/image_type/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern24.test(data2)){
const err5 = {instancePath:instancePath+"/query/image_type",schemaPath:"#/properties/query/properties/image_type/pattern",keyword:"pattern",params:{pattern: "gold|private"}};
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
const err6 = {instancePath:instancePath+"/query/image_type",schemaPath:"#/properties/query/properties/image_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.platform !== undefined){
let data3 = data0.platform;
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err7 = {instancePath:instancePath+"/query/platform",schemaPath:"#/properties/query/properties/platform/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/query/platform",schemaPath:"#/properties/query/properties/platform/minLength",keyword:"minLength",params:{limit: 1}};
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
const err9 = {instancePath:instancePath+"/query/platform",schemaPath:"#/properties/query/properties/platform/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.architecture !== undefined){
let data4 = data0.architecture;
if(typeof data4 === "string"){
if(func1(data4) > 10){
const err10 = {instancePath:instancePath+"/query/architecture",schemaPath:"#/properties/query/properties/architecture/maxLength",keyword:"maxLength",params:{limit: 10}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data4) < 1){
const err11 = {instancePath:instancePath+"/query/architecture",schemaPath:"#/properties/query/properties/architecture/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern25.test(data4)){
const err12 = {instancePath:instancePath+"/query/architecture",schemaPath:"#/properties/query/properties/architecture/pattern",keyword:"pattern",params:{pattern: "arm|x86"}};
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
const err13 = {instancePath:instancePath+"/query/architecture",schemaPath:"#/properties/query/properties/architecture/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data0.package_type !== undefined){
let data5 = data0.package_type;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err14 = {instancePath:instancePath+"/query/package_type",schemaPath:"#/properties/query/properties/package_type/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data5) < 0){
const err15 = {instancePath:instancePath+"/query/package_type",schemaPath:"#/properties/query/properties/package_type/minLength",keyword:"minLength",params:{limit: 0}};
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
const err16 = {instancePath:instancePath+"/query/package_type",schemaPath:"#/properties/query/properties/package_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data0.image_id !== undefined){
let data6 = data0.image_id;
if(typeof data6 === "string"){
if(func1(data6) > 255){
const err17 = {instancePath:instancePath+"/query/image_id",schemaPath:"#/properties/query/properties/image_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func1(data6) < 0){
const err18 = {instancePath:instancePath+"/query/image_id",schemaPath:"#/properties/query/properties/image_id/minLength",keyword:"minLength",params:{limit: 0}};
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
const err19 = {instancePath:instancePath+"/query/image_id",schemaPath:"#/properties/query/properties/image_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data0.limit !== undefined){
let data7 = data0.limit;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err20 = {instancePath:instancePath+"/query/limit",schemaPath:"#/properties/query/properties/limit/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 100 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/query/limit",schemaPath:"#/properties/query/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/query/limit",schemaPath:"#/properties/query/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data0.offset !== undefined){
let data8 = data0.offset;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err23 = {instancePath:instancePath+"/query/offset",schemaPath:"#/properties/query/properties/offset/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 5000 || isNaN(data8)){
const err24 = {instancePath:instancePath+"/query/offset",schemaPath:"#/properties/query/properties/offset/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err25 = {instancePath:instancePath+"/query/offset",schemaPath:"#/properties/query/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data0.sort_field !== undefined){
if(typeof data0.sort_field !== "string"){
const err26 = {instancePath:instancePath+"/query/sort_field",schemaPath:"#/properties/query/properties/sort_field/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data0.sort_type !== undefined){
if(typeof data0.sort_type !== "string"){
const err27 = {instancePath:instancePath+"/query/sort_type",schemaPath:"#/properties/query/properties/sort_type/type",keyword:"type",params:{type: "string"}};
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
const err28 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"}};
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
validate145.errors = vErrors;
return errors === 0;
}

export const ajvListImagesResponse: CompiledValidator = validate146 as unknown as CompiledValidator;

function validate146(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate146.evaluated || (validate146.evaluated = {"props":{"images":true,"total_count":true},"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.images !== undefined){
let data0 = data.images;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err0 = {instancePath:instancePath+"/images/" + i0+"/id",schemaPath:"#/$defs/ImageInfo/properties/id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data2) < 1){
const err1 = {instancePath:instancePath+"/images/" + i0+"/id",schemaPath:"#/$defs/ImageInfo/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err2 = {instancePath:instancePath+"/images/" + i0+"/id",schemaPath:"#/$defs/ImageInfo/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.image_type !== undefined){
let data3 = data1.image_type;
if(typeof data3 === "string"){
if(func1(data3) > 55){
const err3 = {instancePath:instancePath+"/images/" + i0+"/image_type",schemaPath:"#/$defs/ImageInfo/properties/image_type/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data3) < 1){
const err4 = {instancePath:instancePath+"/images/" + i0+"/image_type",schemaPath:"#/$defs/ImageInfo/properties/image_type/minLength",keyword:"minLength",params:{limit: 1}};
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
const err5 = {instancePath:instancePath+"/images/" + i0+"/image_type",schemaPath:"#/$defs/ImageInfo/properties/image_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.os_type !== undefined){
let data4 = data1.os_type;
if(typeof data4 === "string"){
if(func1(data4) > 55){
const err6 = {instancePath:instancePath+"/images/" + i0+"/os_type",schemaPath:"#/$defs/ImageInfo/properties/os_type/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data4) < 1){
const err7 = {instancePath:instancePath+"/images/" + i0+"/os_type",schemaPath:"#/$defs/ImageInfo/properties/os_type/minLength",keyword:"minLength",params:{limit: 1}};
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
const err8 = {instancePath:instancePath+"/images/" + i0+"/os_type",schemaPath:"#/$defs/ImageInfo/properties/os_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.architecture !== undefined){
let data5 = data1.architecture;
if(typeof data5 === "string"){
if(func1(data5) > 55){
const err9 = {instancePath:instancePath+"/images/" + i0+"/architecture",schemaPath:"#/$defs/ImageInfo/properties/architecture/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data5) < 1){
const err10 = {instancePath:instancePath+"/images/" + i0+"/architecture",schemaPath:"#/$defs/ImageInfo/properties/architecture/minLength",keyword:"minLength",params:{limit: 1}};
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
const err11 = {instancePath:instancePath+"/images/" + i0+"/architecture",schemaPath:"#/$defs/ImageInfo/properties/architecture/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.os_version !== undefined){
let data6 = data1.os_version;
if(typeof data6 === "string"){
if(func1(data6) > 55){
const err12 = {instancePath:instancePath+"/images/" + i0+"/os_version",schemaPath:"#/$defs/ImageInfo/properties/os_version/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data6) < 1){
const err13 = {instancePath:instancePath+"/images/" + i0+"/os_version",schemaPath:"#/$defs/ImageInfo/properties/os_version/minLength",keyword:"minLength",params:{limit: 1}};
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
const err14 = {instancePath:instancePath+"/images/" + i0+"/os_version",schemaPath:"#/$defs/ImageInfo/properties/os_version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.disk_format !== undefined){
let data7 = data1.disk_format;
if(typeof data7 === "string"){
if(func1(data7) > 255){
const err15 = {instancePath:instancePath+"/images/" + i0+"/disk_format",schemaPath:"#/$defs/ImageInfo/properties/disk_format/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func1(data7) < 1){
const err16 = {instancePath:instancePath+"/images/" + i0+"/disk_format",schemaPath:"#/$defs/ImageInfo/properties/disk_format/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/images/" + i0+"/disk_format",schemaPath:"#/$defs/ImageInfo/properties/disk_format/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.name !== undefined){
let data8 = data1.name;
if(typeof data8 === "string"){
if(func1(data8) > 55){
const err18 = {instancePath:instancePath+"/images/" + i0+"/name",schemaPath:"#/$defs/ImageInfo/properties/name/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func1(data8) < 1){
const err19 = {instancePath:instancePath+"/images/" + i0+"/name",schemaPath:"#/$defs/ImageInfo/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
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
const err20 = {instancePath:instancePath+"/images/" + i0+"/name",schemaPath:"#/$defs/ImageInfo/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.min_ram !== undefined){
let data9 = data1.min_ram;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err21 = {instancePath:instancePath+"/images/" + i0+"/min_ram",schemaPath:"#/$defs/ImageInfo/properties/min_ram/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err22 = {instancePath:instancePath+"/images/" + i0+"/min_ram",schemaPath:"#/$defs/ImageInfo/properties/min_ram/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(formats0.validate(data9))){
const err23 = {instancePath:instancePath+"/images/" + i0+"/min_ram",schemaPath:"#/$defs/ImageInfo/properties/min_ram/format",keyword:"format",params:{format: "int32"}};
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
if(data1.min_disk !== undefined){
let data10 = data1.min_disk;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err24 = {instancePath:instancePath+"/images/" + i0+"/min_disk",schemaPath:"#/$defs/ImageInfo/properties/min_disk/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1024 || isNaN(data10)){
const err25 = {instancePath:instancePath+"/images/" + i0+"/min_disk",schemaPath:"#/$defs/ImageInfo/properties/min_disk/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1024}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/images/" + i0+"/min_disk",schemaPath:"#/$defs/ImageInfo/properties/min_disk/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(formats0.validate(data10))){
const err27 = {instancePath:instancePath+"/images/" + i0+"/min_disk",schemaPath:"#/$defs/ImageInfo/properties/min_disk/format",keyword:"format",params:{format: "int32"}};
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
if(data1.product_code !== undefined){
let data11 = data1.product_code;
if(typeof data11 === "string"){
if(func1(data11) > 255){
const err28 = {instancePath:instancePath+"/images/" + i0+"/product_code",schemaPath:"#/$defs/ImageInfo/properties/product_code/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func1(data11) < 0){
const err29 = {instancePath:instancePath+"/images/" + i0+"/product_code",schemaPath:"#/$defs/ImageInfo/properties/product_code/minLength",keyword:"minLength",params:{limit: 0}};
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
const err30 = {instancePath:instancePath+"/images/" + i0+"/product_code",schemaPath:"#/$defs/ImageInfo/properties/product_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data1.created_at !== undefined){
if(typeof data1.created_at !== "string"){
const err31 = {instancePath:instancePath+"/images/" + i0+"/created_at",schemaPath:"#/$defs/ImageInfo/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data1.kms_id !== undefined){
if(typeof data1.kms_id !== "string"){
const err32 = {instancePath:instancePath+"/images/" + i0+"/kms_id",schemaPath:"#/$defs/ImageInfo/properties/kms_id/type",keyword:"type",params:{type: "string"}};
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
const err33 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/$defs/ImageInfo/type",keyword:"type",params:{type: "object"}};
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
const err34 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.total_count !== undefined){
let data14 = data.total_count;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err35 = {instancePath:instancePath+"/total_count",schemaPath:"#/properties/total_count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(!(formats0.validate(data14))){
const err36 = {instancePath:instancePath+"/total_count",schemaPath:"#/properties/total_count/format",keyword:"format",params:{format: "int32"}};
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
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate146.errors = vErrors;
return errors === 0;
}

export const ajvInlineListItaSubJobsParameters: CompiledValidator = validate147 as unknown as CompiledValidator;

function validate147(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="op.list-ita-sub-jobs.parameters" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate147.evaluated || (validate147.evaluated = {"props":{"query":true},"dynamicProps":false,"dynamicItems":false});
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
}
}
if(data0.offset !== undefined){
let data6 = data0.offset;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err15 = {instancePath:instancePath+"/query/offset",schemaPath:"#/properties/query/properties/offset/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 10000 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/query/offset",schemaPath:"#/properties/query/properties/offset/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/query/offset",schemaPath:"#/properties/query/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
}
else {
const err18 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"}};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate147.errors = vErrors;
return errors === 0;
}

export const ajvListItaSubJobsResponse: CompiledValidator = validate148 as unknown as CompiledValidator;

function validate149(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate149.evaluated || (validate149.evaluated = {"props":{"id":true,"job_type":true,"entities":true,"begin_time":true,"end_time":true,"status":true,"error_code":true,"fail_reason":true,"message":true,"host":true,"project_id":true,"job_id":true,"process":true,"attach_user":true,"entity":true,"ip_address":true,"mac_address":true,"desktop_name":true},"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 255){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 255}};
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
if(data.job_type !== undefined){
let data1 = data.job_type;
if(typeof data1 === "string"){
if(func1(data1) > 55){
const err2 = {instancePath:instancePath+"/job_type",schemaPath:"#/properties/job_type/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data1) < 1){
const err3 = {instancePath:instancePath+"/job_type",schemaPath:"#/properties/job_type/minLength",keyword:"minLength",params:{limit: 1}};
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
const err4 = {instancePath:instancePath+"/job_type",schemaPath:"#/properties/job_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.entities !== undefined){
let data2 = data.entities;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.desktop_id !== undefined){
let data3 = data2.desktop_id;
if(typeof data3 === "string"){
if(func1(data3) > 55){
const err5 = {instancePath:instancePath+"/entities/desktop_id",schemaPath:"#/$defs/JobEntities/properties/desktop_id/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data3) < 1){
const err6 = {instancePath:instancePath+"/entities/desktop_id",schemaPath:"#/$defs/JobEntities/properties/desktop_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err7 = {instancePath:instancePath+"/entities/desktop_id",schemaPath:"#/$defs/JobEntities/properties/desktop_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.product_id !== undefined){
let data4 = data2.product_id;
if(typeof data4 === "string"){
if(func1(data4) > 55){
const err8 = {instancePath:instancePath+"/entities/product_id",schemaPath:"#/$defs/JobEntities/properties/product_id/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func1(data4) < 1){
const err9 = {instancePath:instancePath+"/entities/product_id",schemaPath:"#/$defs/JobEntities/properties/product_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err10 = {instancePath:instancePath+"/entities/product_id",schemaPath:"#/$defs/JobEntities/properties/product_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.user_name !== undefined){
let data5 = data2.user_name;
if(typeof data5 === "string"){
if(func1(data5) > 55){
const err11 = {instancePath:instancePath+"/entities/user_name",schemaPath:"#/$defs/JobEntities/properties/user_name/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func1(data5) < 1){
const err12 = {instancePath:instancePath+"/entities/user_name",schemaPath:"#/$defs/JobEntities/properties/user_name/minLength",keyword:"minLength",params:{limit: 1}};
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
const err13 = {instancePath:instancePath+"/entities/user_name",schemaPath:"#/$defs/JobEntities/properties/user_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.desktop_name !== undefined){
if(typeof data2.desktop_name !== "string"){
const err14 = {instancePath:instancePath+"/entities/desktop_name",schemaPath:"#/$defs/JobEntities/properties/desktop_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.ip_address !== undefined){
if(typeof data2.ip_address !== "string"){
const err15 = {instancePath:instancePath+"/entities/ip_address",schemaPath:"#/$defs/JobEntities/properties/ip_address/type",keyword:"type",params:{type: "string"}};
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
const err16 = {instancePath:instancePath+"/entities",schemaPath:"#/$defs/JobEntities/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.begin_time !== undefined){
let data8 = data.begin_time;
if(typeof data8 === "string"){
if(func1(data8) > 55){
const err17 = {instancePath:instancePath+"/begin_time",schemaPath:"#/properties/begin_time/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func1(data8) < 1){
const err18 = {instancePath:instancePath+"/begin_time",schemaPath:"#/properties/begin_time/minLength",keyword:"minLength",params:{limit: 1}};
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
const err19 = {instancePath:instancePath+"/begin_time",schemaPath:"#/properties/begin_time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.end_time !== undefined){
let data9 = data.end_time;
if(typeof data9 === "string"){
if(func1(data9) > 55){
const err20 = {instancePath:instancePath+"/end_time",schemaPath:"#/properties/end_time/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func1(data9) < 1){
const err21 = {instancePath:instancePath+"/end_time",schemaPath:"#/properties/end_time/minLength",keyword:"minLength",params:{limit: 1}};
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
const err22 = {instancePath:instancePath+"/end_time",schemaPath:"#/properties/end_time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.status !== undefined){
let data10 = data.status;
if(typeof data10 === "string"){
if(func1(data10) > 55){
const err23 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func1(data10) < 1){
const err24 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minLength",keyword:"minLength",params:{limit: 1}};
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
const err25 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.error_code !== undefined){
let data11 = data.error_code;
if(typeof data11 === "string"){
if(func1(data11) > 55){
const err26 = {instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func1(data11) < 1){
const err27 = {instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/minLength",keyword:"minLength",params:{limit: 1}};
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
const err28 = {instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.fail_reason !== undefined){
let data12 = data.fail_reason;
if(typeof data12 === "string"){
if(func1(data12) > 255){
const err29 = {instancePath:instancePath+"/fail_reason",schemaPath:"#/properties/fail_reason/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func1(data12) < 1){
const err30 = {instancePath:instancePath+"/fail_reason",schemaPath:"#/properties/fail_reason/minLength",keyword:"minLength",params:{limit: 1}};
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
const err31 = {instancePath:instancePath+"/fail_reason",schemaPath:"#/properties/fail_reason/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.message !== undefined){
let data13 = data.message;
if(typeof data13 === "string"){
if(func1(data13) > 255){
const err32 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func1(data13) < 1){
const err33 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.host !== undefined){
if(typeof data.host !== "string"){
const err35 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.project_id !== undefined){
if(typeof data.project_id !== "string"){
const err36 = {instancePath:instancePath+"/project_id",schemaPath:"#/properties/project_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.job_id !== undefined){
let data16 = data.job_id;
if(typeof data16 === "string"){
if(func1(data16) > 255){
const err37 = {instancePath:instancePath+"/job_id",schemaPath:"#/properties/job_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func1(data16) < 1){
const err38 = {instancePath:instancePath+"/job_id",schemaPath:"#/properties/job_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err39 = {instancePath:instancePath+"/job_id",schemaPath:"#/properties/job_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.process !== undefined){
let data17 = data.process;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err40 = {instancePath:instancePath+"/process",schemaPath:"#/properties/process/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(!(formats0.validate(data17))){
const err41 = {instancePath:instancePath+"/process",schemaPath:"#/properties/process/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data.attach_user !== undefined){
if(typeof data.attach_user !== "string"){
const err42 = {instancePath:instancePath+"/attach_user",schemaPath:"#/properties/attach_user/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.entity !== undefined){
if(typeof data.entity !== "string"){
const err43 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.ip_address !== undefined){
if(typeof data.ip_address !== "string"){
const err44 = {instancePath:instancePath+"/ip_address",schemaPath:"#/properties/ip_address/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.mac_address !== undefined){
if(typeof data.mac_address !== "string"){
const err45 = {instancePath:instancePath+"/mac_address",schemaPath:"#/properties/mac_address/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.desktop_name !== undefined){
if(typeof data.desktop_name !== "string"){
const err46 = {instancePath:instancePath+"/desktop_name",schemaPath:"#/properties/desktop_name/type",keyword:"type",params:{type: "string"}};
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
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate149.errors = vErrors;
return errors === 0;
}

function validate148(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate148.evaluated || (validate148.evaluated = {"props":{"total_count":true,"jobs":true},"dynamicProps":false,"dynamicItems":false});
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
if(!(validate149(data1[i0], {instancePath:instancePath+"/jobs/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate149.errors; else for (const e of validate149.errors) vErrors.push(e);
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
validate148.errors = vErrors;
return errors === 0;
}

export const ajvInlineListProductsParameters: CompiledValidator = validate151 as unknown as CompiledValidator;

function validate151(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="op.list-products.parameters" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate151.evaluated || (validate151.evaluated = {"props":{"query":true},"dynamicProps":false,"dynamicItems":false});
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
if(data0.product_id !== undefined){
let data1 = data0.product_id;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err0 = {instancePath:instancePath+"/query/product_id",schemaPath:"#/properties/query/properties/product_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data1) < 0){
const err1 = {instancePath:instancePath+"/query/product_id",schemaPath:"#/properties/query/properties/product_id/minLength",keyword:"minLength",params:{limit: 0}};
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
const err2 = {instancePath:instancePath+"/query/product_id",schemaPath:"#/properties/query/properties/product_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.availability_zone !== undefined){
let data2 = data0.availability_zone;
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err3 = {instancePath:instancePath+"/query/availability_zone",schemaPath:"#/properties/query/properties/availability_zone/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data2) < 0){
const err4 = {instancePath:instancePath+"/query/availability_zone",schemaPath:"#/properties/query/properties/availability_zone/minLength",keyword:"minLength",params:{limit: 0}};
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
const err5 = {instancePath:instancePath+"/query/availability_zone",schemaPath:"#/properties/query/properties/availability_zone/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.os_type !== undefined){
let data3 = data0.os_type;
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err6 = {instancePath:instancePath+"/query/os_type",schemaPath:"#/properties/query/properties/os_type/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data3) < 0){
const err7 = {instancePath:instancePath+"/query/os_type",schemaPath:"#/properties/query/properties/os_type/minLength",keyword:"minLength",params:{limit: 0}};
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
const err8 = {instancePath:instancePath+"/query/os_type",schemaPath:"#/properties/query/properties/os_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.charge_mode !== undefined){
let data4 = data0.charge_mode;
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err9 = {instancePath:instancePath+"/query/charge_mode",schemaPath:"#/properties/query/properties/charge_mode/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data4) < 0){
const err10 = {instancePath:instancePath+"/query/charge_mode",schemaPath:"#/properties/query/properties/charge_mode/minLength",keyword:"minLength",params:{limit: 0}};
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
const err11 = {instancePath:instancePath+"/query/charge_mode",schemaPath:"#/properties/query/properties/charge_mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.architecture !== undefined){
let data5 = data0.architecture;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err12 = {instancePath:instancePath+"/query/architecture",schemaPath:"#/properties/query/properties/architecture/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data5) < 0){
const err13 = {instancePath:instancePath+"/query/architecture",schemaPath:"#/properties/query/properties/architecture/minLength",keyword:"minLength",params:{limit: 0}};
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
const err14 = {instancePath:instancePath+"/query/architecture",schemaPath:"#/properties/query/properties/architecture/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data0.package_type !== undefined){
let data6 = data0.package_type;
if(typeof data6 === "string"){
if(func1(data6) > 255){
const err15 = {instancePath:instancePath+"/query/package_type",schemaPath:"#/properties/query/properties/package_type/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func1(data6) < 0){
const err16 = {instancePath:instancePath+"/query/package_type",schemaPath:"#/properties/query/properties/package_type/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/query/package_type",schemaPath:"#/properties/query/properties/package_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data0.limit !== undefined){
let data7 = data0.limit;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/query/limit",schemaPath:"#/properties/query/properties/limit/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 100 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/query/limit",schemaPath:"#/properties/query/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/query/limit",schemaPath:"#/properties/query/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data0.offset !== undefined){
let data8 = data0.offset;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/query/offset",schemaPath:"#/properties/query/properties/offset/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 5000 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/query/offset",schemaPath:"#/properties/query/properties/offset/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/query/offset",schemaPath:"#/properties/query/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
}
else {
const err24 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"}};
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
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate151.errors = vErrors;
return errors === 0;
}

export const ajvListProductsResponse: CompiledValidator = validate152 as unknown as CompiledValidator;

function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate152.evaluated || (validate152.evaluated = {"props":{"os_type":true,"architecture":true,"availability_zone":true,"products":true,"total_count":true},"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.os_type !== undefined){
if(typeof data.os_type !== "string"){
const err0 = {instancePath:instancePath+"/os_type",schemaPath:"#/properties/os_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.architecture !== undefined){
if(typeof data.architecture !== "string"){
const err1 = {instancePath:instancePath+"/architecture",schemaPath:"#/properties/architecture/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.availability_zone !== undefined){
if(typeof data.availability_zone !== "string"){
const err2 = {instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.products !== undefined){
let data3 = data.products;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.product_id !== undefined){
let data5 = data4.product_id;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err3 = {instancePath:instancePath+"/products/" + i0+"/product_id",schemaPath:"#/$defs/ProductInfo/properties/product_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data5) < 1){
const err4 = {instancePath:instancePath+"/products/" + i0+"/product_id",schemaPath:"#/$defs/ProductInfo/properties/product_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err5 = {instancePath:instancePath+"/products/" + i0+"/product_id",schemaPath:"#/$defs/ProductInfo/properties/product_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.type !== undefined){
let data6 = data4.type;
if(typeof data6 === "string"){
if(func1(data6) > 55){
const err6 = {instancePath:instancePath+"/products/" + i0+"/type",schemaPath:"#/$defs/ProductInfo/properties/type/maxLength",keyword:"maxLength",params:{limit: 55}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data6) < 1){
const err7 = {instancePath:instancePath+"/products/" + i0+"/type",schemaPath:"#/$defs/ProductInfo/properties/type/minLength",keyword:"minLength",params:{limit: 1}};
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
const err8 = {instancePath:instancePath+"/products/" + i0+"/type",schemaPath:"#/$defs/ProductInfo/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.architecture !== undefined){
let data7 = data4.architecture;
if(typeof data7 === "string"){
if(func1(data7) > 255){
const err9 = {instancePath:instancePath+"/products/" + i0+"/architecture",schemaPath:"#/$defs/ProductInfo/properties/architecture/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data7) < 1){
const err10 = {instancePath:instancePath+"/products/" + i0+"/architecture",schemaPath:"#/$defs/ProductInfo/properties/architecture/minLength",keyword:"minLength",params:{limit: 1}};
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
const err11 = {instancePath:instancePath+"/products/" + i0+"/architecture",schemaPath:"#/$defs/ProductInfo/properties/architecture/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.cpu !== undefined){
let data8 = data4.cpu;
if(typeof data8 === "string"){
if(func1(data8) > 255){
const err12 = {instancePath:instancePath+"/products/" + i0+"/cpu",schemaPath:"#/$defs/ProductInfo/properties/cpu/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data8) < 1){
const err13 = {instancePath:instancePath+"/products/" + i0+"/cpu",schemaPath:"#/$defs/ProductInfo/properties/cpu/minLength",keyword:"minLength",params:{limit: 1}};
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
const err14 = {instancePath:instancePath+"/products/" + i0+"/cpu",schemaPath:"#/$defs/ProductInfo/properties/cpu/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.cpu_desc !== undefined){
let data9 = data4.cpu_desc;
if(typeof data9 === "string"){
if(func1(data9) > 255){
const err15 = {instancePath:instancePath+"/products/" + i0+"/cpu_desc",schemaPath:"#/$defs/ProductInfo/properties/cpu_desc/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func1(data9) < 0){
const err16 = {instancePath:instancePath+"/products/" + i0+"/cpu_desc",schemaPath:"#/$defs/ProductInfo/properties/cpu_desc/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/products/" + i0+"/cpu_desc",schemaPath:"#/$defs/ProductInfo/properties/cpu_desc/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.memory !== undefined){
let data10 = data4.memory;
if(typeof data10 === "string"){
if(func1(data10) > 255){
const err18 = {instancePath:instancePath+"/products/" + i0+"/memory",schemaPath:"#/$defs/ProductInfo/properties/memory/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func1(data10) < 1){
const err19 = {instancePath:instancePath+"/products/" + i0+"/memory",schemaPath:"#/$defs/ProductInfo/properties/memory/minLength",keyword:"minLength",params:{limit: 1}};
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
const err20 = {instancePath:instancePath+"/products/" + i0+"/memory",schemaPath:"#/$defs/ProductInfo/properties/memory/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.is_gpu !== undefined){
if(typeof data4.is_gpu !== "boolean"){
const err21 = {instancePath:instancePath+"/products/" + i0+"/is_gpu",schemaPath:"#/$defs/ProductInfo/properties/is_gpu/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.vram !== undefined){
if(typeof data4.vram !== "string"){
const err22 = {instancePath:instancePath+"/products/" + i0+"/vram",schemaPath:"#/$defs/ProductInfo/properties/vram/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data4.system_disk_type !== undefined){
let data13 = data4.system_disk_type;
if(typeof data13 === "string"){
if(func1(data13) > 255){
const err23 = {instancePath:instancePath+"/products/" + i0+"/system_disk_type",schemaPath:"#/$defs/ProductInfo/properties/system_disk_type/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func1(data13) < 0){
const err24 = {instancePath:instancePath+"/products/" + i0+"/system_disk_type",schemaPath:"#/$defs/ProductInfo/properties/system_disk_type/minLength",keyword:"minLength",params:{limit: 0}};
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
const err25 = {instancePath:instancePath+"/products/" + i0+"/system_disk_type",schemaPath:"#/$defs/ProductInfo/properties/system_disk_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data4.system_disk_size !== undefined){
let data14 = data4.system_disk_size;
if(typeof data14 === "string"){
if(func1(data14) > 255){
const err26 = {instancePath:instancePath+"/products/" + i0+"/system_disk_size",schemaPath:"#/$defs/ProductInfo/properties/system_disk_size/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func1(data14) < 0){
const err27 = {instancePath:instancePath+"/products/" + i0+"/system_disk_size",schemaPath:"#/$defs/ProductInfo/properties/system_disk_size/minLength",keyword:"minLength",params:{limit: 0}};
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
const err28 = {instancePath:instancePath+"/products/" + i0+"/system_disk_size",schemaPath:"#/$defs/ProductInfo/properties/system_disk_size/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data4.data_disk_size !== undefined){
let data15 = data4.data_disk_size;
if(typeof data15 === "string"){
if(func1(data15) > 255){
const err29 = {instancePath:instancePath+"/products/" + i0+"/data_disk_size",schemaPath:"#/$defs/ProductInfo/properties/data_disk_size/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func1(data15) < 0){
const err30 = {instancePath:instancePath+"/products/" + i0+"/data_disk_size",schemaPath:"#/$defs/ProductInfo/properties/data_disk_size/minLength",keyword:"minLength",params:{limit: 0}};
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
const err31 = {instancePath:instancePath+"/products/" + i0+"/data_disk_size",schemaPath:"#/$defs/ProductInfo/properties/data_disk_size/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data4.gpu_desc !== undefined){
let data16 = data4.gpu_desc;
if(typeof data16 === "string"){
if(func1(data16) > 255){
const err32 = {instancePath:instancePath+"/products/" + i0+"/gpu_desc",schemaPath:"#/$defs/ProductInfo/properties/gpu_desc/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func1(data16) < 0){
const err33 = {instancePath:instancePath+"/products/" + i0+"/gpu_desc",schemaPath:"#/$defs/ProductInfo/properties/gpu_desc/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/products/" + i0+"/gpu_desc",schemaPath:"#/$defs/ProductInfo/properties/gpu_desc/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data4.bill_switch !== undefined){
let data17 = data4.bill_switch;
if(typeof data17 === "string"){
if(func1(data17) > 255){
const err35 = {instancePath:instancePath+"/products/" + i0+"/bill_switch",schemaPath:"#/$defs/ProductInfo/properties/bill_switch/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func1(data17) < 0){
const err36 = {instancePath:instancePath+"/products/" + i0+"/bill_switch",schemaPath:"#/$defs/ProductInfo/properties/bill_switch/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/products/" + i0+"/bill_switch",schemaPath:"#/$defs/ProductInfo/properties/bill_switch/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data4.descriptions !== undefined){
let data18 = data4.descriptions;
if(typeof data18 === "string"){
if(func1(data18) > 255){
const err38 = {instancePath:instancePath+"/products/" + i0+"/descriptions",schemaPath:"#/$defs/ProductInfo/properties/descriptions/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func1(data18) < 1){
const err39 = {instancePath:instancePath+"/products/" + i0+"/descriptions",schemaPath:"#/$defs/ProductInfo/properties/descriptions/minLength",keyword:"minLength",params:{limit: 1}};
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
const err40 = {instancePath:instancePath+"/products/" + i0+"/descriptions",schemaPath:"#/$defs/ProductInfo/properties/descriptions/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data4.product_desc !== undefined){
let data19 = data4.product_desc;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key0 in data19){
if(typeof data19[key0] !== "string"){
const err41 = {instancePath:instancePath+"/products/" + i0+"/product_desc/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ProductInfo/properties/product_desc/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/products/" + i0+"/product_desc",schemaPath:"#/$defs/ProductInfo/properties/product_desc/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data4.charge_mode !== undefined){
let data21 = data4.charge_mode;
if(typeof data21 === "string"){
if(func1(data21) > 2){
const err43 = {instancePath:instancePath+"/products/" + i0+"/charge_mode",schemaPath:"#/$defs/ProductInfo/properties/charge_mode/maxLength",keyword:"maxLength",params:{limit: 2}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func1(data21) < 0){
const err44 = {instancePath:instancePath+"/products/" + i0+"/charge_mode",schemaPath:"#/$defs/ProductInfo/properties/charge_mode/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/products/" + i0+"/charge_mode",schemaPath:"#/$defs/ProductInfo/properties/charge_mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data4.contain_data_disk !== undefined){
if(typeof data4.contain_data_disk !== "boolean"){
const err46 = {instancePath:instancePath+"/products/" + i0+"/contain_data_disk",schemaPath:"#/$defs/ProductInfo/properties/contain_data_disk/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data4.resource_type !== undefined){
let data23 = data4.resource_type;
if(typeof data23 === "string"){
if(func1(data23) > 255){
const err47 = {instancePath:instancePath+"/products/" + i0+"/resource_type",schemaPath:"#/$defs/ProductInfo/properties/resource_type/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(func1(data23) < 0){
const err48 = {instancePath:instancePath+"/products/" + i0+"/resource_type",schemaPath:"#/$defs/ProductInfo/properties/resource_type/minLength",keyword:"minLength",params:{limit: 0}};
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
const err49 = {instancePath:instancePath+"/products/" + i0+"/resource_type",schemaPath:"#/$defs/ProductInfo/properties/resource_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data4.cloud_service_type !== undefined){
let data24 = data4.cloud_service_type;
if(typeof data24 === "string"){
if(func1(data24) > 255){
const err50 = {instancePath:instancePath+"/products/" + i0+"/cloud_service_type",schemaPath:"#/$defs/ProductInfo/properties/cloud_service_type/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(func1(data24) < 0){
const err51 = {instancePath:instancePath+"/products/" + i0+"/cloud_service_type",schemaPath:"#/$defs/ProductInfo/properties/cloud_service_type/minLength",keyword:"minLength",params:{limit: 0}};
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
const err52 = {instancePath:instancePath+"/products/" + i0+"/cloud_service_type",schemaPath:"#/$defs/ProductInfo/properties/cloud_service_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data4.volume_product_type !== undefined){
let data25 = data4.volume_product_type;
if(typeof data25 === "string"){
if(func1(data25) > 255){
const err53 = {instancePath:instancePath+"/products/" + i0+"/volume_product_type",schemaPath:"#/$defs/ProductInfo/properties/volume_product_type/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(func1(data25) < 0){
const err54 = {instancePath:instancePath+"/products/" + i0+"/volume_product_type",schemaPath:"#/$defs/ProductInfo/properties/volume_product_type/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/products/" + i0+"/volume_product_type",schemaPath:"#/$defs/ProductInfo/properties/volume_product_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data4.domain_ids !== undefined){
let data26 = data4.domain_ids;
if(Array.isArray(data26)){
if(data26.length > 100){
const err56 = {instancePath:instancePath+"/products/" + i0+"/domain_ids",schemaPath:"#/$defs/ProductInfo/properties/domain_ids/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data26.length < 0){
const err57 = {instancePath:instancePath+"/products/" + i0+"/domain_ids",schemaPath:"#/$defs/ProductInfo/properties/domain_ids/minItems",keyword:"minItems",params:{limit: 0}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
const len1 = data26.length;
for(let i1=0; i1<len1; i1++){
let data27 = data26[i1];
if(typeof data27 === "string"){
if(func1(data27) > 255){
const err58 = {instancePath:instancePath+"/products/" + i0+"/domain_ids/" + i1,schemaPath:"#/$defs/ProductInfo/properties/domain_ids/items/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(func1(data27) < 0){
const err59 = {instancePath:instancePath+"/products/" + i0+"/domain_ids/" + i1,schemaPath:"#/$defs/ProductInfo/properties/domain_ids/items/minLength",keyword:"minLength",params:{limit: 0}};
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
const err60 = {instancePath:instancePath+"/products/" + i0+"/domain_ids/" + i1,schemaPath:"#/$defs/ProductInfo/properties/domain_ids/items/type",keyword:"type",params:{type: "string"}};
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
else {
const err61 = {instancePath:instancePath+"/products/" + i0+"/domain_ids",schemaPath:"#/$defs/ProductInfo/properties/domain_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data4.status !== undefined){
let data28 = data4.status;
if(typeof data28 === "string"){
if(func1(data28) > 255){
const err62 = {instancePath:instancePath+"/products/" + i0+"/status",schemaPath:"#/$defs/ProductInfo/properties/status/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func1(data28) < 0){
const err63 = {instancePath:instancePath+"/products/" + i0+"/status",schemaPath:"#/$defs/ProductInfo/properties/status/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/products/" + i0+"/status",schemaPath:"#/$defs/ProductInfo/properties/status/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data4.package_type !== undefined){
if(typeof data4.package_type !== "string"){
const err65 = {instancePath:instancePath+"/products/" + i0+"/package_type",schemaPath:"#/$defs/ProductInfo/properties/package_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data4.name !== undefined){
let data30 = data4.name;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key1 in data30){
if(typeof data30[key1] !== "string"){
const err66 = {instancePath:instancePath+"/products/" + i0+"/name/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ProductInfo/properties/name/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/products/" + i0+"/name",schemaPath:"#/$defs/ProductInfo/properties/name/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data4.share_space_size !== undefined){
let data32 = data4.share_space_size;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err68 = {instancePath:instancePath+"/products/" + i0+"/share_space_size",schemaPath:"#/$defs/ProductInfo/properties/share_space_size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(!(formats0.validate(data32))){
const err69 = {instancePath:instancePath+"/products/" + i0+"/share_space_size",schemaPath:"#/$defs/ProductInfo/properties/share_space_size/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
if(data4.flavor_id !== undefined){
let data33 = data4.flavor_id;
if(typeof data33 === "string"){
if(func1(data33) > 255){
const err70 = {instancePath:instancePath+"/products/" + i0+"/flavor_id",schemaPath:"#/$defs/ProductInfo/properties/flavor_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(func1(data33) < 1){
const err71 = {instancePath:instancePath+"/products/" + i0+"/flavor_id",schemaPath:"#/$defs/ProductInfo/properties/flavor_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err72 = {instancePath:instancePath+"/products/" + i0+"/flavor_id",schemaPath:"#/$defs/ProductInfo/properties/flavor_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data4.default_desktop_num !== undefined){
let data34 = data4.default_desktop_num;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err73 = {instancePath:instancePath+"/products/" + i0+"/default_desktop_num",schemaPath:"#/$defs/ProductInfo/properties/default_desktop_num/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 100 || isNaN(data34)){
const err74 = {instancePath:instancePath+"/products/" + i0+"/default_desktop_num",schemaPath:"#/$defs/ProductInfo/properties/default_desktop_num/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data34 < 0 || isNaN(data34)){
const err75 = {instancePath:instancePath+"/products/" + i0+"/default_desktop_num",schemaPath:"#/$defs/ProductInfo/properties/default_desktop_num/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
if(data4.max_apply_desktop_num !== undefined){
let data35 = data4.max_apply_desktop_num;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err76 = {instancePath:instancePath+"/products/" + i0+"/max_apply_desktop_num",schemaPath:"#/$defs/ProductInfo/properties/max_apply_desktop_num/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 100 || isNaN(data35)){
const err77 = {instancePath:instancePath+"/products/" + i0+"/max_apply_desktop_num",schemaPath:"#/$defs/ProductInfo/properties/max_apply_desktop_num/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data35 < 0 || isNaN(data35)){
const err78 = {instancePath:instancePath+"/products/" + i0+"/max_apply_desktop_num",schemaPath:"#/$defs/ProductInfo/properties/max_apply_desktop_num/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
if(data4.sub_product_list !== undefined){
let data36 = data4.sub_product_list;
if(Array.isArray(data36)){
if(data36.length > 100){
const err79 = {instancePath:instancePath+"/products/" + i0+"/sub_product_list",schemaPath:"#/$defs/ProductInfo/properties/sub_product_list/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data36.length < 0){
const err80 = {instancePath:instancePath+"/products/" + i0+"/sub_product_list",schemaPath:"#/$defs/ProductInfo/properties/sub_product_list/minItems",keyword:"minItems",params:{limit: 0}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
const len2 = data36.length;
for(let i2=0; i2<len2; i2++){
let data37 = data36[i2];
if(typeof data37 === "string"){
if(func1(data37) > 255){
const err81 = {instancePath:instancePath+"/products/" + i0+"/sub_product_list/" + i2,schemaPath:"#/$defs/ProductInfo/properties/sub_product_list/items/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(func1(data37) < 0){
const err82 = {instancePath:instancePath+"/products/" + i0+"/sub_product_list/" + i2,schemaPath:"#/$defs/ProductInfo/properties/sub_product_list/items/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/products/" + i0+"/sub_product_list/" + i2,schemaPath:"#/$defs/ProductInfo/properties/sub_product_list/items/type",keyword:"type",params:{type: "string"}};
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
const err84 = {instancePath:instancePath+"/products/" + i0+"/sub_product_list",schemaPath:"#/$defs/ProductInfo/properties/sub_product_list/type",keyword:"type",params:{type: "array"}};
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
const err85 = {instancePath:instancePath+"/products/" + i0,schemaPath:"#/$defs/ProductInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.total_count !== undefined){
let data38 = data.total_count;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err87 = {instancePath:instancePath+"/total_count",schemaPath:"#/properties/total_count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(!(formats0.validate(data38))){
const err88 = {instancePath:instancePath+"/total_count",schemaPath:"#/properties/total_count/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
}
else {
const err89 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
validate152.errors = vErrors;
return errors === 0;
}

export const ajvInlineListVolumeProductInfoParameters: CompiledValidator = validate153 as unknown as CompiledValidator;

function validate153(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="op.list-volume-product-info.parameters" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate153.evaluated || (validate153.evaluated = {"props":{"query":true},"dynamicProps":false,"dynamicItems":false});
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
validate153.errors = vErrors;
return errors === 0;
}

export const ajvListVolumeProductInfoResponse: CompiledValidator = validate154 as unknown as CompiledValidator;

function validate155(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate155.evaluated || (validate155.evaluated = {"props":{"resource_spec_code":true,"volume_type":true,"volume_product_type":true,"resource_type":true,"cloud_service_type":true,"domain_ids":true,"name":true,"status":true,"iops":true,"throughput":true},"dynamicProps":false,"dynamicItems":false});
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
validate155.errors = vErrors;
return errors === 0;
}

function validate154(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate154.evaluated || (validate154.evaluated = {"props":{"volumes":true},"dynamicProps":false,"dynamicItems":false});
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
if(!(validate155(data0[i0], {instancePath:instancePath+"/volumes/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate155.errors; else for (const e of validate155.errors) vErrors.push(e);
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
validate154.errors = vErrors;
return errors === 0;
}

export const ajvInlineShowJobParameters: CompiledValidator = validate157 as unknown as CompiledValidator;

function validate157(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="op.show-job.parameters" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate157.evaluated || (validate157.evaluated = {"props":{"path":true},"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.path !== undefined){
let data0 = data.path;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.job_id === undefined){
const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/required",keyword:"required",params:{missingProperty: "job_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.job_id !== undefined){
let data1 = data0.job_id;
if(typeof data1 === "string"){
if(func1(data1) > 255){
const err2 = {instancePath:instancePath+"/path/job_id",schemaPath:"#/properties/path/properties/job_id/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data1) < 1){
const err3 = {instancePath:instancePath+"/path/job_id",schemaPath:"#/properties/path/properties/job_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err4 = {instancePath:instancePath+"/path/job_id",schemaPath:"#/properties/path/properties/job_id/type",keyword:"type",params:{type: "string"}};
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
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "object"}};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate157.errors = vErrors;
return errors === 0;
}

export const ajvShowJobResponse: CompiledValidator = validate158 as unknown as CompiledValidator;

function validate158(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate158.evaluated || (validate158.evaluated = {"props":{"id":true,"job_type":true,"begin_time":true,"end_time":true,"status":true,"job_error_code":true,"fail_reason":true,"sub_jobs_total":true,"sub_jobs":true},"dynamicProps":false,"dynamicItems":false});
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
if(data.begin_time !== undefined){
if(typeof data.begin_time !== "string"){
const err2 = {instancePath:instancePath+"/begin_time",schemaPath:"#/properties/begin_time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.end_time !== undefined){
if(typeof data.end_time !== "string"){
const err3 = {instancePath:instancePath+"/end_time",schemaPath:"#/properties/end_time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.job_error_code !== undefined){
if(typeof data.job_error_code !== "string"){
const err5 = {instancePath:instancePath+"/job_error_code",schemaPath:"#/properties/job_error_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.fail_reason !== undefined){
if(typeof data.fail_reason !== "string"){
const err6 = {instancePath:instancePath+"/fail_reason",schemaPath:"#/properties/fail_reason/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.sub_jobs_total !== undefined){
let data7 = data.sub_jobs_total;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err7 = {instancePath:instancePath+"/sub_jobs_total",schemaPath:"#/properties/sub_jobs_total/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(!(formats0.validate(data7))){
const err8 = {instancePath:instancePath+"/sub_jobs_total",schemaPath:"#/properties/sub_jobs_total/format",keyword:"format",params:{format: "int32"}};
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
if(data.sub_jobs !== undefined){
let data8 = data.sub_jobs;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate149(data8[i0], {instancePath:instancePath+"/sub_jobs/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate149.errors; else for (const e of validate149.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/sub_jobs",schemaPath:"#/properties/sub_jobs/type",keyword:"type",params:{type: "array"}};
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
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate158.errors = vErrors;
return errors === 0;
}

export const ajvShowQuotasResponse: CompiledValidator = validate160 as unknown as CompiledValidator;

function validate161(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate161.evaluated || (validate161.evaluated = {"props":{"resources":true},"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resources === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.resources !== undefined){
let data0 = data.resources;
if(Array.isArray(data0)){
if(data0.length > 100){
const err1 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.length < 0){
const err2 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/minItems",keyword:"minItems",params:{limit: 0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type !== undefined){
let data2 = data1.type;
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err3 = {instancePath:instancePath+"/resources/" + i0+"/type",schemaPath:"#/$defs/ResourceNoLimit/properties/type/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data2) < 0){
const err4 = {instancePath:instancePath+"/resources/" + i0+"/type",schemaPath:"#/$defs/ResourceNoLimit/properties/type/minLength",keyword:"minLength",params:{limit: 0}};
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
const err5 = {instancePath:instancePath+"/resources/" + i0+"/type",schemaPath:"#/$defs/ResourceNoLimit/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.quota !== undefined){
let data3 = data1.quota;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/resources/" + i0+"/quota",schemaPath:"#/$defs/ResourceNoLimit/properties/quota/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2147483647 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/resources/" + i0+"/quota",schemaPath:"#/$defs/ResourceNoLimit/properties/quota/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/resources/" + i0+"/quota",schemaPath:"#/$defs/ResourceNoLimit/properties/quota/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data3))){
const err9 = {instancePath:instancePath+"/resources/" + i0+"/quota",schemaPath:"#/$defs/ResourceNoLimit/properties/quota/format",keyword:"format",params:{format: "int32"}};
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
if(data1.used !== undefined){
let data4 = data1.used;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/resources/" + i0+"/used",schemaPath:"#/$defs/ResourceNoLimit/properties/used/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2147483647 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/resources/" + i0+"/used",schemaPath:"#/$defs/ResourceNoLimit/properties/used/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/resources/" + i0+"/used",schemaPath:"#/$defs/ResourceNoLimit/properties/used/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(formats0.validate(data4))){
const err13 = {instancePath:instancePath+"/resources/" + i0+"/used",schemaPath:"#/$defs/ResourceNoLimit/properties/used/format",keyword:"format",params:{format: "int32"}};
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
if(data1.unit !== undefined){
let data5 = data1.unit;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err14 = {instancePath:instancePath+"/resources/" + i0+"/unit",schemaPath:"#/$defs/ResourceNoLimit/properties/unit/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data5) < 0){
const err15 = {instancePath:instancePath+"/resources/" + i0+"/unit",schemaPath:"#/$defs/ResourceNoLimit/properties/unit/minLength",keyword:"minLength",params:{limit: 0}};
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
const err16 = {instancePath:instancePath+"/resources/" + i0+"/unit",schemaPath:"#/$defs/ResourceNoLimit/properties/unit/type",keyword:"type",params:{type: "string"}};
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
const err17 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/$defs/ResourceNoLimit/type",keyword:"type",params:{type: "object"}};
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
const err18 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"}};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate161.errors = vErrors;
return errors === 0;
}

function validate163(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate163.evaluated || (validate163.evaluated = {"props":{"resources":true,"site_id":true},"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resources === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.resources !== undefined){
let data0 = data.resources;
if(Array.isArray(data0)){
if(data0.length > 100){
const err1 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/maxItems",keyword:"maxItems",params:{limit: 100}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.length < 0){
const err2 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/minItems",keyword:"minItems",params:{limit: 0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type !== undefined){
let data2 = data1.type;
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err3 = {instancePath:instancePath+"/resources/" + i0+"/type",schemaPath:"#/$defs/ResourceNoLimit/properties/type/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data2) < 0){
const err4 = {instancePath:instancePath+"/resources/" + i0+"/type",schemaPath:"#/$defs/ResourceNoLimit/properties/type/minLength",keyword:"minLength",params:{limit: 0}};
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
const err5 = {instancePath:instancePath+"/resources/" + i0+"/type",schemaPath:"#/$defs/ResourceNoLimit/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.quota !== undefined){
let data3 = data1.quota;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/resources/" + i0+"/quota",schemaPath:"#/$defs/ResourceNoLimit/properties/quota/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2147483647 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/resources/" + i0+"/quota",schemaPath:"#/$defs/ResourceNoLimit/properties/quota/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/resources/" + i0+"/quota",schemaPath:"#/$defs/ResourceNoLimit/properties/quota/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data3))){
const err9 = {instancePath:instancePath+"/resources/" + i0+"/quota",schemaPath:"#/$defs/ResourceNoLimit/properties/quota/format",keyword:"format",params:{format: "int32"}};
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
if(data1.used !== undefined){
let data4 = data1.used;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/resources/" + i0+"/used",schemaPath:"#/$defs/ResourceNoLimit/properties/used/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2147483647 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/resources/" + i0+"/used",schemaPath:"#/$defs/ResourceNoLimit/properties/used/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/resources/" + i0+"/used",schemaPath:"#/$defs/ResourceNoLimit/properties/used/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(formats0.validate(data4))){
const err13 = {instancePath:instancePath+"/resources/" + i0+"/used",schemaPath:"#/$defs/ResourceNoLimit/properties/used/format",keyword:"format",params:{format: "int32"}};
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
if(data1.unit !== undefined){
let data5 = data1.unit;
if(typeof data5 === "string"){
if(func1(data5) > 255){
const err14 = {instancePath:instancePath+"/resources/" + i0+"/unit",schemaPath:"#/$defs/ResourceNoLimit/properties/unit/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data5) < 0){
const err15 = {instancePath:instancePath+"/resources/" + i0+"/unit",schemaPath:"#/$defs/ResourceNoLimit/properties/unit/minLength",keyword:"minLength",params:{limit: 0}};
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
const err16 = {instancePath:instancePath+"/resources/" + i0+"/unit",schemaPath:"#/$defs/ResourceNoLimit/properties/unit/type",keyword:"type",params:{type: "string"}};
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
const err17 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/$defs/ResourceNoLimit/type",keyword:"type",params:{type: "object"}};
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
const err18 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.site_id !== undefined){
if(typeof data.site_id !== "string"){
const err19 = {instancePath:instancePath+"/site_id",schemaPath:"#/properties/site_id/type",keyword:"type",params:{type: "string"}};
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
validate163.errors = vErrors;
return errors === 0;
}

function validate160(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate160.evaluated || (validate160.evaluated = {"props":{"quotas":true,"site_quotas":true},"dynamicProps":false,"dynamicItems":false});
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.quotas !== undefined){
if(!(validate161(data.quotas, {instancePath:instancePath+"/quotas",parentData:data,parentDataProperty:"quotas",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate161.errors; else for (const e of validate161.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.site_quotas !== undefined){
let data1 = data.site_quotas;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate163(data1[i0], {instancePath:instancePath+"/site_quotas/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate163.errors; else for (const e of validate163.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/site_quotas",schemaPath:"#/properties/site_quotas/type",keyword:"type",params:{type: "array"}};
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
validate160.errors = vErrors;
return errors === 0;
}
