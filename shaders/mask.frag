#version 330 core
// Coverage of the selected structures, for the outline pass.
out vec4 fragColor;
void main() { fragColor = vec4(1.0); }
