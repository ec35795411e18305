// report/graphviz_handles.cpp — Graphviz calls wrapped so that every handle is freed and
// every failure becomes a ReportError.
#include "report/graphviz_handles.hpp"

#include "report/error.hpp"

namespace report::graphviz {

namespace {

// Graphviz's handler is a plain function pointer, hence a global; see the file header.
std::string& captured_messages() {
  static std::string messages;
  return messages;
}

int capture_message(char* message) {
  captured_messages() += message;
  return 0;
}

// cgraph takes `char*` for strings it only reads.
char* mutable_text(const std::string& text) {
  return const_cast<char*>(text.c_str());
}

std::string said() {
  const std::string& messages = MessageCapture::messages();
  return messages.empty() ? "Graphviz gave no reason" : "Graphviz said: " + messages;
}

}  // namespace

GVC_t* shared_context() {
  static const Context context(gvContext());
  if (!context)
    throw ReportError(
        "cannot start Graphviz for the concept map; check that the Graphviz plugins are "
        "installed (Debian: libgvc6, graphviz) and that `dot -c` has been run");
  return context.get();
}

Graph make_undirected_graph(const std::string& name) {
  Graph graph(agopen(mutable_text(name), Agundirected, nullptr));
  if (!graph) throw ReportError("Graphviz cannot make a graph for the concept map: " + said());
  return graph;
}

void set_attribute(void* object, const std::string& name, const std::string& value) {
  static std::string no_default;
  agsafeset(object, mutable_text(name), mutable_text(value), mutable_text(no_default));
}

Layout::Layout(GVC_t* context, Agraph_t* graph, const char* engine)
    : context_(context), graph_(graph) {
  if (gvLayout(context, graph, engine) != 0)
    throw ReportError(std::string("Graphviz cannot lay out the concept map with ") + engine + "; " +
                      said());
}

Layout::~Layout() {
  gvFreeLayout(context_, graph_);
}

std::string render(GVC_t* context, Agraph_t* graph, const char* format) {
  struct BufferDeleter {
    void operator()(char* data) const { gvFreeRenderData(data); }
  };
  char* data = nullptr;
  unsigned int length = 0;
  const int status = gvRenderData(context, graph, format, &data, &length);
  const std::unique_ptr<char, BufferDeleter> buffer(data);
  if (status != 0 || !buffer)
    throw ReportError(std::string("Graphviz cannot render the concept map as ") + format + "; " +
                      said());
  return std::string(buffer.get(), length);
}

MessageCapture::MessageCapture()
    : previous_handler_(agseterrf(capture_message)), previous_level_(agseterr(AGWARN)) {
  captured_messages().clear();
}

MessageCapture::~MessageCapture() {
  agseterrf(previous_handler_);
  agseterr(previous_level_);
}

const std::string& MessageCapture::messages() {
  return captured_messages();
}

}  // namespace report::graphviz
