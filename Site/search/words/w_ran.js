BRIEFINGS_SEARCH_WORDS("ran",{
"rang":"2d",
"rangs":"1u"
});
