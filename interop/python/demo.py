"""Runs the official Huawei Cloud Python SDK, unmodified, against the emulator.

run.sh sets the environment: EMULATOR_AK and EMULATOR_SK, and every endpoint variable the SDK
reads (HUAWEICLOUD_SDK_IAM_ENDPOINT, HUAWEICLOUD_SDK_REGION_<SERVICE>_CN_NORTH_4) pointing at
the emulator. Each step raises on a mismatch, so the script exits non-zero on any failure.
"""

import os
import sys

from huaweicloudsdkcore.auth.credentials import BasicCredentials, GlobalCredentials
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkecs.v2 import EcsClient, ListServersDetailsRequest
from huaweicloudsdkecs.v2.region.ecs_region import EcsRegion
from huaweicloudsdkiam.v3 import (
    CreateTemporaryAccessKeyByTokenRequest,
    CreateTemporaryAccessKeyByTokenRequestBody,
    IamClient,
    IdentityToken,
    TokenAuth,
    TokenAuthIdentity,
)
from huaweicloudsdkiam.v3.region.iam_region import IamRegion
from huaweicloudsdkvpc.v2 import (
    CreateVpcOption,
    CreateVpcRequest,
    CreateVpcRequestBody,
    DeleteVpcRequest,
    ListVpcsRequest,
    ShowVpcRequest,
    VpcClient,
)
from huaweicloudsdkvpc.v2.region.vpc_region import VpcRegion

REGION = "cn-north-4"


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def vpc_client(credentials):
    return (
        VpcClient.new_builder()
        .with_credentials(credentials)
        .with_region(VpcRegion.value_of(REGION))
        .build()
    )


def list_vpcs_with_project_lookup(ak, sk):
    """List VPCs as the official demo does, with the project id looked up through IAM."""
    credentials = BasicCredentials(ak, sk)
    client = vpc_client(credentials)
    check(credentials.project_id, "the SDK did not look up a project id")
    response = client.list_vpcs(ListVpcsRequest(limit=10))
    check(response.vpcs == [], f"expected no VPCs at start, got {response.vpcs}")
    print(f"list_vpcs: ok (project {credentials.project_id})")
    return client, credentials.project_id


def create_show_delete(client):
    option = CreateVpcOption(name="interop-vpc", cidr="192.168.0.0/16", description="python")
    created = client.create_vpc(CreateVpcRequest(body=CreateVpcRequestBody(vpc=option)))
    vpc_id = created.vpc.id
    check(created.vpc.name == "interop-vpc", f"unexpected name {created.vpc.name}")
    shown = client.show_vpc(ShowVpcRequest(vpc_id=vpc_id))
    check(shown.vpc.cidr == "192.168.0.0/16", f"unexpected cidr {shown.vpc.cidr}")
    listed = client.list_vpcs(ListVpcsRequest())
    check([v.id for v in listed.vpcs] == [vpc_id], "the new VPC is not listed")
    deleted = client.delete_vpc(DeleteVpcRequest(vpc_id=vpc_id))
    check(deleted.status_code == 204, f"delete returned {deleted.status_code}")
    print(f"create/show/delete VPC {vpc_id}: ok")
    return vpc_id


def not_found_error(client, vpc_id):
    try:
        client.show_vpc(ShowVpcRequest(vpc_id=vpc_id))
    except ClientRequestException as error:
        check(error.status_code == 404, f"status {error.status_code}")
        check(error.error_code == "VPC.0003", f"error_code {error.error_code}")
        check("does not exist" in error.error_msg, f"error_msg {error.error_msg}")
        check(error.request_id, "request_id is empty")
        print(f"not found: ok ({error.error_code}, request {error.request_id})")
        return
    raise AssertionError("showing a deleted VPC did not raise ClientRequestException")


def temporary_credentials(ak, sk, project_id):
    """Gets temporary keys from the securitytokens route and lists VPCs with them."""
    iam = (
        IamClient.new_builder()
        .with_credentials(GlobalCredentials(ak, sk))
        .with_region(IamRegion.value_of(REGION))
        .build()
    )
    identity = TokenAuthIdentity(methods=["token"], token=IdentityToken(duration_seconds=900))
    body = CreateTemporaryAccessKeyByTokenRequestBody(auth=TokenAuth(identity=identity))
    issued = iam.create_temporary_access_key_by_token(
        CreateTemporaryAccessKeyByTokenRequest(body=body)
    ).credential
    check(issued.securitytoken, "no security token issued")
    credentials = BasicCredentials(issued.access, issued.secret, project_id)
    credentials = credentials.with_security_token(issued.securitytoken)
    vpcs = vpc_client(credentials).list_vpcs(ListVpcsRequest()).vpcs
    check(vpcs == [], f"expected no VPCs, got {vpcs}")
    print(f"temporary credentials {issued.access}: ok (expires {issued.expires_at})")


def list_servers(ak, sk):
    client = (
        EcsClient.new_builder()
        .with_credentials(BasicCredentials(ak, sk))
        .with_region(EcsRegion.value_of(REGION))
        .build()
    )
    response = client.list_servers_details(ListServersDetailsRequest(limit=5))
    check(response.count == 0, f"expected no servers, got {response.count}")
    print("list_servers_details: ok")


def main():
    ak = os.environ["EMULATOR_AK"]
    sk = os.environ["EMULATOR_SK"]
    client, project_id = list_vpcs_with_project_lookup(ak, sk)
    vpc_id = create_show_delete(client)
    not_found_error(client, vpc_id)
    temporary_credentials(ak, sk, project_id)
    list_servers(ak, sk)
    return 0


if __name__ == "__main__":
    sys.exit(main())
