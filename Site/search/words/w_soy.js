BRIEFINGS_SEARCH_WORDS("soy",{
"soylu":"2t;2t"
});
