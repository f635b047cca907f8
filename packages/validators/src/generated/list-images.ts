// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
// @ts-nocheck -- Ajv standalone output; the typed surface is the export at the end.
import type { CompiledValidator, OperationValidators } from '../types.js';
import { formats } from './formats.js';
import { ucs2length } from '../runtime.js';

export const validateInlineListImagesParameters: CompiledValidator = validate160 as unknown as CompiledValidator;
const schema184 = {"$id":"op.list-images.parameters","type":"object","properties":{"query":{"type":"object","properties":{"os_type":{"type":"string","minLength":0,"maxLength":255},"image_type":{"type":"string","minLength":0,"maxLength":255,"pattern":"gold|private"},"platform":{"type":"string","minLength":1,"maxLength":255},"architecture":{"type":"string","minLength":1,"maxLength":10,"pattern":"arm|x86"},"package_type":{"type":"string","minLength":0,"maxLength":255},"image_id":{"type":"string","minLength":0,"maxLength":255},"limit":{"type":"integer","minimum":0,"maximum":100},"offset":{"type":"integer","minimum":0,"maximum":5000},"sort_field":{"type":"string"},"sort_type":{"type":"string"}}}}};
const func1 = ucs2length;
const pattern24 = new RegExp("gold|private", "u");
const pattern25 = new RegExp("arm|x86", "u");

function validate160(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="op.list-images.parameters" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate160.evaluated;
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
validate160.errors = vErrors;
return errors === 0;
}
validate160.evaluated = {"props":{"query":true},"dynamicProps":false,"dynamicItems":false};

export const validateListImagesResponse: CompiledValidator = validate145 as unknown as CompiledValidator;
const schema166 = {"type":"object","properties":{"images":{"type":"array","items":{"$ref":"#/$defs/ImageInfo"}},"total_count":{"type":"integer","format":"int32"}}};
const schema167 = {"type":"object","properties":{"id":{"type":"string","minLength":1,"maxLength":255},"image_type":{"type":"string","minLength":1,"maxLength":55},"os_type":{"type":"string","minLength":1,"maxLength":55},"architecture":{"type":"string","minLength":1,"maxLength":55},"os_version":{"type":"string","minLength":1,"maxLength":55},"disk_format":{"type":"string","minLength":1,"maxLength":255},"name":{"type":"string","minLength":1,"maxLength":55},"min_ram":{"type":"integer","format":"int32","minimum":0},"min_disk":{"type":"integer","format":"int32","minimum":1,"maximum":1024},"product_code":{"type":"string","minLength":0,"maxLength":255},"created_at":{"type":"string"},"kms_id":{"type":"string"}}};
const formats0 = formats.int32;

function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate145.evaluated;
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
validate145.errors = vErrors;
return errors === 0;
}
validate145.evaluated = {"props":{"images":true,"total_count":true},"dynamicProps":false,"dynamicItems":false};

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

/** Compiled validators of ListImages (GET /v2/{project_id}/images). */
export const listImagesValidators: OperationValidators = {
  operationId: "ListImages",
  callShape: "input",
  request: undefined,
  parameters: validateInlineListImagesParameters,
  responses: { "200": validateListImagesResponse, "400": validateErrorResponse, "401": validateErrorResponse, "403": validateErrorResponse, "404": validateErrorResponse, "405": validateErrorResponse, "500": validateErrorResponse, "503": validateErrorResponse },
  hints: {"#/not":"size and desktops cannot be sent together"},
};
