// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChaosDesk.h"
#include "core/models/ExtensionModel.h"
#include "ui/tiles/TileBoardModel.h"

#include <QStringList>

// What the receptionist sees of a client: the extension board's model
// (TileBoardModel over the ExtensionModel, wired as the application wires
// them) for one ChaosDesk. Compared line by line with another desk's board:
// one line per header (group, tiles in it) and per tile (every role the tile
// paints or says, the times left out: a fresh client dates a call from
// Asterisk's Duration, a live one from the event it saw).
class ChaosBoard final
{
public:
    explicit ChaosBoard(const ChaosDesk& desk);
    ChaosBoard(const ChaosBoard&) = delete;
    ChaosBoard& operator=(const ChaosBoard&) = delete;

    // The board as shown, after the coalesced changes and the pending rebuild.
    QStringList lines();
    int tileCount() const { return m_board.tileCount(); }

private:
    ExtensionModel m_extensions;
    TileBoardModel m_board;
};

// Lines of one board missing from the other, as differences (lost and duplicated stay 0).
StateDiff compareBoards(ChaosBoard& seen, ChaosBoard& fresh);
