# The supervisors' dashboard: charts from a hand-made snapshot and from a real store, click-through to the records,
# coalesced refreshes, a clean close with a computation in flight, screenshots in both themes.
lintas_gui_test(tst_dashboard)
