/// A random permutation of 0..<n that depends only on a key: Fisher–Yates (Durstenfeld's
/// in-place form, CACM 7(7), 1964), step i taking its swap partner from the key's draw for
/// "trial" i by Lemire's unbiased bounded integers (``DrawCursor/nextInt(below:)``).
/// No `shuffled(using:)`: the standard library may change its algorithm between versions.
enum KeyedPermutation {
    static func make(count n: Int, key: DrawKey) -> [Int] {
        var permutation = Array(0..<n)
        var i = n - 1
        while i > 0 {
            var cursor = key.cursor(trial: i)
            permutation.swapAt(i, cursor.nextInt(below: i + 1))
            i -= 1
        }
        return permutation
    }
}
