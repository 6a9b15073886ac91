"""The wheel's tag and layout: teleworksec carries libteleworksec_c, a native
library it loads with ctypes, so the wheel is for this platform (not
py3-none-any) and installs into platlib, but it suits any Python 3 (no
extension module, so no ABI of the interpreter): py3-none-<platform>."""

from setuptools import Distribution, setup
from wheel.bdist_wheel import bdist_wheel


class NativeLibraryDistribution(Distribution):
    def has_ext_modules(self):
        return True


class platform_wheel(bdist_wheel):
    def get_tag(self):
        return "py3", "none", super().get_tag()[2]


setup(distclass=NativeLibraryDistribution, cmdclass={"bdist_wheel": platform_wheel})
