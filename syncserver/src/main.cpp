#include <iostream>

#include "muster/server/cli.hpp"

int main(int argc, char** argv) {
    return muster::server::run_cli(argc, argv, std::cin, std::cout, std::cerr);
}
