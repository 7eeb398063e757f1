#pragma once
#include <optional>
#include <string_view>

namespace myo {

/// The anatomical views, named as a clinician would. The model is a right leg with
/// +X anterior, +Y superior and +Z lateral.
enum class ViewPreset { Anterior, Posterior, Lateral, Medial, Superior };

[[nodiscard]] std::string_view viewName(ViewPreset v);
[[nodiscard]] std::optional<ViewPreset> parseViewPreset(std::string_view name);

} // namespace myo
