//! Kubernetes NetworkPolicy rendering from the layer's configuration, built
//! from typed Kubernetes objects (k8s-openapi) and written as YAML.
//!
//! Ingress only from the control-plane namespace on the given ports; egress
//! to the control plane's OTLP (4317) and kill-switch (8443) ports, to DNS,
//! and to every CIDR an egress rule names. Host-name rules cannot be
//! expressed in a NetworkPolicy (it has no FQDNs): route them through an
//! egress proxy that applies the [`crate::EgressFilter`].

use std::collections::BTreeMap;

use k8s_openapi::api::networking::v1::{
    IPBlock, NetworkPolicy, NetworkPolicyEgressRule, NetworkPolicyIngressRule, NetworkPolicyPeer, NetworkPolicyPort, NetworkPolicySpec,
};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, ObjectMeta};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use serde::{Deserialize, Serialize};

use crate::EgressRule;

/// What the policy is rendered from (`aigos network render --config FILE`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NetworkConfig {
    /// Namespace of the agents.
    pub namespace: String,
    /// Labels that select the agent pods.
    pub pod_labels: BTreeMap<String, String>,
    /// Namespace of the aigos control plane.
    pub control_plane_namespace: String,
    /// Ports the agents accept traffic on (from the control plane only).
    #[serde(default = "default_ingress")]
    pub ingress_ports: Vec<u16>,
    /// OTLP collector port in the control plane.
    #[serde(default = "default_otlp")]
    pub otlp_port: u16,
    /// Kill-switch port in the control plane.
    #[serde(default = "default_killswitch")]
    pub killswitch_port: u16,
    /// Egress rules (the same as the egress filter's).
    #[serde(default)]
    pub egress: Vec<EgressRule>,
}

fn default_ingress() -> Vec<u16> {
    vec![8443]
}
fn default_otlp() -> u16 {
    4317
}
fn default_killswitch() -> u16 {
    8443
}

fn tcp(port: u16) -> NetworkPolicyPort {
    NetworkPolicyPort { port: Some(IntOrString::Int(i32::from(port))), protocol: Some("TCP".into()), ..Default::default() }
}

fn namespace_peer(ns: &str) -> NetworkPolicyPeer {
    NetworkPolicyPeer {
        namespace_selector: Some(LabelSelector {
            match_labels: Some([("kubernetes.io/metadata.name".to_string(), ns.to_string())].into()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

impl NetworkConfig {
    /// The NetworkPolicy object.
    pub fn network_policy(&self) -> NetworkPolicy {
        let mut egress = vec![
            NetworkPolicyEgressRule {
                to: Some(vec![namespace_peer(&self.control_plane_namespace)]),
                ports: Some(vec![tcp(self.otlp_port), tcp(self.killswitch_port)]),
            },
            NetworkPolicyEgressRule {
                to: Some(vec![namespace_peer("kube-system")]),
                ports: Some(vec![
                    NetworkPolicyPort { port: Some(IntOrString::Int(53)), protocol: Some("UDP".into()), ..Default::default() },
                    tcp(53),
                ]),
            },
        ];
        for rule in &self.egress {
            if rule.cidrs.is_empty() {
                continue;
            }
            let ports = if rule.ports.is_empty() { vec![tcp(443)] } else { rule.ports.iter().map(|p| tcp(*p)).collect() };
            egress.push(NetworkPolicyEgressRule {
                to: Some(
                    rule.cidrs
                        .iter()
                        .map(|c| NetworkPolicyPeer { ip_block: Some(IPBlock { cidr: c.to_string(), except: None }), ..Default::default() })
                        .collect(),
                ),
                ports: Some(ports),
            });
        }
        NetworkPolicy {
            metadata: ObjectMeta {
                name: Some("aigos-agents".into()),
                namespace: Some(self.namespace.clone()),
                labels: Some([("app.kubernetes.io/managed-by".to_string(), "aigos".to_string())].into()),
                ..Default::default()
            },
            spec: Some(NetworkPolicySpec {
                pod_selector: Some(LabelSelector { match_labels: Some(self.pod_labels.clone()), ..Default::default() }),
                policy_types: Some(vec!["Ingress".into(), "Egress".into()]),
                ingress: Some(vec![NetworkPolicyIngressRule {
                    from: Some(vec![namespace_peer(&self.control_plane_namespace)]),
                    ports: Some(self.ingress_ports.iter().map(|p| tcp(*p)).collect()),
                }]),
                egress: Some(egress),
            }),
        }
    }

    /// The policy as YAML (with `apiVersion` and `kind`).
    ///
    /// # Errors
    /// A message when serialization fails.
    pub fn render_yaml(&self) -> Result<String, String> {
        serde_norway::to_string(&self.network_policy()).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> NetworkConfig {
        toml::from_str(
            r#"
namespace = "agents"
pod_labels = { app = "aigos-agent" }
control_plane_namespace = "aigos-system"

[[egress]]
id = "office"
cidrs = ["203.0.113.0/24"]
ports = [8443]

[[egress]]
id = "partner-by-name"
hosts = ["api.partner.example"]
"#,
        )
        .unwrap()
    }

    #[test]
    fn renders_and_round_trips_through_yaml() {
        let yaml = config().render_yaml().unwrap();
        assert!(yaml.contains("apiVersion: networking.k8s.io/v1"), "{yaml}");
        assert!(yaml.contains("kind: NetworkPolicy"));
        let back: NetworkPolicy = serde_norway::from_str(&yaml).unwrap();
        assert_eq!(back, config().network_policy());
        let spec = back.spec.unwrap();
        let ingress = spec.ingress.unwrap();
        assert_eq!(ingress.len(), 1, "ingress only from the control plane");
        let egress = spec.egress.unwrap();
        let ports: Vec<i32> = egress[0]
            .ports
            .clone()
            .unwrap()
            .iter()
            .filter_map(|p| match p.port {
                Some(IntOrString::Int(i)) => Some(i),
                _ => None,
            })
            .collect();
        assert_eq!(ports, [4317, 8443]);
        assert_eq!(egress.len(), 3, "control plane, DNS, and the one CIDR rule (host rules need a proxy)");
        assert_eq!(egress[2].to.clone().unwrap()[0].ip_block.clone().unwrap().cidr, "203.0.113.0/24");
    }
}
