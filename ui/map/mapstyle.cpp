#include "map/mapstyle.h"

#include <algorithm>
#include <cmath>

namespace lintas {
namespace {

using geo::RoadClass;

MapStyle makeLight()
{
    MapStyle s;
    s.isDark = false;
    s.background = QColor(0xec, 0xee, 0xf0);
    // Muted ground and white streets keep the markers the loudest thing on the screen; the toll roads and
    // arterials still stand out by colour and width.
    s.roads[MapStyle::Paths] = {QColor(0xa8, 0x9f, 0x94), QColor(), 0.4, 1.4, true, 17};
    s.roads[MapStyle::Service] = {QColor(0xff, 0xff, 0xff), QColor(0xd2, 0xd6, 0xdb), 0.3, 4.0, false, 17};
    s.roads[MapStyle::Minor] = {QColor(0xff, 0xff, 0xff), QColor(0xc5, 0xcb, 0xd3), 0.5, 8.0, false, 16};
    s.roads[MapStyle::Tertiary] = {QColor(0xff, 0xff, 0xff), QColor(0xb3, 0xba, 0xc4), 0.8, 9.5, false, 16};
    s.roads[MapStyle::Secondary] = {QColor(0xfb, 0xf2, 0xc0), QColor(0xc4, 0xb4, 0x7a), 1.0, 11.0, false, 15};
    s.roads[MapStyle::Primary] = {QColor(0xfc, 0xd8, 0x7e), QColor(0xc5, 0x98, 0x38), 1.3, 12.5, false, 14};
    s.roads[MapStyle::Trunk] = {QColor(0xf8, 0xb5, 0x5f), QColor(0xc0, 0x6e, 0x1f), 1.5, 14.0, false, 14};
    s.roads[MapStyle::Motorway] = {QColor(0xef, 0x8a, 0x4c), QColor(0xb2, 0x40, 0x17), 1.7, 15.0, false, 14};
    s.roadLabel = QColor(0x3c, 0x43, 0x4d);
    s.roadLabelHalo = QColor(255, 255, 255, 230);
    s.sectorLine = QColor(0x6a, 0x4c, 0xb0, 150);
    s.sectorFill = QColor(0x6a, 0x4c, 0xb0, 12);
    s.sectorLabel = QColor(0x5b, 0x3f, 0x9c, 200);
    s.markerOutline = QColor(0xff, 0xff, 0xff);
    s.markerLabel = QColor(0x1f, 0x25, 0x2d);
    s.markerLabelBackground = QColor(255, 255, 255, 225);
    s.selection = QColor(0x00, 0x78, 0xd4);
    s.overlayText = QColor(0x2a, 0x30, 0x38);
    s.overlayBackground = QColor(255, 255, 255, 200);
    return s;
}

MapStyle makeDark()
{
    MapStyle s;
    s.isDark = true;
    s.background = QColor(0x17, 0x1b, 0x22);
    s.roads[MapStyle::Paths] = {QColor(0x4a, 0x50, 0x5a), QColor(), 0.4, 1.4, true, 17};
    s.roads[MapStyle::Service] = {QColor(0x2f, 0x35, 0x3f), QColor(0x1f, 0x24, 0x2b), 0.3, 4.0, false, 17};
    s.roads[MapStyle::Minor] = {QColor(0x36, 0x3d, 0x48), QColor(0x22, 0x27, 0x2f), 0.5, 8.0, false, 16};
    s.roads[MapStyle::Tertiary] = {QColor(0x44, 0x4c, 0x58), QColor(0x25, 0x2a, 0x33), 0.8, 9.5, false, 16};
    s.roads[MapStyle::Secondary] = {QColor(0x5d, 0x5a, 0x4a), QColor(0x2c, 0x2a, 0x22), 1.0, 11.0, false, 15};
    s.roads[MapStyle::Primary] = {QColor(0x86, 0x6f, 0x3a), QColor(0x3a, 0x2f, 0x17), 1.3, 12.5, false, 14};
    s.roads[MapStyle::Trunk] = {QColor(0xa8, 0x6a, 0x2c), QColor(0x4a, 0x2c, 0x10), 1.5, 14.0, false, 14};
    s.roads[MapStyle::Motorway] = {QColor(0xc2, 0x5e, 0x2e), QColor(0x58, 0x25, 0x0e), 1.7, 15.0, false, 14};
    s.roadLabel = QColor(0xc9, 0xd0, 0xd9);
    s.roadLabelHalo = QColor(0x17, 0x1b, 0x22, 230);
    s.sectorLine = QColor(0xb3, 0x9d, 0xf0, 130);
    s.sectorFill = QColor(0xb3, 0x9d, 0xf0, 10);
    s.sectorLabel = QColor(0xb3, 0x9d, 0xf0, 190);
    s.markerOutline = QColor(0x10, 0x13, 0x18);
    s.markerLabel = QColor(0xe6, 0xea, 0xef);
    s.markerLabelBackground = QColor(0x20, 0x25, 0x2d, 225);
    s.selection = QColor(0x4d, 0xb2, 0xff);
    s.overlayText = QColor(0xd6, 0xdc, 0xe4);
    s.overlayBackground = QColor(0x17, 0x1b, 0x22, 200);
    return s;
}

} // namespace

const MapStyle &MapStyle::light()
{
    static const MapStyle style = makeLight();
    return style;
}

const MapStyle &MapStyle::dark()
{
    static const MapStyle style = makeDark();
    return style;
}

MapStyle::RoadGroup MapStyle::groupOf(RoadClass roadClass)
{
    switch (roadClass) {
    case RoadClass::Motorway:
    case RoadClass::MotorwayLink:
        return Motorway;
    case RoadClass::Trunk:
    case RoadClass::TrunkLink:
        return Trunk;
    case RoadClass::Primary:
    case RoadClass::PrimaryLink:
        return Primary;
    case RoadClass::Secondary:
    case RoadClass::SecondaryLink:
        return Secondary;
    case RoadClass::Tertiary:
    case RoadClass::TertiaryLink:
        return Tertiary;
    case RoadClass::Unclassified:
    case RoadClass::Residential:
    case RoadClass::LivingStreet:
    case RoadClass::Road:
        return Minor;
    case RoadClass::Service:
        return Service;
    case RoadClass::Track:
    case RoadClass::Pedestrian:
    case RoadClass::Footway:
    case RoadClass::Cycleway:
    case RoadClass::Path:
    case RoadClass::Steps:
    case RoadClass::Other:
        return Paths;
    }
    return Paths;
}

double MapStyle::roadWidth(RoadGroup group, double zoom) const
{
    const RoadStyle &style = roads[group];
    // Geometric growth matches how the ground itself scales, damped so toll roads stay legible at zoom 10
    // and streets do not swallow the blocks at zoom 19.
    const double t = std::clamp((zoom - 10.0) / 8.0, -0.25, 1.25);
    return style.widthAtZoom10 * std::pow(style.widthAtZoom18 / style.widthAtZoom10, t);
}

QColor MapStyle::priorityColor(Priority priority) const
{
    // Strong tones in both themes: they fill markers under white glyphs.
    switch (priority) {
    case Priority::P1:
        return isDark ? QColor(0xef, 0x45, 0x45) : QColor(0xd3, 0x2f, 0x2f);
    case Priority::P2:
        return isDark ? QColor(0xff, 0x98, 0x2e) : QColor(0xef, 0x7c, 0x00);
    case Priority::P3:
        return isDark ? QColor(0x4f, 0x9d, 0xf5) : QColor(0x1e, 0x6f, 0xd0);
    case Priority::P4:
        return isDark ? QColor(0x9a, 0xa1, 0xab) : QColor(0x78, 0x80, 0x8a);
    }
    return {};
}

QColor MapStyle::unitStatusColor(UnitStatus status) const
{
    switch (status) {
    case UnitStatus::Available:
        return isDark ? QColor(0x34, 0xb8, 0x5a) : QColor(0x1b, 0x8a, 0x3f);
    case UnitStatus::OnPatrol:
        return isDark ? QColor(0x1f, 0xb0, 0xa8) : QColor(0x00, 0x86, 0x80);
    case UnitStatus::Dispatched:
        return isDark ? QColor(0xe6, 0xa8, 0x17) : QColor(0xc7, 0x86, 0x00);
    case UnitStatus::EnRoute:
        return isDark ? QColor(0xf2, 0x7a, 0x24) : QColor(0xd9, 0x5c, 0x00);
    case UnitStatus::OnScene:
        return isDark ? QColor(0xe5, 0x48, 0x48) : QColor(0xc6, 0x28, 0x28);
    case UnitStatus::Busy:
        return isDark ? QColor(0x9c, 0x74, 0xe8) : QColor(0x6a, 0x3d, 0xb8);
    case UnitStatus::OutOfService:
        return isDark ? QColor(0x6e, 0x76, 0x80) : QColor(0x80, 0x87, 0x90);
    }
    return {};
}

} // namespace lintas
