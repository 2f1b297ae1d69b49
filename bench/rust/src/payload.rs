//! Inputs shared by every client in the benchmark, read from `bench/payload.json` so that the
//! Python and Node.js peers send and receive exactly the same documents.

use serde_json::Value;

/// The raw text of `bench/payload.json`.
pub const PAYLOAD_JSON: &str = include_str!("../../payload.json");

/// Access key used by every client. The fixed-reply server does not verify signatures.
pub const ACCESS_KEY: &str = "BENCHAKEXAMPLE000000";

/// Secret key used by every client.
pub const SECRET_KEY: &str = "benchsecretkeyexample0000000000000000000";

/// Project id given explicitly to every client, so that no IAM project lookup happens.
pub const PROJECT_ID: &str = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

/// Region id given to clients that need one next to their explicit endpoint.
pub const REGION_ID: &str = "cn-north-4";

/// The parsed payload document.
#[derive(Debug, Clone)]
pub struct Payload {
    /// The CreateVpc request body (about 1 KB of JSON).
    pub create_vpc_request: Value,
    /// The fixed ListVpcs reply.
    pub list_vpcs_response: Value,
    /// The fixed CreateVpc reply.
    pub create_vpc_response: Value,
}

impl Payload {
    /// Parses the payload document compiled into this crate.
    pub fn load() -> Payload {
        let document: Value =
            serde_json::from_str(PAYLOAD_JSON).expect("bench/payload.json is valid JSON");
        let field = |name: &str| {
            document
                .get(name)
                .cloned()
                .unwrap_or_else(|| panic!("bench/payload.json has no `{name}` field"))
        };
        Payload {
            create_vpc_request: field("create_vpc_request"),
            list_vpcs_response: field("list_vpcs_response"),
            create_vpc_response: field("create_vpc_response"),
        }
    }
}

/// The VPC operation a benchmark binary sends, as named on its command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Operation {
    /// `ListVpcs`: a GET with no body.
    #[value(name = "ListVpcs")]
    ListVpcs,
    /// `CreateVpc`: a POST with the JSON body from `bench/payload.json`.
    #[value(name = "CreateVpc")]
    CreateVpc,
}

impl Operation {
    /// Returns the operation's API name, as the result lines report it.
    pub fn name(self) -> &'static str {
        match self {
            Operation::ListVpcs => "ListVpcs",
            Operation::CreateVpc => "CreateVpc",
        }
    }
}
