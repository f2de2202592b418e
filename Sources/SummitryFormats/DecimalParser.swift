#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses decimal numbers from bytes without making a `String`: `[+-]digits[.digits][(e|E)[+-]digits]`
/// (digits on at least one side of the point), the forms Python's `float` takes apart from
/// underscores, `inf` and `nan`.
///
/// Numbers with at most 19 significant digits whose value and power of ten are exact in `Double`
/// (Clinger's fast path) are computed with one multiplication or division, which rounds correctly;
/// others go to `strtod`, so every result is the correctly rounded `Double`.
enum DecimalParser {
    enum Result: Equatable {
        case value(Double)
        /// NaN or an infinity, spelled out or overflowing.
        case nonFinite
        case invalid
    }

    private static let powers: [Double] = (0 ... 22).map { exponent in
        var p = 1.0
        for _ in 0 ..< exponent { p *= 10 }
        return p
    }

    static func parse(_ s: UnsafeBufferPointer<UInt8>) -> Result {
        let n = s.count
        var i = 0
        var negative = false
        if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
            negative = s[i] == UInt8(ascii: "-")
            i += 1
        }
        if isSpelledNonFinite(s, from: i) { return .nonFinite }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        var digits = 0
        var exact = true
        while i < n, case let d = s[i] &- UInt8(ascii: "0"), d <= 9 {
            digits += 1
            if significant < 19 {
                if mantissa != 0 || d != 0 { significant += 1 }
                mantissa = mantissa * 10 + UInt64(d)
            } else {
                exponent += 1
                if d != 0 { exact = false }
            }
            i += 1
        }
        if i < n && s[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, case let d = s[i] &- UInt8(ascii: "0"), d <= 9 {
                digits += 1
                if significant < 19 {
                    if mantissa != 0 || d != 0 { significant += 1 }
                    mantissa = mantissa * 10 + UInt64(d)
                    exponent -= 1
                } else if d != 0 {
                    exact = false
                }
                i += 1
            }
        }
        guard digits > 0 else { return .invalid }
        if i < n && (s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E")) {
            i += 1
            var expNegative = false
            if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
                expNegative = s[i] == UInt8(ascii: "-")
                i += 1
            }
            var value = 0
            var expDigits = 0
            while i < n, case let d = s[i] &- UInt8(ascii: "0"), d <= 9 {
                if value < 100_000_000 { value = value * 10 + Int(d) }
                expDigits += 1
                i += 1
            }
            guard expDigits > 0 else { return .invalid }
            exponent += expNegative ? -value : value
        }
        guard i == n else { return .invalid }
        if exact && mantissa <= 1 << 53 && abs(exponent) <= 22 {
            let m = Double(mantissa)
            let v = exponent >= 0 ? m * powers[exponent] : m / powers[-exponent]
            return .value(negative ? -v : v)
        }
        return slowPath(s)
    }

    private static func slowPath(_ s: UnsafeBufferPointer<UInt8>) -> Result {
        var copy = [CChar](repeating: 0, count: s.count + 1)
        for k in 0 ..< s.count { copy[k] = CChar(bitPattern: s[k]) }
        let v = copy.withUnsafeBufferPointer { strtod($0.baseAddress!, nil) }
        return v.isFinite ? .value(v) : .nonFinite
    }

    /// `inf`, `infinity` or `nan` in any case, as Python's `float` accepts them.
    private static func isSpelledNonFinite(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let rest = s.count - start
        guard rest == 3 || rest == 8 else { return false }
        var word: [UInt8] = []
        for k in start ..< s.count { word.append(s[k] | 0x20) }
        return word == Array("inf".utf8) || word == Array("nan".utf8) || word == Array("infinity".utf8)
    }
}
