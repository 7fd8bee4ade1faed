#include <QtTest>

class Tst_plates : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tst_plates)
#include "tst_plates.moc"
