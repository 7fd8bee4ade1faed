#include <QtTest>

class Tst_casefold : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tst_casefold)
#include "tst_casefold.moc"
