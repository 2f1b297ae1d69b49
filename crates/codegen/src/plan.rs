//! Resolution of one API version's spec into what the renderer emits: Rust names, field types,
//! traits per model, recursion boxing and the operation tables.
//!
//! Everything the renderer cannot express is recorded as an [`Unmapped`] item instead of being
//! dropped.

use crate::naming;
use crate::spec::{self, Field, Model, Operation, Version};
use crate::types::TypeRef;
use std::collections::{BTreeMap, BTreeSet};

/// A spec item the generator could not map fully, with what it generated instead.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Unmapped {
    /// API version, or empty for items of the whole package.
    pub version: String,
    /// The item, such as `model Foo, field bar`.
    pub item: String,
    /// The problem, and the code generated in its place.
    pub reason: String,
}

/// The credential kind a version expects by default, from its first accepted credential class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialKind {
    /// `BasicCredentials`: project-scoped.
    Regional,
    /// `GlobalCredentials`: domain-scoped.
    Global,
}

/// One API version, ready to render.
#[derive(Debug)]
pub struct VersionPlan {
    /// Version as written in the spec, such as `v2`.
    pub version: String,
    /// Module and cargo feature name, such as `v2`.
    pub module: String,
    /// Client type name, such as `VpcClient`.
    pub client: String,
    /// Lower-case service name.
    pub service: String,
    /// Service part of the region variables, such as `VPC`.
    pub region_env: String,
    /// Default credential kind.
    pub credential_kind: CredentialKind,
    /// Service name for derived-key signing.
    pub derived_auth_service: Option<String>,
    /// Region id, constant name and endpoints, sorted by id.
    pub regions: Vec<Region>,
    /// Data models, enums and request and response types, sorted by Rust name.
    pub models: Vec<ModelPlan>,
    /// Operations in declaration order.
    pub operations: Vec<OperationPlan>,
}

/// One region of the built-in table.
#[derive(Debug)]
pub struct Region {
    /// Region id, such as `cn-north-4`.
    pub id: String,
    /// Constant name, such as `CN_NORTH_4`.
    pub constant: String,
    /// Endpoints in order of preference.
    pub endpoints: Vec<String>,
}

/// One generated type.
#[derive(Debug)]
pub struct ModelPlan {
    /// Name in the spec.
    pub spec_name: String,
    /// Rust type name.
    pub ident: String,
    /// The shape of the type.
    pub shape: Shape,
    /// The use of the type, which decides its documentation.
    pub role: Role,
    /// Whether the type implements `ToJson`.
    pub to_json: bool,
    /// Whether the type implements `FromJson`.
    pub from_json: bool,
    /// Whether the type gets a `with_*` setter per field.
    pub setters: bool,
    /// Whether `Default` can be derived.
    pub default: bool,
    /// Whether `PartialEq` can be derived (file parts cannot be compared).
    pub partial_eq: bool,
    /// Whether the optional serde derives apply (file parts have no serde form).
    pub serde: bool,
    /// Whether the type is the body of a multipart or URL-encoded form, one part per field.
    pub form_body: bool,
}

/// The use of a generated type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// A data model inside bodies.
    Data,
    /// The request type of an operation (index into [`VersionPlan::operations`]).
    Request(usize),
    /// The response type of an operation.
    Response(usize),
}

/// The shape of a generated type.
#[derive(Debug)]
pub enum Shape {
    /// A struct with named fields.
    Struct(Vec<FieldPlan>),
    /// A string enum with a catch-all `Unknown(String)` variant.
    StringEnum(Vec<Variant>),
    /// An integer newtype with one associated constant per declared value.
    IntEnum(Vec<IntConstant>),
}

/// One variant of a string enum.
#[derive(Debug)]
pub struct Variant {
    /// Variant name.
    pub ident: String,
    /// Value on the wire.
    pub value: String,
}

/// One constant of an integer enum.
#[derive(Debug)]
pub struct IntConstant {
    /// Constant name.
    pub ident: String,
    /// Value on the wire.
    pub value: i64,
}

/// One struct field.
#[derive(Debug, Clone)]
pub struct FieldPlan {
    /// Rust identifier, possibly raw (`r#type`).
    pub ident: String,
    /// The identifier without `r#`: the key in request parts and the setter suffix.
    pub key: String,
    /// Name on the wire: the JSON key, parameter name or header name.
    pub wire: String,
    /// Parsed type.
    pub type_ref: TypeRef,
    /// Whether the Rust type is the bare type rather than an `Option`.
    pub required: bool,
    /// Whether the spec declares the field required (it may still be an `Option` when boxed).
    pub declared_required: bool,
    /// Whether the model reference is boxed to break a recursive cycle.
    pub boxed: bool,
    /// Whether Debug output must hide the value.
    pub secret: bool,
    /// The wire binding of the field: JSON key, request parameter, body or response header.
    pub binding: Binding,
}

