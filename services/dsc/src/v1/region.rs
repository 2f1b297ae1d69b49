//! Regions of the DSC v1 API.
//!
//! One constant per region id of the built-in endpoint table, and [`value_of`] to resolve
//! an id to its endpoints.

use huaweicloud_sdk_core::{Error, Region};

/// Region `af-south-1`: `https://sdg.af-south-1.myhuaweicloud.com`.
pub const AF_SOUTH_1: &str = "af-south-1";

/// Region `ap-southeast-1`: `https://sdg.ap-southeast-1.myhuaweicloud.com`.
pub const AP_SOUTHEAST_1: &str = "ap-southeast-1";

/// Region `ap-southeast-2`: `https://sdg.ap-southeast-2.myhuaweicloud.com`.
pub const AP_SOUTHEAST_2: &str = "ap-southeast-2";

/// Region `ap-southeast-3`: `https://sdg.ap-southeast-3.myhuaweicloud.com`.
pub const AP_SOUTHEAST_3: &str = "ap-southeast-3";

/// Region `cn-east-2`: `https://sdg.cn-east-2.myhuaweicloud.com`.
pub const CN_EAST_2: &str = "cn-east-2";

/// Region `cn-east-3`: `https://sdg.cn-east-3.myhuaweicloud.com`.
pub const CN_EAST_3: &str = "cn-east-3";

/// Region `cn-north-1`: `https://sdg.cn-north-1.myhuaweicloud.com`.
pub const CN_NORTH_1: &str = "cn-north-1";

/// Region `cn-north-4`: `https://sdg.cn-north-4.myhuaweicloud.com`.
pub const CN_NORTH_4: &str = "cn-north-4";

/// Region `cn-north-9`: `https://sdg.cn-north-9.myhuaweicloud.com`.
pub const CN_NORTH_9: &str = "cn-north-9";

/// Region `cn-south-1`: `https://sdg.cn-south-1.myhuaweicloud.com`.
pub const CN_SOUTH_1: &str = "cn-south-1";

/// Region `cn-southwest-2`: `https://sdg.cn-southwest-2.myhuaweicloud.com`.
pub const CN_SOUTHWEST_2: &str = "cn-southwest-2";

/// Region `eu-west-101`: `https://sdg.eu-west-101.myhuaweicloud.com`.
pub const EU_WEST_101: &str = "eu-west-101";

/// Region `la-north-2`: `https://sdg.la-north-2.myhuaweicloud.com`.
pub const LA_NORTH_2: &str = "la-north-2";

/// Region `la-south-2`: `https://sdg.la-south-2.myhuaweicloud.com`.
pub const LA_SOUTH_2: &str = "la-south-2";

/// Region `sa-brazil-1`: `https://sdg.sa-brazil-1.myhuaweicloud.com`.
pub const SA_BRAZIL_1: &str = "sa-brazil-1";

/// Region `tr-west-1`: `https://sdg.tr-west-1.myhuaweicloud.com`.
pub const TR_WEST_1: &str = "tr-west-1";

/// Resolves a region id to its endpoints for this API.
///
/// The core looks the id up in the `HUAWEICLOUD_SDK_REGION_DSC_<REGION>` environment
/// variable, then in the regions file, then in the built-in table.
///
/// # Errors
///
/// Returns an [`Error`] when no source knows the id, or a source cannot be read.
pub fn value_of(id: &str) -> ::std::result::Result<Region, Error> {
    huaweicloud_sdk_core::region::lookup(&super::SERVICE, id)
}
