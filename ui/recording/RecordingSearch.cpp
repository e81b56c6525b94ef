// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recording/RecordingSearch.h"

#include "core/directory/DirectoryIndex.h"

RecordingSearch::RecordingSearch(const QString& text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (const QString folded = DirectoryIndex::fold(w.trimmed()); !folded.isEmpty())
            m_words.append(folded);
    }
}

bool RecordingSearch::matches(const RecordingFile& file, const QString& shownDate) const
{
    if (m_words.isEmpty())
        return true;
    const QStringList parts {file.caller, file.callee, file.fileName, file.uniqueid,
        file.when.toString(QStringLiteral("yyyy-MM-dd HH:mm")), shownDate};
    const QString haystack = DirectoryIndex::fold(parts.join(u'\n'));
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}
