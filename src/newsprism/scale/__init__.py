"""Scale-out beyond one process: read inputs in parallel on a Dask cluster.

Needs the optional extra ``pip install 'newsprism[scale]'``; importing this package does not
import Dask (it is loaded when :func:`read_parallel` runs). See docs/SCALE.md.
"""

from newsprism.scale.parallel import read_parallel
from newsprism.scale.units import Unit, plan_units

__all__ = ["Unit", "plan_units", "read_parallel"]