/// The wire binding of a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Binding {
    /// A JSON key of its model.
    Json,
    /// A request parameter.
    Param(ParamLocation),
    /// The request body.
    Body,
    /// A raw upload body.
    Upload,
    /// A response header copied into the response type, read under [`FieldPlan::key`].
    ResponseHeader,
    /// A request field the operation does not send; kept so the type matches the spec.
    Unsent,
}

/// The location of a request parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    /// Path segment.
    Path,
    /// Query string.
    Query,
    /// Header.
    Header,
    /// Host prefix.
    Cname,
}

impl ParamLocation {
    /// Returns the variant name of the core's `ParamLocation`.
    pub fn core_variant(self) -> &'static str {
        match self {
            ParamLocation::Path => "Path",
            ParamLocation::Query => "Query",
            ParamLocation::Header => "Header",
            ParamLocation::Cname => "Cname",
        }
    }

    /// Returns the word used in documentation.
    pub fn describe(self) -> &'static str {
        match self {
            ParamLocation::Path => "Path parameter",
            ParamLocation::Query => "Query parameter",
            ParamLocation::Header => "Header",
            ParamLocation::Cname => "Host prefix",
        }
    }
}

/// One operation.
#[derive(Debug)]
pub struct OperationPlan {
    /// Operation name, such as `ListVpcs`.
    pub name: String,
    /// Name of its `OperationInfo` static, such as `LIST_VPCS`.
    pub constant: String,
    /// Client method name, such as `list_vpcs`.
    pub method_ident: String,
    /// HTTP method in upper case.
    pub method: String,
    /// Path template.
    pub path: String,
    /// Request `Content-Type`.
    pub content_type: String,
    /// Parameters in declaration order.
    pub params: Vec<ParamPlan>,
    /// Variant name of the core's `BodyKind`.
    pub body_kind: &'static str,
    /// Request field that contains the body.
    pub body_field: Option<String>,
    /// Decoding of the response body.
    pub response_kind: ResponseKind,
    /// Response headers: field key and header name.
    pub response_headers: Vec<(String, String)>,
    /// Request type name.
    pub request_type: String,
    /// Response type name; `None` for streamed responses.
    pub response_type: Option<String>,
    /// Form parts of a multipart or URL-encoded body.
    pub form: Option<FormPlan>,
    /// Whether the SDK marks the operation as deprecated.
    pub deprecated: bool,
}

/// One entry of an operation's parameter table.
#[derive(Debug)]
pub struct ParamPlan {
    /// Field key in the request type.
    pub key: String,
    /// Name on the wire.
    pub wire: String,
    /// Location.
    pub location: ParamLocation,
    /// Whether the parameter is required.
    pub required: bool,
    /// Variant name of the core's `CollectionFormat`.
    pub collection: &'static str,
}

/// The mapping of the response body onto the response type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseKind {
    /// The body's keys are the fields.
    Fields,
    /// The whole body is the value of the named field.
    Wrapped(String),
    /// The body is streamed.
    Stream,
}

/// The form parts of a multipart or URL-encoded body, taken from the body model's fields.
#[derive(Debug)]
pub struct FormPlan {
    /// Request field that contains the body model.
    pub body_ident: String,
    /// Whether that request field is an `Option`.
    pub body_optional: bool,
    /// Text fields first, then file parts, as the official SDK orders them.
    pub parts: Vec<FormPart>,
}

/// One form part.
#[derive(Debug)]
pub struct FormPart {
    /// Field identifier in the body model.
    pub ident: String,
    /// Part name on the wire.
    pub wire: String,
    /// Whether the part is a file.
    pub file: bool,
    /// Whether the body model's field is the bare type rather than an `Option`.
    pub required: bool,
}

/// Plans one API version, appending what cannot be mapped to `unmapped`.
pub fn plan_version(service: &str, version: &Version, unmapped: &mut Vec<Unmapped>) -> VersionPlan {
    Planner::new(service, version, unmapped).run()
}

struct Planner<'a> {
    service: &'a str,
    version: &'a Version,
    unmapped: &'a mut Vec<Unmapped>,
    /// Spec model name to Rust type name, for every model that is rendered.
    idents: BTreeMap<String, String>,
}

impl<'a> Planner<'a> {
    fn new(service: &'a str, version: &'a Version, unmapped: &'a mut Vec<Unmapped>) -> Self {
        Planner {
            service,
            version,
            unmapped,
            idents: BTreeMap::new(),
        }
    }

    fn report(&mut self, item: String, reason: String) {
        self.unmapped.push(Unmapped {
            version: self.version.version.clone(),
            item,
            reason,
        });
    }

