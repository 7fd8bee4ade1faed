#pragma once

#include <array>

#include <QColor>

#include "core/incident.h"
#include "core/unit.h"
#include "geo/roadclass.h"

namespace lintas {

// How the map looks in one theme: the ground, the road styles by class, the sector layer, the marker and
// label colours. Marker colours follow Theme so the map and the lists agree on what red means.
class MapStyle
{
public:
    // Road classes drawn alike share a group; a group is one casing path and one fill path per frame.
    enum RoadGroup
    {
        Paths = 0, // footways, cycleways, steps, tracks: a thin dashed line
        Service,
        Minor, // residential, living streets, unclassified, "road"
        Tertiary,
        Secondary,
        Primary,
        Trunk,
        Motorway,
        RoadGroupCount
    };

    struct RoadStyle
    {
        QColor fill;
        QColor casing;
        double widthAtZoom10 = 1.0; // fill width in pixels; grows geometrically to widthAtZoom18
        double widthAtZoom18 = 8.0;
        bool dashed = false;
        int labelMinZoom = 16; // names drawn from this zoom
    };

    static const MapStyle &light();
    static const MapStyle &dark();
    static const MapStyle &forTheme(bool dark) { return dark ? MapStyle::dark() : light(); }

    static RoadGroup groupOf(geo::RoadClass roadClass);

    bool isDark = false;
    QColor background;
    std::array<RoadStyle, RoadGroupCount> roads;
    QColor roadLabel;
    QColor roadLabelHalo;
    QColor sectorLine;
    QColor sectorFill;
    QColor sectorLabel;
    QColor markerOutline; // the white (or dark) rim that separates a marker from the roads
    QColor markerLabel;
    QColor markerLabelBackground;
    QColor selection;
    QColor overlayText;
    QColor overlayBackground;

    // Pixel width of a road group's fill at a zoom; casings add kCasingWidth on top.
    double roadWidth(RoadGroup group, double zoom) const;
    static constexpr double kCasingWidth = 1.6;

    QColor priorityColor(Priority priority) const;
    QColor unitStatusColor(UnitStatus status) const;
};

} // namespace lintas
