#include <QtTest>

class Tst_casefactory : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tst_casefactory)
#include "tst_casefactory.moc"
