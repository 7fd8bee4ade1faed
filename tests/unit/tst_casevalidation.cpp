#include <QtTest>

class Tst_casevalidation : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tst_casevalidation)
#include "tst_casevalidation.moc"
