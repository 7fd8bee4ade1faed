#include <QtTest>

class Tst_caselist : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tst_caselist)
#include "tst_caselist.moc"
