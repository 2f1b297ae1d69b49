//! Regions and their endpoints.

/// A region and the endpoints of one service in it, in order of preference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Region id, such as `cn-north-4`.
    pub id: String,
    /// Endpoints, each with a scheme, such as `https://vpc.cn-north-4.myhuaweicloud.com`.
    pub endpoints: Vec<String>,
}
