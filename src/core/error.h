#pragma once
// Typed errors shared by every layer. Each names what failed in words a user can act on.
#include <stdexcept>
#include <string>

namespace myo {

/// Base of every MyoMap error.
class Error : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// A model or image file that is missing or unreadable; the message names the file and the reason.
class AssetError : public Error {
public:
  using Error::Error;
};

/// A failure in the GL layer (context, shader compile or link, framebuffer).
class RenderError : public Error {
public:
  using Error::Error;
};

} // namespace myo
