"""Parsing corpora too large for one machine.

``dask_bag`` (the ``dask`` extra) runs the parser over a :class:`dask.bag.Bag`
on a local or distributed dask cluster.  For one machine,
:func:`dprk_diplomacy.batch.parse_many` with ``workers=N`` is simpler.
"""
