#include <QtTest>

class Tst_etle : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tst_etle)
#include "tst_etle.moc"
