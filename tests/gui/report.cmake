# The daily report window: preview, PDF (read back with pdftotext) and CSV, sign-off and its verification, the
# automatic previous-day report; the renderer on hand-made reports.
lintas_gui_test(tst_reportui)
lintas_gui_test(tst_reportrenderer)
set_tests_properties(gui.tst_reportui PROPERTIES TIMEOUT 180)
