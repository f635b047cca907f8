/**
 * Bodies that a source explicitly allows (the page's own example, an SDK model, an SDK
 * description), one or more per item of issue 11. Each must pass: the client validates by
 * default, so a refusal here would block an order Huawei sells. Used by the spec tests and by
 * the validators' tests, beside the invalid-body table.
 */
import { desktop, type InvalidCase, ids, order, poolOrder, sharer, volumes } from './invalid-bodies.js';

export interface AllowedCase {
  readonly name: string;
  readonly operationId: InvalidCase['operationId'];
  readonly body: unknown;
  /** Which source allows it. */
  readonly source: string;
}

const attach = (userInfo: Record<string, unknown>) => ({
  type: 'createDesktops',
  resources: [
    { create_desktops: desktop(), attach_desktops: { desktops: [{ desktop_id: 'd1', attach_user_infos: [userInfo] }] } },
  ],
});

export const ALLOWED_BODIES: readonly AllowedCase[] = [
  // 1: the page-002 example sends create_desktops.tenantId
  {
    name: '1: create_desktops.tenantId, as the page 002 example sends it',
    operationId: 'CreateDesktopOrder',
    source: 'page 002 example request',
    body: {
      hour_package_resources: [
        { period_type: 2, period_num: 1, create_desktops: desktop({ tenantId: '60ec8cdfb5974ddb8f75ba30952d52eb' }) },
      ],
    },
  },
  // 2: SDK fields of CreateDesktopPoolReq
  {
    name: '2: pool with domain',
    operationId: 'CreateOrder',
    source: 'SDK CreateDesktopPoolReq.domain',
    body: poolOrder({ domain: 'example.com' }),
  },
  {
    name: '2: pool with user_reset_policy',
    operationId: 'CreateOrder',
    source: 'Python SDK 3.1.192+ UserResetPolicy',
    body: poolOrder({ user_reset_policy: { enable: true, reset_count_per_day: 3 } }),
  },
  // 3: Chinese names
  {
    name: '3: pool name in Chinese',
    operationId: 'CreateOrder',
    source: 'SDK CreateDesktopPoolReq.name',
    body: poolOrder({ name: '研发桌面池-1' }),
  },
  {
    name: '3: pool name of 64 characters',
    operationId: 'CreateOrder',
    source: 'API definition CreateDesktopPoolReq.name (1 to 64 since 2026-04-25)',
    body: poolOrder({ name: 'p'.repeat(64) }),
  },
  {
    name: '3: computer_name in Chinese',
    operationId: 'CreateOrder',
    source: 'SDK Desktop.computer_name',
    body: order(desktop({ desktops: [{ user_name: 'alice', computer_name: 'RD研发部-01' }] })),
  },
  {
    name: '3: group name in Chinese',
    operationId: 'CreateOrder',
    source: 'SDK AttachInstancesUserInfo.user_name (GROUP)',
    body: attach({ type: 'GROUP', user_name: '研发_组-1', user_group: 'users' }),
  },
  // 4: attach_desktops and resize_exclusive_lites without their type's object
  {
    name: '4: attach_desktops alone',
    operationId: 'CreateOrder',
    source: 'page Table 4 / SDK Resource.attach_desktops (no type names it)',
    body: {
      type: 'createDesktops',
      resources: [{ attach_desktops: { desktops: [{ desktop_id: 'd1', user_name: 'alice', user_group: 'users' }] } }],
    },
  },
  {
    name: '4: resize_exclusive_lites alone',
    operationId: 'CreateOrder',
    source: 'page Table 4 / SDK Resource.resize_exclusive_lites (no type names it)',
    body: { type: 'createExclusiveHosts', resources: [{ resize_exclusive_lites: { product_id: 'p', new_quantity: 4 } }] },
  },
  // 5: formats
  {
    name: '5: created_at as the page prints it',
    operationId: 'CreateOrder',
    source: 'page 001 AuthorizedObjects.created_at',
    body: poolOrder({
      authorized_objects: [
        {
          object_type: 'USER',
          object_id: 'u1',
          object_name: 'alice',
          user_group: 'users',
          created_at: '2022-05-11T11:45:42.000Z',
        },
      ],
    }),
  },
  {
    name: '5: e-mail with plus and subdomain',
    operationId: 'CreateOrder',
    source: 'page "valid user email"',
    body: order(desktop({ desktops: [{ user_name: 'alice', user_email: 'alice+ops@mail.example.com.cn' }] })),
  },
  // 6: Eip.type open
  {
    name: '6: Eip.type outside the two prose values',
    operationId: 'CreateOrder',
    source: 'SDK Eip.type (open string)',
    body: order(desktop({ eip: { type: '5_telcom', charge_mode: 'BANDWIDTH', bandwidth_size: 5 } })),
  },
  // 7: rules the SDK states
  {
    name: '7: ENCRYPTED rebuild with kms_id',
    operationId: 'CreateOrder',
    source: 'SDK RebuildDesktopsReq.kms_id',
    body: {
      type: 'rebuildDesktops',
      resources: [
        { rebuild_desktops: { desktop_ids: ['d1'], image_type: 'gold', image_id: 'i', encrypt_type: 'ENCRYPTED', kms_id: 'k1' } },
      ],
    },
  },
  {
    name: '7: copy_volume_desktop_id with copy_volume_ids',
    operationId: 'CreateOrder',
    source: 'SDK Desktop.copy_volume_*',
    body: order(desktop({ desktops: [{ user_name: 'alice', copy_volume_desktop_id: 'd0', copy_volume_ids: ['v1'] }] })),
  },
  {
    name: '7: attach user info without type (USER by default)',
    operationId: 'CreateOrder',
    source: 'SDK AttachInstancesUserInfo.type default USER',
    body: attach({ user_name: 'alice', user_group: 'users' }),
  },
  // 8: facts restored; once_auto_created is deprecated but still accepted
  {
    name: '8: period_type 6 (one-off)',
    operationId: 'CreateOrder',
    source: 'page Table 4 period_type',
    body: {
      type: 'ApplySubnetBandwidth',
      resources: [{ period_type: 6, apply_subnet_bandwidth: { subnet_id: 's', charge_mode: 'wks_bandwidth' } }],
    },
  },
  {
    name: '8: deprecated once_auto_created and auto_isolation_max_num 1000',
    operationId: 'CreateOrder',
    source: 'SDK AutoscalePolicy',
    body: poolOrder({
      enable_autoscale: true,
      autoscale_policy: {
        autoscale_type: 'AUTO_CREATED',
        once_auto_created: 2,
        auto_isolation_enable: true,
        auto_isolation_max_num: 1000,
      },
    }),
  },
  // 9: image_type left out (it defaults to private)
  {
    name: '9: desktops without image_type',
    operationId: 'CreateOrder',
    source: 'page and SDK: image_type defaults to private',
    body: order({ ...desktop(), image_type: undefined }),
  },
  {
    name: '9: pool without image_type',
    operationId: 'CreateOrder',
    source: 'page and SDK: image_type defaults to private',
    body: poolOrder({ image_type: undefined }),
  },
  // pool change-order: SDK fields
  {
    name: '2: change_image_param with the SDK fields',
    operationId: 'CreateDesktopPoolChangeOrder',
    source: 'SDK CreateChangeImageOrderRequestBody',
    body: {
      type: 'CHANGE_IMAGE',
      agency_urn: 'urn',
      change_image_param: {
        desktop_pool_id: 'p',
        image_id: 'i',
        image_type: 'private',
        encrypt_type: 'ENCRYPTED',
        kms_id: 'k',
        handle_type: 'FOR_EXPAND_AND_ALL',
      },
    },
  },
  // The API definitions' bounds at their edges (the invalid-body table has one past each).
  {
    name: 'definition: SATA system disk',
    operationId: 'CreateOrder',
    source: 'API definition Volume.type (any disk type the system offers); ListVolumeProductInfo page lists SATA',
    body: order(desktop({ root_volume: { type: 'SATA', size: 80 } })),
  },
  {
    name: 'definition: disk type of 255 characters',
    operationId: 'CreateDesktopOrder',
    source: 'API definition Volume.type (1 to 255)',
    body: {
      hour_package_resources: [
        { period_type: 2, create_desktops: desktop({ root_volume: { type: 'S'.repeat(255), size: 80 } }) },
      ],
    },
  },
  {
    name: 'definition: 100 desktop_ids',
    operationId: 'AddDesktopSubResources',
    source: 'API definition AddDesktopSubResourcesReq.desktop_ids (1 to 100)',
    body: { sub_resource_sku: 'sku', desktop_ids: ids(100) },
  },
  {
    name: 'definition: one desktop ID and a SKU of 255 characters',
    operationId: 'AddDesktopSubResources',
    source: 'API definition desktop_ids items and sub_resource_sku (at most 255)',
    body: { sub_resource_sku: 's'.repeat(255), desktop_ids: ['d'.repeat(255)] },
  },
  {
    name: 'definition: 50 resources of 10 disks each',
    operationId: 'CreateOrder',
    source: 'API definition CreateOrderReq.resources (1 to 50), AddVolumes.volumes (1 to 10)',
    body: { type: 'addVolumes', resources: Array.from({ length: 50 }, () => volumes(10)) },
  },
  {
    name: 'definition: 50 hour_package_resources',
    operationId: 'CreateDesktopOrder',
    source: 'API definition hour_package_resources (1 to 50)',
    body: {
      hour_package_resources: Array.from({ length: 50 }, () => ({ period_type: 3, period_num: 2147483647, is_auto_renew: 255 })),
    },
  },
  {
    name: 'definition: 20 tags, 5 security groups, 10 data disks, 5 NICs',
    operationId: 'CreateOrder',
    source: 'API definition CreateDesktopReq',
    body: order(
      desktop({
        tags: Array.from({ length: 20 }, (_, i) => ({ key: `k${i}` })),
        security_groups: Array.from({ length: 5 }, (_, i) => ({ id: `sg${i}` })),
        data_volumes: Array.from({ length: 10 }, () => ({ type: 'GPSSD', size: 32760 })),
        nics: Array.from({ length: 5 }, (_, i) => ({ subnet_id: `s${i}` })),
      }),
    ),
  },
  {
    name: 'definition: 10 copy_volume_ids',
    operationId: 'CreateOrder',
    source: 'API definition Desktop.copy_volume_ids (at most 10)',
    body: order(
      desktop({ desktops: [{ user_name: 'alice', copy_volume_desktop_id: 'd'.repeat(100), copy_volume_ids: ids(10) }] }),
    ),
  },
  {
    name: 'definition: 100 unassigned desktops, image_id of 255 characters',
    operationId: 'CreateOrder',
    source: 'API definition CreateDesktopReq.size (1 to 100), image_id (1 to 255)',
    body: order(desktop({ size: 100, desktop_name: 'pc', image_id: 'i'.repeat(255) })),
  },
  {
    name: 'definition: EIP bandwidth of 2000 for 100 desktops',
    operationId: 'CreateOrder',
    source: 'API definition ApplyDesktopsInternet (bandwidth_size 1 to 2000, desktop_ids at most 100)',
    body: {
      type: 'applyDesktopsInternet',
      resources: [
        {
          apply_desktops_internet: { desktop_ids: ids(100), eip_type: '5_bgp', eip_charge_mode: 'TRAFFIC', bandwidth_size: 2000 },
        },
      ],
    },
  },
  {
    name: 'definition: collaboration user name of 100 characters',
    operationId: 'CreateOrder',
    source: 'API definition SubscribeUserInfo.user_name (1 to 100, required since 2026-06-05)',
    body: sharer({ user_id: 'u'.repeat(255), user_name: 'u'.repeat(100) }),
  },
  {
    name: 'definition: assigned user name of 64 characters',
    operationId: 'CreateOrder',
    source: 'API definition AttachInstancesDesktopInfo.user_name (1 to 64)',
    body: {
      type: 'createDesktops',
      resources: [
        {
          create_desktops: desktop(),
          attach_desktops: { desktops: [{ desktop_id: 'd1', user_name: 'u'.repeat(64), user_group: 'users' }] },
        },
      ],
    },
  },
  {
    name: 'definition: rebuild handle_type FOR_EXPAND_AND_IDLE',
    operationId: 'CreateOrder',
    source: 'API definition and SDK RebuildDesktopsReq.handle_type (three values in the description)',
    body: {
      type: 'rebuildDesktops',
      resources: [
        { rebuild_desktops: { desktop_ids: ['d1'], image_type: 'gold', image_id: 'i', handle_type: 'FOR_EXPAND_AND_IDLE' } },
      ],
    },
  },
  {
    name: 'definition: 1000 desktops in an image change',
    operationId: 'CreateDesktopPoolChangeOrder',
    source: 'API definition CreateChangeImageOrderRequestBody.desktop_ids (at most 1000)',
    body: { type: 'CHANGE_IMAGE', change_image_param: { desktop_ids: ids(1000), image_id: 'i', delay_time: 15 } },
  },
  {
    name: 'definition: ADD_VOLUME with the fields only the definition has',
    operationId: 'CreateDesktopPoolChangeOrder',
    source: 'API definition EstimateAddVolumeRequestBody',
    body: {
      type: 'ADD_VOLUME',
      add_volume_param: {
        desktop_pool_id: 'p'.repeat(64),
        volume_type: 'SATA',
        volume_size: 8200,
        desktop_pool_disk_id: 'd',
        iops: 16380000,
        throughput: 4095000,
        kms_id: 'k',
      },
    },
  },
  {
    name: 'definition: pool name of 1 character and pool of 100 desktops',
    operationId: 'CreateOrder',
    source: 'API definition CreateDesktopPoolReq (name 1 to 64, size 0 to 100)',
    body: poolOrder({ name: 'p', size: 100 }),
  },
  // Audit: what the tag and computer_name rules still accept.
  {
    name: 'audit: tag key with = and a _sys_ prefix, value with spaces inside',
    operationId: 'CreateOrder',
    source: 'SDK and API definition Tag (= allowed); page Tag (_sys_ allowed)',
    body: order(
      desktop({
        tags: [
          { key: '_sys_a=b', value: 'a b' },
          { key: 'k'.repeat(128), value: 'v'.repeat(43) },
          { key: '研发:环境@1', value: '' },
        ],
      }),
    ),
  },
  {
    name: 'audit: computer_name of weight 15 (a letter and 7 Chinese characters)',
    operationId: 'CreateOrder',
    source: 'SDK Desktop.computer_name (a Chinese character counts as 2 of 15)',
    body: order(
      desktop({
        desktops: [
          { user_name: 'alice', computer_name: 'A研发研发研发研' },
          { user_name: 'bob', computer_name: 'abcdefghijklmno' },
        ],
      }),
    ),
  },
];