    fn run(mut self) -> VersionPlan {
        let version = self.version;
        self.report_version_items();

        // Streamed responses are returned as downloads, so their (empty) models are not rendered.
        let stream_responses: BTreeSet<&str> = version
            .operations
            .iter()
            .filter(|op| op.stream_response)
            .map(|op| op.response.as_str())
            .collect();
        let mut taken = BTreeSet::new();
        for name in version.models.keys() {
            if !stream_responses.contains(name.as_str()) {
                let ident = naming::unique(naming::type_name(name), &mut taken);
                self.idents.insert(name.clone(), ident);
            }
        }

        let operations = self.plan_operations();
        let models = self.plan_models(&operations);
        VersionPlan {
            version: version.version.clone(),
            module: naming::field_ident(&version.version),
            client: self.client_name(),
            service: self.service.to_owned(),
            region_env: version
                .region_env
                .clone()
                .unwrap_or_else(|| self.service.to_ascii_uppercase()),
            credential_kind: self.credential_kind(),
            derived_auth_service: version.derived_auth_service.clone(),
            regions: version
                .regions
                .iter()
                .map(|(id, endpoints)| Region {
                    id: id.clone(),
                    constant: naming::const_name(id),
                    endpoints: endpoints.clone(),
                })
                .collect(),
            models,
            operations,
        }
    }

    fn report_version_items(&mut self) {
        let version = self.version;
        if let Some(handler) = &version.exception_handler {
            self.report(
                format!("exception handler {handler}"),
                "custom error handling is not generated; errors use the core's parser".into(),
            );
        }
        for file in &version.extra_files {
            self.report(
                format!("extra file {file}"),
                "hand-written Python code next to the client is not described by the spec".into(),
            );
        }
        if version.region_env.is_none() {
            self.report(
                "region_env".into(),
                "missing; the upper-case service name is used".into(),
            );
        }
        let first = version.credentials.first().map(String::as_str);
        if !matches!(first, Some("BasicCredentials" | "GlobalCredentials")) {
            self.report(
                format!("credentials {:?}", version.credentials),
                "the first credential class is neither BasicCredentials nor GlobalCredentials; \
                 Regional is used"
                    .into(),
            );
        }
    }

    fn client_name(&self) -> String {
        match &self.version.client {
            Some(name) if naming::type_name(name) == *name => name.clone(),
            _ => format!("{}Client", naming::pascal_case(self.service)),
        }
    }

    fn credential_kind(&self) -> CredentialKind {
        match self.version.credentials.first().map(String::as_str) {
            Some("GlobalCredentials") => CredentialKind::Global,
            _ => CredentialKind::Regional,
        }
    }

    // ---------------------------------------------------------------- operations

    fn plan_operations(&mut self) -> Vec<OperationPlan> {
        let mut constants = BTreeSet::new();
        let mut methods = BTreeSet::new();
        let mut plans = Vec::new();
        for op in &self.version.operations {
            if let Some(plan) = self.plan_operation(op, &mut constants, &mut methods) {
                plans.push(plan);
            }
        }
        plans
    }

