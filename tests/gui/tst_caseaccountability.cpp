#include <QtTest>

class Tst_caseaccountability : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tst_caseaccountability)
#include "tst_caseaccountability.moc"
