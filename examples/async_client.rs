//! Async client: several calls in flight at once from one client, joined with `tokio::try_join!`.
//!
//! ```sh
//! cargo run -p huaweicloud-sdk-examples --example async_client
//! ```
//!
//! With `HUAWEICLOUD_SDK_AK` and `HUAWEICLOUD_SDK_SK` set, it lists the VPCs, subnets and
//! security groups of your account in `cn-north-4` concurrently and changes nothing. Without
//! them, it first creates a VPC with a subnet and a security group in the local emulator, and
//! deletes them at the end.
//!
//! A client is cheap to clone and its clones share one connection pool, so concurrent tasks
//! can each hold a clone instead of a reference.

use std::process::ExitCode;

use huaweicloud_sdk_core::Error;
use huaweicloud_sdk_examples::{Environment, REGION};
use huaweicloud_sdk_vpc::v2::{model, region, VpcClient};

fn main() -> ExitCode {
    let environment = match Environment::detect() {
        Ok(environment) => environment,
        Err(error) => {
            eprintln!("error: failed to start the local emulator: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("Running against {}.", environment.describe());

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime starts on a machine that runs this example");
    match runtime.block_on(run(&environment)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Resources the example created in emulator mode, deleted at the end.
struct Created {
    vpc_id: String,
    subnet_id: String,
    security_group_id: String,
}

async fn run(environment: &Environment) -> Result<(), Error> {
    let client = VpcClient::builder()
        .region(region::value_of(REGION)?)
        .build()?;

    let created = if environment.is_emulator() {
        Some(create_resources(&client).await?)
    } else {
        None
    };

    // The three requests are sent without waiting for each other.
    let (vpcs, subnets, groups) = tokio::try_join!(
        client.list_vpcs(model::ListVpcsRequest::default().with_limit(50)),
        client.list_subnets(model::ListSubnetsRequest::default().with_limit(50)),
        client.list_security_groups(model::ListSecurityGroupsRequest::default().with_limit(50)),
    )?;
    for vpc in vpcs.vpcs.as_deref().unwrap_or_default() {
        println!("VPC             {}  {}  {}", vpc.id, vpc.name, vpc.cidr);
    }
    for subnet in subnets.subnets.as_deref().unwrap_or_default() {
        println!(
            "subnet          {}  {}  {}",
            subnet.id, subnet.name, subnet.cidr
        );
    }
    for group in groups.security_groups.as_deref().unwrap_or_default() {
        println!("security group  {}  {}", group.id, group.name);
    }

    if let Some(created) = created {
        delete_resources(&client, created).await?;
    }
    Ok(())
}

async fn create_resources(client: &VpcClient) -> Result<Created, Error> {
    let vpc_option = model::CreateVpcOption::default()
        .with_name("async-example")
        .with_cidr("10.10.0.0/16");
    let vpc = client
        .create_vpc(
            model::CreateVpcRequest::default()
                .with_body(model::CreateVpcRequestBody::default().with_vpc(vpc_option)),
        )
        .await?
        .into_inner()
        .vpc
        .ok_or_else(|| Error::configuration("the CreateVpc response has no `vpc` object"))?;

    // The subnet and the security group only depend on the VPC, so they are created
    // concurrently too.
    let subnet_option = model::CreateSubnetOption::default()
        .with_name("async-example")
        .with_cidr("10.10.1.0/24")
        .with_gateway_ip("10.10.1.1")
        .with_vpc_id(&vpc.id);
    let group_option = model::CreateSecurityGroupOption::default()
        .with_name("async-example")
        .with_vpc_id(&vpc.id);
    let (subnet, group) = tokio::try_join!(
        client.create_subnet(
            model::CreateSubnetRequest::default()
                .with_body(model::CreateSubnetRequestBody::default().with_subnet(subnet_option)),
        ),
        client.create_security_group(model::CreateSecurityGroupRequest::default().with_body(
            model::CreateSecurityGroupRequestBody::default().with_security_group(group_option),
        ),),
    )?;
    let subnet_id = subnet
        .into_inner()
        .subnet
        .ok_or_else(|| Error::configuration("the CreateSubnet response has no `subnet` object"))?
        .id;
    let security_group_id = group
        .into_inner()
        .security_group
        .ok_or_else(|| {
            Error::configuration("the CreateSecurityGroup response has no `security_group` object")
        })?
        .id;
    println!("Created VPC {} with a subnet and a security group.", vpc.id);
    Ok(Created {
        vpc_id: vpc.id,
        subnet_id,
        security_group_id,
    })
}

async fn delete_resources(client: &VpcClient, created: Created) -> Result<(), Error> {
    tokio::try_join!(
        client.delete_subnet(
            model::DeleteSubnetRequest::default()
                .with_vpc_id(&created.vpc_id)
                .with_subnet_id(&created.subnet_id),
        ),
        client.delete_security_group(
            model::DeleteSecurityGroupRequest::default()
                .with_security_group_id(&created.security_group_id),
        ),
    )?;
    // A VPC can only be deleted once its subnets are gone.
    client
        .delete_vpc(model::DeleteVpcRequest::default().with_vpc_id(&created.vpc_id))
        .await?;
    println!("Deleted VPC {} and what it contained.", created.vpc_id);
    Ok(())
}
