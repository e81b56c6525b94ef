// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMainWindow;
class Settings;

// Where the panels go before the receptionist moves any, sized for the screen:
// calls on top of the right column; queues, conferences and recordings as
// tabs below; parked calls and the history as tabs at the bottom. The
// directory and voicemail sit under the board on a tall screen; on a screen
// under 900 pixels high (1366x768, 1280x800) they become tabs of the right
// column, so the board keeps the height for a 40-person office. Once the
// window was closed with another arrangement, that one comes back instead.
class DefaultLayout final
{
public:
    // After every panel is docked (the directory, voicemail and history come late).
    static void apply(QMainWindow* window, const Settings& settings);
    static void arrange(QMainWindow* window);
    // Dock tab bars show whole titles (scroll arrows when too narrow) and have a name, also those
    // the window makes later.
    static void keepTabTitlesWhole(QMainWindow* window);
};
