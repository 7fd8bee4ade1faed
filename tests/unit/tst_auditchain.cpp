#include <QtTest>

class Tst_auditchain : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tst_auditchain)
#include "tst_auditchain.moc"
