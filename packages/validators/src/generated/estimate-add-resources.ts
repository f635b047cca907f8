// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
// @ts-nocheck -- Ajv standalone output; the typed surface is the export at the end.
import type { CompiledValidator, OperationValidators } from '../types.js';
import { formats } from './formats.js';
import { ucs2length } from '../runtime.js';

export const validateEstimateAddResourcesRequest: CompiledValidator = validate133 as unknown as CompiledValidator;
const schema144 = {"type":"object","additionalProperties":false,"allOf":[{"$ref":"#/$defs/PoolTargetRequired"}],"properties":{"desktop_ids":{"$ref":"#/$defs/InquiryDesktopIds"},"desktop_pool_id":{"$ref":"#/$defs/InquiryDesktopPoolId"},"promotion_plan_id":{"$ref":"#/$defs/InquiryPromotionPlanId"},"handle_type":{"$ref":"#/$defs/PoolChangeHandleType"},"sub_resource_sku":{"type":"string","minLength":1,"maxLength":255}}};
const schema63 = {"type":"object","anyOf":[{"type":"object","required":["desktop_pool_id"],"properties":{"desktop_pool_id":{"type":"string","minLength":1}}},{"type":"object","required":["desktop_ids"],"properties":{"desktop_ids":{"type":"array","minItems":1}}}]};
const schema146 = {"type":"array","minItems":0,"maxItems":100,"items":{"type":"string","minLength":0,"maxLength":255}};
const schema147 = {"type":"string","minLength":0,"maxLength":64};
const schema148 = {"type":"string","minLength":0,"maxLength":255};
const schema64 = {"type":"string","enum":["ONLY_FOR_EXPAND","FOR_EXPAND_AND_IDLE","FOR_EXPAND_AND_ALL"],"minLength":1,"maxLength":55};
const func1 = ucs2length;

function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate133.evaluated;
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
validate133.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validatePriceInquiryResponse: CompiledValidator = validate134 as unknown as CompiledValidator;
const schema150 = {"type":"object","properties":{"currency":{"type":"string"},"cloud_service_rating_results":{"type":"array","items":{"$ref":"#/$defs/CloudServiceRatingResult"}}}};
const schema151 = {"type":"object","properties":{"order_request_id":{"type":"string"},"official_website_rating_result":{"$ref":"#/$defs/OfficialWebsiteRatingResult"},"optional_discount_rating_results":{"type":"array","items":{"$ref":"#/$defs/OptionalDiscountRatingResult"}}}};
const schema152 = {"type":"object","properties":{"amount":{"type":"number"},"discount_amount":{"type":"number"},"measure_id":{"type":"integer","format":"int32"},"official_website_amount":{"type":"number"},"official_website_discount_amount":{"type":"number"},"optional_discount_amount":{"type":"number"},"original_amount":{"type":"number"},"per_amount":{"type":"number"},"per_discount_amount":{"type":"number"},"per_original_amount":{"type":"number"},"per_period_type":{"type":"integer","format":"int32"},"product_rating_results":{"type":"array","items":{"$ref":"#/$defs/ProductResult"}}}};
const schema153 = {"type":"object","properties":{"id":{"type":"string"},"product_id":{"type":"string"},"extend_params":{"type":"string"},"amount":{"type":"number"},"discount_amount":{"type":"number"},"measure_id":{"type":"integer","format":"int32"},"official_website_amount":{"type":"number"},"official_website_discount_amount":{"type":"number"},"optional_discount_amount":{"type":"number"},"original_amount":{"type":"number"},"per_amount":{"type":"number"},"per_discount_amount":{"type":"number"},"per_official_website_amount":{"type":"number"},"per_official_website_discount_amount":{"type":"number"},"per_optional_discount_amount":{"type":"number"},"per_original_amount":{"type":"number"},"per_period_type":{"type":"integer","format":"int32"}}};
const formats0 = formats.int32;

function validate136(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate136.evaluated;
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
validate136.evaluated = {"props":{"amount":true,"discount_amount":true,"measure_id":true,"official_website_amount":true,"official_website_discount_amount":true,"optional_discount_amount":true,"original_amount":true,"per_amount":true,"per_discount_amount":true,"per_original_amount":true,"per_period_type":true,"product_rating_results":true},"dynamicProps":false,"dynamicItems":false};

const schema154 = {"type":"object","properties":{"discount_id":{"type":"string"},"discount_name":{"type":"string"},"discount_type":{"type":"integer","format":"int32"},"best_offer":{"type":"integer","format":"int32"},"same_ratio_flag":{"type":"integer","format":"int32"},"discount_ratio":{"type":"number"},"promotion_info":{"type":"string"},"amount":{"type":"number"},"discount_amount":{"type":"number"},"measure_id":{"type":"integer","format":"int32"},"official_website_amount":{"type":"number"},"official_website_discount_amount":{"type":"number"},"optional_discount_amount":{"type":"number"},"original_amount":{"type":"number"},"per_amount":{"type":"number"},"per_discount_amount":{"type":"number"},"per_official_website_amount":{"type":"number"},"per_official_website_discount_amount":{"type":"number"},"per_optional_discount_amount":{"type":"number"},"per_original_amount":{"type":"number"},"per_period_type":{"type":"integer","format":"int32"},"product_rating_results":{"type":"array","items":{"$ref":"#/$defs/ProductResult"}}}};

function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate138.evaluated;
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
validate138.evaluated = {"props":{"discount_id":true,"discount_name":true,"discount_type":true,"best_offer":true,"same_ratio_flag":true,"discount_ratio":true,"promotion_info":true,"amount":true,"discount_amount":true,"measure_id":true,"official_website_amount":true,"official_website_discount_amount":true,"optional_discount_amount":true,"original_amount":true,"per_amount":true,"per_discount_amount":true,"per_official_website_amount":true,"per_official_website_discount_amount":true,"per_optional_discount_amount":true,"per_original_amount":true,"per_period_type":true,"product_rating_results":true},"dynamicProps":false,"dynamicItems":false};


function validate135(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate135.evaluated;
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
validate135.evaluated = {"props":{"order_request_id":true,"official_website_rating_result":true,"optional_discount_rating_results":true},"dynamicProps":false,"dynamicItems":false};


function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate134.evaluated;
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
validate134.evaluated = {"props":{"currency":true,"cloud_service_rating_results":true},"dynamicProps":false,"dynamicItems":false};

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

/** Compiled validators of EstimateAddResources (POST /v2/{project_id}/periodic/inquiry/add-resources). */
export const estimateAddResourcesValidators: OperationValidators = {
  operationId: "EstimateAddResources",
  callShape: "body",
  request: validateEstimateAddResourcesRequest,
  parameters: undefined,
  responses: { "200": validatePriceInquiryResponse, "400": validateErrorResponse, "401": validateErrorResponse, "403": validateErrorResponse, "409": validateErrorResponse, "500": validateErrorResponse },
  hints: {"#/not":"size and desktops cannot be sent together"},
};
