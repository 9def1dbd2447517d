import Foundation

/// A spreadsheet export read as RFC 4180 CSV: a header row and data rows, each remembering the
/// line it starts on, so a problem points at row and column the way a spreadsheet shows them.
struct CSVTable: Sendable {
    struct Row: Sendable {
        /// The line the row starts on (1 is the header); a spreadsheet shows the same number
        /// unless a cell above holds a line break.
        var line: Int
        var cells: [String]
    }

    var file: String
    var header: [String]
    var rows: [Row]

    /// The column number (from 1) of a header, ignoring case and surrounding spaces.
    func column(_ name: String) -> Int? {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        return header.firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == key }.map { $0 + 1 }
    }

    /// The trimmed cell, nil when empty or missing.
    func cell(_ row: Row, _ column: Int) -> String? {
        guard column >= 1, column <= row.cells.count else { return nil }
        let value = row.cells[column - 1].trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// Parses `text`. Quoted cells may hold the delimiter, line breaks and doubled quotes; a
    /// byte-order mark and Windows line ends are accepted. With `delimiter` nil, the header
    /// decides between comma, semicolon (Dutch Excel) and tab.
    init(text: String, file: String, delimiter: Character? = nil) throws(ImportError) {
        self.file = file
        var input = Substring(text)
        if input.first == "\u{FEFF}" { input = input.dropFirst() }
        let firstLine = input.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator = delimiter ?? [";", "\t", ","].max { a, b in
            firstLine.filter { $0 == a }.count < firstLine.filter { $0 == b }.count
        }!
        var records: [Row] = []
        var cells: [String] = []
        var cell = ""
        var line = 1
        var rowLine = 1
        var inQuotes = false
        var afterQuote = false
        var index = input.startIndex
        func endCell() {
            cells.append(cell)
            cell = ""
            afterQuote = false
        }
        func endRow() {
            endCell()
            if !(cells.count == 1 && cells[0].isEmpty) { records.append(Row(line: rowLine, cells: cells)) }
            cells = []
        }
        while index < input.endIndex {
            let character = input[index]
            index = input.index(after: index)
            if inQuotes {
                if character == "\"" {
                    if index < input.endIndex && input[index] == "\"" {
                        cell.append("\"")
                        index = input.index(after: index)
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else if character == "\n" || character == "\r\n" || character == "\r" {
                    // A line break inside a cell is kept as one "\n", whatever the file uses.
                    line += 1
                    cell.append("\n")
                } else {
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where cell.isEmpty && !afterQuote:
                inQuotes = true
            case separator:
                endCell()
            case "\n", "\r\n", "\r":
                endRow()
                line += 1
                rowLine = line
            default:
                cell.append(character)
            }
        }
        if inQuotes {
            throw ImportError.unreadable(file, "line \(rowLine): a quoted cell is never closed; check for a stray \" in that row")
        }
        if !cell.isEmpty || !cells.isEmpty { endRow() }
        guard let header = records.first else {
            throw ImportError.unreadable(file, "the file is empty; export the table with its header row")
        }
        self.header = header.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        self.rows = Array(records.dropFirst())
    }
}
