// leggen: builds the bundled right-leg model (glTF binary) from the
// anatomical description. Usage:
//   leggen --description leg-right.yaml --out leg-right.glb [--no-skin] [--stats]
#include "connective.hpp"
#include "glb.hpp"
#include "model.hpp"
#include "skinning.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>

namespace leggen {
namespace {

struct Options {
  std::string description, out;
  bool skin = true;
  bool stats = false;
  std::string only;  // debugging: comma-separated ids to keep
};

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error("missing value after " + a);
      return argv[++i];
    };
    if (a == "--description") o.description = next();
    else if (a == "--out") o.out = next();
    else if (a == "--no-skin") o.skin = false;
    else if (a == "--stats") o.stats = true;
    else if (a == "--only") o.only = next();
    else throw std::runtime_error("unknown option " + a);
  }
  if (o.description.empty() || o.out.empty()) throw std::runtime_error("usage: leggen --description FILE --out FILE.glb [--no-skin] [--stats] [--only ID,ID]");
  return o;
}

void faceNormals(Mesh& m) {
  m.nrm.assign(m.pos.size(), vec3(0.0f));
  for (std::size_t t = 0; t < m.idx.size(); t += 3) {
    const auto a = m.idx[t], b = m.idx[t + 1], c = m.idx[t + 2];
    const vec3 n = glm::cross(m.pos[b] - m.pos[a], m.pos[c] - m.pos[a]);
    m.nrm[a] += n; m.nrm[b] += n; m.nrm[c] += n;
  }
  for (auto& n : m.nrm) n = glm::length(n) > 1e-20f ? glm::normalize(n) : vec3(0, 1, 0);
}

// Where each muscle attaches (origin, via points, insertion, pelvis frame), by id.
using Attachments = std::map<std::string, std::vector<vec3>>;

void meshStructure(Structure& s, const Attachments& attachments) {
  if (s.lofted) {
    faceNormals(s.mesh);
  } else {
    s.mesh = polygonize(s.shape, s.shape.box, s.spacing, s.kind == Kind::Muscle);
    if (s.kind == Kind::Skin || s.keepLargest) keepLargestPiece(s.mesh);  // one envelope, nothing inside
    else dropFragments(s.mesh, 2e-8);  // 0.02 cm^3, a 2.7 mm cube
    // Flakes a neighbour's carving leaves floating beside a muscle (the gluteus medius had six,
    // the largest 0.4 % of it, one beside the greater trochanter): under 0.5 % of the muscle,
    // they are no part of it anyone would name.
    // Pieces near an attachment are stubs of its tendons and stay, where the muscle does not
    // reach the attachment itself (within 8 mm of a vertex: the tests ask 10 mm of its surface);
    // where it does, a stub only floats beside it (the gluteus medius had two, the tensor one).
    if (s.kind == Kind::Muscle)
      if (auto it = attachments.find(s.id); it != attachments.end()) dropFlakes(s.mesh, 0.005 * meshVolume(s.mesh), it->second, 0.02f, 0.008f);
    const std::size_t raw = s.mesh.triangles();
    // Skinning moves vertices only: a long skin triangle that spans a joint's
    // blend (the flat face at the midline) cuts straight across it and
    // loses volume in a pose, so skin edges stay short.
    simplify(s.mesh, s.targetTris, 0.005f, s.kind == Kind::Skin ? 0.012f : 0.0f);
    // A defect here would fail the model tests; say where it came from.
    const Defects d = defects(s.mesh);
    if (!d.none() || std::getenv("LEGGEN_DEBUG"))
      std::fprintf(stderr, "leggen: %s: %zu -> %zu triangles, %zu bad edges, %zu degenerate\n", s.id.c_str(), raw, s.mesh.triangles(), d.badEdges, d.degenerate);
    gradientNormals(s.mesh, s.shape, 0.5f * s.spacing);
  }
  if (s.fibre) {
    s.mesh.tan.resize(s.mesh.pos.size());
    s.mesh.tendon.resize(s.mesh.pos.size());
    s.mesh.lines.assign(s.mesh.pos.size(), 0.0f);
    if (s.fibreLines)
      for (std::size_t i = 0; i < s.mesh.pos.size(); ++i) s.mesh.lines[i] = s.fibreLines(s.mesh.pos[i]);
    for (std::size_t i = 0; i < s.mesh.pos.size(); ++i) {
      const glm::vec4 f = s.fibre(s.mesh.pos[i]);
      const vec3 t(f);
      s.mesh.tendon[i] = f.w;
      // Striations lie in the surface: drop the normal component.
      const vec3 n = s.mesh.nrm[i];
      vec3 tt = t - n * glm::dot(t, n);
      if (glm::length(tt) < 1e-4f) tt = glm::cross(n, std::abs(n.x) < 0.9f ? vec3(1, 0, 0) : vec3(0, 1, 0));
      s.mesh.tan[i] = glm::vec4(glm::normalize(tt), 1.0f);
    }
  }
}

