//! Regions and their endpoints.

/// A region and the endpoints of one service in it, in order of preference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Region id, such as `cn-north-4`.
    pub id: String,
    /// Endpoints, each with a scheme, such as `https://vpc.cn-north-4.myhuaweicloud.com`.
    pub endpoints: Vec<String>,
}

/// Resolves a region id to the endpoints of `service`.
///
/// # Errors
///
/// Returns an [`Error`](crate::Error) when the id is unknown.
// NOTE: placeholder with the signature generated crates call; the runtime's lookup chain
// replaces the body.
pub fn lookup(
    service: &'static crate::operation::ServiceInfo,
    id: &str,
) -> Result<Region, crate::Error> {
    let _ = (service, id);
    todo!("region lookup chain")
}
