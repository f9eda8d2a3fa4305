//! A synthetic data generator for benchmarks (not a user command): fills a database with
//! students with realistic histories.
