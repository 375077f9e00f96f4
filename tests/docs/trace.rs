//! The names serde knows for a type: every struct with its fields and every enum with its values,
//! read from the `Deserialize` impls themselves by a deserializer that walks the whole type once.

use std::collections::BTreeMap;

use serde::de::value::{Error, StrDeserializer};
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};

/// What a walk found: struct name → field names, enum name → value names, as the file spells them.
#[derive(Debug, Default)]
pub struct Names {
    /// Every struct reached, with its fields in declaration order.
    pub structs: BTreeMap<&'static str, &'static [&'static str]>,
    /// Every enum reached, with its values in declaration order.
    pub enums: BTreeMap<&'static str, &'static [&'static str]>,
}

/// Walks `T` and every type inside it (through options, lists and structs).
pub fn names_of<T: DeserializeOwned>() -> Names {
    let mut names = Names::default();
    T::deserialize(Walker(&mut names, None)).expect("the walk builds a value of every type");
    names
}

/// Gives each field a value of the type it asks for, recording struct and enum names on the way;
/// the field's name (when it is one) picks the text for the few texts with a shape of their own.
struct Walker<'a>(&'a mut Names, Option<&'static str>);

/// A text that every text field accepts, a date among them.
const TEXT: &str = "2027-01-01";

/// The text a field of this name accepts: a language code, a date and time, or [`TEXT`].
fn text_for(field: Option<&str>) -> &'static str {
    match field {
        Some("language") => "en",
        Some("at") => "2027-01-01T09:00:00",
        _ => TEXT,
    }
}

impl<'de> de::Deserializer<'de> for Walker<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        Err(de::Error::custom("a self-describing type: nothing to walk"))
    }
    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_bool(false)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_u8(1)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_u16(1)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_u32(1)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_u64(1)
    }
    fn deserialize_i8<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_i8(1)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_i16(1)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_i32(1)
    }
    fn deserialize_i64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_i64(1)
    }
    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_str(text_for(self.1))
    }
    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_str(text_for(self.1))
    }
    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_some(self)
    }
    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_seq(One(Some(self.0), self.1))
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        self.0.structs.insert(name, fields);
        v.visit_map(Fields { names: self.0, fields: fields.iter(), current: None })
    }
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        self.0.enums.insert(name, variants);
        v.visit_enum(Unit(variants[0]))
    }

    serde::forward_to_deserialize_any! {
        i128 u128 f32 f64 char bytes byte_buf unit unit_struct newtype_struct tuple tuple_struct map
        identifier ignored_any
    }
}

/// A list of one element, of the field named.
struct One<'a>(Option<&'a mut Names>, Option<&'static str>);

impl<'de> de::SeqAccess<'de> for One<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        let field = self.1;
        self.0.take().map(|names| seed.deserialize(Walker(names, field))).transpose()
    }
}

/// Every field of a struct, each once.
struct Fields<'a> {
    names: &'a mut Names,
    fields: std::slice::Iter<'static, &'static str>,
    current: Option<&'static str>,
}

impl<'de> de::MapAccess<'de> for Fields<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        self.current = self.fields.next().copied();
        let key = self.current.map(|f| -> StrDeserializer<'_, Error> { f.into_deserializer() });
        key.map(|k| seed.deserialize(k)).transpose()
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(Walker(self.names, self.current))
    }
}

/// An enum's first value, taken as a unit variant (every enum of a canvas has only those).
struct Unit(&'static str);

impl<'de> de::EnumAccess<'de> for Unit {
    type Error = Error;
    type Variant = Unit;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Unit), Error> {
        let name: StrDeserializer<'_, Error> = self.0.into_deserializer();
        Ok((seed.deserialize(name)?, self))
    }
}

impl<'de> de::VariantAccess<'de> for Unit {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, Error> {
        Err(de::Error::custom("only unit variants are walked"))
    }
    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, Error> {
        Err(de::Error::custom("only unit variants are walked"))
    }
    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], _: V) -> Result<V::Value, Error> {
        Err(de::Error::custom("only unit variants are walked"))
    }
}
