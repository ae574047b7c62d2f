BRIEFINGS_SEARCH_WORDS("ran",{
"rang":"2c",
"rangs":"1u"
});
