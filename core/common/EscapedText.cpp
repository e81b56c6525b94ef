// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/EscapedText.h"

namespace {

bool needsEscape(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString escapeOf(QChar c)
{
    switch (c.unicode()) {
    case u'\r':
        return QStringLiteral("\\r");
    case u'\n':
        return QStringLiteral("\\n");
    case u'\t':
        return QStringLiteral("\\t");
    case u'\0':
        return QStringLiteral("\\0");
    default:
        break;
    }
    return QStringLiteral("\\u") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
}

} // namespace

QString escapedForDisplay(QStringView text, qsizetype maxLength)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (out.size() >= maxLength) {
            out += u'…';
            break;
        }
        out += needsEscape(c) ? escapeOf(c) : QString(c);
    }
    return out;
}
