// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/RecordingSettings.h"

#include <QRegularExpression>
#include <QSettings>

namespace {

const QRegularExpression& beepOption()
{
    static const QRegularExpression re(QStringLiteral("B\\([^)]*\\)"));
    return re;
}

} // namespace

QString RecordingSettings::Server::mixMonitorOptions() const
{
    QString out = options.trimmed();
    out.remove(beepOption());
    if (beepSeconds > 0)
        out += QStringLiteral("B(%1)").arg(beepSeconds);
    return out;
}

bool RecordingSettings::validOptions(const QString& options)
{
    // Letters, each optionally with one argument in parentheses: "b", "bB(15)", "r(/tmp/x)i(ID)".
    static const QRegularExpression re(QStringLiteral("^(?:[A-Za-z](?:\\([A-Za-z0-9_.,:/+^-]*\\))?)*\\z"));
    return re.match(options).hasMatch();
}

void RecordingSettings::write(QSettings& settings) const
{
    settings.remove(QStringLiteral("recording"));
    settings.beginGroup(QStringLiteral("recording"));
    for (auto it = servers.cbegin(); it != servers.cend(); ++it) {
        settings.beginGroup(it.key());
        settings.setValue(QStringLiteral("monitorDirectory"), it->monitorDirectory);
        settings.setValue(QStringLiteral("fileTemplate"), it->fileTemplate);
        settings.setValue(QStringLiteral("options"), it->options);
        settings.setValue(QStringLiteral("beepSeconds"), it->beepSeconds);
        settings.endGroup();
    }
    settings.endGroup();
}

RecordingSettings RecordingSettings::read(QSettings& settings)
{
    RecordingSettings r;
    settings.beginGroup(QStringLiteral("recording"));
    const QStringList ids = settings.childGroups();
    for (const QString& id : ids) {
        // A server has an id: a hand-edited key with a slash too many ("recording//x/options") reads as
        // group "", which would be written back as keys of [recording] itself and lost at the next import.
        if (id.isEmpty())
            continue;
        settings.beginGroup(id);
        Server s;
        s.monitorDirectory
            = settings.value(QStringLiteral("monitorDirectory"), s.monitorDirectory).toString();
        s.fileTemplate = settings.value(QStringLiteral("fileTemplate"), s.fileTemplate).toString();
        s.options = settings.value(QStringLiteral("options"), s.options).toString();
        s.beepSeconds = std::clamp(settings.value(QStringLiteral("beepSeconds"), 0).toInt(), 0, 3600);
        if (!validOptions(s.options))
            s.options = Server().options; // a hand-edited file cannot smuggle anything into the action
        if (RecordingFileName::check(s.fileTemplate) != RecordingFileName::Problem::None)
            s.fileTemplate = Server().fileTemplate;
        r.servers.insert(id, s);
        settings.endGroup();
    }
    settings.endGroup();
    return r;
}
