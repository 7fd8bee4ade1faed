#include <QtTest>

class Tst_casedetail : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tst_casedetail)
#include "tst_casedetail.moc"
