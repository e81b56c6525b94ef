// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Drag and drop between the panels. Payload: the dragged item's Key role
// (UTF-8), which is stable across model refreshes.
namespace MimeTypes {
inline constexpr const char* kExtension = "application/x-attendant-extension";
inline constexpr const char* kCall = "application/x-attendant-call";
} // namespace MimeTypes
