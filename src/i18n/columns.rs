//! The CSV's column names in French and German, beside the names the file format gives them
//! (which English keeps): a sheet written for a French spreadsheet has French headers, and
//! `cvc import --from csv` reads the headers of all three languages.

use crate::model::Language;

/// Each column the CSV can have: the format's name, then the French and German headers.
const COLUMNS: [(&str, &str, &str); 48] = [
    ("canvas_id", "identifiant du canevas", "Canvas-ID"),
    ("organisation", "organisation", "Organisation"),
    ("revision", "révision", "Version"),
    ("date", "date", "Datum"),
    ("id", "identifiant", "ID"),
    ("name", "nom", "Name"),
    ("kind", "type", "Art"),
    ("role", "rôle", "Rolle"),
    ("interests", "intérêts", "Interessen"),
    ("power", "pouvoir", "Einfluss"),
    ("interest", "niveau d'intérêt", "Interesse"),
    ("stance", "posture", "Haltung"),
    ("desired", "posture visée", "angestrebte Haltung"),
    ("engagement", "mode d'implication", "Einbindung"),
    ("notes", "notes", "Notizen"),
    ("from", "de", "von"),
    ("from_name", "de (nom)", "von (Name)"),
    ("to", "vers", "an"),
    ("to_name", "vers (nom)", "an (Name)"),
    ("exchange", "échange", "Austausch"),
    ("direction", "sens", "Richtung"),
    ("boundary", "périmètre", "Reichweite"),
    ("strength", "intensité", "Intensität"),
    ("health", "état", "Zustand"),
    ("change", "évolution visée", "angestrebte Veränderung"),
    ("phases", "phases", "Phasen"),
    ("title", "titre", "Titel"),
    ("owner", "responsable", "Verantwortlich"),
    ("owner_role", "rôle du responsable", "Rolle der Verantwortlichen"),
    ("phase", "phase", "Phase"),
    ("cadence", "rythme", "Rhythmus"),
    ("status", "statut", "Status"),
    ("held", "dates de réalisation", "durchgeführt am"),
    ("votes", "votes", "Stimmen"),
    ("business_line", "métier", "Geschäftsbereich"),
    ("due", "échéance", "fällig am"),
    ("driver", "levier de valeur", "Werttreiber"),
    ("indicator", "indicateur", "Kennzahl"),
    ("unit", "unité", "Einheit"),
    ("baseline", "valeur de départ", "Ausgangswert"),
    ("baseline_date", "date de départ", "Datum des Ausgangswerts"),
    ("target", "cible", "Zielwert"),
    ("indicator_kind", "type d'indicateur", "Art der Kennzahl"),
    ("benefit", "bénéfice attendu", "Nutzen"),
    ("cost", "coût", "Kosten"),
    ("gain", "gain", "Ertrag"),
    ("review", "revue", "Überprüfung"),
    ("loop", "boucle", "Regelkreis"),
];

/// Headers earlier versions of cvc wrote, still read back as their columns.
const FORMER: [(&str, &str); 11] = [
    ("approche d'engagement", "engagement"),
    ("frontière", "boundary"),
    ("Grenze", "boundary"),
    ("force", "strength"),
    ("Stärke", "strength"),
    ("santé", "health"),
    ("changement", "change"),
    ("Veränderung", "change"),
    ("tenues le", "held"),
    ("gehalten am", "held"),
    ("Schleife", "loop"),
];

/// The header of the column the format calls `name`, in `lang`; English, and a column the table
/// does not know, keep the format's name.
pub fn header(name: &str, lang: Language) -> String {
    let found = COLUMNS.iter().find(|(key, ..)| *key == name);
    match (found, lang) {
        (Some((_, fr, _)), Language::Fr) => (*fr).to_string(),
        (Some((.., de)), Language::De) => (*de).to_string(),
        _ => name.to_string(),
    }
}

/// The format's name of the column a header names in any of the three languages (case and outer
/// spaces ignored): `titre` and `Titel` are `title`. A header no language knows comes back in
/// lower case, as it was read before.
pub fn field_name(header: &str) -> String {
    let wanted = header.trim().to_lowercase();
    let former = FORMER.iter().find(|(h, _)| h.to_lowercase() == wanted).map(|(_, key)| *key);
    COLUMNS
        .iter()
        .find(|(key, fr, de)| [*key, *fr, *de].iter().any(|h| h.to_lowercase() == wanted))
        .map(|(key, ..)| *key)
        .or(former)
        .map_or(wanted, str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_header_reads_back_as_its_column_and_no_two_columns_share_one() {
        for lang in Language::ALL.iter().copied() {
            for (key, ..) in COLUMNS {
                let shown = header(key, lang);
                assert_eq!(field_name(&shown), key, "{shown:?} in {lang}");
                assert_eq!(field_name(&format!("  {}  ", shown.to_uppercase())), key);
                assert!(!shown.contains([',', ';', '"', '\n']), "{shown:?} needs no quoting");
                assert!(!shown.starts_with(['=', '+', '-', '@']), "{shown:?}");
            }
        }
        let all: Vec<String> =
            COLUMNS.iter().flat_map(|(k, f, d)| [k, f, d].map(|h| h.to_lowercase())).collect();
        for (i, (key, fr, de)) in COLUMNS.iter().enumerate() {
            for h in [key, fr, de].map(|h| h.to_lowercase()) {
                let owners: Vec<usize> =
                    all.iter().enumerate().filter(|(_, x)| **x == h).map(|(j, _)| j / 3).collect();
                assert!(owners.iter().all(|&o| o == i), "{h:?} names more than one column");
            }
        }
        for (old, key) in FORMER {
            assert_eq!(field_name(old), key, "{old:?} as an earlier cvc wrote it");
            assert!(!all.contains(&old.to_lowercase()), "{old:?} names no other column now");
        }
        assert_eq!(header("title", Language::En), "title");
        assert_eq!(header("titre-inconnu", Language::Fr), "titre-inconnu");
        assert_eq!(field_name("Unknown"), "unknown");
        // German sheets written before "Version" and "Überprüfung": their headers are the format's.
        assert_eq!((field_name("Revision"), field_name("Review")), ("revision".into(), "review".into()));
    }
}
