//! Regions of the EVS v2 API.
//!
//! One constant per region id of the built-in endpoint table, and [`value_of`] to resolve
//! an id to its endpoints.

use huaweicloud_sdk_core::{Error, Region};

/// Region `ae-ad-1`: `https://evs.ae-ad-1.myhuaweicloud.com`.
pub const AE_AD_1: &str = "ae-ad-1";

/// Region `af-north-1`: `https://evs.af-north-1.myhuaweicloud.com`.
pub const AF_NORTH_1: &str = "af-north-1";

/// Region `af-south-1`: `https://evs.af-south-1.myhuaweicloud.com`.
pub const AF_SOUTH_1: &str = "af-south-1";

/// Region `ap-southeast-1`: `https://evs.ap-southeast-1.myhuaweicloud.com`.
pub const AP_SOUTHEAST_1: &str = "ap-southeast-1";

/// Region `ap-southeast-2`: `https://evs.ap-southeast-2.myhuaweicloud.com`.
pub const AP_SOUTHEAST_2: &str = "ap-southeast-2";

/// Region `ap-southeast-3`: `https://evs.ap-southeast-3.myhuaweicloud.com`.
pub const AP_SOUTHEAST_3: &str = "ap-southeast-3";

/// Region `ap-southeast-4`: `https://evs.ap-southeast-4.myhuaweicloud.com`.
pub const AP_SOUTHEAST_4: &str = "ap-southeast-4";

/// Region `ap-southeast-5`: `https://evs.ap-southeast-5.myhuaweicloud.com`.
pub const AP_SOUTHEAST_5: &str = "ap-southeast-5";

/// Region `cn-east-2`: `https://evs.cn-east-2.myhuaweicloud.com`.
pub const CN_EAST_2: &str = "cn-east-2";

/// Region `cn-east-3`: `https://evs.cn-east-3.myhuaweicloud.com`.
pub const CN_EAST_3: &str = "cn-east-3";

/// Region `cn-east-4`: `https://evs.cn-east-4.myhuaweicloud.com`.
pub const CN_EAST_4: &str = "cn-east-4";

/// Region `cn-east-5`: `https://evs.cn-east-5.myhuaweicloud.com`.
pub const CN_EAST_5: &str = "cn-east-5";

/// Region `cn-north-1`: `https://evs.cn-north-1.myhuaweicloud.com`.
pub const CN_NORTH_1: &str = "cn-north-1";

/// Region `cn-north-11`: `https://evs.cn-north-11.myhuaweicloud.com`.
pub const CN_NORTH_11: &str = "cn-north-11";

/// Region `cn-north-12`: `https://evs.cn-north-12.myhuaweicloud.com`.
pub const CN_NORTH_12: &str = "cn-north-12";

/// Region `cn-north-2`: `https://evs.cn-north-2.myhuaweicloud.com`.
pub const CN_NORTH_2: &str = "cn-north-2";

/// Region `cn-north-4`: `https://evs.cn-north-4.myhuaweicloud.com`.
pub const CN_NORTH_4: &str = "cn-north-4";

/// Region `cn-north-9`: `https://evs.cn-north-9.myhuaweicloud.com`.
pub const CN_NORTH_9: &str = "cn-north-9";

/// Region `cn-south-1`: `https://evs.cn-south-1.myhuaweicloud.com`.
pub const CN_SOUTH_1: &str = "cn-south-1";

/// Region `cn-south-2`: `https://evs.cn-south-2.myhuaweicloud.com`.
pub const CN_SOUTH_2: &str = "cn-south-2";

/// Region `cn-south-4`: `https://evs.cn-south-4.myhuaweicloud.com`.
pub const CN_SOUTH_4: &str = "cn-south-4";

/// Region `cn-southwest-2`: `https://evs.cn-southwest-2.myhuaweicloud.com`.
pub const CN_SOUTHWEST_2: &str = "cn-southwest-2";

/// Region `cn-southwest-3`: `https://evs.cn-southwest-3.myhuaweicloud.com`.
pub const CN_SOUTHWEST_3: &str = "cn-southwest-3";

/// Region `eu-west-0`: `https://evs.eu-west-0.myhuaweicloud.com`.
pub const EU_WEST_0: &str = "eu-west-0";

/// Region `eu-west-101`: `https://evs.eu-west-101.myhuaweicloud.com`.
pub const EU_WEST_101: &str = "eu-west-101";

/// Region `la-north-2`: `https://evs.la-north-2.myhuaweicloud.com`.
pub const LA_NORTH_2: &str = "la-north-2";

/// Region `la-south-2`: `https://evs.la-south-2.myhuaweicloud.com`.
pub const LA_SOUTH_2: &str = "la-south-2";

/// Region `me-east-1`: `https://evs.me-east-1.myhuaweicloud.com`.
pub const ME_EAST_1: &str = "me-east-1";

/// Region `my-kualalumpur-1`: `https://evs.my-kualalumpur-1.myhuaweicloud.com`.
pub const MY_KUALALUMPUR_1: &str = "my-kualalumpur-1";

/// Region `na-mexico-1`: `https://evs.na-mexico-1.myhuaweicloud.com`.
pub const NA_MEXICO_1: &str = "na-mexico-1";

/// Region `ru-moscow-1`: `https://evs.ru-moscow-1.myhuaweicloud.com`.
pub const RU_MOSCOW_1: &str = "ru-moscow-1";

/// Region `ru-northwest-2`: `https://evs.ru-northwest-2.myhuaweicloud.com`.
pub const RU_NORTHWEST_2: &str = "ru-northwest-2";

/// Region `sa-brazil-1`: `https://evs.sa-brazil-1.myhuaweicloud.com`.
pub const SA_BRAZIL_1: &str = "sa-brazil-1";

/// Region `tr-west-1`: `https://evs.tr-west-1.myhuaweicloud.com`.
pub const TR_WEST_1: &str = "tr-west-1";

/// Resolves a region id to its endpoints for this API.
///
/// The core looks the id up in the `HUAWEICLOUD_SDK_REGION_EVS_<REGION>` environment
/// variable, then in the regions file, then in the built-in table.
///
/// # Errors
///
/// Returns an [`Error`] when no source knows the id, or a source cannot be read.
pub fn value_of(id: &str) -> ::std::result::Result<Region, Error> {
    huaweicloud_sdk_core::region::lookup(&super::SERVICE, id)
}
