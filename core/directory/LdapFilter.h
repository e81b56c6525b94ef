// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/LdapSettings.h"

#include <QString>

// RFC 4515 escaping of a value put into a filter: * ( ) \ NUL become \2a \28
// \29 \5c \00, so text typed by the user never changes the filter's meaning.
QString ldapEscapeFilterValue(const QString& value);

// (&<baseFilter>(|(attr=*text*)...)) over map.searchAttributes(), text escaped.
QString ldapSearchFilter(const QString& baseFilter, const LdapAttributeMap& map, const QString& text);
