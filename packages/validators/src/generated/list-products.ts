// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
// @ts-nocheck -- Ajv standalone output; the typed surface is the export at the end.
import type { CompiledValidator, OperationValidators } from '../types.js';
import { formats } from './formats.js';
import { ucs2length } from '../runtime.js';

export const validateInlineListProductsParameters: CompiledValidator = validate162 as unknown as CompiledValidator;
const schema186 = {"$id":"op.list-products.parameters","type":"object","properties":{"query":{"type":"object","properties":{"product_id":{"type":"string","minLength":0,"maxLength":255},"availability_zone":{"type":"string","minLength":0,"maxLength":255},"os_type":{"type":"string","minLength":0,"maxLength":255},"charge_mode":{"type":"string","minLength":0,"maxLength":255},"architecture":{"type":"string","minLength":0,"maxLength":255},"package_type":{"type":"string","minLength":0,"maxLength":255},"limit":{"type":"integer","minimum":0,"maximum":100},"offset":{"type":"integer","minimum":0,"maximum":5000}}}}};
const func1 = ucs2length;

function validate162(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="op.list-products.parameters" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate162.evaluated;
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
validate162.errors = vErrors;
return errors === 0;
}
validate162.evaluated = {"props":{"query":true},"dynamicProps":false,"dynamicItems":false};

export const validateListProductsResponse: CompiledValidator = validate149 as unknown as CompiledValidator;
const schema171 = {"type":"object","properties":{"os_type":{"type":"string"},"architecture":{"type":"string"},"availability_zone":{"type":"string"},"products":{"type":"array","items":{"$ref":"#/$defs/ProductInfo"}},"total_count":{"type":"integer","format":"int32"}}};
const schema172 = {"type":"object","properties":{"product_id":{"type":"string","minLength":1,"maxLength":255},"type":{"type":"string","minLength":1,"maxLength":55},"architecture":{"type":"string","minLength":1,"maxLength":255},"cpu":{"type":"string","minLength":1,"maxLength":255},"cpu_desc":{"type":"string","minLength":0,"maxLength":255},"memory":{"type":"string","minLength":1,"maxLength":255},"is_gpu":{"type":"boolean"},"vram":{"type":"string"},"system_disk_type":{"type":"string","minLength":0,"maxLength":255},"system_disk_size":{"type":"string","minLength":0,"maxLength":255},"data_disk_size":{"type":"string","minLength":0,"maxLength":255},"gpu_desc":{"type":"string","minLength":0,"maxLength":255},"bill_switch":{"type":"string","minLength":0,"maxLength":255},"descriptions":{"type":"string","minLength":1,"maxLength":255},"product_desc":{"type":"object","additionalProperties":{"type":"string"}},"charge_mode":{"type":"string","minLength":0,"maxLength":2},"contain_data_disk":{"type":"boolean"},"resource_type":{"type":"string","minLength":0,"maxLength":255},"cloud_service_type":{"type":"string","minLength":0,"maxLength":255},"volume_product_type":{"type":"string","minLength":0,"maxLength":255},"domain_ids":{"type":"array","minItems":0,"maxItems":100,"items":{"type":"string","minLength":0,"maxLength":255}},"status":{"type":"string","minLength":0,"maxLength":255},"package_type":{"type":"string"},"name":{"type":"object","additionalProperties":{"type":"string"}},"share_space_size":{"type":"integer","format":"int32"},"flavor_id":{"type":"string","minLength":1,"maxLength":255},"default_desktop_num":{"type":"integer","minimum":0,"maximum":100},"max_apply_desktop_num":{"type":"integer","minimum":0,"maximum":100},"sub_product_list":{"type":"array","minItems":0,"maxItems":100,"items":{"type":"string","minLength":0,"maxLength":255}}}};
const formats0 = formats.int32;

function validate149(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate149.evaluated;
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
validate149.errors = vErrors;
return errors === 0;
}
validate149.evaluated = {"props":{"os_type":true,"architecture":true,"availability_zone":true,"products":true,"total_count":true},"dynamicProps":false,"dynamicItems":false};

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

/** Compiled validators of ListProducts (GET /v2/{project_id}/products). */
export const listProductsValidators: OperationValidators = {
  operationId: "ListProducts",
  callShape: "input",
  request: undefined,
  parameters: validateInlineListProductsParameters,
  responses: { "200": validateListProductsResponse, "400": validateErrorResponse, "401": validateErrorResponse, "403": validateErrorResponse, "404": validateErrorResponse, "405": validateErrorResponse, "500": validateErrorResponse, "503": validateErrorResponse },
  hints: {"#/not":"size and desktops cannot be sent together"},
};
