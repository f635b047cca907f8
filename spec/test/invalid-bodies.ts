/**
 * One hand-picked invalid body per constraint the pages state, and one per bound of the API
 * definitions just past its edge, with the JSON pointer where the problem must be reported. Used
 * by the spec tests and by the validators' tests.
 */
export interface InvalidCase {
  readonly name: string;
  readonly operationId: 'AddDesktopSubResources' | 'CreateOrder' | 'CreateDesktopOrder' | 'CreateDesktopPoolChangeOrder';
  readonly body: unknown;
  /** Pointer of the offending value (for a missing property: where it should be). */
  readonly pointer: string;
  readonly keyword: string;
}

/** A valid create_desktops object, with `over` replacing or adding fields (shared with the allowed-body table). */
export const desktop = (over: Record<string, unknown> = {}) => ({
  desktop_type: 'DEDICATED',
  product_id: 'workspace.x86.general.xlarge2',
  image_type: 'private',
  image_id: 'e1d65e11-861c-459d-a3a8-ab150d79befc',
  root_volume: { type: 'SAS', size: 80 },
  ...over,
});
/** A yearly/monthly createDesktops order of one resource (shared with the allowed-body table). */
export const order = (createDesktops: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'createDesktops',
  resources: [{ period_type: 2, period_num: 1, create_desktops: createDesktops }],
  ...extra,
});
const hourly = (createDesktops: Record<string, unknown>) => ({
  hour_package_resources: [{ period_type: 2, create_desktops: createDesktops }],
});
const pool = (type: string, param: string, value: Record<string, unknown>) => ({ type, [param]: value });
/** A valid createDesktopPool order, with `over` replacing or adding fields of the pool (shared with the allowed-body table). */
export const poolOrder = (over: Record<string, unknown> = {}) => ({
  type: 'createDesktopPool',
  resources: [
    {
      create_desktop_pool: {
        name: 'pool-1',
        type: 'STATIC',
        size: 1,
        product_id: 'p',
        image_type: 'gold',
        image_id: 'i',
        root_volume: { type: 'SAS', size: 80 },
        subnet_ids: ['s'],
        ...over,
      },
    },
  ],
});
/** n distinct desktop IDs. */
export const ids = (n: number) => Array.from({ length: n }, (_, i) => `d${i}`);
/** One addVolumes resource with n data disks. */
export const volumes = (n: number) => ({
  add_volumes: { desktop_id: 'd1', volumes: Array.from({ length: n }, () => ({ type: 'SAS', size: 10 })) },
});
/** A subscribeUserSharer order for one user. */
export const sharer = (user: Record<string, unknown>) => ({
  type: 'subscribeUserSharer',
  resources: [{ subscribe_user_sharer: { user_sharer_sku: 'sku', users: [user] } }],
});

