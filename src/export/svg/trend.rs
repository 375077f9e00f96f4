//! An indicator's baseline and readings as a line, against its target as a dashed line.

use super::{Svg, clip};
use crate::export::html::Palette;
use crate::export::picture::{Trend, number_in, trend_word};
use crate::i18n::Tr;

const W: f64 = 720.0;
const H: f64 = 250.0;
const LEFT: f64 = 70.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 40.0;
/// The least room between two dates under the time axis.
const LABEL_GAP: f64 = 74.0;

/// A text's box on the field: left, top, right, bottom.
type Area = (f64, f64, f64, f64);

/// The box of an 11-unit text at `x`, `y` (its baseline) anchored `anchor`: each character taken
/// as 0.65 of the size wide, more than the average sans-serif letter, so boxes kept apart are
/// apart on paper too.
fn area(x: f64, y: f64, anchor: &str, text: &str) -> Area {
    let size = 11.0;
    let w = text.chars().count() as f64 * size * 0.65;
    let left = match anchor {
        "middle" => x - w / 2.0,
        "end" => x - w,
        _ => x,
    };
    (left, y - size * 0.85, left + w, y + size * 0.3)
}

/// Whether two boxes overlap.
fn meets(a: &Area, b: &Area) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// The trend as SVG.
pub fn trend(t: &Trend, p: &Palette, tr: Tr) -> String {
    sized(t, p, W, H, tr)
}

/// The trend drawn small, for a loop card: the same picture on a narrower field, so its text
/// stays readable at half the page's width.
pub fn card(t: &Trend, p: &Palette, tr: Tr) -> String {
    sized(t, p, 420.0, 200.0, tr)
}

