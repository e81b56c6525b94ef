// SPDX-License-Identifier: GPL-3.0-or-later
// What BenchOperatorWindow measures on the main thread: stalls, event-to-screen
// time of the tiles on screen, and when the board became correct.
#pragma once

#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileView.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <utility>

namespace WindowProbes {

// CPU time of the calling thread, in ms.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Any main-thread stall shows as a late tick of a 5 ms precise timer. The
// main thread's CPU time within each gap tells work (CPU ≈ gap) from waiting
// for the CPU or the X server (CPU ≪ gap).
class Watchdog final
{
public:
    struct Stall
    {
        double endMs;
        double lengthMs;
        double cpuMs;
    };

    explicit Watchdog(QElapsedTimer* clock)
        : m_clock(clock)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        stalls.clear();
        m_last = m_clock->nsecsElapsed();
        m_lastCpuMs = threadCpuMs();
        m_timer.start();
    }

    // The longest stall that ended by `untilMs`, and the most CPU in one.
    Stall longest(double untilMs = 1e12) const
    {
        Stall out {0, 0, 0};
        for (const Stall& s : stalls) {
            if (s.endMs <= untilMs && s.lengthMs > out.lengthMs)
                out = s;
        }
        return out;
    }
    double mostCpu(double untilMs = 1e12) const
    {
        double most = 0;
        for (const Stall& s : stalls) {
            if (s.endMs <= untilMs)
                most = std::max(most, s.cpuMs);
        }
        return most;
    }
    int countOver(double ms) const
    {
        return int(
            std::count_if(stalls.cbegin(), stalls.cend(), [ms](const Stall& s) { return s.lengthMs > ms; }));
    }

    QList<Stall> stalls; // every stall over 1 ms

private:
    void tick()
    {
        const qint64 now = m_clock->nsecsElapsed();
        const double cpuMs = threadCpuMs();
        const double stallMs = double(now - m_last) / 1e6 - 5.0;
        if (stallMs > 1.0)
            stalls.append({double(now) / 1e6, stallMs, cpuMs - m_lastCpuMs});
        if (m_logStallsOverMs > 0 && stallMs > m_logStallsOverMs)
            logStall(stallMs);
        m_last = now;
        m_lastCpuMs = cpuMs;
    }

    // With ATTENDANT_BENCH_LOG_STALLS=N: each stall over N ms on stderr, in
    // CLOCK_MONOTONIC seconds, to find it in `perf record -k CLOCK_MONOTONIC`.
    static void logStall(double stallMs)
    {
        timespec ts {};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        const double end = double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
        std::fprintf(stderr, "stall %.6f %.6f %.1f ms\n", end - (stallMs + 5.0) / 1e3, end, stallMs);
    }

    QElapsedTimer* m_clock;
    QTimer m_timer;
    const int m_logStallsOverMs = qEnvironmentVariableIntValue("ATTENDANT_BENCH_LOG_STALLS");
    qint64 m_last = 0;
    double m_lastCpuMs = 0;
};

// Event-to-screen time of the tiles on screen. An event that changes a tile
// arrived after the model's previous flush (or that flush would have shown
// it), so a tile on screen changed in a flush is dated by the first event
// received after the flush before; the sample is the end of the repaint that
// follows (a zero timer runs right after it). Changes of tiles off screen are
// not painted and not counted.
class PaintProbe final : public QObject
{
public:
    PaintProbe(QElapsedTimer* clock, TileView* view)
        : QObject(view)
        , m_clock(clock)
        , m_view(view)
    {
        view->viewport()->installEventFilter(this);
        connect(view->boardModel(), &QAbstractItemModel::dataChanged, this, &PaintProbe::tilesChanged);
    }

    void eventArrived()
    {
        ++events;
        if (m_firstSinceFlush < 0)
            m_firstSinceFlush = m_clock->nsecsElapsed();
    }

    // Starts the measured window: what came before (login, resync) is not counted.
    void reset()
    {
        m_changedSince = -1;
        samplesMs.clear();
        repaints = 0;
    }

    QList<double> samplesMs;
    qint64 events = 0;
    qint64 repaints = 0;
    std::function<void()> afterPaint; // called after every repaint of the board

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            const qint64 since = std::exchange(m_changedSince, -1);
            QTimer::singleShot(0, this, [this, since] {
                ++repaints;
                if (since >= 0)
                    samplesMs.append(double(m_clock->nsecsElapsed() - since) / 1e6);
                if (afterPaint)
                    afterPaint();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void tilesChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
    {
        // Every dataChanged of one flush shares the window that began after the previous one.
        if (m_firstSinceFlush >= 0)
            m_flushWindowStart = std::exchange(m_firstSinceFlush, -1);
        if (m_flushWindowStart < 0)
            return;
        const QRect screen = m_view->viewport()->rect();
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            if (m_view->visualRect(topLeft.siblingAtRow(row)).intersects(screen)) {
                if (m_changedSince < 0 || m_flushWindowStart < m_changedSince)
                    m_changedSince = m_flushWindowStart;
                return;
            }
        }
    }

    QElapsedTimer* m_clock;
    TileView* m_view;
    qint64 m_firstSinceFlush = -1;
    qint64 m_flushWindowStart = -1;
    qint64 m_changedSince = -1;
};

// What the board looked like at each repaint after Ready; the first one that
// matches the board at the end of the run is the correct board.
struct BoardSnapshot
{
    double atMs;
    int tiles;
    int scrollMax;
    double cpuMs; // main-thread CPU so far
};

struct BoardWatch
{
    QList<BoardSnapshot> snapshots;
    double readyMs = -1;

    void record(double nowMs, const TileView* view)
    {
        if (readyMs < 0)
            return;
        snapshots.append(
            {nowMs, view->boardModel()->tileCount(), view->verticalScrollBar()->maximum(), threadCpuMs()});
    }
    // The first repaint of a correct board, or null: every extension has its
    // tile (at least minTiles; lines seen only in calls come and go on top)
    // and is laid out (the view's scroll range at least the smallest it had
    // with all of them after settledFromMs, when the board has surely
    // settled: a tile more or less of a live call moves the count and the
    // range, never below that).
    const BoardSnapshot* correct(int minTiles, double settledFromMs) const
    {
        int floor = -1;
        for (const BoardSnapshot& s : snapshots) {
            if (s.atMs >= settledFromMs && s.tiles >= minTiles && (floor < 0 || s.scrollMax < floor))
                floor = s.scrollMax;
        }
        if (floor < 0)
            return nullptr;
        for (const BoardSnapshot& s : snapshots) {
            if (s.tiles >= minTiles && s.scrollMax >= floor)
                return &s;
        }
        return nullptr;
    }
};

} // namespace WindowProbes
