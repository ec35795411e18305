// ingest/source_resolver.cpp — citations → canonical sources.
#include "ingest/source_resolver.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <string_view>
#include <unordered_map>

#include "ingest/author_names.hpp"
#include "ingest/text_shape.hpp"

namespace ingest {

namespace {

std::string year_identity(const std::string& year) {
  std::string out;
  for (char c : fold_to_ascii(year)) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out += c;
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c + 32);
    if (c == '/') out += '-';
  }
  return out;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// Two different surnames a typist could have meant as one: a letter off in a short name, two
// in a long one.
bool near_spelling(const std::string& a, const std::string& b) {
  if (a == b) return false;
  const std::size_t shorter = std::min(a.size(), b.size());
  if (shorter < 4) return false;
  return edit_distance(a, b) <= (shorter >= 8 ? 2u : 1u);
}

struct Group {
  std::vector<std::size_t> members;  // input works
  std::vector<std::string> ids;      // author identities in printed order
  std::string year;                  // identity of the year
  bool et_al = false;
  bool legal = false;
  bool organisation = false;
  std::string key;
};

class Resolver {
 public:
  Resolver(const std::vector<CitedWork>& works, const SourceOverrides& overrides)
      : works_(works), overrides_(overrides) {}

  SourceResolution run() {
    make_groups();
    make_keys();
    make_lookalike_buckets();
    parent_.resize(groups_.size());
    std::iota(parent_.begin(), parent_.end(), 0);
    merge_spellings();
    merge_et_al();
    merge_by_hand();
    return collect();
  }

 private:
  std::size_t root(std::size_t g) {
    while (parent_[g] != g)
      g = parent_[g] = parent_[parent_[g]];
    return g;
  }

  bool kept_apart_by_hand(std::size_t a, std::size_t b) const {
    for (const auto& apart : overrides_.aparts) {
      if ((apart.a == groups_[a].key && apart.b == groups_[b].key) ||
          (apart.a == groups_[b].key && apart.b == groups_[a].key)) {
        return true;
      }
    }
    return false;
  }

  // Joins group `from` into group `into`, which stays the canonical one.
  void join(std::size_t into, std::size_t from, const std::string& reason) {
    const std::size_t a = root(into);
    const std::size_t b = root(from);
    if (a == b) return;
    parent_[b] = a;
    pending_.push_back(
        {a, b, true, reason + " [" + groups_[b].key + " into " + groups_[a].key + "]"});
  }

  void make_groups() {
    std::map<std::string, std::size_t> by_identity;
    for (std::size_t i = 0; i < works_.size(); ++i) {
      const CitedWork& w = works_[i];
      std::vector<std::string> ids;
      for (const std::string& a : w.authors)
        ids.push_back(surname_identity(a, w.organisation || w.legal));
      if (ids.empty()) ids.push_back("");
      std::string identity = w.legal ? "legal|" + ids.front() : year_identity(w.year) + "|";
      if (!w.legal) {
        if (w.et_al) {
          identity += "etal|" + ids.front();
        } else {
          std::vector<std::string> sorted = ids;
          std::sort(sorted.begin(), sorted.end());
          for (const std::string& id : sorted)
            identity += id + ",";
        }
      }
      auto [it, added] = by_identity.emplace(identity, groups_.size());
      if (added) {
        Group g;
        g.ids = ids;
        g.year = w.legal ? "" : year_identity(w.year);
        g.et_al = w.et_al;
        g.legal = w.legal;
        g.organisation = w.organisation;
        groups_.push_back(std::move(g));
        identities_.push_back(identity);
      }
      groups_[it->second].members.push_back(i);
    }
    // A group's names in the order its most used spelling prints them ("Argyris & Schön"
    // over one "Schön en Argyris"), so that its key reads as the corpus mostly cites it.
    for (Group& g : groups_) {
      if (g.legal || g.et_al) continue;
      std::map<std::vector<std::string>, int> orders;
      std::vector<std::string> best = g.ids;
      int best_count = 0;
      for (std::size_t i : g.members) {
        std::vector<std::string> ids;
        for (const std::string& a : works_[i].authors)
          ids.push_back(surname_identity(a, works_[i].organisation));
        const int count = ++orders[ids];
        if (count > best_count) {
          best = ids;
          best_count = count;
        }
      }
      g.ids = best;
    }
  }

  static std::string slug(const std::string& id) { return id.empty() ? "anon" : id; }

