//! One request as `aigos validate` reads it (a line) and `aigos serve`
//! receives it (a body): the [`ActionRequest`] with its governance `token`
//! and optional `approvals`, read as I-JSON before anything is hashed.

use aigos_core::ActionRequest;
use serde_json::Value;

use crate::ApprovalEvidence;

/// A request with what authenticates and approves it.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RequestInput {
    /// The action the agent asks to take.
    pub request: ActionRequest,
    /// Its governance token (`token`).
    pub token: String,
    /// Approval evidence (`approvals`, empty when absent).
    pub approvals: Vec<ApprovalEvidence>,
}

/// Why an input is not a request: a stable code and a message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {message}")]
pub struct InputRefusal {
    /// `REQUEST_MALFORMED`, or the I-JSON reader's code (`JSON_DUPLICATE_KEY`, ...).
    pub code: &'static str,
    /// What is wrong with it.
    pub message: String,
}

impl RequestInput {
    /// Reads one request. Duplicate member names, numbers an executor could
    /// read otherwise than the action hash covers, and excessive nesting are
    /// refused before anything is hashed.
    ///
    /// # Errors
    /// [`InputRefusal`] with the reason's code.
    pub fn parse(bytes: &[u8]) -> Result<Self, InputRefusal> {
        let malformed = |message: String| InputRefusal { code: "REQUEST_MALFORMED", message };
        let mut v = aigos_core::parse_json(bytes, &aigos_core::JsonLimits::REQUEST).map_err(|e| match e {
            aigos_core::Error::Input(i) => InputRefusal { code: i.code(), message: format!("request: {i}") },
            other => malformed(format!("request: {other}")),
        })?;
        let obj = v.as_object_mut().ok_or_else(|| malformed("not a JSON object".into()))?;
        let token = match obj.remove("token") {
            Some(Value::String(t)) => t,
            Some(_) => return Err(malformed("token must be a string".into())),
            None => return Err(malformed("no token field".into())),
        };
        let approvals = match obj.remove("approvals") {
            Some(a) => serde_json::from_value(a).map_err(|e| malformed(format!("approvals: {e}")))?,
            None => Vec::new(),
        };
        let request: ActionRequest = serde_json::from_value(v).map_err(|e| malformed(format!("request: {e}")))?;
        Ok(RequestInput { request, token, approvals })
    }
}

#[cfg(test)]
mod tests {
    use super::RequestInput;

    #[test]
    fn duplicates_and_missing_tokens_are_refused_with_their_codes() {
        let dup = br#"{"token":"a","token":"b"}"#;
        assert_ne!(RequestInput::parse(dup).unwrap_err().code, "REQUEST_MALFORMED", "the I-JSON reader names it");
        assert_eq!(RequestInput::parse(b"{}").unwrap_err().code, "REQUEST_MALFORMED");
        assert_eq!(RequestInput::parse(b"[1]").unwrap_err().code, "REQUEST_MALFORMED");
        assert_eq!(RequestInput::parse(br#"{"token":1}"#).unwrap_err().code, "REQUEST_MALFORMED");
    }
}
