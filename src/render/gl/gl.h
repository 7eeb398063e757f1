#pragma once
// The only way into the GL API. Include this only from src/render and src/app/platform:
// core, io and ui never call GL.
#include <glad/gl.h>
