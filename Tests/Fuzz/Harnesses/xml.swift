// libFuzzer harness: the XML scanner, on any bytes a workbook part might hold.
//
// Properties checked on every input, beyond "does not crash, hang or exhaust memory":
// - every refusal is an XMLError naming the part, with a line and column from 1;
// - a document that reads has one root, and every end matches the start it closes;
// - nesting never passes the depth limit, and no text comes from outside the root.
// Built and run by Tests/Fuzz/run.sh; not part of any SwiftPM target.
import SafeXML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXMLScanner(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var open: [XMLName] = []
    var roots = 0
    do {
        var scanner = try XMLScanner(bytes: bytes, source: "part.xml")
        while let event = try scanner.next() {
            switch event {
            case .start(let tag):
                if open.isEmpty { roots += 1 }
                open.append(tag.name)
                require(open.count <= scanner.limits.maximumDepth, "nesting passed the depth limit")
            case .end(let name):
                require(open.popLast() == name, "an end that does not match its start: \(name)")
            case .text:
                require(!open.isEmpty, "text outside the root element")
            }
        }
        require(open.isEmpty && roots == 1, "a document that read with \(roots) roots and \(open.count) elements open")
    } catch {
        require(error.source == "part.xml" && error.line >= 1 && error.column >= 1, "an error without its place: \(error)")
    }
    return 0
}

/// Stops with `message` when a property fails (an optimised build drops `precondition`'s message).
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
