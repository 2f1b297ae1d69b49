//! A local, signature-verifying emulator of Huawei Cloud APIs.
