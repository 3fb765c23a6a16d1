#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod a2a;
mod bound;
#[cfg(feature = "dev-ca")]
mod dev_ca;
mod discover;
mod egress;
mod mtls;
mod pki;
mod render;
mod transport;
mod trust;

pub use a2a::{
    A2aPolicy, A2aRejection, ERROR_HEADER, PeerClaims, PeerRefusal, ProvenPeer, TOKEN_HEADER, TokenValidator, VALID_HEADER, VERSION_HEADER,
    response_headers,
};
pub use bound::{BindingError, check_binding, x5t_s256};
#[cfg(feature = "dev-ca")]
pub use dev_ca::{AgentCertificateOptions, DevCa, IssuedCertificate};
pub use discover::{BareAddress, addresses_in_json, destinations_in_json, looks_like_url, urls_in_json, urls_in_text};
pub use egress::{
    EgressCache, EgressConfig, EgressDecision, EgressFilter, EgressRule, Resolver, StaticResolver, SystemResolver, always_denied,
    canonical_ip, special,
};
pub use mtls::{MtlsAcceptor, MtlsConnector, MtlsError, MtlsSettings, Peer, SpiffeId, classify_io_error, organization_of, spiffe_id_of};
pub use pki::{Revocation, organizations_of};
pub use render::NetworkConfig;
pub use transport::{
    A2aCaller, A2aClient, A2aError, A2aEvent, A2aHandler, A2aObserver, A2aResponse, A2aServer, A2aServerBuilder, A2aSession, MAX_BODY,
    ServeLimits, ServeStats, TokenSource, ip_group,
};
pub use trust::{TrustDecision, TrustEffect, TrustPolicy, TrustPolicyConfig, TrustRule};
