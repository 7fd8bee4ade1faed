#include <QtTest>

class Tst_accidents : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tst_accidents)
#include "tst_accidents.moc"
