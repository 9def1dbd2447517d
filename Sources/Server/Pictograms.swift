import KaartModel

/// One simple pictogram per kind of record and per kind of help (issue 18), drawn inline as
/// SVG with presentation attributes only, so the CSP (`style-src 'self'`, no images from
/// elsewhere) allows it. A pictogram is never alone: `labelled` puts the text beside it, and
/// the drawing itself is hidden from screen readers.
enum Pictograms {
    /// Path data on a 24×24 grid, drawn with a 2-pixel line in the text colour.
    static let kinds: [Entry.Kind: String] = [
        .offering: "M12 20s-7-4.4-9-8.6A4.6 4.6 0 0 1 12 6.5a4.6 4.6 0 0 1 9 4.9C19 15.6 12 20 12 20z",
        .supportPoint: "M3 11l9-8 9 8M5 9.5V21h14V9.5M10 21v-6h4v6",
        .peerSupport: "M8 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM16 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3 2.7-5 6-5s6 2 6 5M14.5 15.3c.5-.2 1-.3 1.5-.3 3.3 0 6 2 6 5",
        .online: "M3 4h18v12H3zM8 20h8M12 16v4",
        .knowledge: "M4 19.5A2.5 2.5 0 0 1 6.5 17H20V3H6.5A2.5 2.5 0 0 0 4 5.5zM4 19.5A2.5 2.5 0 0 0 6.5 22H20v-5",
    ]

    static let supportTypes: [String: String] = [
        "informatie-en-advies": "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 11v6M12 7v1",
        "ontmoeting-en-inloop": "M6 21V3h12v18M3 21h18M14 12v1",
        "lotgenotencontact": "M8 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM16 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3 2.7-5 6-5s6 2 6 5M14.5 15.3c.5-.2 1-.3 1.5-.3 3.3 0 6 2 6 5",
        "ervaringsdeskundige-steun": "M4 4h16v11H10l-6 5zM9 9.5h6",
        "cursus-of-training": "M3 4h18v12H3zM8 21l4-5 4 5",
        "activiteit": "M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1L3.2 9.5l6.1-.9z",
        "begeleiding-en-coaching": "M12 3v18M5 5h11l3 3-3 3H5zM9 21h6",
        "praktische-hulp": "M14.5 5.5a4 4 0 0 0 4 5l-8.5 8.5a2.1 2.1 0 0 1-3-3L15.5 7.5a4 4 0 0 0-1-2z",
        "behandeling": "M9 3h6v6h6v6h-6v6H9v-6H3V9h6z",
        "hulplijn-en-crisis": "M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z",
        "online-zelfhulp": "M3 4h18v12H3zM8 20h8M12 16v4M8.5 10l2.5 2.5 4.5-4.5",
        "e-community": "M3 4h12v8H7l-4 3zM9 14v2h8l4 3V8h-4",
        "hulpmiddel": "M3 8h18v12H3zM9 8V5h6v3M3 13h18",
    ]

    /// Action links: phone, website, route, print.
    static let actions: [String: String] = [
        "bel": "M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z",
        "website": "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z",
        "route": "M12 22s7-6.3 7-12a7 7 0 0 0-14 0c0 5.7 7 12 7 12zM12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z",
        "print": "M6 9V3h12v6M6 18H3v-9h18v9h-3M6 14h12v7H6z",
    ]

    /// The drawing, hidden from screen readers: the text beside it says what it is.
    static func svg(_ path: String) -> String {
        "<svg class=\"picto\" viewBox=\"0 0 24 24\" width=\"28\" height=\"28\" aria-hidden=\"true\" focusable=\"false\"><path d=\"\(path)\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>"
    }

    /// A pictogram with its text label (escaped here); the label alone when there is no drawing.
    static func labelled(_ path: String?, _ label: String) -> String {
        guard let path else { return HTML.escape(label) }
        return "<span class=\"met-picto\">\(svg(path))<span>\(HTML.escape(label))</span></span>"
    }
}
