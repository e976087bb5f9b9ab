#include "ui/data/type_icons.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace mlwb::ui {

namespace {

struct Badge {
    QString glyph;
    QColor color;
};

Badge badgeFor(core::ColumnType type)
{
    switch (type) {
    case core::ColumnType::Float64: return {QStringLiteral("#"), QColor(0x2f, 0x6f, 0xb5)};
    case core::ColumnType::Int64: return {QStringLiteral("#"), QColor(0x1f, 0x8a, 0x8a)};
    case core::ColumnType::Boolean: return {QStringLiteral("✓"), QColor(0x6a, 0x8f, 0x2a)};
    case core::ColumnType::Categorical: return {QStringLiteral("A"), QColor(0xc0, 0x6a, 0x1f)};
    case core::ColumnType::Text: return {QStringLiteral("T"), QColor(0x80, 0x80, 0x80)};
    case core::ColumnType::DateTime: return {QStringLiteral("◷"), QColor(0x8a, 0x4f, 0xb0)};
    }
    return {QStringLiteral("?"), Qt::gray};
}

}  // namespace

QIcon iconForColumnType(core::ColumnType type)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(type);
    if (auto it = cache.find(key); it != cache.end()) return *it;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const Badge badge = badgeFor(type);
        painter.setBrush(badge.color);
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRectF(1, 1, 30, 30), 7, 7);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(20);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, badge.glyph);
    }
    QIcon icon(pixmap);
    cache.insert(key, icon);
    return icon;
}

QString describeColumnType(core::ColumnType type)
{
    switch (type) {
    case core::ColumnType::Float64: return QCoreApplication::translate("mlwb::ui", "numeric (decimal)");
    case core::ColumnType::Int64: return QCoreApplication::translate("mlwb::ui", "numeric (integer)");
    case core::ColumnType::Boolean: return QCoreApplication::translate("mlwb::ui", "boolean");
    case core::ColumnType::Categorical: return QCoreApplication::translate("mlwb::ui", "categorical");
    case core::ColumnType::Text: return QCoreApplication::translate("mlwb::ui", "text");
    case core::ColumnType::DateTime: return QCoreApplication::translate("mlwb::ui", "date/time");
    }
    return {};
}

}  // namespace mlwb::ui
