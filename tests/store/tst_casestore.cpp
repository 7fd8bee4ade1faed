#include <QtTest>

class Tst_casestore : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tst_casestore)
#include "tst_casestore.moc"
