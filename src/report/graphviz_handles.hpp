// report/graphviz_handles.hpp — RAII owners for the Graphviz handles the concept map uses:
// the context (GVC_t), a graph (Agraph_t), a layout, an SVG render buffer, and the capture
// of Graphviz's error messages.
//
// Graphviz keeps global state (its error handler, its random seed): these types must not be
// used from two threads at once, which conceptdb never does.
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <string>

namespace report::graphviz {

struct ContextDeleter {
  void operator()(GVC_t* context) const { gvFreeContext(context); }
};
using Context = std::unique_ptr<GVC_t, ContextDeleter>;

struct GraphDeleter {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};
using Graph = std::unique_ptr<Agraph_t, GraphDeleter>;

// The process's one context with the plugins of the Graphviz installation, made on first use
// and freed at exit; throws ReportError when it cannot be made. One context serves every
// map: Graphviz 2.43 leaks a few kilobytes for each context it makes (in gvconfig), and
// loading the plugins once is faster.
GVC_t* shared_context();

// An empty undirected graph; throws ReportError when it cannot be made.
Graph make_undirected_graph(const std::string& name);

// Sets attribute `name` of a graph, node or edge (declaring it when new).
void set_attribute(void* object, const std::string& name, const std::string& value);

// A layout of `graph` by `engine` ("neato", "fdp", ...), freed on destruction. Must be
// destroyed before the graph and the context: declare it after them.
class Layout {
 public:
  // Throws ReportError with Graphviz's messages when the layout fails.
  Layout(GVC_t* context, Agraph_t* graph, const char* engine);
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;
  ~Layout();

 private:
  GVC_t* context_;
  Agraph_t* graph_;
};

// The laid-out graph rendered in `format` ("svg"); throws ReportError when rendering fails.
std::string render(GVC_t* context, Agraph_t* graph, const char* format);

// While alive, Graphviz's warnings and errors are collected here instead of going to
// stderr; the previous handler and level come back on destruction.
class MessageCapture {
 public:
  MessageCapture();
  MessageCapture(const MessageCapture&) = delete;
  MessageCapture& operator=(const MessageCapture&) = delete;
  ~MessageCapture();

  // Everything Graphviz said so far, one message after the other.
  static const std::string& messages();

 private:
  agusererrf previous_handler_;
  agerrlevel_t previous_level_;
};

}  // namespace report::graphviz
