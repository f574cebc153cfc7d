/// The CRC-32 of ZIP archives (ISO 3309, the polynomial 0xEDB88320 reflected), which every
/// entry carries so a reader can tell a damaged file from a good one.
package enum CRC32 {
    /// The checksum of `bytes`, continuing from `crc` (0 for a fresh start).
    package static func checksum(_ bytes: [UInt8], continuing crc: UInt32 = 0) -> UInt32 {
        var c = ~crc
        // Over raw buffers: the table index is always below 256, the bytes within their array.
        table.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { bytes in
                for byte in bytes {
                    c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8)
                }
            }
        }
        return ~c
    }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }
}
