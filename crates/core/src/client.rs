//! The service client every generated client wraps.
//!
//! NOTE: this file fixes the API that generated crates call; the runtime behind it (signing,
//! endpoint resolution, retries, failover, logging) replaces the `todo!` bodies.

use crate::error::Error;
use crate::json::FromJson;
use crate::operation::{IntoRequestParts, OperationInfo, ServiceInfo};
use crate::response::{Download, Response};
use std::marker::PhantomData;

/// Per-call options: extra headers and a retry policy for one call.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    headers: Vec<(String, String)>,
}

impl CallOptions {
    /// Creates empty options.
    pub fn new() -> Self {
        CallOptions::default()
    }

    /// Adds a header sent with the call (and signed).
    #[must_use]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// An async client for one API version of a service. Cheap to clone; clones share connections.
#[derive(Debug, Clone)]
pub struct Client {
    service: &'static ServiceInfo,
    options: CallOptions,
}

impl Client {
    /// Sends one operation and decodes its JSON response into `T`.
    ///
    /// # Errors
    ///
    /// Returns an [`Error`] for transport failures, error responses and undecodable bodies.
    pub async fn call<R, T>(
        &self,
        operation: &'static OperationInfo,
        request: R,
    ) -> Result<Response<T>, Error>
    where
        R: IntoRequestParts,
        T: FromJson,
    {
        let _ = (
            operation,
            request.into_parts(),
            &self.service,
            &self.options,
        );
        todo!("client runtime")
    }

    /// Sends one operation whose response body is streamed to the caller.
    ///
    /// # Errors
    ///
    /// Returns an [`Error`] for transport failures and error responses.
    pub async fn download<R>(
        &self,
        operation: &'static OperationInfo,
        request: R,
    ) -> Result<Download, Error>
    where
        R: IntoRequestParts,
    {
        let _ = (operation, request.into_parts());
        todo!("client runtime")
    }

    /// Returns a client that applies `options` to every call it makes.
    #[must_use]
    pub fn with_options(&self, options: CallOptions) -> Client {
        Client {
            service: self.service,
            options,
        }
    }
}

/// A generated service client, built from a core [`Client`].
pub trait ServiceClient: Sized {
    /// Wraps a core client.
    fn from_client(client: Client) -> Self;
}

/// Builder of service clients: credentials, region or endpoints, HTTP configuration.
#[derive(Debug)]
#[must_use]
pub struct ClientBuilder<C> {
    service: &'static ServiceInfo,
    target: PhantomData<fn() -> C>,
}

impl<C: ServiceClient> ClientBuilder<C> {
    /// Starts a builder for the given service.
    pub fn new(service: &'static ServiceInfo) -> Self {
        ClientBuilder {
            service,
            target: PhantomData,
        }
    }

    /// Builds the client.
    ///
    /// # Errors
    ///
    /// Returns an [`Error`] when the configuration is incomplete or invalid.
    pub fn build(self) -> Result<C, Error> {
        Ok(C::from_client(Client {
            service: self.service,
            options: CallOptions::default(),
        }))
    }
}

/// Blocking counterparts of the async client.
pub mod blocking {
    use super::{CallOptions, Error, FromJson, IntoRequestParts, OperationInfo, Response};

    /// A blocking client for one API version of a service.
    #[derive(Debug, Clone)]
    pub struct Client {
        inner: super::Client,
    }

    impl Client {
        /// Wraps an async client.
        pub fn new(inner: super::Client) -> Self {
            Client { inner }
        }

        /// Sends one operation and decodes its JSON response into `T`, blocking the thread.
        ///
        /// # Errors
        ///
        /// Returns an [`Error`] for transport failures, error responses and undecodable bodies.
        pub fn call<R, T>(
            &self,
            operation: &'static OperationInfo,
            request: R,
        ) -> Result<Response<T>, Error>
        where
            R: IntoRequestParts,
            T: FromJson,
        {
            let _ = (operation, request.into_parts(), &self.inner);
            todo!("client runtime")
        }

        /// Sends one operation whose response body is streamed, blocking the thread.
        ///
        /// # Errors
        ///
        /// Returns an [`Error`] for transport failures and error responses.
        pub fn download<R>(
            &self,
            operation: &'static OperationInfo,
            request: R,
        ) -> Result<crate::response::Download, Error>
        where
            R: IntoRequestParts,
        {
            let _ = (operation, request.into_parts());
            todo!("client runtime")
        }

        /// Returns a client that applies `options` to every call it makes.
        #[must_use]
        pub fn with_options(&self, options: CallOptions) -> Client {
            Client {
                inner: self.inner.with_options(options),
            }
        }
    }
}
