// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
// @ts-nocheck -- Ajv standalone output; the typed surface is the export at the end.
import type { CompiledValidator, OperationValidators } from '../types.js';
import { formats } from './formats.js';
import { ucs2length } from '../runtime.js';

export const validateListAvailabilityZonesResponse: CompiledValidator = validate142 as unknown as CompiledValidator;
const schema163 = {"type":"object","properties":{"availability_zones":{"type":"array","items":{"$ref":"#/$defs/AvailabilityZoneInfo"}},"total_count":{"type":"integer","format":"int32"}}};
const schema164 = {"type":"object","properties":{"availability_zone":{"type":"string","minLength":1,"maxLength":255},"display_name":{"type":"string","minLength":1,"maxLength":255},"i18n":{"type":"object","additionalProperties":{"type":"string","minLength":0,"maxLength":255}},"sold_out":{"$ref":"#/$defs/SoldOutInfo"},"product_ids":{"type":"array","minItems":0,"maxItems":100,"items":{"type":"string","minLength":1,"maxLength":55}},"visible":{"type":"boolean"},"default_availability_zone":{"type":"boolean"}}};
const schema165 = {"type":"object","properties":{"products":{"type":"array","minItems":0,"maxItems":100,"items":{"type":"string","minLength":1,"maxLength":55}}}};
const func1 = ucs2length;

function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate143.evaluated;
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
validate143.evaluated = {"props":{"availability_zone":true,"display_name":true,"i18n":true,"sold_out":true,"product_ids":true,"visible":true,"default_availability_zone":true},"dynamicProps":false,"dynamicItems":false};

const formats0 = formats.int32;

function validate142(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate142.evaluated;
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
validate142.evaluated = {"props":{"availability_zones":true,"total_count":true},"dynamicProps":false,"dynamicItems":false};

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

/** Compiled validators of ListAvailabilityZones (GET /v2/{project_id}/availability-zones). */
export const listAvailabilityZonesValidators: OperationValidators = {
  operationId: "ListAvailabilityZones",
  callShape: "input",
  request: undefined,
  parameters: undefined,
  responses: { "200": validateListAvailabilityZonesResponse, "400": validateErrorResponse, "401": validateErrorResponse, "403": validateErrorResponse, "404": validateErrorResponse, "405": validateErrorResponse, "500": validateErrorResponse, "503": validateErrorResponse },
  hints: {"#/not":"size and desktops cannot be sent together"},
};
