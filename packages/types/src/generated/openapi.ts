// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
export interface paths {
    "/v2/{project_id}/desktop/sub-resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buy collaboration resources for desktops
         * @description Buys desktop collaboration resources (identified by their SKU) for existing desktops, optionally
         *     adding them to an existing order. Answers with the ID of the job that provisions them. The call
         *     is billed and not idempotent: never resend it without checking the job first.
         */
        post: operations["AddDesktopSubResources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/periodic/subscribe/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place a yearly/monthly order
         * @description Places a yearly/monthly order for Workspace resources: desktops, disks, system-disk rebuilds,
         *     desktop pools and their growth, internet access, dedicated hosts, collaboration seats or
         *     bandwidth. `type` picks what is bought and which object each entry of `resources` carries.
         *     The call creates a billable order and is not idempotent: never resend it without looking the
         *     order up first.
         */
        post: operations["CreateOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/desktops/orders/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order desktops with hourly packages
         * @description Orders desktops billed through hourly packages, with a monthly or yearly subscription period
         *     and a policy for when the package hours run out. The call creates a billable order and is not
         *     idempotent: never resend it without looking the order up first.
         */
        post: operations["CreateDesktopOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/desktop-pool/periodic/change/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the orders of a yearly/monthly desktop pool
         * @description Changes the yearly/monthly orders behind a desktop pool or some of its desktops: add or grow a
         *     disk, change specifications, switch image, or buy or cancel collaboration resources. `type`
         *     picks the change and the parameter object it needs. Each affected subscription yields an
         *     order, reported one by one. Not idempotent: never resend without checking the orders first.
         */
        post: operations["CreateDesktopPoolChangeOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/workspace-jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up a job
         * @description Shows a Workspace job and its sub-jobs: its type, status, start and end times and, when it
         *     failed, its error code and reason. This is how to learn what became of the `job_id` an order
         *     operation answered with. The call only reads: it changes nothing and can be repeated safely.
         *
         *     No Help Center page for this operation was saved: its method, path, parameters, statuses and
         *     response fields come from Huawei's API definition of ShowJob; a few response fields only from
         *     Huawei's SDK models.
         */
        get: operations["ShowJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/workspace-sub-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sub-jobs
         * @description Lists the sub-jobs of Workspace jobs: each is the work on one desktop (or other resource)
         *     that a job, such as the one an order starts, is made of, with its status, progress and, when
         *     it failed, its error code and reason. Filter by `job_id` (the sub-jobs of one job),
         *     `job_type`, `status` or `desktop_pool_id`; the SDK and the Help Center page advise giving
         *     at least one of `job_id` and `job_type`. The answer comes one page at a time (`limit`, at
         *     most 1000, and `offset`); `total_count` says how many match in all.
         *
         *     The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
         *     API Explorer definition; according to the Help Center page (not saved with this project),
         *     identity-policy authorization needs no permission for it.
         */
        get: operations["ListItaSubJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the desktop packages on sale
         * @description Lists the desktop packages (flavours) Workspace sells in the region: the `product_id` an
         *     order body names, with each package's CPU, memory, disks, architecture, billing mode and
         *     whether it is on sale or sold out. Filter by zone, operating system, billing mode,
         *     architecture or series; given a `product_id`, the service answers the packages that one can
         *     be resized to. The answer comes one page at a time (`limit`, at most 100, and `offset`);
         *     `total_count` says how many match in all.
         *
         *     The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
         *     API Explorer definition; the IAM action is from the Help Center page (not saved with this
         *     project), the `product_id` behaviour from the page and the SDK models.
         */
        get: operations["ListProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the images desktops can run
         * @description Lists the images a desktop can be created from or rebuilt with: public (`gold`) images and
         *     your own (`private`) ones, with the `id` an order body names as `image_id`, the operating
         *     system, architecture and the disk and memory each needs. Filter by image type, operating
         *     system, architecture, package series or image ID, and sort by `name` or `created_at`. The
         *     answer comes one page at a time (`limit`, at most 100, and `offset`); `total_count` says how
         *     many match in all.
         *
         *     The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
         *     API Explorer definition; the sort parameters and two answer fields come from the SDK models
         *     and the Help Center page (not saved with this project).
         */
        get: operations["ListImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/availability-zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the availability zones
         * @description Lists the availability zones where Workspace can place desktops in the region: the
         *     `availability_zone` code an order body names, which packages each zone offers (an empty
         *     `product_ids` means all of them), which are sold out there, and which zone is the default.
         *
         *     The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
         *     API Explorer definition; the IAM action is from the Help Center page (not saved with this
         *     project).
         */
        get: operations["ListAvailabilityZones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/volume/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the disk products on sale
         * @description Lists the disk products Workspace sells: the `volume_type` an order body names for a system
         *     or data disk (`SATA`, `SAS`, `SSD`, …), whether each is on sale, and the IOPS and
         *     throughput a disk of that type can be given. Filter by availability zone and by disk type
         *     (several types separated by commas, such as `SAS,SSD`).
         *
         *     The call only reads: it changes nothing and can be repeated safely. No API Explorer
         *     definition of this operation is shared with the project: its method, path, parameters and
         *     answer come from Huawei's SDK models. The Help Center page (not saved with this project)
         *     shows the same fields and the IAM action.
         */
        get: operations["ListVolumeProductInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the project's quotas
         * @description Shows how many desktops, vCPUs, memory, disks, disk capacity, users and policy groups the
         *     project may use and how many are in use, overall and for each site other than the central
         *     one: check it before ordering to see whether the order fits.
         *
         *     The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
         *     API Explorer definition; the IAM action is from the Help Center page (not saved with this
         *     project).
         */
        get: operations["ShowQuotas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/periodic/inquiry/add-resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Price adding collaboration resources to yearly/monthly desktops
         * @description Asks what it would cost to add a collaboration resource (an add-on identified by its SKU,
         *     `sub_resource_sku`) to yearly/monthly desktops, listed by `desktop_ids` or taken from a
         *     desktop pool by `desktop_pool_id`: the change a desktop pool's `ADD_SUB_RESOURCES` change
         *     order (CreateDesktopPoolChangeOrder, `add_sub_resources_param`, the same fields) would buy.
         *     The answer gives the price at list rates and under each optional discount, per order and
         *     per product, in `currency`.
         *
         *     A price inquiry buys nothing and changes nothing, so although it is a POST the client may
         *     resend it (`x-hwc-idempotent`). Drafted from Huawei's API Explorer definition (body
         *     `EstimateAddSubResourcesRequestBody`); the SDK's model of the body has `handle_type`
         *     instead of `sub_resource_sku`, so both are accepted and neither is required.
         */
        post: operations["EstimateAddResources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/periodic/inquiry/change-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Price switching yearly/monthly desktops to a paid image
         * @description Asks what it would cost to switch yearly/monthly desktops from a free image to a paid
         *     KooGallery image (named by `image_id`, or by the older `image_spec_code`), for desktops
         *     listed by `desktop_ids` or taken from a desktop pool by `desktop_pool_id`: the change a
         *     desktop pool's `CHANGE_IMAGE` change order (CreateDesktopPoolChangeOrder,
         *     `change_image_param`) would buy. The answer gives the price at list rates and under each
         *     optional discount, per order and per product, in `currency`.
         *
         *     A price inquiry buys nothing and changes nothing, so although it is a POST the client may
         *     resend it (`x-hwc-idempotent`). Drafted from Huawei's API Explorer definition (body
         *     `EstimateChangeImageRequestBody`); `handle_type` and `image_type` come from the SDK's
         *     model of the body.
         */
        post: operations["EstimateChangeImages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Collaboration resources to buy for existing desktops. */
        AddDesktopSubResourcesRequest: {
            /** @description SKU code of the desktop collaboration resource. */
            sub_resource_sku: string;
            /** @description An existing order to add the resources to. */
            order_id?: string;
            /** @description Desktops that get the resources. */
            desktop_ids: string[];
        };
        /** @description The job that provisions the purchased resources. */
        AddDesktopSubResourcesResponse: {
            /** @description ID of the provisioning job; poll it to learn the outcome. */
            job_id?: string;
        };
        /** @description Disks to add to one existing desktop. */
        AddVolumes: {
            /** @description The desktop that gets the disks. */
            desktop_id: string;
            /** @description The disks to add (data disks, 10 to 32760 GB). */
            volumes: components["schemas"]["DataVolume"][];
        };
        /** @description URN of the IAM agency that lets the Billing service act, needed when a yearly/monthly desktop or disk is bought with a key shared through RAM. Not on the pages; from the API definition and the SDK models. */
        AgencyUrn: string;
        /** @description Elastic IPs that give desktops internet access. Give `desktop_ids`, or `count` to buy EIPs on their own. */
        ApplyDesktopsInternet: {
            /** @description Desktops that get internet access. */
            desktop_ids?: string[];
            /** @description EIP type, one of those the EIP service offers in the region (its ShowPublicIpType API lists them). */
            eip_type: string;
            eip_charge_mode: components["schemas"]["EipChargeMode"];
            /**
             * Format: int32
             * @description Bandwidth in Mbit/s; 1 to 2000 by default, though the upper limit varies by region.
             */
            bandwidth_size: number;
            /**
             * Format: int32
             * @description Number of EIPs to buy on their own; needed when `desktop_ids` is empty.
             */
            count?: number;
        } | {
            desktop_ids: unknown[];
        } | unknown;
        /** @description Settings for reaching the service over a shared VPC's Direct Connect. */
        ApplySharedVpcDedicatedParam: {
            /** @description Direct Connect address chosen by the tenant. */
            address?: string;
            /** @description Port of that address. */
            port?: number;
            /** @description AZs for the service resources; two random AZs when left out. */
            availability_zone?: string[];
        };
        /** @description Workspace bandwidth for a subnet. */
        ApplySubnetBandwidthReq: {
            /** @description Name of the bandwidth. */
            bandwidth_name?: string;
            /** @description The subnet that gets the bandwidth. */
            subnet_id: string;
            /**
             * @description `wks_bandwidth`: billed by bandwidth (yearly/monthly only). `free`: no charge
             *     (pay-per-use only). `wks_traffic`: billed by traffic (pay-per-use only).
             * @enum {string}
             */
            charge_mode: "wks_bandwidth" | "free" | "wks_traffic";
            /**
             * Format: int32
             * @description Size of the bandwidth, 1 to 2000 (the sources do not state the unit here).
             */
            bandwidth_size?: number;
            enterprise_project_id?: components["schemas"]["EnterpriseProjectId"];
        };
        /**
         * @description One desktop and who gets it. Give either `attach_user_infos` (for a multi-user desktop) or
         *     `user_name` with `user_group`; `attach_user_infos` wins when both are present. The user name
         *     must differ from the desktop's name (`computer_name`), which the service checks.
         */
        AttachInstancesDesktopInfo: {
            /** @description The desktop to assign. */
            desktop_id?: string;
            /**
             * @description Login name of the user who gets the desktop: letters, digits, hyphens and underscores,
             *     starting with a letter or a digit, at most 64 characters (the API definition's bound; the
             *     page's text gives LITE_AD 1 to 20, LOCAL_AD 1 to 32, Windows at most 20, Linux at most 32).
             */
            user_name?: string;
            /**
             * Format: email
             * @description The user's e-mail address; the user is told there once the desktop is assigned.
             */
            user_email?: string;
            user_group?: components["schemas"]["UserGroup"];
            /**
             * @description Unique desktop name: 1 to 15 letters, digits, hyphens or underscores, starting with a
             *     letter and not ending with a hyphen.
             */
            computer_name?: string;
            /**
             * @description When the desktop is re-bound to the same user, whether to wipe its data.
             * @default true
             */
            is_clear_data?: boolean;
            /** @description Users or groups that share a multi-user desktop. */
            attach_user_infos?: components["schemas"]["AttachInstancesUserInfo"][];
            /** @description ID of the user. Not on the page; from the API definition and the SDK models. */
            user_id?: string;
        } | {
            attach_user_infos: unknown[];
        } | unknown;
        /** @description Assigns existing desktops to users, optionally with a new image. */
        AttachInstancesReq: {
            /** @description The desktops to assign. */
            desktops?: components["schemas"]["AttachInstancesDesktopInfo"][];
            /** @description Image type; only needed when the image changes. */
            image_type?: string;
            /** @description Image ID; only needed when the image changes. */
            image_id?: string;
            /** @description ID of the policy that generates desktop names; an explicit desktop name wins over it. */
            desktop_name_policy_id?: string;
            encrypt_type?: components["schemas"]["EncryptType"];
            kms_id?: components["schemas"]["KmsId"];
        };
        /** @description A user or user group that gets access to a multi-user desktop. */
        AttachInstancesUserInfo: {
            /** @description ID of the user (type `USER`) or of the user group (type `GROUP`). */
            user_id?: string;
            /**
             * @description Name of the user or group. A group name (type `GROUP`) has Chinese characters, letters,
             *     digits, hyphens and underscores. A user name (type `USER`, the default) has 1 to 64
             *     letters, digits, hyphens and underscores, starting with a letter or digit (LITE_AD
             *     domains: 1 to 20, starting with a letter; Windows desktops: at most 20); the service
             *     checks that the user exists and that the name differs from the desktop's name.
             */
            user_name: string;
            user_group: components["schemas"]["UserGroup"];
            /**
             * @description `USER`: a user (the default). `GROUP`: a user group.
             * @default USER
             * @enum {string}
             */
            type?: "USER" | "GROUP";
            /** @description AD domain of the user. Not on the page; from the API definition and the SDK models. */
            domain?: string;
        };
        /** @description A user or user group allowed to use the pool. */
        AuthorizedObjects: {
            /**
             * @description `USER`: a user. `USER_GROUP`: a user group.
             * @enum {string}
             */
            object_type: "USER" | "USER_GROUP";
            /** @description ID of the user or group. */
            object_id: string;
            /** @description Name of the user or group. */
            object_name: string;
            user_group: components["schemas"]["UserGroup"];
            /**
             * Format: date-time
             * @description When the authorization was created, UTC, e.g. `2022-05-11T11:45:42.000Z`.
             */
            created_at?: string;
            /** @description AD domain of the user. Not on the page; from the API definition and the SDK models. */
            domain?: string;
        };
        /** @description How the pool grows on its own. */
        AutoscalePolicy: {
            /**
             * @description `ACCESS_CREATED`: a desktop is created when a user connects. `AUTO_CREATED`: desktops are created ahead by the policy.
             * @enum {string}
             */
            autoscale_type?: "ACCESS_CREATED" | "AUTO_CREATED";
            /** @description Most desktops the policy may create. */
            max_auto_created?: number;
            /** @description Desktops are created whenever fewer than this many are idle. */
            min_idle?: number;
            /**
             * @deprecated
             * @description Desktops created per scaling step. Deprecated in Huawei's SDK models and the API definition.
             */
            once_auto_created?: number;
            /** @description Fewest desktops kept when scaling in. Not on the page; from the API definition and the SDK models. */
            min_retention?: number;
            /** @description Minutes an idle desktop is kept. Not on the page; from the API definition and the SDK models. */
            idle_retention_duration?: number;
            /** @description Whether faulty desktops are isolated automatically. Not on the page; from the API definition (since 2026-04-25) and the SDK models. */
            auto_isolation_enable?: boolean;
            /**
             * Format: int32
             * @description Most desktops that may be isolated automatically, at least 1; the cap is 1000 by default. Not on the page; from the API definition (since 2026-04-25) and the SDK models.
             */
            auto_isolation_max_num?: number;
        };
        /** @description An availability zone; its code is the `availability_zone` an order body takes. Open to new fields. */
        AvailabilityZoneInfo: {
            /** @description Code of the zone (for example `cn-north-4a`), the value an order body takes. */
            availability_zone?: string;
            /** @description Display name of the zone. */
            display_name?: string;
            /** @description Localised names of the zone, keyed by locale (`en_us`, `zh_cn`, …). */
            i18n?: {
                [key: string]: string;
            };
            sold_out?: components["schemas"]["SoldOutInfo"];
            /** @description The packages this zone offers; an empty list means every package. */
            product_ids?: string[];
            /**
             * @description Whether the zone is shown to users.
             * @default true
             */
            visible?: boolean;
            /**
             * @description Whether this is the default zone.
             * @default true
             */
            default_availability_zone?: boolean;
        };
        /** @description One price result, at list price and under each optional discount available. */
        CloudServiceRatingResult: {
            /** @description The `orderRequestId` this result belongs to in the order the service would place. */
            order_request_id?: string;
            official_website_rating_result?: components["schemas"]["OfficialWebsiteRatingResult"];
            /** @description The price under each optional discount available, one result per discount. */
            optional_discount_rating_results?: components["schemas"]["OptionalDiscountRatingResult"][];
        };
        /**
         * @description Unique desktop name of 1 to 15 units, where a Chinese character counts as 2 and a letter,
         *     digit or hyphen as 1: letters, digits, hyphens and Chinese characters, starting with a
         *     letter or a digit and not ending with a hyphen. `maxLength` counts characters; the `allOf`
         *     conditions bound the weighted length (with k or more Chinese characters, at most 15 − k
         *     characters in all).
         */
        ComputerName: string & (string);
        /** @description Reinstalls the desktops' system disks from a KooGallery image. */
        CreateChangeImageOrderRequestBody: ({
            /** @description The pool whose desktops change. Ignored when `desktop_ids` is set; one of the two is needed. */
            desktop_pool_id?: string;
            /** @description Yearly/monthly desktops to change; ordinary and pooled desktops cannot be mixed. Wins over `desktop_pool_id`. */
            desktop_ids?: string[];
            /** @description Promotion plan to apply. */
            promotion_plan_id?: string;
            handle_type?: components["schemas"]["PoolChangeHandleType"];
            /**
             * @deprecated
             * @description specCode of the KooGallery image; being phased out, prefer `image_id`. `image_id` wins when both are set.
             */
            image_spec_code?: string;
            /** @description ID of the KooGallery image (preferred over `image_spec_code`). */
            image_id?: string;
            /**
             * Format: int32
             * @description Minutes the users get to save their work before an immediate rebuild.
             */
            delay_time?: number;
            /** @description Message shown to the users when the rebuild is scheduled. */
            message?: string;
            image_type?: components["schemas"]["ImageType"];
            encrypt_type?: components["schemas"]["EncryptType"];
            kms_id?: components["schemas"]["KmsId"];
        } & components["schemas"]["PoolTargetRequired"]) | {
            image_id: string;
        } | {
            image_spec_code: string;
        };
        /** @description Cancels collaboration resources of the desktops. */
        CreateDeleteSubResourcesOrderRequestBody: {
            /** @description The pool whose desktops change. Ignored when `desktop_ids` is set; one of the two is needed. */
            desktop_pool_id?: string;
            /** @description Yearly/monthly desktops to change; ordinary and pooled desktops cannot be mixed. Wins over `desktop_pool_id`. */
            desktop_ids?: string[];
            /** @description Promotion plan to apply. */
            promotion_plan_id?: string;
            handle_type?: components["schemas"]["PoolChangeHandleType"];
            /**
             * @description Kind of add-on to cancel: `DESKTOP_SHARER` (desktop collaboration).
             * @enum {string}
             */
            sub_resource_type: "DESKTOP_SHARER";
        } & components["schemas"]["PoolTargetRequired"];
        /** @description An order for desktops billed through hourly packages. */
        CreateDesktopOrderRequest: {
            enterprise_project_id?: components["schemas"]["EnterpriseProjectId"];
            /** @description The hourly-package resources to buy. */
            hour_package_resources: components["schemas"]["HourPackageResource"][];
            extend_param?: components["schemas"]["OrderExtendParam"];
            agency_urn?: components["schemas"]["AgencyUrn"];
        };
        /** @description The order that was placed. */
        CreateDesktopOrderResponse: {
            /** @description ID of the new order; pay or track it in the Billing Center. */
            order_id?: string;
            /** @description ID of the job that provisions the desktops; look it up with ShowJob. Not on the page; the API definition has it since 2026-04-25, as do the SDK models. */
            job_id?: string;
        };
        /**
         * @description A change to the orders of a yearly/monthly desktop pool. `type` says what changes and which
         *     parameter object must come with it (the service reads that one; no source says whether the
         *     others may be sent too, so they are not refused): `ADD_VOLUME` → `add_volume_param`, `EXTEND_VOLUME` →
         *     `extend_volume_param`, `RESIZE` → `resize_param`, `CHANGE_IMAGE` → `change_image_param`,
         *     `ADD_SUB_RESOURCES` → `add_sub_resources_param`, `DELETE_SUB_RESOURCES` →
         *     `delete_sub_resources_param`.
         */
        CreateDesktopPoolChangeOrderRequest: {
            type: components["schemas"]["PoolChangeType"];
            add_volume_param?: components["schemas"]["EstimateAddVolumeRequestBody"];
            extend_volume_param?: components["schemas"]["EstimateExtendVolumeRequestBody"];
            resize_param?: components["schemas"]["CreateResizeOrderRequestBody"];
            change_image_param?: components["schemas"]["CreateChangeImageOrderRequestBody"];
            add_sub_resources_param?: components["schemas"]["EstimateAddSubResourcesRequestBody"];
            delete_sub_resources_param?: components["schemas"]["CreateDeleteSubResourcesOrderRequestBody"];
            agency_urn?: components["schemas"]["AgencyUrn"];
        } & (
            | components["schemas"]["PoolChangeAddVolume"]
            | components["schemas"]["PoolChangeExtendVolume"]
            | components["schemas"]["PoolChangeResize"]
            | components["schemas"]["PoolChangeChangeImage"]
            | components["schemas"]["PoolChangeAddSubResources"]
            | components["schemas"]["PoolChangeDeleteSubResources"]
        );
        /** @description The orders generated by the change, one per affected subscription. */
        CreateDesktopPoolChangeOrderResponse: {
            /** @description The generated orders. */
            orders?: components["schemas"]["OrderV5"][];
        };
        /** @description A new desktop pool and the desktops it starts with. */
        CreateDesktopPoolReq: {
            /** @description Unique pool name, 1 to 64 Chinese characters, letters, digits and hyphens. */
            name: string;
            /**
             * @description `DYNAMIC`: users get any free desktop. `STATIC`: each user keeps one desktop.
             * @enum {string}
             */
            type: "DYNAMIC" | "STATIC";
            /** @description Number of desktops the pool is created with. */
            size: number;
            /** @description Free-text description of the pool. */
            description?: string;
            /** @description AZ to create the desktops in; the default AZ when left out. */
            availability_zone?: string;
            /** @description ID of the desktop package. */
            product_id: string;
            /** @description Flavor ID; needed when the AZ is an edge AZ. */
            flavor_id?: string;
            /** @default private */
            image_type?: components["schemas"]["ImageType"];
            /** @description ID of the image to install; with `product_id` it selects a custom image. */
            image_id: string;
            root_volume: components["schemas"]["VolumeInfo"];
            /** @description Data disks of every desktop. */
            data_volumes?: components["schemas"]["VolumeInfo"][];
            /** @description VPC of the desktops. */
            vpc_id?: string;
            /** @description Subnets the desktops are created in. */
            subnet_ids: string[];
            /** @description Security groups; those of the desktop agent when left out. */
            security_groups?: components["schemas"]["SecurityGroup"][];
            /** @description Users or user groups allowed to use the pool. */
            authorized_objects?: components["schemas"]["AuthorizedObjects"][];
            /** @description AD organizational unit to join; it must already exist in the AD. */
            ou_name?: string;
            /** @description Tags to put on the pool's desktops. */
            tags?: components["schemas"]["Tag"][];
            enterprise_project_id?: components["schemas"]["EnterpriseProjectId"];
            /** @description In a dynamic pool, minutes a disconnected user keeps their desktop before it is released. */
            disconnected_retention_period?: number;
            /**
             * @description Whether the pool scales itself.
             * @default false
             */
            enable_autoscale?: boolean;
            autoscale_policy?: components["schemas"]["AutoscalePolicy"];
            /** @description ID of the policy that generates desktop names. */
            desktop_name_policy_id?: string;
            user_reset_policy?: components["schemas"]["UserResetPolicy"];
            /** @description AD domain the pool's desktops are assigned in. Not on the page; the SDK models had it first, and the API definition added it on 2026-04-25. */
            domain?: string;
        };
        /**
         * @description What desktops to create. A batch shares one configuration: settings left out of the first
         *     entry of `desktops` fall back to the fields of the same name at this level. Either list
         *     assigned users in `desktops`, or ask for `size` unassigned desktops named by `desktop_name`;
         *     not both.
         */
        CreateDesktopReq: {
            /**
             * @description `DEDICATED`: one user per desktop. `SHARED`: several users share one desktop.
             * @enum {string}
             */
            desktop_type: "DEDICATED" | "SHARED";
            /** @description AZ to create the desktops in; the default AZ when left out. */
            availability_zone?: string;
            /** @description ID of the desktop package (flavor bundle) to buy. */
            product_id: string;
            /** @default private */
            image_type?: components["schemas"]["ImageType"];
            /** @description ID of the image to install; with `product_id` it selects a custom image. */
            image_id: string;
            root_volume: components["schemas"]["RootVolume"];
            /** @description Data disks to attach. */
            data_volumes?: components["schemas"]["DataVolume"][];
            /** @description NICs of the desktop; the default NIC when left out. */
            nics?: components["schemas"]["Nic"][];
            /** @description Security groups; those of the desktop agent when left out. */
            security_groups?: components["schemas"]["SecurityGroup"][];
            /** @description One entry per desktop to create, each naming its user. Cannot be combined with `size`. */
            desktops?: components["schemas"]["Desktop"][];
            /**
             * @description With `size`: the desktop name when `size` is 1 (1 to 15 characters), or the name prefix
             *     when `size` is above 1 (1 to 13 characters).
             */
            desktop_name?: string;
            /** @description Fixed IP addresses to give the desktops, at most 100. */
            desktop_ips?: string[];
            /** @description Number of unassigned desktops to create, named by `desktop_name`. Cannot be combined with `desktops`. */
            size?: number;
            /**
             * @description Whether the desktop users get an e-mail once their desktop exists.
             * @default true
             */
            email_notification?: boolean;
            enterprise_project_id?: components["schemas"]["EnterpriseProjectId"];
            /** @description Tags to put on the desktops. */
            tags?: components["schemas"]["Tag"][];
            apply_shared_vpc_dedicated_param?: components["schemas"]["ApplySharedVpcDedicatedParam"];
            eip?: components["schemas"]["Eip"];
            /** @description ID of the policy that generates desktop names; an explicit desktop name wins over it. */
            desktop_name_policy_id?: string;
            /** @description ID of the hourly desktop package. */
            hour_package_product_id?: string;
            /** @description Offering ID of the hourly desktop package. */
            hour_package_offering_id?: string;
            /**
             * @description Purchase flow of the console: `speed` (quick purchase) or `custom` (the default). Not on the pages; from the API definition and the SDK models.
             * @default custom
             * @enum {string}
             */
            buy_type?: "speed" | "custom";
            /**
             * @description Whether the new desktop gets the disks of an old desktop attached as data disks. Not on the pages; from the API definition and the SDK models.
             * @default false
             */
            if_mount_old_desktop_disk?: boolean;
            /** @description AD organizational unit for the desktops; it must already exist in the AD. Not on the pages; the SDK models had it first, and the API definition added it on 2026-06-05. */
            ou_name?: string;
            /** @description AD domain the desktops are assigned in. Not on the pages; the SDK models had it first, and the API definition added it on 2026-04-25. */
            domain?: string;
            /**
             * @description ID of the tenant (account) that orders. No table, no SDK model and no API definition
             *     defines it, but the vendor's own CreateDesktopOrder example request sends it, which is the
             *     best evidence that the service takes it; accepted, never required.
             */
            tenantId?: string;
        };
        /** @description Dedicated hosts to buy. */
        CreateExclusiveHostsReq: {
            /** @description AZ of the hosts. */
            availability_zone: string;
            /** @description Name of the hosts. */
            name?: string;
            /**
             * Format: int32
             * @description Number of desktops to add.
             */
            apply_desktop_quantity?: number;
            /**
             * Format: int32
             * @description Number of hosts to buy.
             */
            quantity: number;
            /** @description ID of the host package. */
            product_id: string;
            /** @description Image disks, at most 100. Their size range (10 to 32760 GB, multiples of 10) is the API definition's Volume model, the one data disks use. */
            image_volumes: components["schemas"]["DataVolume"][];
            enterprise_project_id?: components["schemas"]["EnterpriseProjectId"];
            /** @description Storage disks, at most 100 (10 to 32760 GB, multiples of 10, as the API definition's Volume model says). */
            memory_volumes: components["schemas"]["DataVolume"][];
            /** @description VPC of the hosts. */
            vpc_id: string;
            /** @description Subnet of the hosts. */
            subnet_id: string;
            resize_exclusive_lites?: components["schemas"]["ResizeExclusiveLitesReq"];
        };
        /**
         * addVolumes
         * @description Buys disks for existing desktops; every resource carries `add_volumes`.
         */
        CreateOrderAddVolumes: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "addVolumes";
            resources: (components["schemas"]["Resource"] & ({
                add_volumes: unknown;
            } | {
                attach_desktops: unknown;
            } | {
                resize_exclusive_lites: unknown;
            }))[];
        };
        /**
         * applyDesktopsInternet
         * @description Buys internet access for desktops; every resource carries `apply_desktops_internet`.
         */
        CreateOrderApplyDesktopsInternet: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "applyDesktopsInternet";
            resources: (components["schemas"]["Resource"] & ({
                apply_desktops_internet: unknown;
            } | {
                attach_desktops: unknown;
            } | {
                resize_exclusive_lites: unknown;
            }))[];
        };
        /**
         * ApplySubnetBandwidth
         * @description Buys Workspace bandwidth; every resource carries `apply_subnet_bandwidth`.
         */
        CreateOrderApplySubnetBandwidth: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ApplySubnetBandwidth";
            resources: (components["schemas"]["Resource"] & ({
                apply_subnet_bandwidth: unknown;
            } | {
                attach_desktops: unknown;
            } | {
                resize_exclusive_lites: unknown;
            }))[];
        };
        /**
         * createDesktopPool
         * @description Buys a desktop pool; every resource carries `create_desktop_pool`.
         */
        CreateOrderCreateDesktopPool: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "createDesktopPool";
            resources: (components["schemas"]["Resource"] & ({
                create_desktop_pool: unknown;
            } | {
                attach_desktops: unknown;
            } | {
                resize_exclusive_lites: unknown;
            }))[];
        };
        /**
         * createDesktops
         * @description Buys desktops; every resource carries `create_desktops`.
         */
        CreateOrderCreateDesktops: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "createDesktops";
            resources: (components["schemas"]["Resource"] & ({
                create_desktops: unknown;
            } | {
                attach_desktops: unknown;
            } | {
                resize_exclusive_lites: unknown;
            }))[];
        };
        /**
         * createExclusiveHosts
         * @description Buys dedicated hosts; every resource carries `create_exclusive_hosts`.
         */
        CreateOrderCreateExclusiveHosts: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "createExclusiveHosts";
            resources: (components["schemas"]["Resource"] & ({
                create_exclusive_hosts: unknown;
            } | {
                attach_desktops: unknown;
            } | {
                resize_exclusive_lites: unknown;
            }))[];
        };
        /**
         * expandDesktopPool
         * @description Buys more pool capacity; every resource carries `expand_desktop_pool`.
         */
        CreateOrderExpandDesktopPool: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "expandDesktopPool";
            resources: (components["schemas"]["Resource"] & ({
                expand_desktop_pool: unknown;
            } | {
                attach_desktops: unknown;
            } | {
                resize_exclusive_lites: unknown;
            }))[];
        };
        /**
         * rebuildDesktops
         * @description Rebuilds system disks; every resource carries `rebuild_desktops`.
         */
        CreateOrderRebuildDesktops: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "rebuildDesktops";
            resources: (components["schemas"]["Resource"] & ({
                rebuild_desktops: unknown;
            } | {
                attach_desktops: unknown;
            } | {
                resize_exclusive_lites: unknown;
            }))[];
        };
        /**
         * @description A yearly/monthly order. `type` says what is bought and which object every entry of
         *     `resources` carries: `createDesktops` → `create_desktops`, `addVolumes` → `add_volumes`,
         *     `rebuildDesktops` → `rebuild_desktops`, `createDesktopPool` → `create_desktop_pool`,
         *     `expandDesktopPool` → `expand_desktop_pool`, `applyDesktopsInternet` →
         *     `apply_desktops_internet`, `createExclusiveHosts` → `create_exclusive_hosts`,
         *     `subscribeUserSharer` → `subscribe_user_sharer`, `ApplySubnetBandwidth` →
         *     `apply_subnet_bandwidth`. This pairing is read from the names, not stated by the page.
         *     An entry may instead carry `attach_desktops` or `resize_exclusive_lites`, which no order
         *     type names.
         */
        CreateOrderRequest: {
            type: components["schemas"]["CreateOrderType"];
            enterprise_project_id?: components["schemas"]["EnterpriseProjectId"];
            /** @description The resources to buy, one entry per resource. */
            resources: components["schemas"]["Resource"][];
            extend_param?: components["schemas"]["OrderExtendParam"];
            agency_urn?: components["schemas"]["AgencyUrn"];
        } & (
            | components["schemas"]["CreateOrderCreateDesktops"]
            | components["schemas"]["CreateOrderAddVolumes"]
            | components["schemas"]["CreateOrderRebuildDesktops"]
            | components["schemas"]["CreateOrderCreateDesktopPool"]
            | components["schemas"]["CreateOrderExpandDesktopPool"]
            | components["schemas"]["CreateOrderApplyDesktopsInternet"]
            | components["schemas"]["CreateOrderCreateExclusiveHosts"]
            | components["schemas"]["CreateOrderSubscribeUserSharer"]
            | components["schemas"]["CreateOrderApplySubnetBandwidth"]
        );
        /** @description The order that was placed. */
        CreateOrderResponse: {
            /** @description ID of the new order; pay or track it in the Billing Center. */
            order_id?: string;
            /** @description ID of the job that carries the order out; look it up with ShowJob. Not on the page; the API definition has it since 2026-04-25, as do the SDK models. */
            job_id?: string;
        };
        /**
         * subscribeUserSharer
         * @description Buys user collaboration seats; every resource carries `subscribe_user_sharer`.
         */
        CreateOrderSubscribeUserSharer: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "subscribeUserSharer";
            resources: (components["schemas"]["Resource"] & ({
                subscribe_user_sharer: unknown;
            } | {
                attach_desktops: unknown;
            } | {
                resize_exclusive_lites: unknown;
            }))[];
        };
        /**
         * @description What the order buys. `createDesktops`: desktops; `addVolumes`: disks; `rebuildDesktops`: a
         *     system-disk rebuild; `createDesktopPool`: a desktop pool; `expandDesktopPool`: more pool
         *     capacity; `applyDesktopsInternet`: internet access (EIPs) for desktops;
         *     `createExclusiveHosts`: dedicated hosts; `subscribeUserSharer`: user collaboration seats;
         *     `ApplySubnetBandwidth`: Workspace bandwidth.
         * @enum {string}
         */
        CreateOrderType:
            | "createDesktops"
            | "addVolumes"
            | "rebuildDesktops"
            | "createDesktopPool"
            | "expandDesktopPool"
            | "applyDesktopsInternet"
            | "createExclusiveHosts"
            | "subscribeUserSharer"
            | "ApplySubnetBandwidth";
        /** @description Moves the desktops to other specifications. */
        CreateResizeOrderRequestBody: {
            /** @description The pool whose desktops change. Ignored when `desktop_ids` is set; one of the two is needed. */
            desktop_pool_id?: string;
            /** @description Yearly/monthly desktops to change; ordinary and pooled desktops cannot be mixed. Wins over `desktop_pool_id`. */
            desktop_ids?: string[];
            /** @description Promotion plan to apply. */
            promotion_plan_id?: string;
            handle_type?: components["schemas"]["PoolChangeHandleType"];
            /** @description Package ID of the target specifications. */
            product_id: string;
            /**
             * @description Always `STOP_DESKTOP`; running desktops are stopped before the change.
             * @enum {string}
             */
            mode?: "STOP_DESKTOP";
        } & components["schemas"]["PoolTargetRequired"];
        /** @description A data disk. */
        DataVolume: {
            type: components["schemas"]["VolumeType"];
            /** @description Data disk size in GB, 10 to 32760, a multiple of 10. */
            size: number;
            /** @description Provisioned IOPS. Not on the pages; from the API definition and the SDK models. */
            iops?: number;
            /** @description Provisioned throughput. Not on the pages; from the API definition and the SDK models, which do not state its unit. */
            throughput?: number;
            kms_id?: components["schemas"]["KmsId"];
        };
        /** @description One desktop of the batch and the user it belongs to. */
        Desktop: {
            user_name: components["schemas"]["DesktopUserName"];
            /**
             * Format: email
             * @description The user's e-mail address; the user is told there once the desktop exists.
             */
            user_email?: string;
            /** @description The user's mobile number. */
            user_phone?: string;
            user_group?: components["schemas"]["UserGroup"];
            computer_name?: components["schemas"]["ComputerName"];
            /** @description Host name inside the operating system. */
            os_host_name?: string;
            /** @description Prefix for a generated desktop name; used only when `computer_name` is absent. */
            desktop_name_prefix?: string;
            /** @description AD domain of the user. Not on the pages; from the API definition and the SDK models. */
            domain?: string;
            /** @description Desktop whose data disks are copied; not empty when given, and needs `copy_volume_ids`. Not on the pages; from the API definition and the SDK models. */
            copy_volume_desktop_id?: string;
            /** @description Data disks to copy, 1 to 10, all of the desktop named by `copy_volume_desktop_id`; each of the two needs the other. Not on the pages; from the API definition and the SDK models. */
            copy_volume_ids?: string[];
            /**
             * @description Whether to delete the old pay-per-use desktop once the new one has its disks. Not on the pages; from the API definition and the SDK models.
             * @default false
             */
            if_delete_old_desktop?: boolean;
        };
        /**
         * @description Login name of the desktop's user: letters, digits, hyphens and underscores, starting with a
         *     letter or a digit. LITE_AD domains allow 1 to 20 characters starting with a letter, LOCAL_AD
         *     domains 1 to 32; Windows desktops cap names at 20 characters and Linux desktops at 32.
         */
        DesktopUserName: string;
        /** @description Elastic IP for the desktop. */
        Eip: {
            /** @description An existing EIP to bind first. */
            id?: string;
            /**
             * @description EIP type, one of those the EIP service offers in the region (its ShowPublicIpType API
             *     lists them), such as `5_bgp` (dynamic BGP) or `5_sbgp` (static BGP).
             * @example 5_bgp
             * @example 5_sbgp
             */
            type?: string;
            charge_mode?: components["schemas"]["EipChargeMode"];
            /**
             * Format: int32
             * @description Bandwidth of the EIP, 1 to 2000 (the sources do not state the unit here).
             */
            bandwidth_size?: number;
        };
        /**
         * @description `TRAFFIC`: billed by traffic. `BANDWIDTH`: billed by bandwidth.
         * @enum {string}
         */
        EipChargeMode: "TRAFFIC" | "BANDWIDTH";
        /**
         * @description How the system disk is encrypted: `KEEP` keeps its current state (the default), `UNENCRYPTED`, or `ENCRYPTED` (with `kms_id`). Not on the pages; from the API definition and the SDK models.
         * @default KEEP
         * @enum {string}
         */
        EncryptType: "KEEP" | "UNENCRYPTED" | "ENCRYPTED";
        /**
         * @description Enterprise project that the resources are billed to; `0` is the default project.
         * @default 0
         */
        EnterpriseProjectId: string;
        /** @description The error body every documented failure status carries. Open to new fields. */
        ErrorResponse: {
            /** @description Machine-readable code of the failure. Codes from the service start with `WKS.` and codes from the API gateway with `APIGW.`; Huawei's error-code appendix lists them. */
            error_code?: string;
            /** @description Human-readable summary of the failure. */
            error_msg?: string;
            /** @description Further detail about the failure, when the service gives any. */
            error_detail?: string;
            /** @description For permission denials, the encrypted reason; STS's decode-authorization-message API decrypts it. */
            encoded_authorization_message?: string;
        };
        /**
         * @description The add-on to price and the yearly/monthly desktops it would be added to: listed desktops
         *     (`desktop_ids`) or the desktops of a pool (`desktop_pool_id`). The same fields make the
         *     `add_sub_resources_param` of a desktop pool's `ADD_SUB_RESOURCES` change order.
         */
        EstimateAddResourcesRequest: {
            desktop_ids?: components["schemas"]["InquiryDesktopIds"];
            desktop_pool_id?: components["schemas"]["InquiryDesktopPoolId"];
            promotion_plan_id?: components["schemas"]["InquiryPromotionPlanId"];
            handle_type?: components["schemas"]["PoolChangeHandleType"];
            /**
             * @description SKU code of the add-on to price (a desktop collaboration resource). The definition
             *     does not mark it required and the SDK model lacks it, so a body without it is sent as is.
             */
            sub_resource_sku?: string;
        } & components["schemas"]["PoolTargetRequired"];
        /** @description Buys collaboration resources for the desktops. */
        EstimateAddSubResourcesRequestBody: {
            /** @description The pool whose desktops change. Ignored when `desktop_ids` is set; one of the two is needed. */
            desktop_pool_id?: string;
            /** @description Yearly/monthly desktops to change; ordinary and pooled desktops cannot be mixed. Wins over `desktop_pool_id`. */
            desktop_ids?: string[];
            /** @description Promotion plan to apply. */
            promotion_plan_id?: string;
            handle_type?: components["schemas"]["PoolChangeHandleType"];
            /** @description SKU code of the add-on resource to buy. */
            sub_resource_sku: string;
        } & components["schemas"]["PoolTargetRequired"];
        /** @description Adds a disk to the desktops. */
        EstimateAddVolumeRequestBody: {
            /** @description The pool whose desktops change. Ignored when `desktop_ids` is set; one of the two is needed. */
            desktop_pool_id?: string;
            /** @description Yearly/monthly desktops to change; ordinary and pooled desktops cannot be mixed. Wins over `desktop_pool_id`. */
            desktop_ids?: string[];
            /** @description Promotion plan to apply. */
            promotion_plan_id?: string;
            handle_type?: components["schemas"]["PoolChangeHandleType"];
            /** @description Type of the new disk, such as `SAS`. */
            volume_type: string;
            /** @description Size of the new disk in GB. */
            volume_size: number;
            /** @description The pool disk to add; needed when repairing disks that differ between the pool's desktops. Known only from the API definition (not on the page or in the SDK models). */
            desktop_pool_disk_id?: string;
            /** @description Provisioned IOPS of the new disk. Known only from the API definition. */
            iops?: number;
            /** @description Provisioned throughput of the new disk; the API definition, its only source, does not state the unit. */
            throughput?: number;
            /** @description ID of the KMS key that encrypts the new disk. Known only from the API definition. */
            kms_id?: string;
        } & components["schemas"]["PoolTargetRequired"];
        /**
         * @description The paid KooGallery image to price and the yearly/monthly desktops that would switch to it
         *     from a free image: listed desktops (`desktop_ids`) or the desktops of a pool
         *     (`desktop_pool_id`). Name the image by `image_id` (preferred) or `image_spec_code`.
         */
        EstimateChangeImagesRequest: ({
            desktop_ids?: components["schemas"]["InquiryDesktopIds"];
            desktop_pool_id?: components["schemas"]["InquiryDesktopPoolId"];
            promotion_plan_id?: components["schemas"]["InquiryPromotionPlanId"];
            handle_type?: components["schemas"]["PoolChangeHandleType"];
            /** @description ID of the KooGallery image (preferred over `image_spec_code`; wins when both are set). */
            image_id?: string;
            /**
             * @deprecated
             * @description specCode of the KooGallery image; being phased out, prefer `image_id`.
             */
            image_spec_code?: string;
            image_type?: components["schemas"]["ImageType"];
        } & components["schemas"]["PoolTargetRequired"]) | {
            image_id: string;
        } | {
            image_spec_code: string;
        };
        /** @description Grows an existing disk of the desktops. */
        EstimateExtendVolumeRequestBody: {
            /** @description The pool whose desktops change. Ignored when `desktop_ids` is set; one of the two is needed. */
            desktop_pool_id?: string;
            /** @description Yearly/monthly desktops to change; ordinary and pooled desktops cannot be mixed. Wins over `desktop_pool_id`. */
            desktop_ids?: string[];
            /** @description Promotion plan to apply. */
            promotion_plan_id?: string;
            handle_type?: components["schemas"]["PoolChangeHandleType"];
            /** @description The pool disk to grow. */
            desktop_pool_disk_id: string;
            /** @description Size of the disk after growing, in GB. */
            new_size: number;
        } & components["schemas"]["PoolTargetRequired"];
        /** @description More desktops for an existing pool. */
        ExpandDesktopPoolOrderReq: {
            /** @description Number of desktops to add. */
            size?: number;
            /** @description The pool to expand. */
            pool_id: string;
        };
        /** @description One hourly-package desktop resource and its subscription period. */
        HourPackageResource: {
            /**
             * Format: int32
             * @description Subscription period unit: 2 monthly, 3 yearly. The page's description calls the field mandatory although its table does not.
             * @enum {integer}
             */
            period_type?: 2 | 3;
            /**
             * Format: int32
             * @description How many periods to buy.
             */
            period_num?: number;
            /**
             * Format: int32
             * @description Whether the subscription renews itself at the end of the period.
             */
            is_auto_renew?: number;
            /**
             * @description What happens when the package hours run out: `SHUTDOWN_OR_HIBERNATE` stops or hibernates
             *     the desktop, `PAY_PER_USE` goes on billing per use.
             * @enum {string}
             */
            used_up_policy?: "SHUTDOWN_OR_HIBERNATE" | "PAY_PER_USE";
            create_desktops?: components["schemas"]["CreateDesktopReq"];
        };
        /** @description A text in one language. Known only from Huawei's SDK models. */
        I18nLanguage: {
            /** @description The language the text is in. */
            language?: string;
            /** @description The text in that language. */
            value?: string;
        };
        /** @description An image a desktop can run; its `id` is the `image_id` an order body takes. Open to new fields. */
        ImageInfo: {
            /** @description ID of the image, the `image_id` an order body takes. */
            id?: string;
            /** @description Where the image comes from, `gold` (public) or `private` (your own). */
            image_type?: string;
            /** @description Operating system family, `Linux`, `Windows` or `Other`. */
            os_type?: string;
            /** @description CPU architecture the image runs on, `arm` or `x86`. */
            architecture?: string;
            /** @description Exact operating system version. */
            os_version?: string;
            /** @description Format of the image file, one of `vhd`, `raw`, `qcow2` or `zvhd2`. */
            disk_format?: string;
            /** @description Name of the image. */
            name?: string;
            /**
             * Format: int32
             * @description Memory the image needs, in MB; usually 0 (no requirement).
             */
            min_ram?: number;
            /**
             * Format: int32
             * @description Disk size the image needs, in GB (the definition's text says 40 to 1024).
             */
            min_disk?: number;
            /** @description Product code of the image (KooGallery images). */
            product_code?: string;
            /** @description When the image was created, in UTC. The SDK types it as a string and does not state its format. */
            created_at?: string;
            /** @description ID of the KMS key the image is encrypted with. */
            kms_id?: string;
        };
        /**
         * @description Where the image comes from: `private` (your own image), `gold` (a public image) or `market`
         *     (a KooGallery image).
         * @enum {string}
         */
        ImageType: "private" | "gold" | "market";
        /**
         * @description Yearly/monthly desktops to price; ordinary and pooled desktops cannot be mixed. Wins over
         *     `desktop_pool_id` when both are set.
         */
        InquiryDesktopIds: string[];
        /** @description The pool whose desktops to price. Ignored when `desktop_ids` is set; one of the two is needed. */
        InquiryDesktopPoolId: string;
        /** @description Promotion plan to price with. */
        InquiryPromotionPlanId: string;
        /**
         * @description The I/O operations per second a disk of this product can be given. Known only from Huawei's
         *     SDK models.
         */
        Iops: {
            /** @description Billing specification code the range belongs to. */
            resource_spec_code?: string;
            /**
             * Format: int32
             * @description Lowest IOPS.
             */
            min?: number;
            /**
             * Format: int32
             * @description Highest IOPS.
             */
            max?: number;
            /** @description IOPS per GB of disk size; a disk of `size` GB gets at most `range_by_size` × `size`. */
            range_by_size?: number;
        };
        /** @description One sub-job of a job. Open to new fields. */
        JobDetailInfo: {
            /** @description ID of the sub-job. */
            id?: string;
            /** @description What the sub-job does; an open string, like the job's own `job_type`. */
            job_type?: string;
            entities?: components["schemas"]["JobEntities"];
            /** @description When the sub-job was created. The definition types it as a string and does not state its format. */
            begin_time?: string;
            /** @description When the sub-job ended, once it has. The definition types it as a string and does not state its format. */
            end_time?: string;
            /** @description Where the sub-job stands; an open string, like the job's own `status`. */
            status?: string;
            /** @description Error code of the sub-job, when it failed. */
            error_code?: string;
            /** @description Why the sub-job failed, when it did. */
            fail_reason?: string;
            /** @description Text about the failure of the sub-job. */
            message?: string;
            /** @description IP address of the server that ran the sub-job. Known only from the SDK models. */
            host?: string;
            /** @description ID of the project the sub-job belongs to. Known only from the SDK models. */
            project_id?: string;
            /** @description ID of the job the sub-job belongs to. */
            job_id?: string;
            /**
             * Format: int32
             * @description Progress of the sub-job. The sources do not state its unit or range.
             */
            process?: number;
            /** @description The user the sub-job is associated with. Known only from the SDK models. */
            attach_user?: string;
            /** @description The object the sub-job acts on. Known only from the SDK models. */
            entity?: string;
            /** @description An IP address of the sub-job; the sources do not say whose. */
            ip_address?: string;
            /** @description A MAC address of the sub-job; the definition does not say whose. */
            mac_address?: string;
            /** @description Name of the desktop the sub-job acts on. */
            desktop_name?: string;
        };
        /** @description What a sub-job acts on (its `entities`): a desktop and its user. Open to new fields. */
        JobEntities: {
            /** @description ID of the desktop. */
            desktop_id?: string;
            /** @description ID of the desktop package. */
            product_id?: string;
            /** @description Name of the desktop's user. */
            user_name?: string;
            /** @description Name of the desktop. Known only from the SDK models. */
            desktop_name?: string;
            /** @description An IP address; the SDK models, its only source, do not say whose. */
            ip_address?: string;
        };
        /** @description ID of the KMS key used for disk encryption; needed when `encrypt_type` is `ENCRYPTED`. Not on the pages; from the API definition and the SDK models. */
        KmsId: string;
        /** @description The availability zones Workspace offers in the region. */
        ListAvailabilityZonesResponse: {
            /** @description The zones. */
            availability_zones?: components["schemas"]["AvailabilityZoneInfo"][];
            /**
             * Format: int32
             * @description How many zones there are.
             */
            total_count?: number;
        };
        /** @description One page of the images desktops can be created from. */
        ListImagesResponse: {
            /** @description The images on this page. */
            images?: components["schemas"]["ImageInfo"][];
            /**
             * Format: int32
             * @description How many images match the filters in all (not only on this page).
             */
            total_count?: number;
        };
        /** @description One page of the sub-jobs that match the filters. */
        ListItaSubJobsResponse: {
            /**
             * Format: int32
             * @description How many sub-jobs match the filters in all (not only on this page).
             */
            total_count?: number;
            /** @description The sub-jobs on this page; each is the work on one desktop or resource. */
            jobs?: components["schemas"]["JobDetailInfo"][];
        };
        /** @description One page of the desktop packages on sale, with the filters the service echoes back. */
        ListProductsResponse: {
            /** @description The operating system the packages were filtered by; present only when the request set `os_type`. */
            os_type?: string;
            /** @description The architecture of the packages; present only when the request set `package_type=agile`. */
            architecture?: string;
            /** @description The availability zone the packages were filtered by; present only when the request set `availability_zone`. */
            availability_zone?: string;
            /** @description The packages on this page. */
            products?: components["schemas"]["ProductInfo"][];
            /**
             * Format: int32
             * @description How many packages match the filters in all (not only on this page).
             */
            total_count?: number;
        };
        /** @description The disk products on sale. Open to new fields; known only from Huawei's SDK models. */
        ListVolumeProductInfoResponse: {
            /** @description The disk products. */
            volumes?: components["schemas"]["VolumeProductInfo"][];
        };
        /** @description A network interface of the desktop. */
        Nic: {
            /** @description Subnet the NIC lives in. */
            subnet_id: string;
        };
        /** @description The price at the official website's rates. */
        OfficialWebsiteRatingResult: {
            /** @description What you pay: the total after every discount (for reserved instances, only the part paid up front). */
            amount?: number;
            /** @description The total discount. */
            discount_amount?: number;
            /**
             * Format: int32
             * @description Unit of the amounts, as a billing measure ID.
             */
            measure_id?: number;
            /** @description The list price on the official website. */
            official_website_amount?: number;
            /** @description The discount on the list price. */
            official_website_discount_amount?: number;
            /** @description The discount from optional discounts (commercial, partner or promotion discounts and coupons). */
            optional_discount_amount?: number;
            /** @description The total before any discount. */
            original_amount?: number;
            /** @description The total per instalment period; present only when every priced item has the same period type. */
            per_amount?: number;
            /** @description The discount on the per-period total (`per_original_amount` − `per_amount`). */
            per_discount_amount?: number;
            /** @description The per-period total before any discount. */
            per_original_amount?: number;
            /**
             * Format: int32
             * @description The instalment period: `2` month, `4` hour.
             */
            per_period_type?: number;
            /** @description The price of each product in the change. */
            product_rating_results?: components["schemas"]["ProductResult"][];
        };
        /** @description The price under one optional discount. */
        OptionalDiscountRatingResult: {
            /** @description ID of the discount. */
            discount_id?: string;
            /** @description Name of the discount. */
            discount_name?: string;
            /**
             * Format: int32
             * @description Kind of discount, as a billing code.
             */
            discount_type?: number;
            /**
             * Format: int32
             * @description `1` when this is the best of the commercial, partner and promotion discounts (coupons are not compared), else `0`.
             */
            best_offer?: number;
            /**
             * Format: int32
             * @description `1` when `discount_ratio` gives the rate of this discount.
             */
            same_ratio_flag?: number;
            /** @description The discount rate, when `same_ratio_flag` is `1`. */
            discount_ratio?: number;
            /**
             * @description The chosen discount as the billing service quotes it; the definition says to pass it on
             *     (as `promotionInfo`) when placing the order or change, though none of this spec's order
             *     bodies has such a field.
             */
            promotion_info?: string;
            /** @description What you pay: the total after every discount (for reserved instances, only the part paid up front). */
            amount?: number;
            /** @description The total discount. */
            discount_amount?: number;
            /**
             * Format: int32
             * @description Unit of the amounts, as a billing measure ID.
             */
            measure_id?: number;
            /** @description The list price on the official website. */
            official_website_amount?: number;
            /** @description The discount on the list price. */
            official_website_discount_amount?: number;
            /** @description The discount from optional discounts (commercial, partner or promotion discounts and coupons). */
            optional_discount_amount?: number;
            /** @description The total before any discount. */
            original_amount?: number;
            /** @description The total per instalment period; present only when every priced item has the same period type. */
            per_amount?: number;
            /** @description The discount on the per-period total (`per_original_amount` − `per_amount`). */
            per_discount_amount?: number;
            /** @description The per-period list price. */
            per_official_website_amount?: number;
            /** @description The discount on the per-period list price (`per_original_amount` − `per_official_website_amount`). */
            per_official_website_discount_amount?: number;
            /** @description The per-period discount from optional discounts (`per_official_website_amount` − `per_amount`). */
            per_optional_discount_amount?: number;
            /** @description The per-period total before any discount. */
            per_original_amount?: number;
            /**
             * Format: int32
             * @description The instalment period: `2` month, `4` hour.
             */
            per_period_type?: number;
            /** @description The price of each product in the change. */
            product_rating_results?: components["schemas"]["ProductResult"][];
        };
        /** @description Extra settings of an order. */
        OrderExtendParam: {
            /**
             * @description Whether to pay the order from the account balance at once. A string, not a boolean:
             *     `"true"` pays automatically, `"false"` leaves the order unpaid in the Billing Center.
             * @default false
             * @enum {string}
             */
            is_auto_pay?: "true" | "false";
        };
        /** @description One generated order and whether it was created. */
        OrderV5: {
            /** @description ID of the order. */
            order_id?: string;
            /**
             * Format: int32
             * @description State of the order: 0 initialized, 1 under review, 2 awaiting refund, 3 processing,
             *     4 cancelled, 5 completed, 6 awaiting payment, 7 being compensated, 8 awaiting approval,
             *     9 awaiting confirmation, 10 awaiting shipment, 11 awaiting receipt, 12 awaiting pick-up,
             *     13 being replaced, 14 awaiting receipt by the seller.
             */
            order_status?: number;
            /**
             * @description `SUCCESS` or `FAIL`.
             * @enum {string}
             */
            result?: "SUCCESS" | "FAIL";
            /** @description Why the order failed; present when `result` is `FAIL`. */
            result_code?: string;
            /** @description ID of the job behind the order. Not on the page; the API definition has it since 2026-04-25, as do the SDK models. */
            job_id?: string;
            /** @description Text that goes with `result_code`. */
            result_msg?: string;
        };
        /**
         * ADD_SUB_RESOURCES
         * @description `ADD_SUB_RESOURCES` with its `add_sub_resources_param`.
         */
        PoolChangeAddSubResources: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ADD_SUB_RESOURCES";
            add_sub_resources_param: components["schemas"]["EstimateAddSubResourcesRequestBody"];
        };
        /**
         * ADD_VOLUME
         * @description `ADD_VOLUME` with its `add_volume_param`.
         */
        PoolChangeAddVolume: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ADD_VOLUME";
            add_volume_param: components["schemas"]["EstimateAddVolumeRequestBody"];
        };
        /**
         * CHANGE_IMAGE
         * @description `CHANGE_IMAGE` with its `change_image_param`.
         */
        PoolChangeChangeImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CHANGE_IMAGE";
            change_image_param: components["schemas"]["CreateChangeImageOrderRequestBody"];
        };
        /**
         * DELETE_SUB_RESOURCES
         * @description `DELETE_SUB_RESOURCES` with its `delete_sub_resources_param`.
         */
        PoolChangeDeleteSubResources: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DELETE_SUB_RESOURCES";
            delete_sub_resources_param: components["schemas"]["CreateDeleteSubResourcesOrderRequestBody"];
        };
        /**
         * EXTEND_VOLUME
         * @description `EXTEND_VOLUME` with its `extend_volume_param`.
         */
        PoolChangeExtendVolume: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "EXTEND_VOLUME";
            extend_volume_param: components["schemas"]["EstimateExtendVolumeRequestBody"];
        };
        /**
         * @description Which desktops of the pool the change reaches: `ONLY_FOR_EXPAND` (newly added desktops only), `FOR_EXPAND_AND_IDLE` (new and idle desktops) or `FOR_EXPAND_AND_ALL` (new and all existing desktops). Not on the page; from the API definition and the SDK models.
         * @enum {string}
         */
        PoolChangeHandleType: "ONLY_FOR_EXPAND" | "FOR_EXPAND_AND_IDLE" | "FOR_EXPAND_AND_ALL";
        /**
         * RESIZE
         * @description `RESIZE` with its `resize_param`.
         */
        PoolChangeResize: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RESIZE";
            resize_param: components["schemas"]["CreateResizeOrderRequestBody"];
        };
        /**
         * @description What the change does. `ADD_VOLUME`: add a disk; `EXTEND_VOLUME`: grow a disk; `RESIZE`:
         *     change specifications; `CHANGE_IMAGE`: switch image; `ADD_SUB_RESOURCES`: buy collaboration
         *     resources; `DELETE_SUB_RESOURCES`: cancel collaboration resources.
         * @enum {string}
         */
        PoolChangeType:
            | "ADD_VOLUME"
            | "EXTEND_VOLUME"
            | "RESIZE"
            | "CHANGE_IMAGE"
            | "ADD_SUB_RESOURCES"
            | "DELETE_SUB_RESOURCES";
        /** @description `desktop_pool_id` and `desktop_ids` cannot both be empty. */
        PoolTargetRequired: {
            desktop_pool_id: string;
        } | {
            desktop_ids: unknown[];
        };
        /**
         * @description What the change would cost. Nothing was ordered: send the matching order to buy it. Open
         *     to new fields.
         */
        PriceInquiryResponse: {
            /** @description Currency of every amount (for example `CNY`). */
            currency?: string;
            /** @description The price results; each names the order request it belongs to. */
            cloud_service_rating_results?: components["schemas"]["CloudServiceRatingResult"][];
        };
        /**
         * @description A desktop package (flavour): its `product_id` is what an order names, and its CPU, memory,
         *     disks, billing and sale status tell which one to pick. Open to new fields.
         */
        ProductInfo: {
            /** @description ID of the package, the `product_id` an order body takes. */
            product_id?: string;
            /**
             * @description Kind of package. `BASE` is the basic package: its image carries no commercial software
             *     besides the operating system, and it is the only kind that can run a private image.
             */
            type?: string;
            /** @description CPU architecture, `arm` or `x86`. */
            architecture?: string;
            /** @description Number of vCPUs, as a string (for example `4`). */
            cpu?: string;
            /** @description Free-text description of the CPU. */
            cpu_desc?: string;
            /** @description Memory size, as a string (the definition's example gives `8192` for a package described as 8 GB). */
            memory?: string;
            /** @description Whether the package is a GPU flavour. */
            is_gpu?: boolean;
            /** @description Video memory in GB (GPU packages). */
            vram?: string;
            /**
             * @description Type of the system disk that comes with the package.
             * @default SAS
             */
            system_disk_type?: string;
            /**
             * @description Size of the system disk in GB, as a string.
             * @default 80
             */
            system_disk_size?: string;
            /**
             * @description Size of the data disk in GB, as a string.
             * @default 80
             */
            data_disk_size?: string;
            /** @description Free-text description of the GPU. */
            gpu_desc?: string;
            /**
             * @description Internal billing-record switch (`on` writes billing records, `off` does not). The
             *     definition says the service reads it but does not show it in answers.
             * @default on
             */
            bill_switch?: string;
            /** @description Short description of the package, such as its CPU and memory. */
            descriptions?: string;
            /** @description Description of the package in each language, keyed by language. */
            product_desc?: {
                [key: string]: string;
            };
            /** @description Billing of the package, `0` yearly/monthly or `1` pay-per-use. */
            charge_mode?: string;
            /** @description Whether the package's price includes the data disk. */
            contain_data_disk?: boolean;
            /** @description Billing resource type of the package (for example `hws.resource.type.vdi.vm`). */
            resource_type?: string;
            /** @description Billing cloud service code of the package (for example `hws.service.type.vdi`). */
            cloud_service_type?: string;
            /** @description Product type of the disks that go with the package. */
            volume_product_type?: string;
            /** @description IDs of the dedicated domains the package is offered in. */
            domain_ids?: string[];
            /**
             * @description Sale status: `normal` (on sale), `sellout` (sold out) or `abandon` (withdrawn).
             * @default normal
             */
            status?: string;
            /**
             * @description Package series. The SDK names `ultimate`, `enterprise`, `general`, `workstation`,
             *     `dedicated`, `solver` and `agile`; the list is not closed.
             */
            package_type?: string;
            /** @description Name of the package in each language, keyed by language. */
            name?: {
                [key: string]: string;
            };
            /**
             * Format: int32
             * @description Largest number of users who can share (collaborate on) a desktop of this package.
             */
            share_space_size?: number;
            /** @description ID of the compute flavour behind the package. */
            flavor_id?: string;
            /** @description Number of desktops a dedicated-host package comes with by default. */
            default_desktop_num?: number;
            /** @description Largest number of desktops a dedicated-host package can hold. */
            max_apply_desktop_num?: number;
            /** @description Sub-products of a dedicated-host package. */
            sub_product_list?: string[];
        };
        /** @description The price of one product in the change. */
        ProductResult: {
            /** @description The ID that identifies this product within the inquiry. */
            id?: string;
            /** @description ID of the product priced. */
            product_id?: string;
            /** @description Extra billing parameters. */
            extend_params?: string;
            /** @description What you pay: the total after every discount (for reserved instances, only the part paid up front). */
            amount?: number;
            /** @description The total discount. */
            discount_amount?: number;
            /**
             * Format: int32
             * @description Unit of the amounts, as a billing measure ID.
             */
            measure_id?: number;
            /** @description The list price on the official website. */
            official_website_amount?: number;
            /** @description The discount on the list price. */
            official_website_discount_amount?: number;
            /** @description The discount from optional discounts (commercial, partner or promotion discounts and coupons). */
            optional_discount_amount?: number;
            /** @description The total before any discount. */
            original_amount?: number;
            /** @description The total per instalment period; present only when every priced item has the same period type. */
            per_amount?: number;
            /** @description The discount on the per-period total (`per_original_amount` − `per_amount`). */
            per_discount_amount?: number;
            /** @description The per-period list price. */
            per_official_website_amount?: number;
            /** @description The discount on the per-period list price (`per_original_amount` − `per_official_website_amount`). */
            per_official_website_discount_amount?: number;
            /** @description The per-period discount from optional discounts (`per_official_website_amount` − `per_amount`). */
            per_optional_discount_amount?: number;
            /** @description The per-period total before any discount. */
            per_original_amount?: number;
            /**
             * Format: int32
             * @description The instalment period: `2` month, `4` hour.
             */
            per_period_type?: number;
        };
        /** @description The project's quotas, one entry per kind of resource. */
        QuotaNoLimit: {
            /** @description One entry per kind of resource. */
            resources: components["schemas"]["ResourceNoLimit"][];
        };
        /** @description Reinstalls the system disk of desktops from an image. */
        RebuildDesktopsReq: {
            /** @description Desktops to rebuild, at most 100. */
            desktop_ids: string[];
            image_type: components["schemas"]["ImageType"];
            /** @description ID of the image to install. */
            image_id: string;
            /** @description Operating system type of the image. */
            os_type?: string;
            /**
             * Format: int32
             * @description Minutes the users get to save their work before an immediate rebuild.
             */
            delay_time?: number;
            /** @description Message shown to the users when the rebuild is scheduled. */
            message?: string;
            /** @description Order of the yearly/monthly desktop; needed when the image is billed. */
            order_id?: string;
            enterprise_project_id?: components["schemas"]["EnterpriseProjectId"];
            encrypt_type?: components["schemas"]["EncryptType"];
            kms_id?: components["schemas"]["KmsId"];
            /**
             * @description Which desktops the rebuild reaches: `ONLY_FOR_EXPAND` (newly added desktops only),
             *     `FOR_EXPAND_AND_IDLE` (new and idle desktops) or `FOR_EXPAND_AND_ALL` (new and all
             *     existing desktops). Not on the page; from the API definition and the SDK models.
             * @enum {string}
             */
            handle_type?: "ONLY_FOR_EXPAND" | "FOR_EXPAND_AND_IDLE" | "FOR_EXPAND_AND_ALL";
        };
        /** @description Changes how many desktops a dedicated host holds. */
        ResizeExclusiveLitesReq: {
            enterprise_project_id?: components["schemas"]["EnterpriseProjectId"];
            /** @description ID of the host package. */
            product_id: string;
            /**
             * Format: int32
             * @description Number of desktops after the change.
             */
            new_quantity: number;
        };
        /**
         * @description One yearly/monthly resource and its billing period. `attach_desktops` and
         *     `resize_exclusive_lites` match no order type on the page or in the SDK, so they are accepted
         *     under any type, with or without that type's own object.
         */
        Resource: {
            /**
             * Format: int32
             * @description Billing period unit: 2 monthly, 3 yearly, 4 hourly (bandwidth add-on packages only),
             *     5 absolute time (add-ons such as EVS disks of ECSs), 6 one-off (only for one-off billing,
             *     chargingMode 1). The page's description calls the field mandatory although its table
             *     does not.
             * @enum {integer}
             */
            period_type?: 2 | 3 | 4 | 5 | 6;
            /**
             * Format: int32
             * @description How many periods to buy.
             */
            period_num?: number;
            /**
             * Format: int32
             * @description Whether the subscription renews itself at the end of the period.
             */
            is_auto_renew?: number;
            add_volumes?: components["schemas"]["AddVolumes"];
            create_desktops?: components["schemas"]["CreateDesktopReq"];
            rebuild_desktops?: components["schemas"]["RebuildDesktopsReq"];
            attach_desktops?: components["schemas"]["AttachInstancesReq"];
            create_exclusive_hosts?: components["schemas"]["CreateExclusiveHostsReq"];
            resize_exclusive_lites?: components["schemas"]["ResizeExclusiveLitesReq"];
            create_desktop_pool?: components["schemas"]["CreateDesktopPoolReq"];
            expand_desktop_pool?: components["schemas"]["ExpandDesktopPoolOrderReq"];
            apply_desktops_internet?: components["schemas"]["ApplyDesktopsInternet"];
            apply_subnet_bandwidth?: components["schemas"]["ApplySubnetBandwidthReq"];
            subscribe_user_sharer?: components["schemas"]["SubscribeUserSharerReq"];
        };
        /** @description The quota of one kind of resource and how much of it is used. */
        ResourceNoLimit: {
            /**
             * @description Kind of resource. The definition names `general_instances` (ordinary desktops),
             *     `gpu_instances` (GPU desktops), `cores` (vCPUs), `Memory`, `volumes` (number of disks),
             *     `volume_gigabytes` (disk capacity), `deh` (dedicated hosts), `users`, `policy_groups`
             *     and `Cores` (vCPUs, as the quota tool counts them); its own example also answers
             *     `ies_instances`, so the list is not closed.
             */
            type?: string;
            /**
             * Format: int32
             * @description How many of the resource the project may use.
             */
            quota?: number;
            /**
             * Format: int32
             * @description How many of the resource are in use.
             */
            used?: number;
            /** @description Unit of `quota` and `used` where they are not counts (for example `GB`). */
            unit?: string;
        };
        /** @description The system disk. */
        RootVolume: {
            type: components["schemas"]["VolumeType"];
            /** @description System disk size in GB, 80 to 32760, a multiple of 10. */
            size: number;
            /** @description Provisioned IOPS. Not on the pages; from the API definition and the SDK models. */
            iops?: number;
            /** @description Provisioned throughput. Not on the pages; from the API definition and the SDK models, which do not state its unit. */
            throughput?: number;
            kms_id?: components["schemas"]["KmsId"];
        };
        /** @description A security group to attach to the desktops. */
        SecurityGroup: {
            /** @description ID of the security group. */
            id: string;
        };
        /**
         * @description A Workspace job and the sub-jobs it consists of. Open to new fields; the API definition marks
         *     none of them as always present.
         */
        ShowJobResponse: {
            /** @description ID of the job (the `job_id` that was looked up). */
            id?: string;
            /**
             * @description What the job does. Neither the definition nor the SDK lists the values; the job-type filter
             *     of the sub-job listing (ListItaSubJobs) names `createDesktops`, `applyWorkspace`,
             *     `cancelWorkspace`, `expandVolumes` and `addVolumes`.
             */
            job_type?: string;
            /** @description When the job started. The definition types it as a string and does not state its format. */
            begin_time?: string;
            /** @description When the job ended, once it has. The definition types it as a string and does not state its format. */
            end_time?: string;
            /**
             * @description Where the job stands. The definition states no values for this field, so any string is
             *     accepted; the status filter of the sub-job listing (ListItaSubJobs) names `SUCCESS`,
             *     `RUNNING`, `FAILED` and `WAITING`.
             */
            status?: string;
            /** @description Error code of the job, when it failed. */
            job_error_code?: string;
            /** @description Why the job failed, when it did. */
            fail_reason?: string;
            /**
             * Format: int32
             * @description How many sub-jobs the job has.
             */
            sub_jobs_total?: number;
            /** @description The sub-jobs of the job. */
            sub_jobs?: components["schemas"]["JobDetailInfo"][];
        };
        /** @description What the project may use and how much of it is used, overall and per site. */
        ShowQuotasResponse: {
            quotas?: components["schemas"]["QuotaNoLimit"];
            /** @description The quotas of each site other than the central one (the definition says the central site is not included for now). */
            site_quotas?: components["schemas"]["SiteQuotaNoLimit"][];
        };
        /** @description The quotas of one site. */
        SiteQuotaNoLimit: {
            /** @description One entry per kind of resource. */
            resources: components["schemas"]["ResourceNoLimit"][];
            /** @description ID of the site. */
            site_id?: string;
        };
        /** @description What is sold out in a zone. */
        SoldOutInfo: {
            /** @description IDs of the packages sold out in this zone. */
            products?: string[];
        };
        /** @description User collaboration seats to buy. */
        SubscribeUserSharerReq: {
            /** @description SKU code of the user collaboration resource. */
            user_sharer_sku: string;
            /** @description Users who get collaboration. */
            users: components["schemas"]["User"][];
        };
        /** @description A key/value tag put on the created resource. */
        Tag: {
            /** @description Tag key, 1 to 128 characters, none of `*<>,|/` and no space at either end. */
            key: string;
            /**
             * @description Tag value, at most 43 characters, none of `*<>,|/` and no space at either end; empty by default.
             * @default
             */
            value?: string;
        };
        /**
         * @description The throughput a disk of this product can be given (data read and written per second). Known only from Huawei's SDK
         *     models.
         */
        Throughput: {
            /** @description Billing specification code the range belongs to. */
            resource_spec_code?: string;
            /**
             * Format: int32
             * @description Lowest throughput.
             */
            min?: number;
            /**
             * Format: int32
             * @description Highest throughput.
             */
            max?: number;
            /** @description Throughput per IOPS; a disk with `iops` IOPS gets at most `range_by_iops` × `iops`. */
            range_by_iops?: number;
        };
        /** @description A user who gets collaboration. */
        User: {
            /** @description ID of the user. */
            user_id: string;
            /** @description Name of the user. */
            user_name: string;
        };
        /**
         * @description Operating-system group of the desktop user: `sudo` (Linux administrators), `default`
         *     (ordinary Linux users), `administrators` (Windows administrators, full control except
         *     forbidden operations) or `users` (standard Windows users).
         * @enum {string}
         */
        UserGroup: "sudo" | "default" | "administrators" | "users";
        /** @description Whether users may reset their pool desktop themselves, and how often. Not on the page; from the SDK models (Python SDK 3.1.192 and later) and the API definition (since 2026-04-25). */
        UserResetPolicy: {
            /** @description Turns user-initiated resets on or off. */
            enable?: boolean;
            /** @description How many resets each user gets per day; the count starts afresh at midnight. */
            reset_count_per_day?: number;
        };
        /** @description A disk of a pool desktop. */
        VolumeInfo: {
            /** @description ID of an existing disk, for batch operations on disks. */
            id?: string;
            type: components["schemas"]["VolumeType"];
            /** @description Disk size in GB. */
            size: number;
            /** @description Specification code of the disk. */
            resource_spec_code?: string;
            /** @description Provisioned IOPS. Not on the page; from the API definition and the SDK models. */
            iops?: number;
            /** @description Provisioned throughput. Not on the page; from the API definition and the SDK models, which do not state its unit. */
            throughput?: number;
            kms_id?: components["schemas"]["KmsId"];
        };
        /**
         * @description A disk product: its `volume_type` is the disk type an order body takes (`SATA`, `SAS`,
         *     `SSD`, …). Open to new fields; known only from Huawei's SDK models.
         */
        VolumeProductInfo: {
            /** @description Billing specification code of the disk product. */
            resource_spec_code?: string;
            /** @description Disk type: `SATA` (common I/O), `SAS` (high I/O) or `SSD` (ultra-high I/O); the SDK does not close the list. */
            volume_type?: string;
            /** @description Product type; the SDK names `workspace`. */
            volume_product_type?: string;
            /** @description Billing resource type of the disk product. */
            resource_type?: string;
            /** @description Billing cloud service code of the disk product. */
            cloud_service_type?: string;
            /** @description IDs of the dedicated domains the disk product is offered in. */
            domain_ids?: string[];
            /** @description Name of the disk product in each language. */
            name?: components["schemas"]["I18nLanguage"][];
            /** @description Sale status: `normal` (on sale) or `sellout` (sold out). */
            status?: string;
            iops?: components["schemas"]["Iops"];
            throughput?: components["schemas"]["Throughput"];
        };
        /**
         * @description Disk type: one of those the service offers in the region, as a string of 1 to 255
         *     characters. Values the sources name: `SAS` (high I/O), `SSD` (ultra-high I/O), `GPSSD`
         *     (general-purpose SSD) and `SATA` (common I/O).
         * @example SAS
         * @example SSD
         * @example GPSSD
         * @example SATA
         */
        VolumeType: string;
    };
    responses: {
        /** @description The request is malformed or a parameter is invalid. Nothing was ordered. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The operation conflicts with another (the pages say no more). Nothing was ordered. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Any other failure; the API definition of the job lookup declares this catch-all answer, with the usual error body. */
        DefaultError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The caller lacks permission for this action. Nothing was ordered. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Answered by Huawei's API gateway (APIG) before the request reaches Workspace: the caller
         *     may not call this API. No Help Center page lists it; every operation behind the gateway can
         *     answer it. Nothing was ordered.
         */
        GatewayForbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Answered by Huawei's API gateway (APIG) before the request reaches Workspace: the token or
         *     AK/SK signature is missing, wrong or expired. No Help Center page lists it; every operation
         *     behind the gateway can answer it. Nothing was ordered.
         */
        GatewayUnauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated. */
        InternalServerError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The method is not allowed on this path. Nothing was changed. */
        MethodNotAllowed: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A resource the request names does not exist. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The service is unavailable for now. A lookup can be repeated later; nothing was changed. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The token or AK/SK signature is missing, wrong or expired. Nothing was ordered. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Media type of the request body; the only one these operations take is `application/json`. */
        ContentType: string;
        /**
         * @description The ID of the job to look up: the `job_id` an order operation answered with, 1 to 255
         *     characters (API definition).
         * @example 3979904c-7beb-4f34-835f-2fa989a5550a
         */
        JobId: string;
        /**
         * @description The ID of the IAM project that owns the resources (one project per region).
         * @example 0bec5db98280d2d02fd6c00c2de791ce
         */
        ProjectId: string;
        /**
         * @description IAM user token (the `X-Subject-Token` header of IAM's token response). Optional because a
         *     request may instead be signed with AK/SK; see the security schemes.
         */
        XAuthToken: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The gateway's ID for this request. Quote it when asking Huawei support about a call.
         * @example 5b8a1f0cfd2d4c6e8e4f2f7a9b3c1d20
         */
        XRequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AddDesktopSubResources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the IAM project that owns the resources (one project per region).
                 * @example 0bec5db98280d2d02fd6c00c2de791ce
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDesktopSubResourcesRequest"];
            };
        };
        responses: {
            /** @description The purchase was accepted; the job provisions the resources. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddDesktopSubResourcesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description IAM user token (the `X-Subject-Token` header of IAM's token response). Optional because a
                 *     request may instead be signed with AK/SK; see the security schemes.
                 */
                "X-Auth-Token"?: components["parameters"]["XAuthToken"];
                /** @description Media type of the request body; the only one these operations take is `application/json`. */
                "Content-Type"?: components["parameters"]["ContentType"];
            };
            path: {
                /**
                 * @description The ID of the IAM project that owns the resources (one project per region).
                 * @example 0bec5db98280d2d02fd6c00c2de791ce
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrderRequest"];
            };
        };
        responses: {
            /** @description The order was placed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOrderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateDesktopOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description IAM user token (the `X-Subject-Token` header of IAM's token response). Optional because a
                 *     request may instead be signed with AK/SK; see the security schemes.
                 */
                "X-Auth-Token"?: components["parameters"]["XAuthToken"];
            };
            path: {
                /**
                 * @description The ID of the IAM project that owns the resources (one project per region).
                 * @example 0bec5db98280d2d02fd6c00c2de791ce
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDesktopOrderRequest"];
            };
        };
        responses: {
            /** @description The order was placed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDesktopOrderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateDesktopPoolChangeOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description IAM user token (the `X-Subject-Token` header of IAM's token response). Optional because a
                 *     request may instead be signed with AK/SK; see the security schemes.
                 */
                "X-Auth-Token"?: components["parameters"]["XAuthToken"];
                /** @description Media type of the request body; the only one these operations take is `application/json`. */
                "Content-Type"?: components["parameters"]["ContentType"];
            };
            path: {
                /**
                 * @description The ID of the IAM project that owns the resources (one project per region).
                 * @example 0bec5db98280d2d02fd6c00c2de791ce
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDesktopPoolChangeOrderRequest"];
            };
        };
        responses: {
            /** @description The change orders were generated; check `result` of each. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDesktopPoolChangeOrderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ShowJob: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description IAM user token (the `X-Subject-Token` header of IAM's token response). Optional because a
                 *     request may instead be signed with AK/SK; see the security schemes.
                 */
                "X-Auth-Token"?: components["parameters"]["XAuthToken"];
            };
            path: {
                /**
                 * @description The ID of the IAM project that owns the resources (one project per region).
                 * @example 0bec5db98280d2d02fd6c00c2de791ce
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description The ID of the job to look up: the `job_id` an order operation answered with, 1 to 255
                 *     characters (API definition).
                 * @example 3979904c-7beb-4f34-835f-2fa989a5550a
                 */
                job_id: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job as the service sees it now. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShowJobResponse"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["DefaultError"];
        };
    };
    ListItaSubJobs: {
        parameters: {
            query?: {
                /**
                 * @description Only sub-jobs in this status: `WAITING`, `RUNNING`, `SUCCESS` or `FAILED`. One value per
                 *     call here: the definition types it as one string, though its own request example
                 *     repeats the parameter (`status=FAILED&status=RUNNING`).
                 * @example FAILED
                 */
                status?: string;
                /**
                 * @description Only the sub-jobs of this job (the `job_id` an order answered with).
                 * @example ff8080829a1b2c3d019a2b3c4d5e0001
                 */
                job_id?: string;
                /**
                 * @description Only sub-jobs of this type, such as `createDesktops`, `addVolumes`, `expandVolumes`,
                 *     `rebuildDesktops`, `createDesktopPool` or `expandDesktopPool`; the SDK lists 28
                 *     and the list is not closed.
                 * @example createDesktops
                 */
                job_type?: string;
                /**
                 * @description Only the sub-jobs of this desktop pool.
                 * @example 7c1e4a2b-3d5f-4b6a-8c9d-0e1f2a3b4c5d
                 */
                desktop_pool_id?: string;
                /**
                 * @description Sub-jobs per page, 0 to 1000.
                 * @example 2
                 */
                limit?: number;
                /**
                 * @description How many matching sub-jobs to skip (0 to 10000) before the page starts; counts from 0.
                 * @example 0
                 */
                offset?: number;
            };
            header?: {
                /**
                 * @description IAM user token (the `X-Subject-Token` header of IAM's token response). Optional because a
                 *     request may instead be signed with AK/SK; see the security schemes.
                 */
                "X-Auth-Token"?: components["parameters"]["XAuthToken"];
            };
            path: {
                /**
                 * @description The ID of the IAM project that owns the resources (one project per region).
                 * @example 0bec5db98280d2d02fd6c00c2de791ce
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the sub-jobs that match. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListItaSubJobsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ListProducts: {
        parameters: {
            query?: {
                /**
                 * @description A package ID; the answer then lists the packages it can be resized to.
                 * @example workspace.x86.ultimate.large2
                 */
                product_id?: string;
                /**
                 * @description Only packages offered in this availability zone.
                 * @example cn-north-4a
                 */
                availability_zone?: string;
                /**
                 * @description Only packages for this operating system, `Windows` or `Linux`.
                 * @example Windows
                 */
                os_type?: string;
                /**
                 * @description Only packages with this billing, `0` yearly/monthly or `1` pay-per-use.
                 * @example 0
                 */
                charge_mode?: string;
                /**
                 * @description Only packages of this CPU architecture, `arm` or `x86`.
                 * @example x86
                 */
                architecture?: string;
                /**
                 * @description Only packages of this series (see `package_type` in the answer).
                 * @example enterprise
                 */
                package_type?: string;
                /**
                 * @description Packages per page, 0 to 100.
                 * @example 2
                 */
                limit?: number;
                /**
                 * @description How many matching packages to skip (0 to 5000) before the page starts.
                 * @example 0
                 */
                offset?: number;
            };
            header?: {
                /**
                 * @description IAM user token (the `X-Subject-Token` header of IAM's token response). Optional because a
                 *     request may instead be signed with AK/SK; see the security schemes.
                 */
                "X-Auth-Token"?: components["parameters"]["XAuthToken"];
            };
            path: {
                /**
                 * @description The ID of the IAM project that owns the resources (one project per region).
                 * @example 0bec5db98280d2d02fd6c00c2de791ce
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the packages that match. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListProductsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ListImages: {
        parameters: {
            query?: {
                /**
                 * @description Only images of this operating system family, such as `Windows`.
                 * @example Windows
                 */
                os_type?: string;
                /**
                 * @description Only `gold` (public) or only `private` images. The definition's pattern is copied as it
                 *     stands; unanchored, it also matches longer strings that contain either word.
                 * @example gold
                 */
                image_type?: string;
                /**
                 * @description Only images of this system type, such as `Windows`.
                 * @example Windows
                 */
                platform?: string;
                /**
                 * @description Only images for this CPU architecture, `arm` or `x86` (the definition's pattern, unanchored).
                 * @example x86
                 */
                architecture?: string;
                /**
                 * @description Only images for this package series.
                 * @example enterprise
                 */
                package_type?: string;
                /**
                 * @description Only the image with this ID.
                 * @example 4f2a8c1e-9b7d-4e3a-a6c5-0d1e2f3a4b5c
                 */
                image_id?: string;
                /**
                 * @description Images per page, 0 to 100. The definition declares no default; the SDK and the Help
                 *     Center page say the service uses 100.
                 * @example 2
                 */
                limit?: number;
                /**
                 * @description How many matching images to skip (0 to 5000) before the page starts.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description Field to sort by, `name` (the default) or `created_at`. Known from the SDK models and the page, not the definition.
                 * @example created_at
                 */
                sort_field?: string;
                /**
                 * @description Sort order with `sort_field`, `asc` (the default) or `desc`. Known from the SDK models and the page, not the definition.
                 * @example desc
                 */
                sort_type?: string;
            };
            header?: {
                /**
                 * @description IAM user token (the `X-Subject-Token` header of IAM's token response). Optional because a
                 *     request may instead be signed with AK/SK; see the security schemes.
                 */
                "X-Auth-Token"?: components["parameters"]["XAuthToken"];
            };
            path: {
                /**
                 * @description The ID of the IAM project that owns the resources (one project per region).
                 * @example 0bec5db98280d2d02fd6c00c2de791ce
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the images that match. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListImagesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ListAvailabilityZones: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description IAM user token (the `X-Subject-Token` header of IAM's token response). Optional because a
                 *     request may instead be signed with AK/SK; see the security schemes.
                 */
                "X-Auth-Token"?: components["parameters"]["XAuthToken"];
            };
            path: {
                /**
                 * @description The ID of the IAM project that owns the resources (one project per region).
                 * @example 0bec5db98280d2d02fd6c00c2de791ce
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zones of the region. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAvailabilityZonesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ListVolumeProductInfo: {
        parameters: {
            query?: {
                /**
                 * @description Only disk products offered in this availability zone.
                 * @example cn-north-4a
                 */
                availability_zone?: string;
                /**
                 * @description Only these disk types, separated by commas (`SATA` common I/O, `SAS` high I/O, `SSD` ultra-high I/O).
                 * @example SAS,SSD
                 */
                volume_type?: string;
            };
            header?: {
                /**
                 * @description IAM user token (the `X-Subject-Token` header of IAM's token response). Optional because a
                 *     request may instead be signed with AK/SK; see the security schemes.
                 */
                "X-Auth-Token"?: components["parameters"]["XAuthToken"];
            };
            path: {
                /**
                 * @description The ID of the IAM project that owns the resources (one project per region).
                 * @example 0bec5db98280d2d02fd6c00c2de791ce
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disk products that match. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListVolumeProductInfoResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["GatewayForbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ShowQuotas: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description IAM user token (the `X-Subject-Token` header of IAM's token response). Optional because a
                 *     request may instead be signed with AK/SK; see the security schemes.
                 */
                "X-Auth-Token"?: components["parameters"]["XAuthToken"];
            };
            path: {
                /**
                 * @description The ID of the IAM project that owns the resources (one project per region).
                 * @example 0bec5db98280d2d02fd6c00c2de791ce
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quotas and their use. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShowQuotasResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    EstimateAddResources: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description IAM user token (the `X-Subject-Token` header of IAM's token response). Optional because a
                 *     request may instead be signed with AK/SK; see the security schemes.
                 */
                "X-Auth-Token"?: components["parameters"]["XAuthToken"];
                /** @description Media type of the request body; the only one these operations take is `application/json`. */
                "Content-Type"?: components["parameters"]["ContentType"];
            };
            path: {
                /**
                 * @description The ID of the IAM project that owns the resources (one project per region).
                 * @example 0bec5db98280d2d02fd6c00c2de791ce
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EstimateAddResourcesRequest"];
            };
        };
        responses: {
            /** @description The price of the change. Nothing was ordered. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceInquiryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    EstimateChangeImages: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description IAM user token (the `X-Subject-Token` header of IAM's token response). Optional because a
                 *     request may instead be signed with AK/SK; see the security schemes.
                 */
                "X-Auth-Token"?: components["parameters"]["XAuthToken"];
                /** @description Media type of the request body; the only one these operations take is `application/json`. */
                "Content-Type"?: components["parameters"]["ContentType"];
            };
            path: {
                /**
                 * @description The ID of the IAM project that owns the resources (one project per region).
                 * @example 0bec5db98280d2d02fd6c00c2de791ce
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EstimateChangeImagesRequest"];
            };
        };
        responses: {
            /** @description The price of the change. Nothing was ordered. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceInquiryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
}

// Named exports: one per component schema.
export type AddDesktopSubResourcesRequest = components["schemas"]["AddDesktopSubResourcesRequest"];
export type AddDesktopSubResourcesResponse = components["schemas"]["AddDesktopSubResourcesResponse"];
export type AddVolumes = components["schemas"]["AddVolumes"];
export type AgencyUrn = components["schemas"]["AgencyUrn"];
export type ApplyDesktopsInternet = components["schemas"]["ApplyDesktopsInternet"];
export type ApplySharedVpcDedicatedParam = components["schemas"]["ApplySharedVpcDedicatedParam"];
export type ApplySubnetBandwidthReq = components["schemas"]["ApplySubnetBandwidthReq"];
export type AttachInstancesDesktopInfo = components["schemas"]["AttachInstancesDesktopInfo"];
export type AttachInstancesReq = components["schemas"]["AttachInstancesReq"];
export type AttachInstancesUserInfo = components["schemas"]["AttachInstancesUserInfo"];
export type AuthorizedObjects = components["schemas"]["AuthorizedObjects"];
export type AutoscalePolicy = components["schemas"]["AutoscalePolicy"];
export type AvailabilityZoneInfo = components["schemas"]["AvailabilityZoneInfo"];
export type CloudServiceRatingResult = components["schemas"]["CloudServiceRatingResult"];
export type ComputerName = components["schemas"]["ComputerName"];
export type CreateChangeImageOrderRequestBody = components["schemas"]["CreateChangeImageOrderRequestBody"];
export type CreateDeleteSubResourcesOrderRequestBody = components["schemas"]["CreateDeleteSubResourcesOrderRequestBody"];
export type CreateDesktopOrderRequest = components["schemas"]["CreateDesktopOrderRequest"];
export type CreateDesktopOrderResponse = components["schemas"]["CreateDesktopOrderResponse"];
export type CreateDesktopPoolChangeOrderRequest = components["schemas"]["CreateDesktopPoolChangeOrderRequest"];
export type CreateDesktopPoolChangeOrderResponse = components["schemas"]["CreateDesktopPoolChangeOrderResponse"];
export type CreateDesktopPoolReq = components["schemas"]["CreateDesktopPoolReq"];
export type CreateDesktopReq = components["schemas"]["CreateDesktopReq"];
export type CreateExclusiveHostsReq = components["schemas"]["CreateExclusiveHostsReq"];
export type CreateOrderAddVolumes = components["schemas"]["CreateOrderAddVolumes"];
export type CreateOrderApplyDesktopsInternet = components["schemas"]["CreateOrderApplyDesktopsInternet"];
export type CreateOrderApplySubnetBandwidth = components["schemas"]["CreateOrderApplySubnetBandwidth"];
export type CreateOrderCreateDesktopPool = components["schemas"]["CreateOrderCreateDesktopPool"];
export type CreateOrderCreateDesktops = components["schemas"]["CreateOrderCreateDesktops"];
export type CreateOrderCreateExclusiveHosts = components["schemas"]["CreateOrderCreateExclusiveHosts"];
export type CreateOrderExpandDesktopPool = components["schemas"]["CreateOrderExpandDesktopPool"];
export type CreateOrderRebuildDesktops = components["schemas"]["CreateOrderRebuildDesktops"];
export type CreateOrderRequest = components["schemas"]["CreateOrderRequest"];
export type CreateOrderResponse = components["schemas"]["CreateOrderResponse"];
export type CreateOrderSubscribeUserSharer = components["schemas"]["CreateOrderSubscribeUserSharer"];
export type CreateOrderType = components["schemas"]["CreateOrderType"];
export type CreateResizeOrderRequestBody = components["schemas"]["CreateResizeOrderRequestBody"];
export type DataVolume = components["schemas"]["DataVolume"];
export type Desktop = components["schemas"]["Desktop"];
export type DesktopUserName = components["schemas"]["DesktopUserName"];
export type Eip = components["schemas"]["Eip"];
export type EipChargeMode = components["schemas"]["EipChargeMode"];
export type EncryptType = components["schemas"]["EncryptType"];
export type EnterpriseProjectId = components["schemas"]["EnterpriseProjectId"];
export type ErrorResponse = components["schemas"]["ErrorResponse"];
export type EstimateAddResourcesRequest = components["schemas"]["EstimateAddResourcesRequest"];
export type EstimateAddSubResourcesRequestBody = components["schemas"]["EstimateAddSubResourcesRequestBody"];
export type EstimateAddVolumeRequestBody = components["schemas"]["EstimateAddVolumeRequestBody"];
export type EstimateChangeImagesRequest = components["schemas"]["EstimateChangeImagesRequest"];
export type EstimateExtendVolumeRequestBody = components["schemas"]["EstimateExtendVolumeRequestBody"];
export type ExpandDesktopPoolOrderReq = components["schemas"]["ExpandDesktopPoolOrderReq"];
export type HourPackageResource = components["schemas"]["HourPackageResource"];
export type I18nLanguage = components["schemas"]["I18nLanguage"];
export type ImageInfo = components["schemas"]["ImageInfo"];
export type ImageType = components["schemas"]["ImageType"];
export type InquiryDesktopIds = components["schemas"]["InquiryDesktopIds"];
export type InquiryDesktopPoolId = components["schemas"]["InquiryDesktopPoolId"];
export type InquiryPromotionPlanId = components["schemas"]["InquiryPromotionPlanId"];
export type Iops = components["schemas"]["Iops"];
export type JobDetailInfo = components["schemas"]["JobDetailInfo"];
export type JobEntities = components["schemas"]["JobEntities"];
export type KmsId = components["schemas"]["KmsId"];
export type ListAvailabilityZonesResponse = components["schemas"]["ListAvailabilityZonesResponse"];
export type ListImagesResponse = components["schemas"]["ListImagesResponse"];
export type ListItaSubJobsResponse = components["schemas"]["ListItaSubJobsResponse"];
export type ListProductsResponse = components["schemas"]["ListProductsResponse"];
export type ListVolumeProductInfoResponse = components["schemas"]["ListVolumeProductInfoResponse"];
export type Nic = components["schemas"]["Nic"];
export type OfficialWebsiteRatingResult = components["schemas"]["OfficialWebsiteRatingResult"];
export type OptionalDiscountRatingResult = components["schemas"]["OptionalDiscountRatingResult"];
export type OrderExtendParam = components["schemas"]["OrderExtendParam"];
export type OrderV5 = components["schemas"]["OrderV5"];
export type PoolChangeAddSubResources = components["schemas"]["PoolChangeAddSubResources"];
export type PoolChangeAddVolume = components["schemas"]["PoolChangeAddVolume"];
export type PoolChangeChangeImage = components["schemas"]["PoolChangeChangeImage"];
export type PoolChangeDeleteSubResources = components["schemas"]["PoolChangeDeleteSubResources"];
export type PoolChangeExtendVolume = components["schemas"]["PoolChangeExtendVolume"];
export type PoolChangeHandleType = components["schemas"]["PoolChangeHandleType"];
export type PoolChangeResize = components["schemas"]["PoolChangeResize"];
export type PoolChangeType = components["schemas"]["PoolChangeType"];
export type PoolTargetRequired = components["schemas"]["PoolTargetRequired"];
export type PriceInquiryResponse = components["schemas"]["PriceInquiryResponse"];
export type ProductInfo = components["schemas"]["ProductInfo"];
export type ProductResult = components["schemas"]["ProductResult"];
export type QuotaNoLimit = components["schemas"]["QuotaNoLimit"];
export type RebuildDesktopsReq = components["schemas"]["RebuildDesktopsReq"];
export type ResizeExclusiveLitesReq = components["schemas"]["ResizeExclusiveLitesReq"];
export type Resource = components["schemas"]["Resource"];
export type ResourceNoLimit = components["schemas"]["ResourceNoLimit"];
export type RootVolume = components["schemas"]["RootVolume"];
export type SecurityGroup = components["schemas"]["SecurityGroup"];
export type ShowJobResponse = components["schemas"]["ShowJobResponse"];
export type ShowQuotasResponse = components["schemas"]["ShowQuotasResponse"];
export type SiteQuotaNoLimit = components["schemas"]["SiteQuotaNoLimit"];
export type SoldOutInfo = components["schemas"]["SoldOutInfo"];
export type SubscribeUserSharerReq = components["schemas"]["SubscribeUserSharerReq"];
export type Tag = components["schemas"]["Tag"];
export type Throughput = components["schemas"]["Throughput"];
export type User = components["schemas"]["User"];
export type UserGroup = components["schemas"]["UserGroup"];
export type UserResetPolicy = components["schemas"]["UserResetPolicy"];
export type VolumeInfo = components["schemas"]["VolumeInfo"];
export type VolumeProductInfo = components["schemas"]["VolumeProductInfo"];
export type VolumeType = components["schemas"]["VolumeType"];

/** A body in a media type other than JSON, passed through as it is. */
export type OpaqueBody = string | Blob | ArrayBuffer | Uint8Array | FormData | URLSearchParams;

// Per operation: what it takes and what it answers, only for the parts it has.
export type OperationId =
    | "AddDesktopSubResources"
    | "CreateDesktopOrder"
    | "CreateDesktopPoolChangeOrder"
    | "CreateOrder"
    | "EstimateAddResources"
    | "EstimateChangeImages"
    | "ListAvailabilityZones"
    | "ListImages"
    | "ListItaSubJobs"
    | "ListProducts"
    | "ListVolumeProductInfo"
    | "ShowJob"
    | "ShowQuotas";

// AddDesktopSubResources: POST /v2/{project_id}/desktop/sub-resources
export type AddDesktopSubResourcesBody = NonNullable<paths["/v2/{project_id}/desktop/sub-resources"]["post"]["requestBody"]>["content"]["application/json"];
export type AddDesktopSubResourcesData = paths["/v2/{project_id}/desktop/sub-resources"]["post"]["responses"][200]["content"]["application/json"];
export type AddDesktopSubResourcesErrorStatus = 400 | 401 | 403 | 404 | 500;

// CreateDesktopOrder: POST /v2/{project_id}/desktops/orders/subscribe
export type CreateDesktopOrderBody = NonNullable<paths["/v2/{project_id}/desktops/orders/subscribe"]["post"]["requestBody"]>["content"]["application/json"];
export type CreateDesktopOrderData = paths["/v2/{project_id}/desktops/orders/subscribe"]["post"]["responses"][200]["content"]["application/json"];
export type CreateDesktopOrderErrorStatus = 400 | 401 | 403 | 409 | 500;

// CreateDesktopPoolChangeOrder: POST /v2/{project_id}/desktop-pool/periodic/change/order
export type CreateDesktopPoolChangeOrderBody =
    | (Omit<CreateDesktopPoolChangeOrderRequest, keyof PoolChangeAddVolume> & PoolChangeAddVolume)
    | (Omit<CreateDesktopPoolChangeOrderRequest, keyof PoolChangeExtendVolume> & PoolChangeExtendVolume)
    | (Omit<CreateDesktopPoolChangeOrderRequest, keyof PoolChangeResize> & PoolChangeResize)
    | (Omit<CreateDesktopPoolChangeOrderRequest, keyof PoolChangeChangeImage> & PoolChangeChangeImage)
    | (Omit<CreateDesktopPoolChangeOrderRequest, keyof PoolChangeAddSubResources> & PoolChangeAddSubResources)
    | (Omit<CreateDesktopPoolChangeOrderRequest, keyof PoolChangeDeleteSubResources> & PoolChangeDeleteSubResources);
export type CreateDesktopPoolChangeOrderData = paths["/v2/{project_id}/desktop-pool/periodic/change/order"]["post"]["responses"][200]["content"]["application/json"];
export type CreateDesktopPoolChangeOrderErrorStatus = 400 | 401 | 403 | 409 | 500;

// CreateOrder: POST /v2/{project_id}/periodic/subscribe/order
export type CreateOrderBody =
    | (Omit<CreateOrderRequest, keyof CreateOrderCreateDesktops> & CreateOrderCreateDesktops)
    | (Omit<CreateOrderRequest, keyof CreateOrderAddVolumes> & CreateOrderAddVolumes)
    | (Omit<CreateOrderRequest, keyof CreateOrderRebuildDesktops> & CreateOrderRebuildDesktops)
    | (Omit<CreateOrderRequest, keyof CreateOrderCreateDesktopPool> & CreateOrderCreateDesktopPool)
    | (Omit<CreateOrderRequest, keyof CreateOrderExpandDesktopPool> & CreateOrderExpandDesktopPool)
    | (Omit<CreateOrderRequest, keyof CreateOrderApplyDesktopsInternet> & CreateOrderApplyDesktopsInternet)
    | (Omit<CreateOrderRequest, keyof CreateOrderCreateExclusiveHosts> & CreateOrderCreateExclusiveHosts)
    | (Omit<CreateOrderRequest, keyof CreateOrderSubscribeUserSharer> & CreateOrderSubscribeUserSharer)
    | (Omit<CreateOrderRequest, keyof CreateOrderApplySubnetBandwidth> & CreateOrderApplySubnetBandwidth);
export type CreateOrderData = paths["/v2/{project_id}/periodic/subscribe/order"]["post"]["responses"][200]["content"]["application/json"];
export type CreateOrderErrorStatus = 400 | 401 | 403 | 500;

// EstimateAddResources: POST /v2/{project_id}/periodic/inquiry/add-resources
export type EstimateAddResourcesBody = NonNullable<paths["/v2/{project_id}/periodic/inquiry/add-resources"]["post"]["requestBody"]>["content"]["application/json"];
export type EstimateAddResourcesData = paths["/v2/{project_id}/periodic/inquiry/add-resources"]["post"]["responses"][200]["content"]["application/json"];
export type EstimateAddResourcesErrorStatus = 400 | 401 | 403 | 409 | 500;

// EstimateChangeImages: POST /v2/{project_id}/periodic/inquiry/change-image
export type EstimateChangeImagesBody = NonNullable<paths["/v2/{project_id}/periodic/inquiry/change-image"]["post"]["requestBody"]>["content"]["application/json"];
export type EstimateChangeImagesData = paths["/v2/{project_id}/periodic/inquiry/change-image"]["post"]["responses"][200]["content"]["application/json"];
export type EstimateChangeImagesErrorStatus = 400 | 401 | 403 | 409 | 500;

// ListAvailabilityZones: GET /v2/{project_id}/availability-zones
export type ListAvailabilityZonesInput = Record<string, never>;
export type ListAvailabilityZonesData = paths["/v2/{project_id}/availability-zones"]["get"]["responses"][200]["content"]["application/json"];
export type ListAvailabilityZonesErrorStatus = 400 | 401 | 403 | 404 | 405 | 500 | 503;

// ListImages: GET /v2/{project_id}/images
export type ListImagesParameters = {
  query?: Pick<NonNullable<paths["/v2/{project_id}/images"]["get"]["parameters"]["query"]>,
      | "os_type"
      | "image_type"
      | "platform"
      | "architecture"
      | "package_type"
      | "image_id"
      | "limit"
      | "offset"
      | "sort_field"
      | "sort_type"
  >;
};
export type ListImagesInput = ListImagesParameters;
export type ListImagesData = paths["/v2/{project_id}/images"]["get"]["responses"][200]["content"]["application/json"];
export type ListImagesErrorStatus = 400 | 401 | 403 | 404 | 405 | 500 | 503;

// ListItaSubJobs: GET /v2/{project_id}/workspace-sub-jobs
export type ListItaSubJobsParameters = {
  query?: Pick<NonNullable<paths["/v2/{project_id}/workspace-sub-jobs"]["get"]["parameters"]["query"]>,
      | "status"
      | "job_id"
      | "job_type"
      | "desktop_pool_id"
      | "limit"
      | "offset"
  >;
};
export type ListItaSubJobsInput = ListItaSubJobsParameters;
export type ListItaSubJobsData = paths["/v2/{project_id}/workspace-sub-jobs"]["get"]["responses"][200]["content"]["application/json"];
export type ListItaSubJobsErrorStatus = 400 | 401 | 403 | 404 | 405 | 500 | 503;

// ListProducts: GET /v2/{project_id}/products
export type ListProductsParameters = {
  query?: Pick<NonNullable<paths["/v2/{project_id}/products"]["get"]["parameters"]["query"]>,
      | "product_id"
      | "availability_zone"
      | "os_type"
      | "charge_mode"
      | "architecture"
      | "package_type"
      | "limit"
      | "offset"
  >;
};
export type ListProductsInput = ListProductsParameters;
export type ListProductsData = paths["/v2/{project_id}/products"]["get"]["responses"][200]["content"]["application/json"];
export type ListProductsErrorStatus = 400 | 401 | 403 | 404 | 405 | 500 | 503;

// ListVolumeProductInfo: GET /v2/{project_id}/volume/products
export type ListVolumeProductInfoParameters = {
  query?: Pick<NonNullable<paths["/v2/{project_id}/volume/products"]["get"]["parameters"]["query"]>,
      | "availability_zone"
      | "volume_type"
  >;
};
export type ListVolumeProductInfoInput = ListVolumeProductInfoParameters;
export type ListVolumeProductInfoData = paths["/v2/{project_id}/volume/products"]["get"]["responses"][200]["content"]["application/json"];
export type ListVolumeProductInfoErrorStatus = 400 | 401 | 403 | 500;

// ShowJob: GET /v2/{project_id}/workspace-jobs/{job_id}
export type ShowJobParameters = {
  path: Pick<NonNullable<paths["/v2/{project_id}/workspace-jobs/{job_id}"]["get"]["parameters"]["path"]>, "job_id">;
};
export type ShowJobInput = ShowJobParameters;
export type ShowJobData = paths["/v2/{project_id}/workspace-jobs/{job_id}"]["get"]["responses"][200]["content"]["application/json"];
export type ShowJobErrorStatus = 401 | 403 | 404;

// ShowQuotas: GET /v2/{project_id}/quotas
export type ShowQuotasInput = Record<string, never>;
export type ShowQuotasData = paths["/v2/{project_id}/quotas"]["get"]["responses"][200]["content"]["application/json"];
export type ShowQuotasErrorStatus = 400 | 401 | 403 | 404 | 500;
