//! Numbers as text without the standard float formatter: it adds tens of kilobytes to the
//! WebAssembly module, and the widget only ever shows a fixed number of decimals.

use std::cmp::Ordering;

/// The most decimal places [`fixed`] shows; a larger `decimals` is treated as this (so
/// `fixed(x, 25)` has 19 places). Up to here the rounded fraction fits a `u64` and the
/// rounding is exact with 128-bit integers (53 bits times 10^19 stays below 2^128); the
/// widget shows at most two places.
pub const MAX_DECIMALS: u32 = 19;

/// `value` with `decimals` places (at most [`MAX_DECIMALS`]): the exact decimal value of the
/// double rounded half to even, digit for digit what `format!("{value:.decimals$}")` prints
/// (0.35 is 0.34999… in binary, so one place gives "0.3"; 0.25 gives "0.2"), for every
/// finite value, huge ones included (1e20 → "100000000000000000000"). Two differences: a
/// result that rounds to zero has no sign (-0.0 and -0.004 to two places are "0.00", never
/// "-0.00"), and NaN, +∞ and −∞ are "NaN", "inf" and "-inf" whatever `decimals` is (the
/// formatter's own words for them).
pub fn fixed(value: f64, decimals: u32) -> String {
    if !value.is_finite() {
        return if value.is_nan() {
            "NaN".into()
        } else if value > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    let decimals = decimals.min(MAX_DECIMALS);
    // |value| = mantissa × 2^exponent exactly.
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction_bits = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction_bits, -1074)
    } else {
        (fraction_bits | (1 << 52), biased - 1075)
    };
    let (whole, fraction) = if exponent >= 0 {
        (big_decimal(mantissa, exponent as u32), 0)
    } else {
        let shift = exponent.unsigned_abs();
        let (whole, rest) = if shift >= 64 {
            (0, mantissa)
        } else {
            (mantissa >> shift, mantissa & ((1 << shift) - 1))
        };
        let scale = 10u64.pow(decimals);
        let (fraction, beyond) = shifted(u128::from(rest) * u128::from(scale), shift);
        let (mut whole, mut fraction) = (whole, fraction as u64);
        // Half to even: the last shown digit is the fraction's, or the whole number's.
        let last_odd = if decimals == 0 { whole } else { fraction } % 2 == 1;
        if beyond == Ordering::Greater || (beyond == Ordering::Equal && last_odd) {
            fraction += 1;
        }
        if fraction == scale {
            fraction = 0;
            whole += 1;
        }
        (whole.to_string(), fraction)
    };
    let sign = if value < 0.0 && (fraction != 0 || whole != "0") {
        "-"
    } else {
        ""
    };
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        let width = decimals as usize;
        format!("{sign}{whole}.{fraction:0width$}")
    }
}

/// `n / 2^shift` rounded down, and how the rest compares with one half.
fn shifted(n: u128, shift: u32) -> (u128, Ordering) {
    if shift >= 128 {
        // n < 2^117 (53 bits × 10^19), so n / 2^shift < 1/2.
        return (0, Ordering::Less);
    }
    let rest = n & ((1 << shift) - 1);
    (n >> shift, rest.cmp(&(1 << (shift - 1))))
}

/// The decimal digits of `mantissa × 2^exponent`, with a base-10^9 big integer: a double of
/// 2^52 or more is a whole number, of up to 309 digits.
fn big_decimal(mantissa: u64, mut exponent: u32) -> String {
    const BASE: u64 = 1_000_000_000;
    // Little-endian limbs below 10^9.
    let mut limbs = vec![
        (mantissa % BASE) as u32,
        (mantissa / BASE % BASE) as u32,
        (mantissa / BASE / BASE) as u32,
    ];
    while exponent > 0 {
        // A limb below 2^30 times 2^29 plus the carry stays below 2^64.
        let step = exponent.min(29);
        exponent -= step;
        let mut carry = 0u64;
        for limb in &mut limbs {
            let product = (u64::from(*limb) << step) + carry;
            *limb = (product % BASE) as u32;
            carry = product / BASE;
        }
        while carry > 0 {
            limbs.push((carry % BASE) as u32);
            carry /= BASE;
        }
    }
    while limbs.len() > 1 && limbs.last() == Some(&0) {
        limbs.pop();
    }
    let mut text = limbs.last().map_or(String::new(), u32::to_string);
    for limb in limbs.iter().rev().skip(1) {
        text.push_str(&format!("{limb:09}"));
    }
    text
}