    fn plan_operation(
        &mut self,
        op: &Operation,
        constants: &mut BTreeSet<String>,
        methods: &mut BTreeSet<String>,
    ) -> Option<OperationPlan> {
        let version = self.version;
        let where_ = format!("operation {}", op.name);
        let (Some(method), Some(path)) = (&op.method, &op.path) else {
            self.report(
                where_,
                "no HTTP method or path; the operation is not generated".into(),
            );
            return None;
        };
        let Some(request_model) = version.models.get(&op.request) else {
            self.report(
                where_,
                format!(
                    "request model {} is missing; the operation is not generated",
                    op.request
                ),
            );
            return None;
        };
        let response_model = version.models.get(&op.response);
        if response_model.is_none() && !op.stream_response {
            self.report(
                where_,
                format!(
                    "response model {} is missing; the operation is not generated",
                    op.response
                ),
            );
            return None;
        }
        if !op.auth.is_empty() {
            self.report(
                where_.clone(),
                format!(
                    "API gateway auth settings {:?} are not used; requests are signed as usual",
                    op.auth
                ),
            );
        }

        let content_type = select_content_type(op.content_type.as_deref().unwrap_or(&[]));
        let fields: BTreeMap<&str, &Field> = request_model
            .fields
            .iter()
            .map(|field| (field.name.as_str(), field))
            .collect();

        let mut params = Vec::new();
        for param in &op.params {
            let location = match param.location.as_str() {
                "path" => ParamLocation::Path,
                "query" => ParamLocation::Query,
                "header" => ParamLocation::Header,
                "cname" => ParamLocation::Cname,
                // Form entries name body-model fields; the form plan below sends them.
                "form" => continue,
                other => {
                    self.report(
                        format!("{where_}, parameter {}", param.name),
                        format!("unknown location `{other}`; the parameter is not sent"),
                    );
                    continue;
                }
            };
            let Some(field) = fields.get(param.field.as_str()) else {
                self.report(
                    format!("{where_}, parameter {}", param.name),
                    format!(
                        "field {} is not in the request model; the parameter is not sent",
                        param.field
                    ),
                );
                continue;
            };
            let collection = match param.collection.as_deref() {
                Some("csv") => "Csv",
                Some("multi") | None => "Multi",
                Some(other) => {
                    self.report(
                        format!("{where_}, parameter {}", param.name),
                        format!("unknown collection format `{other}`; `multi` is used"),
                    );
                    "Multi"
                }
            };
            params.push(ParamPlan {
                key: naming::unraw(&naming::field_ident(&field.name)).to_owned(),
                wire: param.name.clone(),
                location,
                required: field.required,
                collection,
            });
        }

        let body_field = op
            .body
            .as_ref()
            .and_then(|body| fields.get(body.field.as_str()).map(|field| (body, *field)));
        if let (Some(body), None) = (&op.body, body_field) {
            self.report(
                where_.clone(),
                format!(
                    "body field {} is not in the request model; no body is sent",
                    body.field
                ),
            );
        }
        let mut body_kind = match (op.stream_request, body_field.is_some()) {
            (true, _) => "Stream",
            (false, false) => "None",
            (false, true) => match content_type.as_str() {
                "multipart/form-data" => "Multipart",
                "application/x-www-form-urlencoded" => "FormUrlEncoded",
                "application/octet-stream" => "Stream",
                _ => "Json",
            },
        };
        let mut form = None;
        if matches!(body_kind, "Multipart" | "FormUrlEncoded") {
            let (body, field) = body_field.expect("form body kinds are chosen only with a body");
            form = self.plan_form(op, body, field);
            if form.is_none() {
                body_kind = "Json";
            }
        }
        if body_kind == "Stream" && !op.stream_request {
            self.report(
                where_.clone(),
                "an octet-stream body of a non-stream request is sent as JSON".into(),
            );
            body_kind = "Json";
        }
        if !matches!(
            content_type.as_str(),
            "application/json"
                | "application/json;charset=utf-8"
                | "multipart/form-data"
                | "application/x-www-form-urlencoded"
                | "application/octet-stream"
        ) {
            self.report(
                where_.clone(),
                format!("content type `{content_type}` is sent with a {body_kind} body"),
            );
        }

        let (response_kind, response_headers) = match response_model {
            Some(model) if !op.stream_response => self.plan_response(op, model),
            _ => (ResponseKind::Stream, Vec::new()),
        };

        let constant = naming::unique(naming::const_name(&op.name), constants);
        let method_ident = naming::unique(naming::field_ident(&op.fn_name), methods);
        Some(OperationPlan {
            name: op.name.clone(),
            constant,
            method_ident,
            method: method.to_ascii_uppercase(),
            path: path.clone(),
            content_type,
            params,
            body_kind,
            body_field: if body_kind == "None" {
                None
            } else if op.stream_request {
                Some(UPLOAD_FIELD.to_owned())
            } else {
                body_field
                    .map(|(_, field)| naming::unraw(&naming::field_ident(&field.name)).to_owned())
            },
            response_kind,
            response_headers,
            request_type: self.idents[&op.request].clone(),
            response_type: if op.stream_response {
                None
            } else {
                Some(self.idents[&op.response].clone())
            },
            form,
            deprecated: op.deprecated,
        })
    }

    fn plan_form(&mut self, op: &Operation, body: &spec::Body, field: &Field) -> Option<FormPlan> {
        let body_type = TypeRef::parse(&field.type_name);
        let model = body_type
            .direct_model()
            .and_then(|name| self.version.models.get(name));
        let Some(model) = model else {
            self.report(
                format!("operation {}", op.name),
                format!(
                    "form body type `{}` is not a model; it is sent as JSON",
                    field.type_name
                ),
            );
            return None;
        };

        // The `form` parameters give the part names and order; without them the body model's
        // fields are the parts.
        let form_params: Vec<(&str, &str)> = op
            .params
            .iter()
            .filter(|param| param.location == "form")
            .map(|param| (param.field.as_str(), param.name.as_str()))
            .collect();
        let parts: Vec<(&Field, &str)> = if form_params.is_empty() {
            model.fields.iter().map(|f| (f, f.wire_name())).collect()
        } else {
            let mut parts = Vec::new();
            for (field_name, wire) in &form_params {
                match model.fields.iter().find(|f| f.name == *field_name) {
                    Some(field) => parts.push((field, *wire)),
                    None => self.report(
                        format!("operation {}, form parameter {wire}", op.name),
                        format!(
                            "field {field_name} is not in the body model; the part is not sent"
                        ),
                    ),
                }
            }
            for field in &model.fields {
                if !form_params.iter().any(|(name, _)| *name == field.name) {
                    self.report(
                        format!("operation {}, form body field {}", op.name, field.name),
                        "no form parameter names it; the part is not sent".into(),
                    );
                }
            }
            parts
        };

        let mut texts = Vec::new();
        let mut files = Vec::new();
        for (part, wire) in parts {
            let type_ref = TypeRef::parse(&part.type_name);
            let plan = FormPart {
                ident: naming::field_ident(&part.name),
                wire: wire.to_owned(),
                file: type_ref == TypeRef::File,
                required: part.required,
            };
            if plan.file {
                files.push(plan);
            } else if type_ref.contains_file() {
                self.report(
                    format!("operation {}, form field {}", op.name, part.name),
                    "lists or maps of files are not supported; the part is not sent".into(),
                );
            } else {
                texts.push(plan);
            }
        }
        texts.extend(files);
        Some(FormPlan {
            body_ident: naming::field_ident(&body.field),
            body_optional: !field.required,
            parts: texts,
        })
    }

