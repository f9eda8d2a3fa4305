//! The `medpath` binary: parse the command line and dispatch; everything else is in the library.

fn main() {
    std::process::exit(medpath::cli::main_with_args(std::env::args_os()));
}
