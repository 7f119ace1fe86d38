//! Reading speed in CPU time, steady on a loaded machine: `speed_loop SECONDS FILE...`
//! reads each file repeatedly for about SECONDS of CPU time and prints user CPU time per
//! read and MiB/s.
use sosanh::read::{ReadOptions, document_from_bytes};

fn user_secs() -> f64 {
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
    ru.ru_utime.tv_sec as f64 + ru.ru_utime.tv_usec as f64 / 1e6
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let secs: f64 = args[1].parse().unwrap();
    let opts = ReadOptions::default();
    for path in &args[2..] {
        let bytes = std::fs::read(path).unwrap();
        let doc = document_from_bytes(path, &bytes, &opts).unwrap();
        drop(doc);
        let t0 = user_secs();
        let mut n = 0u64;
        while user_secs() - t0 < secs {
            std::hint::black_box(document_from_bytes(path, std::hint::black_box(&bytes), &opts).unwrap());
            n += 1;
        }
        let per = (user_secs() - t0) / n as f64;
        println!(
            "{path}: {n} reads, {:.3} ms user CPU each, {:.1} MiB/s",
            per * 1e3,
            bytes.len() as f64 / per / 1048576.0
        );
    }
}