  // The key a group is known by: surnames and year; when two groups would share it, both
  // name their second author too, and a number tells any still alike apart.
  void assign_keys(const std::vector<std::size_t>& which, std::vector<std::string>& keys) const {
    std::vector<std::size_t> order = which;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return identities_[a] < identities_[b]; });
    auto base = [&](std::size_t g, bool second) {
      const Group& group = groups_[g];
      const bool many = group.et_al || group.ids.size() >= 3;
      std::string names = slug(group.ids.front());
      if ((!group.et_al && group.ids.size() == 2) || (second && group.ids.size() >= 2)) {
        names += "-" + slug(group.ids[1]);
      }
      return names + (many ? "-etal" : "") + group.year;
    };
    std::map<std::string, int> uses;
    for (std::size_t g : order)
      ++uses[base(g, false)];
    std::set<std::string> taken;
    for (std::size_t g : order) {
      std::string key = base(g, uses[base(g, false)] > 1);
      const std::string plain = key;
      for (int n = 2; taken.count(key) > 0; ++n)
        key = plain + "-" + std::to_string(n);
      taken.insert(key);
      keys[g] = key;
    }
  }

  // Keys of every group as if it stood alone: what curated decisions refer to.
  void make_keys() {
    std::vector<std::size_t> all(groups_.size());
    std::iota(all.begin(), all.end(), 0);
    std::vector<std::string> keys(groups_.size());
    assign_keys(all, keys);
    for (std::size_t g = 0; g < groups_.size(); ++g)
      groups_[g].key = keys[g];
  }

  // Groups that can be spellings of one work share a year and a first author: only those are
  // compared, so that the resolver stays linear in the number of works (a corpus of
  // thousands of files cites tens of thousands). Each bucket is in group order.
  void make_lookalike_buckets() {
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (!groups_[g].legal) buckets_[{groups_[g].year, groups_[g].ids.front()}].push_back(g);
    }
  }

  // The pairs (a < b, in order) that can look alike below: the same year (first authors
  // alike or a letter apart), or the same authors (one year an edition of the other).
  std::vector<std::pair<std::size_t, std::size_t>> lookalike_candidates() const {
    std::map<std::string, std::vector<std::size_t>> by_year;
    std::map<std::vector<std::string>, std::vector<std::size_t>> by_authors;
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (groups_[g].legal) continue;
      by_year[groups_[g].year].push_back(g);
      std::vector<std::string> sorted = groups_[g].ids;
      std::sort(sorted.begin(), sorted.end());
      by_authors[sorted].push_back(g);
    }
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    auto add_all = [&](const std::vector<std::size_t>& bucket) {
      for (std::size_t i = 0; i < bucket.size(); ++i) {
        for (std::size_t j = i + 1; j < bucket.size(); ++j)
          pairs.emplace_back(bucket[i], bucket[j]);
      }
    };
    for (const auto& [year, bucket] : by_year)
      add_all(bucket);
    for (const auto& [authors, bucket] : by_authors)
      add_all(bucket);
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
  }

  const std::vector<std::size_t>& bucket_of(const Group& group) const {
    static const std::vector<std::size_t> kNone;
    const auto found = buckets_.find({group.year, group.ids.front()});
    return found == buckets_.end() ? kNone : found->second;
  }

  void merge_spellings() {
    for (std::size_t a = 0; a < groups_.size(); ++a) {
      if (groups_[a].legal || groups_[a].et_al) continue;
      for (std::size_t b : bucket_of(groups_[a])) {
        if (b <= a) continue;
        const Group& x = groups_[a];
        const Group& y = groups_[b];
        if (x.legal || y.legal || x.et_al || y.et_al || x.year != y.year) continue;
        if (x.ids.size() != y.ids.size() || x.ids.front() != y.ids.front()) continue;
        std::vector<std::string> differ;
        bool near = true;
        for (std::size_t k = 0; k < x.ids.size() && near; ++k) {
          if (x.ids[k] == y.ids[k]) continue;
          near = near_spelling(x.ids[k], y.ids[k]);
          differ.push_back(works_[x.members.front()].authors[k] + " / " +
                           works_[y.members.front()].authors[k]);
        }
        if (!near || differ.empty()) continue;
        if (kept_apart_by_hand(a, b)) continue;
        const bool a_first = x.members.size() >= y.members.size();
        std::string reason = "spelling variants of one author list (";
        for (std::size_t k = 0; k < differ.size(); ++k)
          reason += (k ? ", " : "") + differ[k];
        join(a_first ? a : b, a_first ? b : a, reason + ")");
      }
    }
  }

  void merge_et_al() {
    for (std::size_t e = 0; e < groups_.size(); ++e) {
      const Group& etal = groups_[e];
      if (!etal.et_al || etal.legal) continue;
      std::vector<std::size_t> candidates;
      for (std::size_t g : bucket_of(etal)) {
        const Group& full = groups_[g];
        if (full.et_al || full.legal || full.year != etal.year || full.ids.size() < 2) continue;
        if (full.ids.front() != etal.ids.front()) continue;
        candidates.push_back(g);
      }
      const std::string who = works_[etal.members.front()].authors.front() + " et al. (" +
                              works_[etal.members.front()].year + ")";
      if (candidates.size() == 1 && !kept_apart_by_hand(candidates.front(), e)) {
        join(candidates.front(), e,
             who + " is the only work with co-authors of this first author in that year");
      } else if (candidates.size() > 1) {
        for (std::size_t g : candidates)
          kept_.push_back({e, g, false, who + " could be any of several works of that year"});
      }
    }
  }

  void merge_by_hand() {
    std::unordered_map<std::string, std::size_t> by_key;
    for (std::size_t g = 0; g < groups_.size(); ++g)
      by_key[groups_[g].key] = g;
    for (const auto& merge : overrides_.merges) {
      if (merge.keys.empty()) continue;
      const auto into = by_key.find(merge.keys.front());
      if (into == by_key.end()) continue;
      for (std::size_t k = 1; k < merge.keys.size(); ++k) {
        const auto from = by_key.find(merge.keys[k]);
        if (from != by_key.end()) {
          join(into->second, from->second, "merged by hand (db/sources.toml): " + merge.reason);
        }
      }
    }
  }

  // The printed spelling most used, a longer one (with its particle) winning a tie.
  static std::string most_used(const std::map<std::string, int>& counts) {
    std::string best;
    int best_count = -1;
    for (const auto& [text, count] : counts) {
      if (count > best_count || (count == best_count && text.size() > best.size())) {
        best = text;
        best_count = count;
      }
    }
    return best;
  }

  SourceResolution collect() {
    SourceResolution out;
    std::vector<std::size_t> index_of_root(groups_.size(), SIZE_MAX);
    std::vector<std::size_t> group_source(groups_.size());
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      const std::size_t r = root(g);
      if (index_of_root[r] == SIZE_MAX) {
        index_of_root[r] = out.sources.size();
        out.sources.emplace_back();
      }
      group_source[g] = index_of_root[r];
    }
    out.source_of.assign(works_.size(), 0);
    std::vector<std::map<std::string, int>> first_authors(out.sources.size());
    std::vector<std::map<std::string, int>> variants(out.sources.size());
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      for (std::size_t i : groups_[g].members) {
        const std::size_t s = group_source[g];
        out.source_of[i] = s;
        const CitedWork& w = works_[i];
        if (!w.authors.empty()) ++first_authors[s][w.authors.front()];
        std::string printed;
        for (const std::string& a : w.authors)
          printed += (printed.empty() ? "" : "; ") + a;
        if (w.et_al) printed += "; et al.";
        ++variants[s][printed];
      }
    }
    std::vector<std::size_t> roots;
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (root(g) == g) roots.push_back(g);
    }
    std::vector<std::string> final_keys(groups_.size());
    assign_keys(roots, final_keys);
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (root(g) != g) continue;
      const std::size_t s = group_source[g];
      ResolvedSource& source = out.sources[s];
      const Group& group = groups_[g];
      source.key = final_keys[g];
      source.kind = group.legal ? "legal" : group.organisation ? "organisation" : "work";
      source.et_al = group.et_al;
      // The authors of the fullest spelling of the canonical group.
      std::map<std::string, int> full;
      for (std::size_t i : group.members) {
        std::string printed;
        for (const std::string& a : works_[i].authors)
          printed += (printed.empty() ? "" : "; ") + a;
        ++full[printed];
      }
      const std::string chosen = most_used(full);
      for (std::size_t i : group.members) {
        std::string printed;
        for (const std::string& a : works_[i].authors)
          printed += (printed.empty() ? "" : "; ") + a;
        if (printed == chosen) {
          source.authors = works_[i].authors;
          source.year = works_[i].year;
          break;
        }
      }
      source.first_author = most_used(first_authors[s]);
      if (!source.authors.empty()) source.authors.front() = source.first_author;
      for (const auto& [printed, count] : variants[s])
        source.variants.emplace_back(printed, count);
    }
    for (const SourceDecision& d : pending_) {
      SourceDecision mapped{group_source[d.source], group_source[d.other], true, d.reason};
      ResolvedSource& source = out.sources[mapped.source];
      source.merge_note += (source.merge_note.empty() ? "" : "; ") + d.reason;
      // A merged decision names the spelling that was folded in, not a separate source.
      mapped.other = mapped.source;
      out.decisions.push_back(mapped);
    }
    for (const SourceDecision& d : kept_)
      out.decisions.push_back({group_source[d.source], group_source[d.other], false, d.reason});
    add_look_alikes(out, group_source);
    return out;
  }

  // Sources that a reader may take for one work but that stay apart, with the reason.
  void add_look_alikes(SourceResolution& out, const std::vector<std::size_t>& group_source) {
    std::set<std::pair<std::size_t, std::size_t>> seen;
    for (const SourceDecision& d : out.decisions) {
      if (!d.merged) seen.insert(std::minmax(d.source, d.other));
    }
    for (const auto& [a, b] : lookalike_candidates()) {
      // Merged spellings speak through their canonical group only.
      if (root(a) != a || root(b) != b) continue;
      const std::size_t sa = group_source[a];
      const std::size_t sb = group_source[b];
      if (sa == sb || seen.count(std::minmax(sa, sb)) > 0) continue;
      const Group& x = groups_[a];
      const Group& y = groups_[b];
      if (x.legal || y.legal) continue;
      std::string reason;
      if (x.year == y.year && x.ids.front() == y.ids.front() && !x.et_al && !y.et_al) {
        reason = "the same first author and year, but the author lists differ";
      } else if (x.year == y.year && near_spelling(x.ids.front(), y.ids.front())) {
        reason = "first authors a letter or two apart in the same year";
      } else if (x.ids.size() == y.ids.size() && !x.et_al && !y.et_al &&
                 std::is_permutation(x.ids.begin(), x.ids.end(), y.ids.begin()) &&
                 (x.year.find('-') != std::string::npos || y.year.find('-') != std::string::npos) &&
                 (x.year.find(y.year.substr(0, 4)) != std::string::npos ||
                  y.year.find(x.year.substr(0, 4)) != std::string::npos)) {
        reason = "the same authors, and one year is an edition of the other";
      }
      if (reason.empty()) continue;
      seen.insert(std::minmax(sa, sb));
      out.decisions.push_back({sa, sb, false, reason});
    }
  }

  const std::vector<CitedWork>& works_;
  const SourceOverrides& overrides_;
  std::vector<Group> groups_;
  std::vector<std::string> identities_;
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> buckets_;
  std::vector<std::size_t> parent_;
  std::vector<SourceDecision> pending_;
  std::vector<SourceDecision> kept_;
};

}  // namespace

