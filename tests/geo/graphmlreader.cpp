#include "graphmlreader.h"

#include <QFile>
#include <QXmlStreamReader>

namespace lintas::geo::test {

namespace {

struct RawEdge
{
    qint64 source = 0;
    qint64 target = 0;
    QHash<QString, QString> data; // by attribute name
    qint64 line = 0;
};

// "LINESTRING (106.91 -6.19, 106.92 -6.20)" → points (lat, lon); empty when it is not one.
QList<GeoPoint> parseLineString(const QString &wkt)
{
    QList<GeoPoint> points;
    const qsizetype open = wkt.indexOf(u'(');
    const qsizetype close = wkt.lastIndexOf(u')');
    if (!wkt.trimmed().startsWith(QLatin1String("LINESTRING")) || open < 0 || close <= open)
        return points;
    for (const QString &pair : wkt.mid(open + 1, close - open - 1).split(u',')) {
        const QStringList xy = pair.simplified().split(u' ');
        bool okX = false;
        bool okY = false;
        const double lon = xy.value(0).toDouble(&okX);
        const double lat = xy.value(1).toDouble(&okY);
        if (xy.size() != 2 || !okX || !okY)
            return {};
        points.append(GeoPoint{lat, lon});
    }
    return points;
}

} // namespace

QString firstOfPythonList(const QString &value)
{
    const QString v = value.trimmed();
    if (!v.startsWith(u'[') || !v.endsWith(u']'))
        return v;
    QString first = v.mid(1, v.size() - 2).section(u',', 0, 0).trimmed();
    if (first.size() >= 2 && (first.startsWith(u'\'') || first.startsWith(u'"')))
        first = first.mid(1, first.size() - 2);
    return first;
}

std::optional<GraphMlGraph> readGraphMl(const QString &path, QString *error)
{
    const auto fail = [&](const QString &what) -> std::optional<GraphMlGraph> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, what);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());

    QHash<QString, QString> nodeKeys; // key id → attribute name
    QHash<QString, QString> edgeKeys;
    GraphMlGraph out;
    QList<GeoPoint> nodes;
    QList<RawEdge> rawEdges;

    QXmlStreamReader xml(&file);
    qint64 currentNode = -1;
    GeoPoint nodePoint;
    bool inEdge = false;
    RawEdge edge;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attributes = xml.attributes();
            if (xml.name() == u"key") {
                const QString id = attributes.value(QLatin1String("id")).toString();
                const QString name = attributes.value(QLatin1String("attr.name")).toString();
                const auto kind = attributes.value(QLatin1String("for"));
                if (kind == u"node")
                    nodeKeys.insert(id, name);
                else if (kind == u"edge")
                    edgeKeys.insert(id, name);
            } else if (xml.name() == u"node") {
                bool ok = false;
                currentNode = attributes.value(QLatin1String("id")).toLongLong(&ok);
                if (!ok)
                    return fail(QStringLiteral("line %1: a node id is not a number").arg(xml.lineNumber()));
                nodePoint = GeoPoint{qQNaN(), qQNaN()};
            } else if (xml.name() == u"edge") {
                inEdge = true;
                edge = RawEdge{};
                bool okSource = false;
                bool okTarget = false;
                edge.source = attributes.value(QLatin1String("source")).toLongLong(&okSource);
                edge.target = attributes.value(QLatin1String("target")).toLongLong(&okTarget);
                edge.line = xml.lineNumber();
                if (!okSource || !okTarget)
                    return fail(QStringLiteral("line %1: an edge's source or target is not a number").arg(edge.line));
            } else if (xml.name() == u"data") {
                const QString key = attributes.value(QLatin1String("key")).toString();
                const QString text = xml.readElementText();
                if (inEdge) {
                    edge.data.insert(edgeKeys.value(key, key), text);
                } else if (currentNode >= 0) {
                    const QString name = nodeKeys.value(key);
                    if (name == u"y")
                        nodePoint.lat = text.toDouble();
                    else if (name == u"x")
                        nodePoint.lon = text.toDouble();
                }
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"node" && currentNode >= 0) {
                if (qIsNaN(nodePoint.lat) || qIsNaN(nodePoint.lon))
                    return fail(QStringLiteral("line %1: node %2 has no x/y").arg(xml.lineNumber()).arg(currentNode));
                out.nodeIndex.insert(currentNode, int(nodes.size()));
                out.osmNodeIds.append(currentNode);
                nodes.append(nodePoint);
                currentNode = -1;
            } else if (xml.name() == u"edge") {
                rawEdges.append(edge);
                inEdge = false;
            }
        }
    }
    if (xml.hasError())
        return fail(QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    if (nodes.isEmpty())
        return fail(QStringLiteral("no nodes"));

    QList<RoadGraph::EdgeRecord> edges;
    edges.reserve(rawEdges.size());
    for (int i = 0; i < int(rawEdges.size()); ++i) {
        const RawEdge &raw = rawEdges.at(i);
        const auto source = out.nodeIndex.constFind(raw.source);
        const auto target = out.nodeIndex.constFind(raw.target);
        if (source == out.nodeIndex.cend() || target == out.nodeIndex.cend())
            return fail(QStringLiteral("line %1: the edge names a missing node").arg(raw.line));
        bool ok = false;
        const double length = raw.data.value(QStringLiteral("length")).toDouble(&ok);
        if (!ok || length < 0.0)
            return fail(QStringLiteral("line %1: the edge has no length").arg(raw.line));
        RoadGraph::EdgeRecord record;
        record.source = *source;
        record.target = *target;
        record.lengthM = float(length);
        record.roadClass = roadClassFromOsm(firstOfPythonList(raw.data.value(QStringLiteral("highway"))));
        record.name = firstOfPythonList(raw.data.value(QStringLiteral("name")));
        record.roadId = i + 1;
        const QList<GeoPoint> shape = parseLineString(raw.data.value(QStringLiteral("geometry")));
        if (shape.size() >= 2) {
            out.shapes.insert(record.roadId, shape);
            record.firstVertex = 0;
            record.lastVertex = int(shape.size()) - 1;
        }
        edges.append(record);
    }
    out.graph = RoadGraph(std::move(nodes), edges);
    return out;
}

} // namespace lintas::geo::test
