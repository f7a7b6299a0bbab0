// Boost.Asio's SSL sources, compiled once (separate compilation, like asio_impl.cpp).
#include <boost/asio/ssl/impl/src.hpp>
