//! Numbers as text without the standard float formatter: it adds tens of kilobytes to the
//! WebAssembly module, and the widget only ever shows a fixed number of decimals.

/// `value` with `decimals` places, rounded like `format!("{value:.decimals$}")`.
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
    let scale = 10u64.pow(decimals.min(6));
    let scaled = (value.abs() * scale as f64)
        .round_ties_even()
        .min(u64::MAX as f64) as u64;
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    let (whole, fraction) = (scaled / scale, scaled % scale);
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        let width = decimals.min(6) as usize;
        format!("{sign}{whole}.{fraction:0width$}")
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

    /// Agrees with `format!` to the last shown digit; ties can differ there, because scaling
    /// by a power of ten rounds first (0.35 × 10 is exactly 3.5 in binary, 0.35 is not), and
    /// a value that rounds to zero is shown as 0, never -0.
    #[test]
    fn fixed_matches_the_standard_formatter() {
        let mut rng = crate::fixtures::rng::SplitMix64::new(11);
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
}
