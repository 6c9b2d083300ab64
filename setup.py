"""Installs the Python module `precis` with pip, built by the project's CMake build.

    python3 -m venv --system-site-packages env
    env/bin/python -m pip install --no-build-isolation .

builds the module in a build folder of its own (build-pip/; PRECIS_JOBS compile jobs, default 1)
for the interpreter running pip. PRECIS_BUILD_DIR=<a configured CMake build tree> builds and
installs that tree's module instead (it must be for the same Python version).
"""

import os
import pathlib
import re
import shutil
import subprocess
import sys
import sysconfig

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = pathlib.Path(__file__).resolve().parent
BUILD_DIR = os.environ.get("PRECIS_BUILD_DIR")


def version():
    header = (ROOT / "include" / "precis" / "version.h").read_text(encoding="utf-8")
    return ".".join(re.search(rf"#define PRECIS_VERSION_{part} (\d+)", header).group(1)
                    for part in ("MAJOR", "MINOR", "PATCH"))


class CMakeBuild(build_ext):
    """Builds the CMake target precis_python and copies the module (and its stubs)."""

    def build_extension(self, ext):
        jobs = os.environ.get("PRECIS_JOBS", "1")
        if BUILD_DIR:
            build = pathlib.Path(BUILD_DIR).resolve()
        else:
            build = ROOT / "build-pip" / "cmake"
            subprocess.run(["cmake", "-S", str(ROOT), "-B", str(build), "-DCMAKE_BUILD_TYPE=Release",
                            f"-DPython_EXECUTABLE={sys.executable}"], check=True)
        subprocess.run(["cmake", "--build", str(build), "--target", "precis_python", "-j", jobs],
                       check=True)
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        built = build / "python" / f"precis{suffix}"
        if not built.exists():
            sys.exit(f"setup.py: {built} not built (a build for another Python version?)")
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)
        shutil.copyfile(ROOT / "python" / "precis.pyi", target.parent / "precis.pyi")


setup(
    name="precis",
    version=version(),
    description="Multi-document news summarization with citations",
    python_requires=">=3.9",
    ext_modules=[Extension("precis", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    options={"build": {"build_base": str(pathlib.Path(BUILD_DIR) / "pip") if BUILD_DIR
                       else "build-pip"}},
    zip_safe=False,
)