export const INVALID_BODIES: readonly InvalidCase[] = [
  {
    name: 'system disk of 85 GB (not a multiple of 10)',
    operationId: 'CreateOrder',
    body: order(desktop({ root_volume: { type: 'SAS', size: 85 } })),
    pointer: '/resources/0/create_desktops/root_volume/size',
    keyword: 'multipleOf',
  },
  {
    name: 'system disk of 70 GB (below 80)',
    operationId: 'CreateOrder',
    body: order(desktop({ root_volume: { type: 'SAS', size: 70 } })),
    pointer: '/resources/0/create_desktops/root_volume/size',
    keyword: 'minimum',
  },
  {
    name: 'system disk above 32760 GB',
    operationId: 'CreateDesktopOrder',
    body: hourly(desktop({ root_volume: { type: 'SAS', size: 32770 } })),
    pointer: '/hour_package_resources/0/create_desktops/root_volume/size',
    keyword: 'maximum',
  },
  {
    name: 'data disk of 5 GB (below 10)',
    operationId: 'CreateOrder',
    body: { type: 'addVolumes', resources: [{ add_volumes: { desktop_id: 'd1', volumes: [{ type: 'SAS', size: 5 }] } }] },
    pointer: '/resources/0/add_volumes/volumes/0/size',
    keyword: 'minimum',
  },
  {
    name: 'empty disk type',
    operationId: 'CreateOrder',
    body: order(desktop({ root_volume: { type: '', size: 80 } })),
    pointer: '/resources/0/create_desktops/root_volume/type',
    keyword: 'minLength',
  },
  {
    name: 'disk type of 256 characters',
    operationId: 'CreateOrder',
    body: order(desktop({ root_volume: { type: 'S'.repeat(256), size: 80 } })),
    pointer: '/resources/0/create_desktops/root_volume/type',
    keyword: 'maxLength',
  },
  {
    name: 'user name with a space',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'john smith' }] })),
    pointer: '/resources/0/create_desktops/desktops/0/user_name',
    keyword: 'pattern',
  },
  {
    name: 'user name of 33 characters',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'a'.repeat(33) }] })),
    pointer: '/resources/0/create_desktops/desktops/0/user_name',
    keyword: 'maxLength',
  },
  {
    name: '16-character computer name',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', computer_name: 'abcdefghijklmnop' }] })),
    pointer: '/resources/0/create_desktops/desktops/0/computer_name',
    keyword: 'maxLength',
  },
  {
    name: 'Chinese computer name with a space',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', computer_name: '研发 一' }] })),
    pointer: '/resources/0/create_desktops/desktops/0/computer_name',
    keyword: 'pattern',
  },
  {
    name: 'Chinese computer name ending with a hyphen',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', computer_name: '研发-' }] })),
    pointer: '/resources/0/create_desktops/desktops/0/computer_name',
    keyword: 'pattern',
  },
  {
    name: 'computer name ending with a hyphen',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', computer_name: 'pc-' }] })),
    pointer: '/resources/0/create_desktops/desktops/0/computer_name',
    keyword: 'pattern',
  },
  {
    name: 'desktop name of 16 characters',
    operationId: 'CreateOrder',
    body: order(desktop({ size: 1, desktop_name: 'a'.repeat(16) })),
    pointer: '/resources/0/create_desktops/desktop_name',
    keyword: 'maxLength',
  },
  {
    name: 'desktop name prefix of 14 characters with size 2',
    operationId: 'CreateOrder',
    body: order(desktop({ size: 2, desktop_name: 'a'.repeat(14) })),
    pointer: '/resources/0/create_desktops/desktop_name',
    keyword: 'maxLength',
  },
  {
    name: 'size together with desktops',
    operationId: 'CreateOrder',
    body: order(desktop({ size: 1, desktops: [{ user_name: 'alice' }] })),
    pointer: '/resources/0/create_desktops',
    keyword: 'not',
  },
  {
    name: '101 desktop IPs',
    operationId: 'CreateOrder',
    body: order(desktop({ desktop_ips: Array.from({ length: 101 }, (_, i) => `10.0.0.${i}`) })),
    pointer: '/resources/0/create_desktops/desktop_ips',
    keyword: 'maxItems',
  },
  {
    name: 'empty desktops list',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [] })),
    pointer: '/resources/0/create_desktops/desktops',
    keyword: 'minItems',
  },
  {
    name: 'tag key of 129 characters',
    operationId: 'CreateOrder',
    body: order(desktop({ tags: [{ key: 'k'.repeat(129) }] })),
    pointer: '/resources/0/create_desktops/tags/0/key',
    keyword: 'maxLength',
  },
  {
    name: 'empty tag key',
    operationId: 'CreateOrder',
    body: order(desktop({ tags: [{ key: '' }] })),
    pointer: '/resources/0/create_desktops/tags/0/key',
    keyword: 'minLength',
  },
  {
    name: 'tag value of 44 characters',
    operationId: 'CreateOrder',
    body: order(desktop({ tags: [{ key: 'k', value: 'v'.repeat(44) }] })),
    pointer: '/resources/0/create_desktops/tags/0/value',
    keyword: 'maxLength',
  },
  {
    name: 'is_auto_pay as a boolean',
    operationId: 'CreateOrder',
    body: order(desktop(), { extend_param: { is_auto_pay: true } }),
    pointer: '/extend_param/is_auto_pay',
    keyword: 'type',
  },
  {
    name: 'desktop_type outside the enum',
    operationId: 'CreateOrder',
    body: order(desktop({ desktop_type: 'POOLED' })),
    pointer: '/resources/0/create_desktops/desktop_type',
    keyword: 'enum',
  },
  {
    name: 'image_type outside the enum',
    operationId: 'CreateDesktopOrder',
    body: hourly(desktop({ image_type: 'shared' })),
    pointer: '/hour_package_resources/0/create_desktops/image_type',
    keyword: 'enum',
  },
  {
    name: 'missing required product_id',
    operationId: 'CreateDesktopOrder',
    body: hourly({ ...desktop(), product_id: undefined }),
    pointer: '/hour_package_resources/0/create_desktops/product_id',
    keyword: 'required',
  },
  {
    name: 'period_type 4 on an hourly-package order',
    operationId: 'CreateDesktopOrder',
    body: { hour_package_resources: [{ period_type: 4 }] },
    pointer: '/hour_package_resources/0/period_type',
    keyword: 'enum',
  },
  {
    name: 'unknown property tenant_id (neighbour of the accepted tenantId)',
    operationId: 'CreateDesktopOrder',
    body: hourly(desktop({ tenant_id: '60ec8cdfb5974ddb8f75ba30952d52eb' })),
    pointer: '/hour_package_resources/0/create_desktops/tenant_id',
    keyword: 'additionalProperties',
  },
  {
    name: 'integer given as a string',
    operationId: 'CreateDesktopOrder',
    body: { hour_package_resources: [{ period_num: '1' }] },
    pointer: '/hour_package_resources/0/period_num',
    keyword: 'type',
  },
  {
    name: 'invalid user e-mail',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', user_email: 'not-an-email' }] })),
    pointer: '/resources/0/create_desktops/desktops/0/user_email',
    keyword: 'format',
  },
  {
    name: 'createDesktops order without create_desktops',
    operationId: 'CreateOrder',
    body: { type: 'createDesktops', resources: [{ period_type: 2 }] },
    pointer: '/resources/0',
    keyword: 'anyOf',
  },
  {
    name: 'unknown CreateOrder type',
    operationId: 'CreateOrder',
    body: { type: 'applySubnetBandwidth', resources: [{}] },
    pointer: '/type',
    keyword: 'enum',
  },
  {
    name: 'missing resources',
    operationId: 'CreateOrder',
    body: { type: 'addVolumes' },
    pointer: '/resources',
    keyword: 'required',
  },
  {
    name: 'pool name with a space (neighbour of the Chinese names)',
    operationId: 'CreateOrder',
    body: poolOrder({ name: '桌面 池' }),
    pointer: '/resources/0/create_desktop_pool/name',
    keyword: 'pattern',
  },
  {
    name: 'pool name with an underscore',
    operationId: 'CreateOrder',
    body: poolOrder({ name: 'my_pool' }),
    pointer: '/resources/0/create_desktop_pool/name',
    keyword: 'pattern',
  },
  {
    name: 'pool name of 65 characters (the definition caps it at 64)',
    operationId: 'CreateOrder',
    body: poolOrder({ name: 'p'.repeat(65) }),
    pointer: '/resources/0/create_desktop_pool/name',
    keyword: 'maxLength',
  },
  {
    name: 'bandwidth of 0 Mbit/s',
    operationId: 'CreateOrder',
    body: {
      type: 'applyDesktopsInternet',
      resources: [
        { apply_desktops_internet: { desktop_ids: ['d1'], eip_type: '5_bgp', eip_charge_mode: 'TRAFFIC', bandwidth_size: 0 } },
      ],
    },
    pointer: '/resources/0/apply_desktops_internet/bandwidth_size',
    keyword: 'minimum',
  },
  {
    name: 'EIPs with neither desktop_ids nor count',
    operationId: 'CreateOrder',
    body: {
      type: 'applyDesktopsInternet',
      resources: [{ apply_desktops_internet: { eip_type: '5_bgp', eip_charge_mode: 'TRAFFIC', bandwidth_size: 5 } }],
    },
    pointer: '/resources/0/apply_desktops_internet',
    keyword: 'anyOf',
  },
  {
    name: 'ApplySubnetBandwidth with an unknown charge mode',
    operationId: 'CreateOrder',
    body: { type: 'ApplySubnetBandwidth', resources: [{ apply_subnet_bandwidth: { subnet_id: 's', charge_mode: 'monthly' } }] },
    pointer: '/resources/0/apply_subnet_bandwidth/charge_mode',
    keyword: 'enum',
  },
  {
    name: 'ADD_VOLUME without add_volume_param',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: { type: 'ADD_VOLUME' },
    pointer: '/add_volume_param',
    keyword: 'required',
  },
  {
    name: 'RESIZE without resize_param',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: { type: 'RESIZE', add_volume_param: { desktop_pool_id: 'p', volume_type: 'SAS', volume_size: 10 } },
    pointer: '/resize_param',
    keyword: 'required',
  },
  {
    name: 'change order without type',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: { add_volume_param: { desktop_pool_id: 'p', volume_type: 'SAS', volume_size: 10 } },
    pointer: '/type',
    keyword: 'required',
  },
  {
    name: 'both desktop_pool_id and desktop_ids missing',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: pool('ADD_VOLUME', 'add_volume_param', { volume_type: 'SAS', volume_size: 10 }),
    pointer: '/add_volume_param',
    keyword: 'anyOf',
  },
  {
    name: 'desktop_ids empty and no desktop_pool_id',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: pool('EXTEND_VOLUME', 'extend_volume_param', { desktop_ids: [], desktop_pool_disk_id: 'd', new_size: 100 }),
    pointer: '/extend_volume_param',
    keyword: 'anyOf',
  },
  {
    name: 'ADD_VOLUME without volume_size',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: pool('ADD_VOLUME', 'add_volume_param', { desktop_pool_id: 'p', volume_type: 'SAS' }),
    pointer: '/add_volume_param/volume_size',
    keyword: 'required',
  },
  {
    name: 'CHANGE_IMAGE with neither image_id nor image_spec_code',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: pool('CHANGE_IMAGE', 'change_image_param', { desktop_pool_id: 'p', delay_time: 5 }),
    pointer: '/change_image_param',
    keyword: 'anyOf',
  },
  {
    name: 'RESIZE with a mode other than STOP_DESKTOP',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: pool('RESIZE', 'resize_param', { desktop_pool_id: 'p', product_id: 'x', mode: 'LIVE' }),
    pointer: '/resize_param/mode',
    keyword: 'enum',
  },
  {
    name: 'DELETE_SUB_RESOURCES of an unknown type',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: pool('DELETE_SUB_RESOURCES', 'delete_sub_resources_param', { desktop_pool_id: 'p', sub_resource_type: 'USER_SHARER' }),
    pointer: '/delete_sub_resources_param/sub_resource_type',
    keyword: 'enum',
  },
  {
    name: 'typo in a pool change field',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: pool('ADD_VOLUME', 'add_volume_param', { desktop_pool_id: 'p', volume_type: 'SAS', volume_size: 10, volume_szie: 20 }),
    pointer: '/add_volume_param/volume_szie',
    keyword: 'additionalProperties',
  },
  {
    name: 'sub-resources without desktop_ids',
    operationId: 'AddDesktopSubResources',
    body: { sub_resource_sku: 'sku' },
    pointer: '/desktop_ids',
    keyword: 'required',
  },
  {
    name: 'sub-resources with desktop_ids as a string',
    operationId: 'AddDesktopSubResources',
    body: { sub_resource_sku: 'sku', desktop_ids: 'd1' },
    pointer: '/desktop_ids',
    keyword: 'type',
  },
  {
    name: 'assigning a desktop without a user',
    operationId: 'CreateOrder',
    body: {
      type: 'createDesktops',
      resources: [{ create_desktops: desktop(), attach_desktops: { desktops: [{ desktop_id: 'd1' }] } }],
    },
    pointer: '/resources/0/attach_desktops/desktops/0',
    keyword: 'anyOf',
  },
  {
    name: 'group user name with a space',
    operationId: 'CreateOrder',
    body: {
      type: 'createDesktops',
      resources: [
        {
          create_desktops: desktop(),
          attach_desktops: { desktops: [{ attach_user_infos: [{ type: 'GROUP', user_name: 'two words' }] }] },
        },
      ],
    },
    pointer: '/resources/0/attach_desktops/desktops/0/attach_user_infos/0/user_name',
    keyword: 'pattern',
  },
  {
    name: 'group name in Chinese with a space',
    operationId: 'CreateOrder',
    body: {
      type: 'createDesktops',
      resources: [
        {
          create_desktops: desktop(),
          attach_desktops: { desktops: [{ attach_user_infos: [{ type: 'GROUP', user_name: '研发 组' }] }] },
        },
      ],
    },
    pointer: '/resources/0/attach_desktops/desktops/0/attach_user_infos/0/user_name',
    keyword: 'pattern',
  },
  {
    name: 'Chinese user name when type is left out (defaults to USER)',
    operationId: 'CreateOrder',
    body: {
      type: 'createDesktops',
      resources: [
        {
          create_desktops: desktop(),
          attach_desktops: { desktops: [{ attach_user_infos: [{ user_name: '张三', user_group: 'users' }] }] },
        },
      ],
    },
    pointer: '/resources/0/attach_desktops/desktops/0/attach_user_infos/0/user_name',
    keyword: 'pattern',
  },
  {
    name: 'Chinese user name with type USER',
    operationId: 'CreateOrder',
    body: {
      type: 'createDesktops',
      resources: [
        {
          create_desktops: desktop(),
          attach_desktops: { desktops: [{ attach_user_infos: [{ type: 'USER', user_name: '张三', user_group: 'users' }] }] },
        },
      ],
    },
    pointer: '/resources/0/attach_desktops/desktops/0/attach_user_infos/0/user_name',
    keyword: 'pattern',
  },
  {
    name: 'ENCRYPTED rebuild without kms_id',
    operationId: 'CreateOrder',
    body: {
      type: 'rebuildDesktops',
      resources: [{ rebuild_desktops: { desktop_ids: ['d1'], image_type: 'gold', image_id: 'i', encrypt_type: 'ENCRYPTED' } }],
    },
    pointer: '/resources/0/rebuild_desktops/kms_id',
    keyword: 'required',
  },
  {
    name: 'ENCRYPTED image change without kms_id',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: pool('CHANGE_IMAGE', 'change_image_param', { desktop_pool_id: 'p', image_id: 'i', encrypt_type: 'ENCRYPTED' }),
    pointer: '/change_image_param/kms_id',
    keyword: 'required',
  },
  {
    name: 'copy_volume_desktop_id without copy_volume_ids',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', copy_volume_desktop_id: 'd0' }] })),
    pointer: '/resources/0/create_desktops/desktops/0/copy_volume_ids',
    keyword: 'dependentRequired',
  },
  {
    name: 'copy_volume_ids without copy_volume_desktop_id',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', copy_volume_ids: ['v1'] }] })),
    pointer: '/resources/0/create_desktops/desktops/0/copy_volume_desktop_id',
    keyword: 'dependentRequired',
  },
  {
    name: 'e-mail with a leading dot',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', user_email: '.a@example.com' }] })),
    pointer: '/resources/0/create_desktops/desktops/0/user_email',
    keyword: 'format',
  },
  {
    name: 'e-mail with a trailing dot in the local part',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', user_email: 'a.@example.com' }] })),
    pointer: '/resources/0/create_desktops/desktops/0/user_email',
    keyword: 'format',
  },
  {
    name: 'e-mail with two dots in a row',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', user_email: 'a..b@example.com' }] })),
    pointer: '/resources/0/create_desktops/desktops/0/user_email',
    keyword: 'format',
  },
  {
    name: 'e-mail with a dotless domain',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', user_email: 'a@b' }] })),
    pointer: '/resources/0/create_desktops/desktops/0/user_email',
    keyword: 'format',
  },
  { name: 'body that is not an object', operationId: 'AddDesktopSubResources', body: [], pointer: '', keyword: 'type' },
  // The API definitions' bounds, one past each edge (the allowed-body table has the edges themselves).
  {
    name: 'definition: no desktop_ids',
    operationId: 'AddDesktopSubResources',
    body: { sub_resource_sku: 'sku', desktop_ids: [] },
    pointer: '/desktop_ids',
    keyword: 'minItems',
  },
  {
    name: 'definition: 101 desktop_ids',
    operationId: 'AddDesktopSubResources',
    body: { sub_resource_sku: 'sku', desktop_ids: ids(101) },
    pointer: '/desktop_ids',
    keyword: 'maxItems',
  },
  {
    name: 'definition: desktop ID of 256 characters',
    operationId: 'AddDesktopSubResources',
    body: { sub_resource_sku: 'sku', desktop_ids: ['d'.repeat(256)] },
    pointer: '/desktop_ids/0',
    keyword: 'maxLength',
  },
  {
    name: 'definition: SKU of 256 characters',
    operationId: 'AddDesktopSubResources',
    body: { sub_resource_sku: 's'.repeat(256), desktop_ids: ['d1'] },
    pointer: '/sub_resource_sku',
    keyword: 'maxLength',
  },
  {
    name: 'definition: no resources',
    operationId: 'CreateOrder',
    body: { type: 'addVolumes', resources: [] },
    pointer: '/resources',
    keyword: 'minItems',
  },
  {
    name: 'definition: 51 resources',
    operationId: 'CreateOrder',
    body: { type: 'addVolumes', resources: Array.from({ length: 51 }, () => volumes(1)) },
    pointer: '/resources',
    keyword: 'maxItems',
  },
  {
    name: 'definition: no hour_package_resources',
    operationId: 'CreateDesktopOrder',
    body: { hour_package_resources: [] },
    pointer: '/hour_package_resources',
    keyword: 'minItems',
  },
  {
    name: 'definition: 51 hour_package_resources',
    operationId: 'CreateDesktopOrder',
    body: { hour_package_resources: Array.from({ length: 51 }, () => ({ period_type: 2 })) },
    pointer: '/hour_package_resources',
    keyword: 'maxItems',
  },
  {
    name: 'definition: 11 disks in one addVolumes',
    operationId: 'CreateOrder',
    body: { type: 'addVolumes', resources: [volumes(11)] },
    pointer: '/resources/0/add_volumes/volumes',
    keyword: 'maxItems',
  },
  {
    name: 'definition: 21 tags',
    operationId: 'CreateOrder',
    body: order(desktop({ tags: Array.from({ length: 21 }, (_, i) => ({ key: `k${i}` })) })),
    pointer: '/resources/0/create_desktops/tags',
    keyword: 'maxItems',
  },
  {
    name: 'definition: 6 security groups',
    operationId: 'CreateOrder',
    body: order(desktop({ security_groups: Array.from({ length: 6 }, (_, i) => ({ id: `sg${i}` })) })),
    pointer: '/resources/0/create_desktops/security_groups',
    keyword: 'maxItems',
  },
  {
    name: 'definition: 11 data disks',
    operationId: 'CreateDesktopOrder',
    body: hourly(desktop({ data_volumes: Array.from({ length: 11 }, () => ({ type: 'SAS', size: 10 })) })),
    pointer: '/hour_package_resources/0/create_desktops/data_volumes',
    keyword: 'maxItems',
  },
  {
    name: 'definition: 11 copy_volume_ids',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', copy_volume_desktop_id: 'd0', copy_volume_ids: ids(11) }] })),
    pointer: '/resources/0/create_desktops/desktops/0/copy_volume_ids',
    keyword: 'maxItems',
  },
  {
    name: 'audit: empty copy_volume_ids',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', copy_volume_desktop_id: 'd0', copy_volume_ids: [] }] })),
    pointer: '/resources/0/create_desktops/desktops/0/copy_volume_ids',
    keyword: 'minItems',
  },
  {
    name: 'audit: empty copy_volume_desktop_id',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', copy_volume_desktop_id: '', copy_volume_ids: ['v1'] }] })),
    pointer: '/resources/0/create_desktops/desktops/0/copy_volume_desktop_id',
    keyword: 'minLength',
  },
  {
    name: 'definition: image_id of 256 characters',
    operationId: 'CreateOrder',
    body: order(desktop({ image_id: 'i'.repeat(256) })),
    pointer: '/resources/0/create_desktops/image_id',
    keyword: 'maxLength',
  },
  {
    name: 'definition: 101 unassigned desktops',
    operationId: 'CreateOrder',
    body: order(desktop({ size: 101, desktop_name: 'pc' })),
    pointer: '/resources/0/create_desktops/size',
    keyword: 'maximum',
  },
  {
    name: 'definition: negative period_num',
    operationId: 'CreateOrder',
    body: { type: 'addVolumes', resources: [{ ...volumes(1), period_num: -1 }] },
    pointer: '/resources/0/period_num',
    keyword: 'minimum',
  },
  {
    name: 'definition: EIP bandwidth of 2001',
    operationId: 'CreateOrder',
    body: {
      type: 'applyDesktopsInternet',
      resources: [
        { apply_desktops_internet: { desktop_ids: ['d1'], eip_type: '5_bgp', eip_charge_mode: 'TRAFFIC', bandwidth_size: 2001 } },
      ],
    },
    pointer: '/resources/0/apply_desktops_internet/bandwidth_size',
    keyword: 'maximum',
  },
  {
    name: 'definition: collaboration user name of 101 characters',
    operationId: 'CreateOrder',
    body: sharer({ user_id: 'u1', user_name: 'u'.repeat(101) }),
    pointer: '/resources/0/subscribe_user_sharer/users/0/user_name',
    keyword: 'maxLength',
  },
  {
    name: 'definition (2026-06-05): collaboration user without user_id',
    operationId: 'CreateOrder',
    body: sharer({ user_name: 'alice' }),
    pointer: '/resources/0/subscribe_user_sharer/users/0/user_id',
    keyword: 'required',
  },
  {
    name: 'definition (2026-01-16): attach user info without user_group',
    operationId: 'CreateOrder',
    body: {
      type: 'createDesktops',
      resources: [
        {
          create_desktops: desktop(),
          attach_desktops: { desktops: [{ desktop_id: 'd1', attach_user_infos: [{ user_name: 'alice' }] }] },
        },
      ],
    },
    pointer: '/resources/0/attach_desktops/desktops/0/attach_user_infos/0/user_group',
    keyword: 'required',
  },
  {
    name: 'definition: rebuild handle_type outside its three values',
    operationId: 'CreateOrder',
    body: {
      type: 'rebuildDesktops',
      resources: [{ rebuild_desktops: { desktop_ids: ['d1'], image_type: 'gold', image_id: 'i', handle_type: 'ALL' } }],
    },
    pointer: '/resources/0/rebuild_desktops/handle_type',
    keyword: 'enum',
  },
  {
    name: 'definition: 1001 desktops in an image change',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: pool('CHANGE_IMAGE', 'change_image_param', { desktop_ids: ids(1001), image_id: 'i' }),
    pointer: '/change_image_param/desktop_ids',
    keyword: 'maxItems',
  },
  {
    name: 'definition: pool disk grown to 8201 GB',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: pool('EXTEND_VOLUME', 'extend_volume_param', { desktop_pool_id: 'p', desktop_pool_disk_id: 'd', new_size: 8201 }),
    pointer: '/extend_volume_param/new_size',
    keyword: 'maximum',
  },
  {
    name: 'definition: pool disk of 9 GB',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: pool('ADD_VOLUME', 'add_volume_param', { desktop_pool_id: 'p', volume_type: 'SAS', volume_size: 9 }),
    pointer: '/add_volume_param/volume_size',
    keyword: 'minimum',
  },
  {
    name: 'definition: pool ID of 65 characters',
    operationId: 'CreateDesktopPoolChangeOrder',
    body: pool('RESIZE', 'resize_param', { desktop_pool_id: 'p'.repeat(65), product_id: 'x' }),
    pointer: '/resize_param/desktop_pool_id',
    keyword: 'maxLength',
  },
  // Audit: tag characters and spaces at either end (page and SDK), computer_name weighing (SDK).
  {
    name: 'audit: tag key with *',
    operationId: 'CreateOrder',
    body: order(desktop({ tags: [{ key: 'a*b' }] })),
    pointer: '/resources/0/create_desktops/tags/0/key',
    keyword: 'pattern',
  },
  {
    name: 'audit: tag key with a leading space',
    operationId: 'CreateOrder',
    body: order(desktop({ tags: [{ key: ' k' }] })),
    pointer: '/resources/0/create_desktops/tags/0/key',
    keyword: 'pattern',
  },
  {
    name: 'audit: tag value with a trailing space',
    operationId: 'CreateDesktopOrder',
    body: hourly(desktop({ tags: [{ key: 'k', value: 'v ' }] })),
    pointer: '/hour_package_resources/0/create_desktops/tags/0/value',
    keyword: 'pattern',
  },
  {
    name: 'audit: tag value with /',
    operationId: 'CreateOrder',
    body: order(desktop({ tags: [{ key: 'k', value: 'a/b' }] })),
    pointer: '/resources/0/create_desktops/tags/0/value',
    keyword: 'pattern',
  },
  {
    name: 'audit: tag value that is one space',
    operationId: 'CreateOrder',
    body: order(desktop({ tags: [{ key: 'k', value: ' ' }] })),
    pointer: '/resources/0/create_desktops/tags/0/value',
    keyword: 'pattern',
  },
  {
    name: 'audit: computer_name of weight 17 (a letter and 8 Chinese characters)',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', computer_name: 'A研发研发研发研发' }] })),
    pointer: '/resources/0/create_desktops/desktops/0/computer_name',
    keyword: 'maxLength',
  },
  {
    name: 'audit: computer_name of weight 16 (two letters and 7 Chinese characters)',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', computer_name: 'AB研发研发研发研' }] })),
    pointer: '/resources/0/create_desktops/desktops/0/computer_name',
    keyword: 'maxLength',
  },
  {
    name: 'audit: computer_name starting with a Chinese character',
    operationId: 'CreateOrder',
    body: order(desktop({ desktops: [{ user_name: 'alice', computer_name: '研发-01' }] })),
    pointer: '/resources/0/create_desktops/desktops/0/computer_name',
    keyword: 'pattern',
  },
];