    fn plan_response(
        &mut self,
        op: &Operation,
        model: &Model,
    ) -> (ResponseKind, Vec<(String, String)>) {
        let wrapper = model.fields.iter().find(|field| {
            field.name == "body" && TypeRef::parse(&field.type_name).direct_model().is_none()
        });
        let kind = match wrapper {
            Some(field) => ResponseKind::Wrapped(field.wire_name().to_owned()),
            None => ResponseKind::Fields,
        };
        let mut headers = Vec::new();
        for header in &op.response_headers {
            match find_header_field(model, header) {
                Some(field) => {
                    let key = naming::unraw(&naming::field_ident(&field.name)).to_owned();
                    headers.push((key, header.clone()));
                }
                None => self.report(
                    format!("operation {}, response header {header}", op.name),
                    "no response field carries it; the header is not copied".into(),
                ),
            }
        }
        (kind, headers)
    }

    // ---------------------------------------------------------------- models

    fn plan_models(&mut self, operations: &[OperationPlan]) -> Vec<ModelPlan> {
        let version = self.version;
        let roles = self.roles(operations);
        let directions = Directions::compute(version, operations, &self.idents, &roles);
        let recursive = recursive_edges(version);
        let contains_file = closure_over_fields(version, |field| {
            TypeRef::parse(&field.type_name).contains_file()
        });

        let mut plans = Vec::new();
        for (name, model) in &version.models {
            let Some(ident) = self.idents.get(name).cloned() else {
                continue;
            };
            let role = roles.get(name).cloned().unwrap_or(Role::Data);
            let shape = self.plan_shape(name, model, &role, operations, &recursive);
            let unreferenced = role == Role::Data && !directions.referenced.contains(name);
            let to_json = role == Role::Data
                && (directions.to_json.contains(name) || unreferenced)
                && !contains_file.contains(name);
            let from_json = match role {
                Role::Response(_) => true,
                Role::Request(_) => false,
                Role::Data => {
                    (directions.from_json.contains(name) || unreferenced)
                        && !contains_file.contains(name)
                }
            };
            let setters = matches!(role, Role::Request(_))
                || directions.request_side.contains(name)
                || unreferenced
                || matches!(shape, Shape::StringEnum(_) | Shape::IntEnum(_));
            plans.push(ModelPlan {
                spec_name: name.clone(),
                ident,
                shape,
                role,
                to_json,
                from_json,
                setters,
                default: false,
                partial_eq: !contains_file.contains(name),
                serde: !contains_file.contains(name),
                form_body: directions.form_models.contains(name),
            });
        }
        mark_default(&mut plans);
        plans.sort_by(|a, b| a.ident.cmp(&b.ident));
        plans
    }

    fn roles(&self, operations: &[OperationPlan]) -> BTreeMap<String, Role> {
        let mut roles = BTreeMap::new();
        let by_ident: BTreeMap<&str, &str> = self
            .idents
            .iter()
            .map(|(spec, ident)| (ident.as_str(), spec.as_str()))
            .collect();
        for (index, op) in operations.iter().enumerate() {
            roles.insert(
                by_ident[op.request_type.as_str()].to_owned(),
                Role::Request(index),
            );
            if let Some(response) = &op.response_type {
                roles.insert(
                    by_ident[response.as_str()].to_owned(),
                    Role::Response(index),
                );
            }
        }
        roles
    }

