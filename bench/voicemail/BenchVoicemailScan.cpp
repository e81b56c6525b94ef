// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a folder of 5,000 messages (target ≤ 300 ms): what a receptionist's
// shared mailbox after a long weekend costs the store on each full rescan.
#include "core/voicemail/VoicemailSpool.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

constexpr int kMessages = 5000;

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

struct Spool
{
    QTemporaryDir dir;
    QString root;
    Spool()
    {
        root = dir.path();
        const QString folder = root + QStringLiteral("/default/1001/INBOX");
        QDir().mkpath(folder);
        const QByteArray wav(16044, '\0'); // a one-second message
        for (int i = 0; i < kMessages; ++i) {
            const QString base = folder + QStringLiteral("/msg%1").arg(i, 4, 10, QLatin1Char('0'));
            const QByteArray id
                = QByteArray::number(1795737600 + i) + '-' + QByteArray::number(i, 16).rightJustified(8, '0');
            writeFile(base + QStringLiteral(".wav"), wav);
            writeFile(base + QStringLiteral(".txt"),
                ";\n; Message Information "
                "file\n;\n[message]\norigmailbox=1001\ncontext=vm-deposit\nexten=1001\n"
                "rdnis=unknown\npriority=1\ncallerchan=Local/1001@vm-deposit-00000002;2\n"
                "callerid=\"Eve Example\" <1005>\norigdate=Fri Nov 27 12:00:43 AM UTC 2026\norigtime="
                    + QByteArray::number(1795737600 + i) + "\ncategory=\nmsg_id=" + id
                    + "\nflag=\nduration=2\n");
        }
    }
};

Spool& spool()
{
    static Spool s;
    return s;
}

void BM_ScanFolder5000(benchmark::State& state)
{
    const QString root = spool().root;
    for (auto _ : state) {
        const auto messages = VoicemailSpool::scanFolder(
            root, QStringLiteral("default"), QStringLiteral("1001"), Voicemail::Folder::Inbox);
        if (messages.size() != kMessages)
            state.SkipWithError("wrong message count");
        benchmark::DoNotOptimize(messages.data());
    }
    state.SetItemsProcessed(state.iterations() * kMessages);
}
BENCHMARK(BM_ScanFolder5000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_LastMessageIndex5000(benchmark::State& state)
{
    const QString folder = spool().root + QStringLiteral("/default/1001/INBOX");
    for (auto _ : state)
        benchmark::DoNotOptimize(VoicemailSpool::lastMessageIndex(folder));
}
BENCHMARK(BM_LastMessageIndex5000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