std::string fold_to_ascii(const std::string& text) {
  // One ASCII letter per code point of Latin-1 (from U+00C0) and Latin Extended-A; the few
  // that need two letters are handled first.
  static constexpr std::string_view kLatin1 =
      "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
  static constexpr std::string_view kExtendedA =
      "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRr"
      "SsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
  static_assert(kLatin1.size() == 64 && kExtendedA.size() == 128);
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c == 0xC6 || c == 0xE6) {
      out += c == 0xC6 ? "AE" : "ae";
    } else if (c == 0xDF) {
      out += "ss";
    } else if (c == 0x132 || c == 0x133) {
      out += c == 0x132 ? "IJ" : "ij";
    } else if (c == 0x152 || c == 0x153) {
      out += c == 0x152 ? "OE" : "oe";
    } else if (c >= 0xC0 && c <= 0xFF) {
      out += kLatin1[c - 0xC0];
    } else if (c >= 0x100 && c <= 0x17F) {
      out += kExtendedA[c - 0x100];
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

std::string surname_identity(const std::string& surname, bool organisation) {
  // Leading particles go ("Van der Waals" -> "Waals"); a particle inside stays ("Kets de
  // Vries"). An organisation's name is kept whole.
  std::string rest = surname;
  if (!organisation) {
    while (true) {
      const std::size_t space = rest.find(' ');
      if (space == std::string::npos || !is_particle_word(rest.substr(0, space))) break;
      rest = rest.substr(space + 1);
    }
  }
  std::string out;
  for (char c : fold_to_ascii(rest)) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c + 32);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

SourceResolution resolve_sources(const std::vector<CitedWork>& works,
                                 const SourceOverrides& overrides) {
  return Resolver(works, overrides).run();
}

}  // namespace ingest
