// SPDX-License-Identifier: GPL-3.0-or-later
// attendant-demo-pbx: a simulated Asterisk 22 manager interface, so admins and
// integrators can try any AMI tool with no PBX.
#include "demo/DemoPbx.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <optional>

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int)
{
    g_stopRequested = 1;
}

struct ListenAddress
{
    QHostAddress host;
    quint16 port = 0;
    bool valid = false;
};

ListenAddress parseListen(const QString& text)
{
    // "127.0.0.1:5038", "[::1]:5038", "127.0.0.1" (port 0: any free port)
    ListenAddress out;
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype end = text.indexOf(QLatin1Char(']'));
        if (end < 0)
            return out;
        host = text.mid(1, end - 1);
        port = text.mid(end + 1).section(QLatin1Char(':'), 1);
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        port = text.section(QLatin1Char(':'), 1);
    }
    bool ok = true;
    const uint p = port.isEmpty() ? 0 : port.toUInt(&ok);
    out.valid = out.host.setAddress(host) && ok && p <= 65535;
    out.port = quint16(p);
    return out;
}

struct Options
{
    ListenAddress address;
    QString user;
    QString secret;
    QString spool; // empty: a temporary directory
    int extensions = 0;
    double eventsPerSecond = 0;
    uint seed = 1;
};

// The command line; nullopt (after saying why on stderr) when it is not usable.
std::optional<Options> parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A simulated Asterisk 22 Manager Interface (AMI) with a live office, for trying AMI tools."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on (port 0: any free port)."), QStringLiteral("host:port"),
        QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Manager user name."),
        QStringLiteral("name"), QStringLiteral("demo"));
    const QCommandLineOption secret(QStringLiteral("secret"), QStringLiteral("Manager secret."),
        QStringLiteral("secret"), QStringLiteral("demo"));
    const QCommandLineOption extensions(QStringLiteral("extensions"), QStringLiteral("Number of extensions."),
        QStringLiteral("N"), QString::number(DemoPbx::DefaultExtensionCount));
    const QCommandLineOption rate(QStringLiteral("events-per-second"),
        QStringLiteral("Events per second the call generator aims at (0: none)."), QStringLiteral("R"),
        QString::number(DemoPbx::DefaultEventRate));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Random seed (same seed, same office)."), QStringLiteral("seed"), QStringLiteral("1"));
    const QCommandLineOption spool(QStringLiteral("spool"),
        QStringLiteral("Directory for the voicemail spool and directory file "
                       "(default: a temporary directory removed on exit)."),
        QStringLiteral("dir"));
    const QCommandLineOption remote(
        QStringLiteral("allow-remote"), QStringLiteral("Allow listening on a non-loopback address."));
    parser.addOptions({listen, user, secret, extensions, rate, seed, spool, remote});
    parser.process(app);

    QTextStream err(stderr);
    Options o;
    o.address = parseListen(parser.value(listen));
    if (!o.address.valid) {
        err << "Invalid --listen address: " << parser.value(listen) << Qt::endl;
        return std::nullopt;
    }
    if (!o.address.host.isLoopback() && !parser.isSet(remote)) {
        // The demo account has a well-known secret: never expose it by accident.
        err << "Refusing to listen on non-loopback address " << o.address.host.toString()
            << " (use --allow-remote)" << Qt::endl;
        return std::nullopt;
    }
    bool ok = true;
    o.extensions = parser.value(extensions).toInt(&ok);
    bool rateOk = true;
    o.eventsPerSecond = parser.value(rate).toDouble(&rateOk);
    bool seedOk = true;
    o.seed = parser.value(seed).toUInt(&seedOk);
    if (!ok || o.extensions < 2 || !rateOk || o.eventsPerSecond < 0 || !seedOk) {
        err << "Invalid --extensions, --events-per-second or --seed" << Qt::endl;
        return std::nullopt;
    }
    o.user = parser.value(user);
    o.secret = parser.value(secret);
    o.spool = parser.value(spool);
    return o;
}

void printWhere(const DemoPbx& pbx)
{
    QTextStream out(stdout);
    const QString host = pbx.serverAddress().protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + pbx.serverAddress().toString() + QLatin1Char(']')
        : pbx.serverAddress().toString();
    out << "Listening on " << host << ':' << pbx.serverPort() << Qt::endl;
    out << "Voicemail spool: " << pbx.spoolPath() << Qt::endl;
    out << "Directory file: " << pbx.directoryFilePath() << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("attendant-demo-pbx"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTENDANT_VERSION));
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;

    DemoPbx pbx;
    pbx.setSeed(options->seed);
    pbx.setLoad(options->extensions, options->eventsPerSecond);
    pbx.setCredentials(options->user, options->secret);
    if (!options->spool.isEmpty())
        pbx.setSpoolPath(options->spool);
    if (!pbx.start(options->address.host, options->address.port)) {
        QTextStream(stderr) << "Cannot start: " << pbx.errorString() << Qt::endl;
        return 1;
    }
    printWhere(pbx);
    // Quit cleanly on Ctrl+C / SIGTERM so the temporary spool is removed.
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    stopPoll.start(200);
    return QCoreApplication::exec();
}
