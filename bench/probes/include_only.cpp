// Compile-time probe: the cost of including the umbrella header.
#include <teleworksec/teleworksec.hpp>
int main() { return 0; }
