// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/Channel.h"

namespace Pbx {

QString Channel::deviceOf(const QString& channelName)
{
    // Asterisk appends "-<8 hex digits>" (plus ";1"/";2" for Local); a
    // ZOMBIE or masquerade suffix goes after that and is cut with it.
    const qsizetype dash = channelName.lastIndexOf(QLatin1Char('-'));
    const qsizetype slash = channelName.indexOf(QLatin1Char('/'));
    if (dash <= slash)
        return channelName;
    return channelName.left(dash);
}

QString Channel::localPartnerName() const
{
    if (!isLocal() || name.size() < 2 || name[name.size() - 2] != QLatin1Char(';'))
        return {};
    const QChar half = name.back();
    if (half == QLatin1Char('1'))
        return name.left(name.size() - 1) + QLatin1Char('2');
    if (half == QLatin1Char('2'))
        return name.left(name.size() - 1) + QLatin1Char('1');
    return {};
}

} // namespace Pbx