    fn plan_shape(
        &mut self,
        name: &str,
        model: &Model,
        role: &Role,
        operations: &[OperationPlan],
        recursive: &BTreeSet<(String, String)>,
    ) -> Shape {
        if model.kind == "enum" {
            return self.plan_enum(name, model);
        }
        if let Some(xml) = &model.xml_name {
            self.report(
                format!("model {name}"),
                format!("XML root element `{xml}` is not supported; the model is sent as JSON"),
            );
        }
        if let Some(discriminator) = &model.discriminator {
            self.report(
                format!("model {name}"),
                format!(
                    "polymorphic discriminator {discriminator} is not mapped; \
                     the model is a plain struct of its own fields"
                ),
            );
        }
        let operation = match role {
            Role::Request(index) | Role::Response(index) => Some(&operations[*index]),
            Role::Data => None,
        };
        let mut taken = BTreeSet::new();
        let mut fields = Vec::new();
        for field in &model.fields {
            let type_ref = self.resolve_type(
                &field.type_name,
                &format!("model {name}, field {}", field.name),
            );
            let ident = naming::unique(naming::field_ident(&field.name), &mut taken);
            let key = naming::unraw(&ident).to_owned();
            let boxed = type_ref
                .direct_model()
                .is_some_and(|target| recursive.contains(&(name.to_owned(), target.to_owned())));
            let binding = match (role, operation) {
                (Role::Request(_), Some(op)) => request_binding(op, &key),
                (Role::Response(_), Some(op)) => {
                    if op
                        .response_headers
                        .iter()
                        .any(|(header_key, _)| *header_key == key)
                    {
                        Binding::ResponseHeader
                    } else {
                        Binding::Json
                    }
                }
                _ => Binding::Json,
            };
            if binding == Binding::Unsent {
                self.report(
                    format!("model {name}, field {}", field.name),
                    "the operation neither sends it as a parameter nor as the body; \
                     the field is kept but not sent"
                        .into(),
                );
            }
            fields.push(FieldPlan {
                secret: field.sensitive || is_secret_name(&key, &type_ref),
                ident,
                key,
                wire: field.wire_name().to_owned(),
                required: field.required && !boxed && binding != Binding::ResponseHeader,
                declared_required: field.required,
                boxed,
                type_ref,
                binding,
            });
        }
        if let (Role::Request(_), Some(op)) = (role, operation) {
            if op.body_field.as_deref() == Some(UPLOAD_FIELD) {
                let ident = naming::unique(UPLOAD_FIELD.to_owned(), &mut taken);
                fields.push(FieldPlan {
                    key: naming::unraw(&ident).to_owned(),
                    ident,
                    wire: UPLOAD_FIELD.to_owned(),
                    type_ref: TypeRef::File,
                    required: false,
                    declared_required: false,
                    boxed: false,
                    secret: false,
                    binding: Binding::Upload,
                });
            }
        }
        Shape::Struct(fields)
    }

    fn plan_enum(&mut self, name: &str, model: &Model) -> Shape {
        let values = model.enum_values.clone().unwrap_or_default();
        let all_integers =
            !values.is_empty() && values.values().all(|value| value.as_i64().is_some());
        if all_integers {
            let mut taken = BTreeSet::new();
            let constants = values
                .iter()
                .map(|(constant, value)| IntConstant {
                    ident: naming::unique(naming::const_name(constant), &mut taken),
                    value: value
                        .as_i64()
                        .expect("checked that every value is an integer"),
                })
                .collect();
            return Shape::IntEnum(constants);
        }
        let mut taken = BTreeSet::from(["Unknown".to_owned()]);
        let mut seen = BTreeSet::new();
        let mut variants = Vec::new();
        for (constant, value) in &values {
            let text = match value {
                serde_json::Value::String(text) => text.clone(),
                other => {
                    self.report(
                        format!("model {name}, constant {constant}"),
                        format!("value {other} is not a string; it is matched as its JSON text"),
                    );
                    other.to_string()
                }
            };
            if !seen.insert(text.clone()) {
                self.report(
                    format!("model {name}, constant {constant}"),
                    format!("value `{text}` repeats an earlier constant; no variant is generated"),
                );
                continue;
            }
            let mut ident = naming::pascal_case(constant);
            if ident.is_empty() || ident.starts_with(|c: char| c.is_ascii_digit()) {
                ident = format!("V{ident}");
            }
            variants.push(Variant {
                ident: naming::unique(ident, &mut taken),
                value: text,
            });
        }
        Shape::StringEnum(variants)
    }

    /// Parses a type string and reports unknown types and missing models.
    fn resolve_type(&mut self, type_name: &str, item: &str) -> TypeRef {
        let parsed = TypeRef::parse(type_name);
        if let TypeRef::Unknown(text) = &parsed {
            self.report(
                item.to_owned(),
                format!("unknown type `{text}`; generated as a JSON value"),
            );
        }
        if parsed == TypeRef::Bytes {
            self.report(
                item.to_owned(),
                "type `bytes` is generated as a string holding the JSON text".into(),
            );
        }
        let mut missing = Vec::new();
        parsed.for_each_model(&mut |model| {
            if !self.idents.contains_key(model) {
                missing.push(model.to_owned());
            }
        });
        if !missing.is_empty() {
            self.report(
                item.to_owned(),
                format!(
                    "model {} is missing; generated as a JSON value",
                    missing.join(", ")
                ),
            );
            return TypeRef::Unknown(type_name.to_owned());
        }
        parsed
    }
}

/// Name of the request field added for raw uploads.
const UPLOAD_FIELD: &str = "upload";

/// Chooses the request `Content-Type` the way the official SDK does: `application/json` when the
/// list is empty or contains it or `*/*`, otherwise the first entry, lower-cased.
pub fn select_content_type(declared: &[String]) -> String {
    let lower: Vec<String> = declared.iter().map(|t| t.to_ascii_lowercase()).collect();
    if lower.is_empty() || lower.iter().any(|t| t == "application/json" || t == "*/*") {
        "application/json".to_owned()
    } else {
        lower[0].clone()
    }
}

