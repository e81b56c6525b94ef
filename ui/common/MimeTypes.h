// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMimeData;

// Drag and drop between the panels. Payload: the dragged item's Key role
// (UTF-8), which is stable across model refreshes; a contact carries its
// number (DirectoryModel::numberMimeType()) and its name.
namespace MimeTypes {
inline constexpr const char* kExtension = "application/x-attendant-extension";
inline constexpr const char* kCall = "application/x-attendant-call";
inline constexpr const char* kContactNumber = "application/x-attendant-number";
inline constexpr const char* kContactName = "application/x-attendant-contact-name";

// A tile, a call or a contact: something the board and the calls panel take.
bool isBoardItem(const QMimeData* mime);
} // namespace MimeTypes
