#include <QtTest>

class Tst_casereader : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tst_casereader)
#include "tst_casereader.moc"