fn request_binding(op: &OperationPlan, key: &str) -> Binding {
    if let Some(param) = op.params.iter().find(|param| param.key == key) {
        Binding::Param(param.location)
    } else if op.body_field.as_deref() == Some(key) {
        Binding::Body
    } else {
        Binding::Unsent
    }
}

fn find_header_field<'m>(model: &'m Model, header: &str) -> Option<&'m Field> {
    model
        .fields
        .iter()
        .find(|field| field.wire_name().eq_ignore_ascii_case(header))
        .or_else(|| {
            let snake = naming::snake_case(header);
            model.fields.iter().find(|field| field.name == snake)
        })
}

/// Returns true when a string field's name denotes a secret, so that Debug output hides it.
/// The specs mark only the fields the official SDK lists as sensitive; matching names as well
/// also hides secrets that the SDK does not list.
pub fn is_secret_name(key: &str, type_ref: &TypeRef) -> bool {
    let stringly = match type_ref {
        TypeRef::Str => true,
        TypeRef::List(item) => **item == TypeRef::Str,
        _ => false,
    };
    const SUFFIXES: &[&str] = &[
        "password",
        "adminpass",
        "admin_pass",
        "passcode",
        "secret",
        "secret_key",
        "secret_access_key",
        "token",
        "private_key",
        "signing_key",
    ];
    stringly && SUFFIXES.iter().any(|suffix| key.ends_with(suffix))
}

/// The models reachable from request bodies and parameters, and those reachable from responses.
struct Directions {
    to_json: BTreeSet<String>,
    from_json: BTreeSet<String>,
    request_side: BTreeSet<String>,
    referenced: BTreeSet<String>,
    form_models: BTreeSet<String>,
}

impl Directions {
    fn compute(
        version: &Version,
        operations: &[OperationPlan],
        idents: &BTreeMap<String, String>,
        roles: &BTreeMap<String, Role>,
    ) -> Directions {
        let by_ident: BTreeMap<&str, &str> = idents
            .iter()
            .map(|(spec, ident)| (ident.as_str(), spec.as_str()))
            .collect();
        let mut json_roots = Vec::new();
        let mut form_models = Vec::new();
        let mut response_roots = Vec::new();
        for op in operations {
            let request = &version.models[by_ident[op.request_type.as_str()]];
            for field in &request.fields {
                let key = naming::unraw(&naming::field_ident(&field.name)).to_owned();
                let is_form_body = op.form.is_some() && op.body_field.as_deref() == Some(&key);
                if is_form_body {
                    TypeRef::parse(&field.type_name)
                        .for_each_model(&mut |name| form_models.push(name.to_owned()));
                } else {
                    TypeRef::parse(&field.type_name)
                        .for_each_model(&mut |name| json_roots.push(name.to_owned()));
                }
            }
            if let Some(response) = &op.response_type {
                let model = &version.models[by_ident[response.as_str()]];
                for field in &model.fields {
                    TypeRef::parse(&field.type_name)
                        .for_each_model(&mut |name| response_roots.push(name.to_owned()));
                }
            }
        }

        // Fields of form bodies are sent as text parts, which are JSON-encoded when not strings.
        let mut form_field_roots = Vec::new();
        for name in &form_models {
            if let Some(model) = version.models.get(name) {
                for field in &model.fields {
                    TypeRef::parse(&field.type_name)
                        .for_each_model(&mut |target| form_field_roots.push(target.to_owned()));
                }
            }
        }
        json_roots.extend(form_field_roots);

        let to_json = reachable(version, json_roots);
        let from_json = reachable(version, response_roots);
        let mut request_side = to_json.clone();
        request_side.extend(form_models.iter().cloned());
        let mut referenced: BTreeSet<String> = to_json.union(&from_json).cloned().collect();
        referenced.extend(request_side.iter().cloned());
        referenced.extend(roles.keys().cloned());
        Directions {
            to_json,
            from_json,
            request_side,
            referenced,
            form_models: form_models.into_iter().collect(),
        }
    }
}

/// Returns the models reachable from `roots` through field types, the roots included.
fn reachable(version: &Version, roots: Vec<String>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack = roots;
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(model) = version.models.get(&name) {
            for field in &model.fields {
                TypeRef::parse(&field.type_name)
                    .for_each_model(&mut |target| stack.push(target.to_owned()));
            }
        }
    }
    seen
}

/// Returns the models for which `test` holds for a field, directly or through referenced models.
fn closure_over_fields(version: &Version, test: impl Fn(&Field) -> bool) -> BTreeSet<String> {
    let mut marked: BTreeSet<String> = version
        .models
        .iter()
        .filter(|(_, model)| model.fields.iter().any(&test))
        .map(|(name, _)| name.clone())
        .collect();
    loop {
        let mut changed = false;
        for (name, model) in &version.models {
            if marked.contains(name) {
                continue;
            }
            let mut hit = false;
            for field in &model.fields {
                TypeRef::parse(&field.type_name).for_each_model(&mut |target| {
                    hit |= marked.contains(target);
                });
            }
            if hit {
                marked.insert(name.clone());
                changed = true;
            }
        }
        if !changed {
            return marked;
        }
    }
}

