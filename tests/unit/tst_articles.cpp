#include <QtTest>

class Tst_articles : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tst_articles)
#include "tst_articles.moc"
