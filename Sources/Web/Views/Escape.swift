import Domain
import Plot

/// The one escaping helper every view goes through. Plot escapes text loosely (it keeps
/// anything that looks like an entity) and does not escape attribute values at all, so all text
/// and every attribute value is escaped here, fully, and handed to Plot as raw markup.
enum Escape {
    static func html(_ text: String) -> String { HTMLEscape.text(text) }
}

/// A node in a page body. Views build trees of these with `el`, `txt` and attributes below,
/// so no view can put unescaped text on a page.
typealias Body = Node<HTML.BodyContext>

struct Attr: Sendable {
    let name: String
    let value: String?
    init(_ name: String, _ value: String?) { self.name = name; self.value = value }
    static func cls(_ v: String) -> Attr { Attr("class", v) }
    static func id(_ v: String) -> Attr { Attr("id", v) }
    static func href(_ v: String) -> Attr { Attr("href", v) }
    static func lang(_ v: String) -> Attr { Attr("lang", v) }
    static func aria(_ name: String, _ v: String) -> Attr { Attr("aria-\(name)", v) }
    /// A boolean attribute such as `hidden`.
    static func flag(_ name: String) -> Attr { Attr(name, nil) }
}

enum H {
    /// Escaped text.
    static func txt(_ text: String) -> Body { .raw(Escape.html(text)) }

    static func el(_ name: String, _ attrs: [Attr] = [], _ children: [Body] = []) -> Body {
        .raw(open(name, attrs) + children.map { $0.render() }.joined() + "</\(name)>")
    }

    static func el(_ name: String, _ attrs: [Attr] = [], text: String) -> Body {
        el(name, attrs, [txt(text)])
    }

    static func void(_ name: String, _ attrs: [Attr]) -> Body { .raw(open(name, attrs)) }

    static func open(_ name: String, _ attrs: [Attr]) -> String {
        var s = "<\(name)"
        for a in attrs {
            if let v = a.value { s += " \(a.name)=\"\(Escape.html(v))\"" } else { s += " \(a.name)" }
        }
        return s + ">"
    }

    static func link(_ href: String, _ text: String, _ attrs: [Attr] = []) -> Body {
        el("a", [.href(href)] + attrs, text: text)
    }

    static func group(_ nodes: [Body]) -> Body { .group(nodes) }
}
