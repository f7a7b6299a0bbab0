#pragma once
/// GoogleTest checks for `muster-server` command-line runs (server_tests only).

#include <gtest/gtest.h>

#include <string>

#include "support/process.hpp"

namespace muster::test {

/// A bad-argument failure: non-zero exit, one line on stderr naming `option`.
inline void expect_names(const ProcessResult& r, const std::string& option) {
    EXPECT_NE(r.exit_code, 0);
    EXPECT_NE(r.err.find(option), std::string::npos) << "stderr: " << r.err;
    ASSERT_FALSE(r.err.empty());
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "expected one line: " << r.err;
}

}  // namespace muster::test