glm::vec4 materialColour(const myo::anatomy::Description& d, const std::string& key, float alpha = 1.0f) {
  const auto& c = d.appearance.at(key);
  return {static_cast<float>(c[0]), static_cast<float>(c[1]), static_cast<float>(c[2]), alpha};
}

int run(const Options& o) {
  const auto t0 = std::chrono::steady_clock::now();
  const auto desc = myo::anatomy::loadDescription(o.description);
  Frame fr{&desc};
  // Every shape first (later ones are carved against or laid over earlier
  // shapes, never meshes), then all meshing at once across the cores.
  std::vector<Structure> all = makeBones(fr);
  {
    auto muscles = makeMuscles(fr, all);
    all.insert(all.end(), std::make_move_iterator(muscles.begin()), std::make_move_iterator(muscles.end()));
  }
  {
    auto conn = makeConnective(fr, all);
    all.insert(all.end(), std::make_move_iterator(conn.begin()), std::make_move_iterator(conn.end()));
  }
  if (o.skin) all.push_back(makeSkin(fr, all));
  // The knee's bones give their articular layer to the cartilage built from it (cartilage.cpp):
  // kept whole until here, everything was laid on the joint's outer surface.
  {
    const CartilageSizes c = cartilageSizes(fr);
    for (auto& s : all) {
      const CartilageOutline outline = cartilageOutline(s.id);
      if (!outline) continue;
      const vec3 origin = fr.origin(s.id == "femur" ? "femur_r" : s.id == "tibia" ? "tibia_r" : "patella_r");
      const float peak = s.id == "femur" ? c.femur : s.id == "tibia" ? c.tibia : c.patella;
      // Only where its cartilage lies: the layer's normal costs six more reads of the bone.
      const std::string layerId = s.id == "femur" ? "femoral_cartilage" : s.id == "tibia" ? "tibial_cartilage" : "patellar_cartilage";
      const Box where = std::find_if(all.begin(), all.end(), [&](const Structure& x) { return x.id == layerId; })->shape.box.grown(0.003f);
      s.shape.f = [whole = s.shape.f, origin, outline, peak, where](vec3 p) {
        return where.distance(p) > 0.0f ? whole(p) : boneUnderCartilage(whole, p, origin, outline, peak);
      };
    }
  }
  // The model is the right half of the body, so the sacrum is cut at the midline, as an atlas
  // shows a hemipelvis (whole, its left half stood out of the skin). The cut lies 1 mm inside
  // the skin's own cut face, where two flat faces would flicker. The muscles were laid on the
  // whole bone.
  for (auto& s : all)
    if (s.id == "sacrum") s.shape.f = [whole = s.shape.f](vec3 p) { return std::max(whole(p), 0.003f - p.z); };
  // The skin is the longest job: start it first so the cores finish together.
  std::vector<std::size_t> order(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) order[i] = (i + all.size() - 1) % all.size();
  if (!o.skin) for (std::size_t i = 0; i < all.size(); ++i) order[i] = i;
  if (std::getenv("LEGGEN_DEBUG"))
    std::fprintf(stderr, "leggen: shapes ready after %.2f s\n", std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  Attachments attachments;
  for (const auto& m : desc.muscles)
    for (const auto& line : m.lines)
      for (const auto& pt : desc.activePoints(line, {})) attachments[m.id].emplace_back(desc.toPelvis(pt.body, pt.at));
  parallelFor(static_cast<int>(all.size()), [&](int i) {
    const auto tm = std::chrono::steady_clock::now();
    meshStructure(all[order[static_cast<std::size_t>(i)]], attachments);
    if (std::getenv("LEGGEN_DEBUG"))
      std::fprintf(stderr, "leggen: %s meshed in %.2f s\n", all[order[static_cast<std::size_t>(i)]].id.c_str(),
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - tm).count());
  });

  if (!o.only.empty()) {
    // A close look at a few structures: the viewer frames what it is given.
    const std::string list = "," + o.only + ",";
    std::erase_if(all, [&](const Structure& s) { return list.find("," + s.id + ",") == std::string::npos; });
  }
  // Skinning, in the pelvis frame, then move everything to the model frame.
  if (o.only.empty())
    for (const auto& c : desc.chordJoints)
      if (std::none_of(all.begin(), all.end(), [&](const Structure& s) { return s.id == c.structure; }))
        throw std::runtime_error(o.description + ": chord joint '" + c.id + "' carries '" + c.structure + "', which is no structure of the model");
  Skinner sk(fr);
  for (auto& s : all) {
    const auto* chord = desc.chordJointOf(s.id);
    if (s.id == "foot_bones") sk.foot(s.mesh);
    else if (chord) sk.chord(s.mesh, *chord);
    else if (s.bodies.size() == 1) sk.rigid(s.mesh, s.bodies[0]);
    else sk.alongPaths(s.mesh, s.skinPaths, s.blendWholeLength);
  }
  for (auto& s : all)
    if (s.kind == Kind::Skin) {
      std::vector<const Mesh*> beneath;
      for (const auto& t : all)
        if (t.kind != Kind::Skin) beneath.push_back(&t.mesh);
      sk.followBeneath(s.mesh, beneath);
    }
  const vec3 lift(0.0f, static_cast<float>(desc.floorOffset), 0.0f);
  for (auto& s : all)
    for (auto& p : s.mesh.pos) p += lift;

  GltfDoc doc;
  doc.copyright =
      "MyoMap right leg, generated from OpenSim gait2392 (Delp et al. 1990; Anderson & Pandy 1999, 2001; "
      "Yamaguchi & Zajac 1989), CC BY 3.0; muscle volumes after Handsfield et al. 2014. See leg-right.yaml.";
  const glm::vec4 bone = materialColour(desc, "bone"), tendon = materialColour(desc, "tendon");
  const glm::vec4 skinC = materialColour(desc, "skin", static_cast<float>(desc.appearance.at("skin_alpha")[0]));
  const glm::vec4 muscle = materialColour(desc, "muscle");
  doc.materials.push_back({"bone", bone, 0.0f, 0.55f, false});
  doc.materials.push_back({"tendon", tendon, 0.1f, 0.3f, false});
  doc.materials.push_back({"fascia", glm::vec4(glm::vec3(tendon) * 0.97f, 1.0f), 0.1f, 0.35f, false});
  doc.materials.push_back({"skin", skinC, 0.0f, 0.5f, true});
  // Matte: at the skin's roughness the fat pad shone as a glossy yellow lump beside the patellar tendon.
  doc.materials.push_back({"fat", materialColour(desc, "fat"), 0.0f, 0.8f, false});
  // Glossy, a little bluer than tendon, as atlases draw joint cartilage.
  doc.materials.push_back({"cartilage", materialColour(desc, "cartilage"), 0.0f, 0.25f, false});
  int muscleIndex = 0;
  for (auto& s : all) {
    switch (s.kind) {
      case Kind::Bone: s.material = 0; break;
      case Kind::Tendon: s.material = 1; break;
      case Kind::Fascia: s.material = 2; break;
      case Kind::Skin: s.material = 3; break;
      case Kind::Fat: s.material = 4; break;
      case Kind::Cartilage: s.material = 5; break;
      case Kind::Muscle: {
        // One red for every muscle, its brightness and hue varied a little so
        // neighbours read apart. The variation is relative: in linear RGB a
        // fixed offset on the small green channel reads as orange.
        const float v = 0.90f + 0.20f * static_cast<float>((muscleIndex * 7) % 11) / 10.0f;
        const float hue = 1.0f + 0.16f * static_cast<float>((muscleIndex * 5) % 7 - 3) / 3.0f;
        glm::vec4 c(muscle.r * v, muscle.g * v * hue, muscle.b * v * (2.0f - hue), 1.0f);
        s.material = static_cast<int>(doc.materials.size());
        doc.materials.push_back({"muscle_" + s.id, glm::clamp(c, 0.0f, 1.0f), 0.0f, 0.45f, false});
        ++muscleIndex;
        break;
      }
    }
  }
  // Nodes: 0 root; then the joints (bodies); then landmarks under their body;
  // then one mesh node per structure.
  doc.nodes.push_back({"leg_right", vec3(0.0f), -1, -1, {}});
  std::map<std::string, int> jointNode;
  std::vector<vec3> jointWorld;
  for (const auto& b : desc.bodies) {
    const int idx = static_cast<int>(doc.nodes.size());
    jointNode[b.id] = idx;
    const vec3 world = vec3(b.origin) + lift;
    const vec3 parentWorld = b.parent.empty() ? vec3(0.0f) : vec3(desc.body(b.parent)->origin) + lift;
    doc.nodes.push_back({b.id, world - parentWorld, -1, -1, {}});
    (b.parent.empty() ? doc.nodes[0] : doc.nodes[jointNode.at(b.parent)]).children.push_back(idx);
    jointWorld.push_back(world);
  }
  // Chord joints sit at their chord's middle, under the pelvis; the app computes their pose.
  for (const auto& c : desc.chordJoints) {
    const vec3 world = 0.5f * vec3(desc.toPelvis(c.from.body, c.from.at) + desc.toPelvis(c.to.body, c.to.at)) + lift;
    const int idx = static_cast<int>(doc.nodes.size());
    jointNode[c.id] = idx;
    doc.nodes.push_back({c.id, world - (vec3(desc.body("pelvis")->origin) + lift), -1, -1, {}});
    doc.nodes[jointNode.at("pelvis")].children.push_back(idx);
    jointWorld.push_back(world);
  }
  for (const auto& l : desc.landmarks) {
    const int idx = static_cast<int>(doc.nodes.size());
    doc.nodes.push_back({"landmark_" + l.id, vec3(l.at), -1, -1, {}});
    doc.nodes[jointNode.at(l.body)].children.push_back(idx);
  }
  GltfSkin skin{"leg_right_skin", {}, {}, jointNode.at("pelvis")};
  for (std::size_t i = 0; i < sk.joints().size(); ++i) {
    skin.joints.push_back(jointNode.at(sk.joints()[i]));
    skin.inverseBind.push_back(glm::mat4(1.0f));
    skin.inverseBind.back()[3] = glm::vec4(-jointWorld[i], 1.0f);
  }
  doc.skins.push_back(skin);
  doc.sceneRoots.push_back(0);
  std::size_t totalTris = 0;
  for (const auto& s : all) {
    doc.meshes.push_back({s.id, &s.mesh, s.material, static_cast<bool>(s.fibre), true});
    const int idx = static_cast<int>(doc.nodes.size());
    doc.nodes.push_back({s.id, vec3(0.0f), static_cast<int>(doc.meshes.size()) - 1, 0, {}});
    doc.sceneRoots.push_back(idx);
    totalTris += s.mesh.triangles();
  }
  writeGlb(doc, o.out);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (o.stats) {
    for (const auto& s : all) {
      std::printf("%-28s %7zu tris  %8.1f cm3", s.id.c_str(), s.mesh.triangles(), meshVolume(s.mesh) * 1e6);
      if (s.targetVolume > 0.0) std::printf("  target %7.1f  (%+5.1f %%)", s.targetVolume * 1e6, (meshVolume(s.mesh) / s.targetVolume - 1.0) * 100.0);
      std::printf("\n");
    }
  }
  std::printf("leggen: %zu structures, %zu triangles, %.2f s -> %s\n", all.size(), totalTris, secs, o.out.c_str());
  return 0;
}

}  // namespace
}  // namespace leggen

int main(int argc, char** argv) {
  try {
    return leggen::run(leggen::parse(argc, argv));
  } catch (const std::exception& e) {
    std::cerr << "leggen: " << e.what() << "\n";
    return 1;
  }
}
