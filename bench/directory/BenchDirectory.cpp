// SPDX-License-Identifier: GPL-3.0-or-later
// Directory floors: load 100 k entries from a real slapd (<= 3 s), answer a
// keystroke over 100 k contacts (<= 5 ms), and memory per 100 k contacts.
#include "SlapdFixture.h"
#include "core/directory/DirectoryIndex.h"
#include "core/directory/DirectoryModel.h"
#include "core/directory/FileDirectory.h"
#include "core/directory/LdapDirectory.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <memory>

#include <sys/resource.h>

namespace {

constexpr int contactCount = 100000;

// Realistic spread of names (accents, several scripts) so folding and
// matching work as they would on a real company directory.
QList<Contact> generatedContacts(int count)
{
    static const char* const first[] = {"Jürgen", "Ana", "François", "Zoë", "Björn", "Mia", "José", "Ægir",
        "Łukasz", "Chloé", "Hanna", "Omar", "Søren", "Inés", "Kai", "Noah"};
    static const char* const last[] = {"Müller", "Sánchez", "Durand", "Öztürk", "Nakamura", "Smith", "García",
        "Dubois", "Kowalski", "Nguyen", "Schmidt", "Rossi", "Johansson", "Weiß"};
    static const char* const departments[] = {"Vertrieb", "Comptabilité", "Logística", "Support",
        "Engineering", "Personal", "Einkauf", "Direction"};
    QList<Contact> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Contact c;
        c.name = QString::fromUtf8(first[i % 16]) + QLatin1Char(' ') + QString::fromUtf8(last[(i / 16) % 14])
            + QLatin1Char(' ') + QString::number(i);
        c.addNumber(PhoneNumber::Kind::Extension, QString::number(100000 + i));
        c.addNumber(PhoneNumber::Kind::Work, QStringLiteral("+49 30 %1").arg(5000000 + i));
        if (i % 3 == 0)
            c.addNumber(PhoneNumber::Kind::Mobile, QStringLiteral("+49 170 %1").arg(7000000 + i));
        c.uid = QStringLiteral("user%1").arg(i);
        c.mail = c.uid + QLatin1String("@example.com");
        c.department = QString::fromUtf8(departments[i % 8]);
        c.sourceId = QStringLiteral("bench");
        out.append(c);
    }
    return out;
}

double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long residentKiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts.at(1).toLong() * 4 : 0;
}

DirectoryIndex& sharedIndex()
{
    static DirectoryIndex index = [] {
        DirectoryIndex i;
        i.setContacts(QStringLiteral("bench"), generatedContacts(contactCount));
        return i;
    }();
    return index;
}

// One typed word, key by key, as the panel asks the index (incremental).
void BM_KeystrokeTyping(benchmark::State& state, const char* word)
{
    DirectoryIndex& index = sharedIndex();
    const QString text = QString::fromUtf8(word);
    qsizetype hits = 0;
    for (auto _ : state) {
        index.search(QString()); // reset the incremental state: start from an empty field
        for (qsizetype n = 1; n <= text.size(); ++n)
            hits = index.search(text.left(n)).size();
    }
    // Seconds per keystroke (printed with an SI prefix: 1.2m = 1.2 ms).
    state.counters["s_per_key"] = benchmark::Counter(
        double(text.size()), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.counters["hits_last"] = double(hits);
}
BENCHMARK_CAPTURE(BM_KeystrokeTyping, name_muller, "muller")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_KeystrokeTyping, accented_soren, "Søren Joh")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_KeystrokeTyping, number_1234, "+49 30 5012345")->Unit(benchmark::kMillisecond);

// The worst single keystroke: a fresh query (pasted text, or a jump) scans everything.
void BM_FreshQuery(benchmark::State& state, const char* text)
{
    DirectoryIndex& index = sharedIndex();
    const QString query = QString::fromUtf8(text);
    qsizetype hits = 0;
    for (auto _ : state) {
        index.search(QString());
        hits = index.search(query).size();
    }
    state.counters["hits"] = double(hits);
}
BENCHMARK_CAPTURE(BM_FreshQuery, one_letter_e, "e")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FreshQuery, substring_son, "son")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FreshQuery, no_match, "zzzz")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FreshQuery, extension, "154321")->Unit(benchmark::kMillisecond);