/// Returns the direct model-to-model edges (fields typed as a model, not inside a list or map)
/// that lie on a cycle. Those fields are boxed; cycles through lists and maps need no box
/// because `Vec` and `HashMap` already allocate.
pub fn recursive_edges(version: &Version) -> BTreeSet<(String, String)> {
    let names: Vec<&String> = version.models.keys().collect();
    let index: BTreeMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, name)| (name.as_str(), i))
        .collect();
    let edges: Vec<Vec<usize>> = names
        .iter()
        .map(|name| {
            version.models[*name]
                .fields
                .iter()
                .filter_map(|field| {
                    TypeRef::parse(&field.type_name)
                        .direct_model()
                        .and_then(|target| index.get(target).copied())
                })
                .collect()
        })
        .collect();
    let component = strongly_connected_components(&edges);
    let mut recursive = BTreeSet::new();
    for (from, targets) in edges.iter().enumerate() {
        for &to in targets {
            if component[from] == component[to] {
                recursive.insert((names[from].clone(), names[to].clone()));
            }
        }
    }
    recursive
}

/// Labels each node with its strongly connected component (Tarjan's algorithm, iterative so
/// that deep model chains cannot overflow the stack).
fn strongly_connected_components(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNVISITED: usize = usize::MAX;
    let count = edges.len();
    let mut order = vec![UNVISITED; count];
    let mut low = vec![0; count];
    let mut on_stack = vec![false; count];
    let mut component = vec![UNVISITED; count];
    let mut stack = Vec::new();
    let mut next_order = 0;
    let mut next_component = 0;
    for root in 0..count {
        if order[root] != UNVISITED {
            continue;
        }
        // Each frame is a node and the index of the next edge to follow.
        let mut frames = vec![(root, 0)];
        order[root] = next_order;
        low[root] = next_order;
        next_order += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (node, ref mut edge)) = frames.last_mut() {
            if let Some(&target) = edges[node].get(*edge) {
                *edge += 1;
                if order[target] == UNVISITED {
                    order[target] = next_order;
                    low[target] = next_order;
                    next_order += 1;
                    stack.push(target);
                    on_stack[target] = true;
                    frames.push((target, 0));
                } else if on_stack[target] {
                    low[node] = low[node].min(order[target]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == order[node] {
                loop {
                    let member = stack.pop().expect("the node itself is still on the stack");
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

/// Decides which types derive `Default`: types with setters, unless a field that is not an
/// `Option` contains a file part or a type without `Default`. Enums always have one.
fn mark_default(plans: &mut [ModelPlan]) {
    let by_spec: BTreeMap<String, usize> = plans
        .iter()
        .enumerate()
        .map(|(i, plan)| (plan.spec_name.clone(), i))
        .collect();
    for plan in plans.iter_mut() {
        plan.default = plan.setters;
    }
    loop {
        let mut changed = false;
        for i in 0..plans.len() {
            if !plans[i].default {
                continue;
            }
            let Shape::Struct(fields) = &plans[i].shape else {
                continue;
            };
            let blocked = fields.iter().filter(|field| field.required).any(|field| {
                let mut blocked = field.type_ref == TypeRef::File;
                if let Some(target) = field.type_ref.direct_model() {
                    blocked |= by_spec.get(target).is_some_and(|&t| !plans[t].default);
                }
                blocked
            });
            if blocked {
                plans[i].default = false;
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_type_prefers_json() {
        let declared = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(select_content_type(&[]), "application/json");
        assert_eq!(
            select_content_type(&declared(&["multipart/form-data", "*/*"])),
            "application/json"
        );
        assert_eq!(
            select_content_type(&declared(&["application/json;charset=UTF-8"])),
            "application/json;charset=utf-8"
        );
        assert_eq!(
            select_content_type(&declared(&["Multipart/Form-Data"])),
            "multipart/form-data"
        );
    }

    #[test]
    fn scc_finds_cycles_only() {
        // 0 -> 1 -> 2 -> 1, 3 -> 3, 4 alone
        let edges = vec![vec![1], vec![2], vec![1], vec![3], vec![]];
        let component = strongly_connected_components(&edges);
        assert_eq!(component[1], component[2]);
        assert_ne!(component[0], component[1]);
        assert_ne!(component[4], component[3]);
    }

    #[test]
    fn secret_names_are_strings_only() {
        assert!(is_secret_name("admin_pass", &TypeRef::Str));
        assert!(is_secret_name("x_subject_token", &TypeRef::Str));
        assert!(is_secret_name("new_password", &TypeRef::Str));
        assert!(!is_secret_name("password_expires_at", &TypeRef::Str));
        assert!(!is_secret_name(
            "token",
            &TypeRef::Model("TokenResult".into())
        ));
        assert!(!is_secret_name("http_tokens", &TypeRef::Str));
    }
}
