// libFuzzer harness: the DEFLATE decoder, on any bytes a damaged or hostile workbook might hold.
//
// Properties checked on every input, beyond "does not crash, hang or exhaust memory":
// - decoding either succeeds within its output limit or throws an InflateError;
// - what it decodes, encoded again by matrisk's Deflater, decodes back to the same bytes;
// - the input itself, encoded by the Deflater, decodes back to the input.
// Built and run by Tests/Fuzz/run.sh; not part of any SwiftPM target.
import Archive

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInflater(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limit = 1 << 20
    if let decoded = try? Inflater.inflate(bytes, limit: limit) {
        require(decoded.count <= limit, "decoded \(decoded.count) bytes past the limit \(limit)")
        let again = try? Inflater.inflate(Deflater.deflate(decoded), limit: limit)
        require(again == decoded, "the Deflater's encoding of a decoded stream does not decode back")
    }
    let roundTrip = try? Inflater.inflate(Deflater.deflate(bytes), limit: limit)
    require(roundTrip == bytes, "the Deflater's encoding of the input does not decode back")
    return 0
}

/// Stops with `message` when a property fails (an optimised build drops `precondition`'s message).
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