// What the panel pays per keystroke: index search plus the model reset.
void BM_ModelKeystroke(benchmark::State& state)
{
    static DirectoryModel* model = nullptr;
    static QTemporaryDir dir;
    if (!model) {
        // Through a real source, as in the application.
        QFile f(dir.filePath(QStringLiteral("big.csv")));
        f.open(QIODevice::WriteOnly);
        f.write("Name,Extension,Work,Department,Mail,UID\n");
        const QList<Contact> contacts = generatedContacts(contactCount);
        for (const Contact& c : contacts) {
            f.write(QStringList {c.name, c.extension(), c.numbers.at(1).number, c.department, c.mail, c.uid}
                        .join(QLatin1Char(','))
                        .toUtf8()
                + '\n');
        }
        f.close();
        model = new DirectoryModel;
        auto* source
            = new FileDirectory(QStringLiteral("big"), f.fileName(), FileDirectory::Format::Csv, model);
        model->addSource(source);
        QEventLoop loop; // the file is read on the source's worker thread
        QObject::connect(source, &DirectorySource::contactsLoaded, &loop, &QEventLoop::quit);
        source->start();
        loop.exec();
    }
    const QString word = QStringLiteral("jurgen mu");
    for (auto _ : state) {
        model->setQuery(QString());
        for (qsizetype n = 1; n <= word.size(); ++n)
            model->setQuery(word.left(n));
    }
    state.counters["s_per_key"] = benchmark::Counter(
        double(word.size() + 1), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.counters["rows_total"] = double(model->totalCount());
}
BENCHMARK(BM_ModelKeystroke)->Unit(benchmark::kMillisecond);

// Memory: resident growth for 100 k contacts held by the index (contacts + folded text).
void BM_IndexMemory(benchmark::State& state)
{
    for (auto _ : state) {
        const long before = residentKiB();
        auto index = std::make_unique<DirectoryIndex>();
        index->setContacts(QStringLiteral("bench"), generatedContacts(contactCount));
        const long after = residentKiB();
        state.counters["MiB_per_100k"] = double(after - before) / 1024.0;
    }
}
BENCHMARK(BM_IndexMemory)->Iterations(1)->Unit(benchmark::kMillisecond);

// Load 100 k entries from a real slapd over ldap:// (paged, 500 per page) on
// the worker thread, until contactsLoaded arrives on this thread.
void BM_LdapLoad100k(benchmark::State& state)
{
    static std::unique_ptr<SlapdFixture> server;
    static QTemporaryDir cacheDir;
    if (!server) {
        server = std::make_unique<SlapdFixture>();
        if (!server->setUp({contactCount, 1000})) {
            state.SkipWithError(server->errorString().toUtf8().constData());
            return;
        }
    }
    LdapSettings s;
    s.url = server->ldapUrl();
    s.encryption = LdapSettings::Encryption::None;
    s.baseDn = SlapdFixture::baseDn();
    s.pageSize = int(state.range(0));
    s.cacheFile = cacheDir.filePath(QStringLiteral("bench.json"));
    qsizetype loaded = 0;
    double clientCpu = 0;
    const double serverCpuBefore = server->serverCpuSeconds();
    for (auto _ : state) {
        const double cpuBefore = processCpuSeconds();
        LdapDirectory directory(s);
        QEventLoop loop;
        QObject::connect(&directory, &DirectorySource::contactsLoaded, &loop,
            [&](const QString&, const QList<Contact>& contacts, bool) {
                loaded = contacts.size();
                loop.quit();
            });
        QObject::connect(&directory, &DirectorySource::errorOccurred, &loop,
            [&](const QString&, DirectorySource::Error, const QString& detail) {
                state.SkipWithError(detail.toUtf8().constData());
                loop.quit();
            });
        directory.start();
        loop.exec();
        clientCpu += processCpuSeconds() - cpuBefore;
    }
    state.counters["entries"] = double(loaded);
    // CPU used per load, all threads: independent of how busy the machine is.
    state.counters["client_cpu_s"] = clientCpu / double(state.iterations());
    state.counters["slapd_cpu_s"]
        = (server->serverCpuSeconds() - serverCpuBefore) / double(state.iterations());
}
BENCHMARK(BM_LdapLoad100k)->Arg(500)->Arg(1000)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
