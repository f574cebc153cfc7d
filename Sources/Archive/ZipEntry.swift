/// One part of a ZIP archive as its central directory records it.
///
/// `name` is only ever a key for looking parts up: matrisk never turns it into a path on disk.
package struct ZipEntry: Sendable, Equatable {
    package var name: String
    package var method: UInt16
    package var flags: UInt16
    package var crc32: UInt32
    package var compressedSize: UInt64
    package var uncompressedSize: UInt64
    package var localHeaderOffset: UInt64

    /// Bit 0 of the flags: the part is encrypted.
    package var isEncrypted: Bool { flags & 1 != 0 }

    /// A folder rather than a file (names ending in `/`).
    package var isDirectory: Bool { name.hasSuffix("/") }
}
