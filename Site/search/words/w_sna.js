BRIEFINGS_SEARCH_WORDS("sna",{
"sna":"2i"
});
