// Writing
