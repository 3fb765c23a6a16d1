#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| aigos_fuzz::audit_chain(data));
