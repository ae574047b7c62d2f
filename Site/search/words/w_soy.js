BRIEFINGS_SEARCH_WORDS("soy",{
"soylu":"2u;2u"
});
