//! IAM v3 through the blocking client against the emulator: users are created, listed, read
//! and deleted, projects are listed and created, and Keystone error bodies keep their fields.

mod common;

use common::{
    assert_service_error, client, global_credentials, start_emulator_blocking, DOMAIN_ID,
    PROJECT_ID, REGION,
};
use huaweicloud_sdk_iam::v3::{blocking::IamClient, model, SERVICE};

const PASSWORD: &str = "It-Pa55word-never-shown";

fn create_user(client: &IamClient, name: &str) -> model::KeystoneCreateUserResult {
    let option = model::KeystoneCreateUserOption::default()
        .with_name(name)
        .with_domain_id(DOMAIN_ID)
        .with_password(PASSWORD)
        .with_description("integration test user");
    let request = model::KeystoneCreateUserRequest::default()
        .with_body(model::KeystoneCreateUserRequestBody::default().with_user(option));
    let response = client
        .keystone_create_user(request)
        .expect("KeystoneCreateUser succeeds");
    assert_eq!(response.status(), 201);
    response
        .into_inner()
        .user
        .expect("KeystoneCreateUser returns the user")
}

#[test]
fn user_lifecycle() {
    let emulator = start_emulator_blocking();
    let client: IamClient = client(&SERVICE, &emulator, global_credentials());

    let user = create_user(&client, "it-user");
    assert!(!user.id.is_empty());
    assert_eq!(user.name, "it-user");
    assert_eq!(user.domain_id, DOMAIN_ID);
    assert!(user.enabled, "new users are enabled by default");
    assert!(user
        .links
        .self_
        .ends_with(&format!("/v3/users/{}", user.id)));

    let other = create_user(&client, "it-other");
    let all = client
        .keystone_list_users(model::KeystoneListUsersRequest::default())
        .expect("KeystoneListUsers succeeds")
        .into_inner()
        .users
        .unwrap_or_default();
    let names: Vec<&str> = all.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["it-user", "it-other"]);

    let filtered = client
        .keystone_list_users(model::KeystoneListUsersRequest::default().with_name("it-other"))
        .expect("KeystoneListUsers succeeds")
        .into_inner()
        .users
        .unwrap_or_default();
    assert_eq!(filtered.len(), 1);
    assert_eq!(filtered[0].id, other.id);

    let fetched = client
        .keystone_show_user(model::KeystoneShowUserRequest::default().with_user_id(&user.id))
        .expect("KeystoneShowUser succeeds")
        .into_inner()
        .user
        .expect("KeystoneShowUser returns the user");
    assert_eq!(fetched.id, user.id);
    assert_eq!(
        fetched.description.as_deref(),
        Some("integration test user")
    );

    let deleted = client
        .keystone_delete_user(model::KeystoneDeleteUserRequest::default().with_user_id(&user.id))
        .expect("KeystoneDeleteUser succeeds");
    assert_eq!(deleted.status(), 204);

    let error = client
        .keystone_show_user(model::KeystoneShowUserRequest::default().with_user_id(&user.id))
        .expect_err("a deleted user is gone");
    // Keystone error bodies carry the status as a number in `error.code`.
    assert_service_error(&error, 404, "404", "Could not find user");
}

#[test]
fn user_password_stays_out_of_debug() {
    let option = model::KeystoneCreateUserOption::default()
        .with_name("secret-holder")
        .with_password(PASSWORD);

    let debug_text = format!("{option:?}");

    assert!(
        !debug_text.contains(PASSWORD),
        "Debug shows the password: {debug_text}"
    );
    assert!(
        debug_text.contains("secret-holder"),
        "Debug hides the name: {debug_text}"
    );
}

#[test]
fn projects_list_and_create() {
    let emulator = start_emulator_blocking();
    let client: IamClient = client(&SERVICE, &emulator, global_credentials());

    let projects = client
        .keystone_list_projects(model::KeystoneListProjectsRequest::default())
        .expect("KeystoneListProjects succeeds")
        .into_inner()
        .projects
        .unwrap_or_default();
    assert_eq!(projects.len(), 1);
    assert_eq!(projects[0].id, PROJECT_ID);
    assert_eq!(projects[0].name, REGION);
    assert_eq!(projects[0].domain_id, DOMAIN_ID);

    let option = model::KeystoneCreateProjectOption::default()
        .with_name(format!("{REGION}_it"))
        .with_parent_id(PROJECT_ID)
        .with_description("integration test project");
    let created = client
        .keystone_create_project(
            model::KeystoneCreateProjectRequest::default()
                .with_body(model::KeystoneCreateProjectRequestBody::default().with_project(option)),
        )
        .expect("KeystoneCreateProject succeeds")
        .into_inner()
        .project
        .expect("KeystoneCreateProject returns the project");
    assert_eq!(created.name, format!("{REGION}_it"));
    assert_eq!(created.parent_id, PROJECT_ID);

    let fetched = client
        .keystone_show_project(
            model::KeystoneShowProjectRequest::default().with_project_id(&created.id),
        )
        .expect("KeystoneShowProject succeeds")
        .into_inner()
        .project
        .expect("KeystoneShowProject returns the project");
    assert_eq!(fetched.description, "integration test project");

    let by_name = client
        .keystone_list_projects(
            model::KeystoneListProjectsRequest::default().with_name(format!("{REGION}_it")),
        )
        .expect("KeystoneListProjects succeeds")
        .into_inner()
        .projects
        .unwrap_or_default();
    let ids: Vec<&str> = by_name.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, [created.id.as_str()]);
}

#[test]
fn project_without_region_prefix_is_bad_request() {
    let emulator = start_emulator_blocking();
    let client: IamClient = client(&SERVICE, &emulator, global_credentials());
    let option = model::KeystoneCreateProjectOption::default()
        .with_name("unprefixed")
        .with_parent_id(PROJECT_ID);

    let error = client
        .keystone_create_project(
            model::KeystoneCreateProjectRequest::default()
                .with_body(model::KeystoneCreateProjectRequestBody::default().with_project(option)),
        )
        .expect_err("a sub-project name must start with its region");

    assert_service_error(&error, 400, "400", "unprefixed");
}

#[test]
fn duplicate_user_is_conflict() {
    let emulator = start_emulator_blocking();
    let client: IamClient = client(&SERVICE, &emulator, global_credentials());
    create_user(&client, "twice");

    let option = model::KeystoneCreateUserOption::default()
        .with_name("twice")
        .with_domain_id(DOMAIN_ID);
    let error = client
        .keystone_create_user(
            model::KeystoneCreateUserRequest::default()
                .with_body(model::KeystoneCreateUserRequestBody::default().with_user(option)),
        )
        .expect_err("a second user with the same name is rejected");

    assert_service_error(&error, 409, "409", "already exists");
}