/// The trend on a field `w` × `h`.
fn sized(t: &Trend, p: &Palette, w: f64, h: f64, tr: Tr) -> String {
    let number = |x: f64| number_in(x, tr);
    let mut s = Svg::new(w, h, &format!("{} {}", t.id, t.name));
    let values = t.points.iter().map(|(_, v)| *v).chain([t.target]);
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| (l.min(v), h.max(v)));
    let (lo, hi) = (lo.min(0.0), if hi > lo { hi } else { lo + 1.0 });
    let plot_h = h - TOP - BOTTOM;
    let y = |v: f64| TOP + (hi - v) / (hi - lo) * plot_h;
    // Points sit by their day, so a seven-month gap between readings looks like one.
    let x = |i: usize| LEFT + 20.0 + t.at.get(i).copied().unwrap_or(0.0) * (w - LEFT - 60.0);
    let axis = format!("stroke=\"{}\"", p.border);
    s.raw(&format!("<line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{:.1}\" {axis}/>", h - BOTTOM));
    s.raw(&format!(
        "<line x1=\"{LEFT}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" {axis}/>",
        h - BOTTOM,
        w - 10.0,
        h - BOTTOM
    ));
    let small = "font-size=\"11\" fill=\"#444\"";
    // Every text is placed where it runs into no other: its box is kept, and a value whose places
    // around its point are all taken is left out (the card lists every reading).
    let mut taken: Vec<Area> = Vec::new();
    let mut put = |s: &mut Svg, (x, y, anchor): (f64, f64, &str), style: &str, text: &str| -> bool {
        let b = area(x, y, anchor, text);
        if b.0 < 0.0 || b.2 > w || b.1 < 0.0 || b.3 > h || taken.iter().any(|t| meets(t, &b)) {
            return false;
        }
        taken.push(b);
        s.text(x, y, anchor, style, text);
        true
    };
    for v in [lo, (lo + hi) / 2.0, hi] {
        put(&mut s, (LEFT - 6.0, y(v) + 4.0, "end"), small, &number(v));
    }
    put(&mut s, (LEFT - 6.0, TOP - 10.0, "end"), small, &clip(&trend_word(&t.unit, tr), 12));
    let ty = y(t.target);
    s.raw(&format!(
        "<line x1=\"{LEFT}\" y1=\"{ty:.1}\" x2=\"{:.1}\" y2=\"{ty:.1}\" stroke=\"{}\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>",
        w - 10.0,
        p.alert
    ));
    // The target's words above its line at the right, or under it when the top is too near.
    let target = tr.args("picture-target", &[("value", number(t.target).into())]);
    let alert = format!("font-size=\"11\" fill=\"{}\"", p.alert);
    let _ = put(&mut s, (w - 12.0, ty - 6.0, "end"), &alert, &target)
        || put(&mut s, (w - 12.0, ty + 14.0, "end"), &alert, &target);
    let path: Vec<String> =
        t.points.iter().enumerate().map(|(i, (_, v))| format!("{:.1},{:.1}", x(i), y(*v))).collect();
    s.raw(&format!(
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\"/>",
        path.join(" "),
        p.accent
    ));
    // The first and last days under their points, then the days between where they run into
    // no other date: each centred under its point, else starting or ending there.
    let n = t.points.len();
    let mut dated: Vec<f64> = Vec::new();
    for i in [0, n.saturating_sub(1)].into_iter().chain(1..n.saturating_sub(1)) {
        if i >= n || dated.iter().any(|&d| (d - x(i)).abs() < LABEL_GAP) {
            continue;
        }
        let label = match t.days.get(i).copied().flatten().filter(|_| t.points[i].0 != "baseline") {
            Some(day) => crate::i18n::axis_day(day, tr.lang()),
            None => clip(&trend_word(&t.points[i].0, tr), 14),
        };
        let y = h - BOTTOM + 16.0;
        let places = [(x(i), y, "middle"), (x(i) - 4.0, y, "start"), (x(i) + 4.0, y, "end")];
        if places.into_iter().any(|at| put(&mut s, at, small, &label)) {
            dated.push(x(i));
        }
    }
    let accent = format!("font-size=\"11\" fill=\"{}\"", p.accent);
    for (i, (_, v)) in t.points.iter().enumerate() {
        s.raw(&format!("<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"{}\"/>", x(i), y(*v), p.accent));
        // Above the point, else under it, else to its right or left.
        let (px, py) = (x(i), y(*v));
        let places = [
            (px, py - 9.0, "middle"),
            (px, py + 17.0, "middle"),
            (px + 8.0, py + 4.0, "start"),
            (px - 8.0, py + 4.0, "end"),
        ];
        let text = number(*v);
        let _ = places.into_iter().any(|at| put(&mut s, at, &accent, &text));
    }
    s.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Language, Reading};

    /// A box around each `<text>` of an SVG: left, top, right, bottom, and the text. Each character
    /// is taken as 0.62 of the font's size wide (wider than the average sans-serif letter), the
    /// line from 0.8 of the size above the baseline to 0.25 below it.
    fn text_boxes(svg: &str) -> Vec<(f64, f64, f64, f64, String)> {
        let attr = |tag: &str, name: &str| -> Option<String> {
            let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
            Some(tag[start..start + tag[start..].find('"')?].to_string())
        };
        svg.split("<text")
            .skip(1)
            .map(|rest| {
                let (tag, after) = rest.split_once('>').unwrap();
                let text = after.split("</text>").next().unwrap().to_string();
                let num = |n: &str| attr(tag, n).unwrap().parse::<f64>().unwrap();
                let (x, y) = (num("x"), num("y"));
                let size = attr(tag, "font-size").map_or(12.0, |s| s.parse().unwrap());
                let shown = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
                let w = shown.chars().count() as f64 * size * 0.62;
                let left = match attr(tag, "text-anchor").as_deref() {
                    Some("middle") => x - w / 2.0,
                    Some("end") => x - w,
                    _ => x,
                };
                (left, y - size * 0.8, left + w, y + size * 0.25, text)
            })
            .collect()
    }

    /// Two texts of `svg` that overlap, if any.
    fn overlap(svg: &str) -> Option<(String, String)> {
        let boxes = text_boxes(svg);
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                if a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3 {
                    return Some((a.4.clone(), b.4.clone()));
                }
            }
        }
        None
    }

    fn indicator(baseline: &str, target: &str, readings: &[(&str, &str)]) -> crate::model::Indicator {
        crate::model::Indicator {
            name: "measured".into(),
            baseline: baseline.into(),
            baseline_date: "2026-05-13".parse().ok(),
            target: target.into(),
            readings: readings
                .iter()
                .map(|(d, v)| Reading { date: d.parse().unwrap(), value: (*v).into(), note: String::new() })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn no_text_of_a_trend_overlaps_another_on_a_card_or_in_full() {
        let mut trends = Vec::new();
        for name in ["acme-2026-05", "acme-2026-11", "acme-2027-05"] {
            let c = crate::store::load(std::path::Path::new(&format!("canvases/{name}.ron"))).unwrap();
            trends.extend(
                c.actions
                    .iter()
                    .filter_map(|a| crate::export::picture::trend(&a.id, a.indicator()?, c.language)),
            );
        }
        let hard = [
            // The last reading on the target, where the target's own label sits.
            indicator("10%", "40%", &[("2026-08-01", "18%"), ("2027-04-15", "40%")]),
            indicator("35", "20", &[("2027-03-31", "21"), ("2027-04-30", "20")]),
            // Readings a few days apart, at nearly the same value.
            indicator(
                "0",
                "15",
                &[("2026-07-10", "6"), ("2026-07-12", "6.5"), ("2026-07-14", "7"), ("2026-07-15", "14.5")],
            ),
            // Long numbers.
            indicator("1200000", "1500000", &[("2026-06-01", "1250000"), ("2026-06-03", "1499999")]),
        ];
        trends.extend(hard.iter().filter_map(|i| crate::export::picture::trend("A9", i, Language::En)));
        assert!(trends.len() > 10);
        for t in &trends {
            for tr in [Tr::new(Language::En), Tr::new(Language::Fr), Tr::new(Language::De)] {
                for (kind, svg) in
                    [("card", card(t, &Palette::paper(), tr)), ("full", trend(t, &Palette::paper(), tr))]
                {
                    assert_eq!(overlap(&svg), None, "{kind} {} {:?}:\n{svg}", t.id, t.points);
                }
            }
        }
    }
}