/// The shortest text that reads back as `value`, as `format!("{value}")` writes it ("0.35",
/// "2.5", "3", "0.0000001", "100000000000000000000"; with 17 significant digits the last may
/// differ, ryu breaking a tie the other way), through ryu, which serde_json has
/// put in the module already: the standard formatter's shortest mode adds ~9 KB.
pub fn shortest(value: f64) -> String {
    if !value.is_finite() {
        return fixed(value, 0);
    }
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(value);
    let (sign, text) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    // ryu writes "3.0", "1e16", "1.5e-7"; the formatter never writes an exponent.
    let (mantissa, exponent) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let fraction = fraction.trim_end_matches('0');
    let digits = format!("{whole}{fraction}");
    // The decimal point sits after `point` digits of `digits`.
    let point = whole.len() as i32 + exponent;
    let plain = if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        let (int, frac) = digits.split_at(point as usize);
        format!("{int}.{frac}")
    };
    let plain = plain.trim_start_matches('0');
    let plain = if plain.is_empty() || plain.starts_with('.') {
        format!("0{plain}")
    } else {
        plain.to_owned()
    };
    if plain == "0" {
        format!("{sign}0")
    } else {
        format!("{sign}{plain}")
    }
}

/// `value` with at most two decimals and no trailing zeros: 5.5 → "5.5", 3.0 → "3".
pub fn short(value: f64) -> String {
    let text = fixed(value, 2);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// A fraction as a whole percentage: 0.456 → 46.
pub fn percent(fraction: f64) -> i64 {
    (fraction * 100.0).round_ties_even() as i64
}

/// Points as an SVG `points` list with one decimal: "10.0,20.5 30.0,40.0".
pub fn svg_points(points: impl IntoIterator<Item = (f64, f64)>) -> String {
    points
        .into_iter()
        .map(|(x, y)| format!("{},{}", fixed(x, 1), fixed(y, 1)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Cosine and sine of `turns` full turns (0.25 = a right angle). The charts only need this,
/// and libm's general range reduction for `f64::sin` costs kilobytes of WebAssembly.
pub fn turn_cos_sin(turns: f64) -> (f64, f64) {
    let quarters = (turns - turns.floor()) * 4.0;
    let quadrant = quarters.floor();
    let angle = (quarters - quadrant) * std::f64::consts::FRAC_PI_2;
    let square = angle * angle;
    // Taylor series to the 14th/15th power: error below 1e-9 on [0, π/2).
    let (mut sin, mut cos, mut term_s, mut term_c) = (angle, 1.0, angle, 1.0);
    for n in 1..8 {
        let n = f64::from(n);
        term_s *= -square / ((2.0 * n) * (2.0 * n + 1.0));
        term_c *= -square / ((2.0 * n - 1.0) * (2.0 * n));
        sin += term_s;
        cos += term_c;
    }
    match quadrant as u8 {
        0 => (cos, sin),
        1 => (-sin, cos),
        2 => (-cos, -sin),
        _ => (sin, -cos),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::disallowed_methods)] // compared with the standard functions
    fn turn_cos_sin_matches_the_standard_functions() {
        for i in -2000..=2000 {
            let turns = f64::from(i) / 997.0;
            let (cos, sin) = turn_cos_sin(turns);
            let angle = turns * std::f64::consts::TAU;
            assert!((cos - angle.cos()).abs() < 1e-9, "cos {turns}: {cos}");
            assert!((sin - angle.sin()).abs() < 1e-9, "sin {turns}: {sin}");
        }
        assert_eq!(turn_cos_sin(0.0), (1.0, 0.0));
        assert_eq!(turn_cos_sin(-0.25), (0.0, -1.0));
    }

    #[test]
    fn svg_points_lists_pairs_with_one_decimal() {
        assert_eq!(
            svg_points([(10.0, 20.46), (-3.0, 0.04)]),
            "10.0,20.5 -3.0,0.0"
        );
        assert_eq!(svg_points([]), "");
    }

    /// Agrees with `format!` to the last shown digit, and a value that rounds to zero is
    /// shown as 0, never -0. (`fixed_is_the_standard_formatter_digit_for_digit` is stricter.)
    #[test]
    fn fixed_matches_the_standard_formatter() {
        let mut rng = crate::rng::SplitMix64::new(11);
        let mut values: Vec<f64> = (0..20_000)
            .map(|_| (rng.unit() - 0.5) * 10f64.powi(rng.below(7) as i32))
            .collect();
        values.extend([0.0, -0.0, 0.25, 0.35, 2.5, 3.5, -0.04, 159.95, 1e9]);
        for value in values {
            for decimals in 0..=3u32 {
                let ours = fixed(value, decimals);
                let theirs = format!("{value:.prec$}", prec = decimals as usize);
                let unit = 10f64.powi(-(decimals as i32));
                let (a, b): (f64, f64) = (ours.parse().unwrap(), theirs.parse().unwrap());
                assert!(
                    (a - b).abs() <= unit * 1.001,
                    "{value} to {decimals}: {ours} vs {theirs}"
                );
                assert_eq!(
                    ours.split('.').nth(1).map(str::len),
                    theirs.split('.').nth(1).map(str::len)
                );
                assert!(!ours.starts_with("-0") || a != 0.0, "{ours}");
            }
        }
    }

    /// What `format!` prints, with the sign dropped from a result that is all zeros.
    fn std_fixed(value: f64, decimals: u32) -> String {
        let text = format!("{value:.prec$}", prec = decimals as usize);
        match text.strip_prefix('-') {
            Some(rest) if rest.bytes().all(|b| b == b'0' || b == b'.') => rest.to_owned(),
            _ => text,
        }
    }

    #[test]
    fn fixed_is_the_standard_formatter_digit_for_digit() {
        let mut rng = crate::rng::SplitMix64::new(12);
        let mut values: Vec<f64> = Vec::new();
        for _ in 0..6_000 {
            // Every exponent, subnormals included.
            let any = f64::from_bits(rng.next_u64());
            if any.is_finite() {
                values.push(any);
            }
            // Sizes the widget shows, and around the 2^53 and 2^64 edges.
            let scale = 10f64.powi(rng.below(23) as i32 - 4);
            values.push((rng.unit() - 0.5) * scale);
            values.push(f64::from(rng.below(2000) as u32) / 8.0 - 125.0);
            let edge = [2f64.powi(52), 2f64.powi(53), 2f64.powi(64)][rng.below(3)];
            values.push(edge + (rng.unit() - 0.5) * 16.0);
        }
        values.extend([
            0.0,
            -0.0,
            0.125,
            0.375,
            2.5,
            -2.5,
            0.35,
            0.5,
            -0.5,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
            f64::from_bits(1),
            1e23,
            1e23 * (1.0 - f64::EPSILON),
            0.999_999_5,
            999_999.999_999_9,
        ]);
        for value in values {
            for decimals in 0..=MAX_DECIMALS {
                assert_eq!(
                    fixed(value, decimals),
                    std_fixed(value, decimals),
                    "{value:e} to {decimals}"
                );
            }
        }
    }

    #[test]
    fn fixed_writes_huge_values_in_full() {
        assert_eq!(fixed(1e20, 0), "100000000000000000000");
        assert_eq!(fixed(1e20, 2), "100000000000000000000.00");
        assert_eq!(fixed(-1e20, 1), "-100000000000000000000.0");
        assert_eq!(fixed(2f64.powi(64), 0), "18446744073709551616");
        assert_eq!(fixed(2f64.powi(53) + 2.0, 0), "9007199254740994");
        // Past u64 with six places: once this showed 18446744073709.551615.
        assert_eq!(fixed(1e15, 6), "1000000000000000.000000");
        assert_eq!(fixed(4_503_599_627_370_495.5, 1), "4503599627370495.5");
        let big = fixed(1.7e308, 0);
        assert_eq!(big.len(), 309);
        assert!(big.starts_with("16999999999999999"), "{big}");
        assert_eq!(big, format!("{:.0}", 1.7e308));
        // 1.8e308 is past f64::MAX (1.797…e308): as a double it is infinity.
        assert_eq!(fixed("1.8e308".parse().unwrap(), 0), "inf");
        assert_eq!(
            fixed(-f64::MAX, 1),
            format!("-179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0")
        );
    }

    #[test]
    fn fixed_rounds_exact_ties_to_even_and_everything_else_by_its_exact_value() {
        assert_eq!(fixed(0.125, 2), "0.12");
        assert_eq!(fixed(0.375, 2), "0.38");
        assert_eq!(fixed(2.5, 0), "2");
        assert_eq!(fixed(3.5, 0), "4");
        assert_eq!(fixed(0.35, 1), "0.3", "0.35 is 0.34999… in binary");
        assert_eq!(fixed(2.675, 2), "2.67");
        assert_eq!(fixed(9.96, 1), "10.0");
        assert_eq!(fixed(-0.96, 0), "-1");
        assert_eq!(fixed(0.1, 19), "0.1000000000000000056");
        assert_eq!(fixed(5e-324, 19), "0.0000000000000000000");
    }

    #[test]
    fn fixed_edge_cases() {
        // Non-finite values keep the formatter's words, whatever the places.
        for decimals in [0, 2, 30] {
            assert_eq!(fixed(f64::NAN, decimals), "NaN");
            assert_eq!(fixed(-f64::NAN, decimals), "NaN");
            assert_eq!(fixed(f64::INFINITY, decimals), "inf");
            assert_eq!(fixed(f64::NEG_INFINITY, decimals), "-inf");
        }
        // No negative zero.
        assert_eq!(fixed(-0.0, 0), "0");
        assert_eq!(fixed(-0.0, 2), "0.00");
        assert_eq!(fixed(-0.004, 2), "0.00");
        assert_eq!(fixed(-0.5, 0), "0", "a tie rounds to the even 0");
        assert_eq!(fixed(-0.006, 2), "-0.01");
        // More places than MAX_DECIMALS are MAX_DECIMALS places.
        assert_eq!(fixed(1.5, 25), fixed(1.5, MAX_DECIMALS));
        assert_eq!(fixed(1.5, u32::MAX), "1.5000000000000000000");
        assert_eq!(fixed(1.5, 7), "1.5000000");
    }

    #[test]
    fn short_drops_trailing_zeros() {
        assert_eq!(short(5.5), "5.5");
        assert_eq!(short(-3.0), "-3");
        assert_eq!(short(5.75), "5.75");
        assert_eq!(short(12.499), "12.5");
        assert_eq!(short(0.001), "0");
    }

    #[test]
    fn percent_rounds_to_whole_numbers() {
        assert_eq!(percent(0.456), 46);
        assert_eq!(percent(1.0), 100);
        assert_eq!(percent(0.0), 0);
    }

    #[test]
    fn shortest_writes_what_the_standard_formatter_writes() {
        let mut values = vec![
            0.0,
            -0.0,
            0.35,
            2.5,
            3.0,
            -3.0,
            0.1,
            1e-7,
            1.5e-7,
            1e16,
            1.5e16,
            1e20,
            123.456,
            1e-300,
            5e-324,
            1.7e308,
            0.000123,
            100.0,
            99.99,
            f64::EPSILON,
            1.0 / 3.0,
        ];
        // Decimals of up to nine digits at every scale a weight or a figure can have.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let digits = (next() % 1_000_000_000) as f64;
            let scale = 10f64.powi((next() % 24) as i32 - 12);
            values.push(digits * scale);
        }
        for value in values {
            assert_eq!(shortest(value), format!("{value}"), "{value:e}");
        }
        // Any double reads back as itself (with 17 digits the last one may differ from the
        // formatter's: both are shortest, ryu breaks the tie differently).
        for _ in 0..20_000 {
            let value = f64::from_bits(next());
            if value.is_finite() {
                assert_eq!(shortest(value).parse::<f64>(), Ok(value), "{value:e}");
            }
        }
        assert_eq!(shortest(f64::NAN), "NaN");
        assert_eq!(shortest(f64::INFINITY), "inf");
    }
}
